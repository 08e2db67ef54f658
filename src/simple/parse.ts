// parseFeed: any RSS, Atom or JSON Feed document → Feed.
import { atomEntryStream, atomFromElement, ATOM_NS } from '../atom/index.js';
import { FeedDocumentError, FeedParseError } from '../errors.js';
import { htmlToPlainText, resolveUrl } from '../html/core.js';
import { looksLikeJson, parseJsonFeed } from '../json-feed/index.js';
import { sanitizingSettingsOf, type FeedInput, type ParseOptions } from '../options.js';
import { rssFromElement, rssItemStream } from '../rss/index.js';
import { clip, parseXml, type XmlElement } from '../xml/index.js';
import { feedFromAtom, feedFromJson, feedFromRss, type HtmlToText } from './adapters.js';
import type { Feed } from './model.js';

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
  return parseFeedWith(input, options, htmlToPlainText);
}

/**
 * parseFeed with the given reader of plain text from HTML (for `subtitle` and HTML titles): the
 * `atoma` entry passes htmlToText, which reads odd markup exactly as its sanitizer does.
 */
export function parseFeedWith(input: FeedInput | object, options: ParseOptions | null | undefined, toText: HtmlToText): Feed {
  const settings = sanitizingSettingsOf(options);
  let json: boolean;
  try {
    const isDocument = typeof input === 'string' || input instanceof Uint8Array || input instanceof ArrayBuffer;
    json = !isDocument || looksLikeJson(input);
  } catch {
    // A proxy whose traps throw, or one that only pretends to be bytes: nothing a parser can read.
    throw new FeedDocumentError('INVALID_INPUT', 'The input cannot be inspected');
  }
  if (json) {
    try {
      return feedFromJson(parseJsonFeed(input, settings));
    } catch (error) {
      // A JSON document that is not a JSON Feed at all is not a feed.
      if (error instanceof FeedParseError && (error.code === 'JSON_NO_VERSION' || error.code === 'JSON_NOT_OBJECT')) {
        throw new FeedDocumentError('NOT_A_FEED', 'The JSON document is not a JSON Feed');
      }
      throw error;
    }
  }
  // Items and entries are mapped as they end, whichever of the two formats the document is.
  const rss = rssItemStream(settings);
  const atom = atomEntryStream(settings);
  const onElementEnd = (element: XmlElement) => rss.onElementEnd(element) || atom.onElementEnd(element);
  const { root } = parseXml(input as FeedInput, { ...settings, onElementEnd });
  if (root.ns === '' && root.local === 'rss') {
    return feedFromRss(rssFromElement(root, settings, rss.items), { feedUrl: selfLinkOf(root.child('', 'channel')) }, toText);
  }
  if (root.ns === ATOM_NS && root.local === 'feed') return feedFromAtom(atomFromElement(root, settings, atom.entries), root.lang, toText);
  throw new FeedDocumentError('NOT_A_FEED', `<${clip(root.name)}> is not the root of an RSS, Atom or JSON Feed document`);
}
