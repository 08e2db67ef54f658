// parseFeed: any RSS, Atom or JSON Feed document → Feed.
import { atomFromElement, ATOM_NS } from '../atom/index.js';
import { FeedDocumentError, FeedParseError } from '../errors.js';
import { resolveUrl } from '../html/index.js';
import { parseJsonFeed } from '../json-feed/index.js';
import type { FeedInput, ParseOptions } from '../options.js';
import { rssFromElement } from '../rss/index.js';
import { parseXml, type XmlElement } from '../xml/index.js';
import { feedFromAtom, feedFromJson, feedFromRss } from './adapters.js';
import type { Feed } from './model.js';

/** True when the input's first significant character opens a JSON object (in UTF-8 or UTF-16 bytes too). */
function looksLikeJson(input: FeedInput): boolean {
  if (typeof input === 'string') return /^\ufeff?\s*\{/.test(input.slice(0, 256));
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const end = Math.min(bytes.length, 512);
  // Skip BOM bytes, the zero halves of UTF-16 code units, and whitespace.
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0 || b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) continue;
    if (i < 3 && (b === 0xef || b === 0xbb || b === 0xbf || b === 0xff || b === 0xfe)) continue;
    return b === 0x7b;
  }
  return false;
}

/** The channel's atom:link rel="self", the feed's own URL. */
function selfLinkOf(channel: XmlElement | null): string | null {
  if (channel === null) return null;
  for (const link of channel.childrenNamed(ATOM_NS, 'link')) {
    const href = link.attr('href');
    if (link.attr('rel')?.trim() === 'self' && href) return resolveUrl(href.trim(), link.base);
  }
  return null;
}

/** Parses RSS, Atom or JSON Feed into one shape. Other documents → FeedDocumentError('NOT_A_FEED'). */
export function parseFeed(input: FeedInput | object, options?: ParseOptions | null): Feed {
  const settings = options ?? {};
  let isDocument: boolean;
  try {
    isDocument = typeof input === 'string' || input instanceof Uint8Array || input instanceof ArrayBuffer;
  } catch {
    // A proxy whose traps throw: not something any parser can read.
    throw new FeedDocumentError('INVALID_INPUT', 'The input cannot be inspected');
  }
  if (!isDocument || looksLikeJson(input as FeedInput)) {
    try {
      return feedFromJson(parseJsonFeed(input, settings));
    } catch (error) {
      // A JSON document that is not a JSON Feed at all is not a feed.
      if (error instanceof FeedParseError && error.code === 'JSON_NO_VERSION') {
        throw new FeedDocumentError('NOT_A_FEED', 'The JSON document is not a JSON Feed');
      }
      throw error;
    }
  }
  const { root } = parseXml(input as FeedInput, settings);
  if (root.ns === '' && root.local === 'rss') {
    return feedFromRss(rssFromElement(root, settings), { feedUrl: selfLinkOf(root.child('', 'channel')) });
  }
  if (root.ns === ATOM_NS && root.local === 'feed') return feedFromAtom(atomFromElement(root, settings), root.lang);
  throw new FeedDocumentError('NOT_A_FEED', `<${root.name}> is not the root of an RSS, Atom or JSON Feed document`);
}
