// The parsers of the `atoma` entry: those of `atoma/core` with the built-in sanitizer standing in
// for `sanitize: true` (the default), and with htmlToText reading the plain text parseFeed derives
// from HTML. Only this module ties the parsers to sanitize-html, so a bundle built from
// `atoma/core` leaves it out.
import type { AtomFeed } from './atom/index.js';
import { parseAtom as parseAtomWith } from './atom/index.js';
import { builtInSanitizer, htmlToText } from './html/index.js';
import type { JsonFeed } from './json-feed/index.js';
import { parseJsonFeed as parseJsonFeedWith } from './json-feed/index.js';
import { settingsOf, type FeedInput, type ParseOptions } from './options.js';
import type { RssChannel } from './rss/index.js';
import { parseRss as parseRssWith } from './rss/index.js';
import { parseFeedWith, type Feed } from './simple/index.js';

/** The options with the built-in sanitizer in place of anything but `false` or a function. */
function withBuiltInSanitizer(options: unknown): ParseOptions {
  const settings = settingsOf(options);
  const { sanitize } = settings;
  return sanitize === false || typeof sanitize === 'function' ? settings : { ...settings, sanitize: builtInSanitizer };
}

/** Parses an RSS document. Throws FeedXmlError / FeedParseError. */
export function parseRss(input: FeedInput, options?: ParseOptions | null): RssChannel {
  return parseRssWith(input, withBuiltInSanitizer(options));
}

/** Parses an Atom 1.0 document. Throws FeedXmlError / FeedParseError. */
export function parseAtom(input: FeedInput, options?: ParseOptions | null): AtomFeed {
  return parseAtomWith(input, withBuiltInSanitizer(options));
}

/**
 * Parses a JSON Feed. Throws FeedJsonError (not JSON, or over a limit) and FeedParseError
 * (JSON, but not a valid JSON Feed) only — also when an object handed in cannot be read.
 */
export function parseJsonFeed(input: string | Uint8Array | ArrayBuffer | object, options?: ParseOptions | null): JsonFeed {
  return parseJsonFeedWith(input, withBuiltInSanitizer(options));
}

/** Parses RSS, Atom or JSON Feed into one shape. Other documents → FeedDocumentError('NOT_A_FEED'). */
export function parseFeed(input: FeedInput | object, options?: ParseOptions | null): Feed {
  return parseFeedWith(input, withBuiltInSanitizer(options), htmlToText);
}
