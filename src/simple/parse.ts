// parseFeed: any RSS, Atom or JSON Feed document → Feed.
import { atomEntryStream, atomFromElement, ATOM_03_NS, ATOM_NS } from '../atom/index.js';
import { FeedDocumentError, FeedParseError } from '../errors.js';
import { htmlToPlainText, resolveUrl } from '../html/core.js';
import { looksLikeJson, parseJsonFeed } from '../json-feed/index.js';
import { isStrict, sanitizingSettingsOf, type FeedInput, type ParseOptions } from '../options.js';
import { readXml } from '../common/read.js';
import { textOf } from '../common/fields.js';
import { RDF_NS, rssFromElement, rssItemStream } from '../rss/index.js';
import { leniencyOf, warningsOfParse, type Leniency } from '../warnings.js';
import { clip, type XmlElement } from '../xml/index.js';
import { feedFromAtom, feedFromJson, feedFromRss, type HtmlToText } from './adapters.js';
import type { Feed } from './model.js';

/** The channel's atom:link rel="self", the feed's own URL. */
function selfLinkOf(channel: XmlElement): string | null {
  for (const link of channel.childrenNamed(ATOM_NS, 'link')) {
    const href = link.attr('href');
    if (link.attr('rel')?.trim() === 'self' && href) return resolveUrl(href.trim(), link.base);
  }
  return null;
}

/** Which format room reads a root: RSS (<rss>, rdf:RDF), Atom (1.0, 0.3; lenient mode: a namespace-less <feed>, an entry document), or none. */
function formatOfRoot(root: XmlElement, leniency: Leniency): 'rss' | 'atom' | null {
  if ((root.ns === '' && root.local === 'rss') || (root.ns === RDF_NS && root.local === 'RDF')) return 'rss';
  const atom = root.ns === ATOM_NS || root.ns === ATOM_03_NS;
  if (root.local === 'feed' && (atom || !leniency.strict)) return 'atom';
  if (root.local === 'entry' && atom && !leniency.strict) return 'atom';
  return null;
}

/**
 * Parses RSS, Atom or JSON Feed into one shape. Lenient by default (see the `strict` option).
 * Other documents → FeedDocumentError('NOT_A_FEED').
 */
export function parseFeed(input: FeedInput | object, options?: ParseOptions | null): Feed {
  return parseFeedWith(input, options, htmlToPlainText);
}

/**
 * parseFeed with the given reader of plain text from HTML (for `subtitle` and HTML titles): the
 * `atoma` entry passes htmlToText, which reads odd markup exactly as its sanitizer does.
 */
export function parseFeedWith(input: FeedInput | object, options: ParseOptions | null | undefined, toText: HtmlToText): Feed {
  const settings = sanitizingSettingsOf(options);
  const leniency = leniencyOf(isStrict(settings, false));
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
      return feedFromJson(parseJsonFeed(input, { ...settings, strict: leniency.strict }));
    } catch (error) {
      // A JSON document that is not a JSON Feed at all is not a feed.
      if (error instanceof FeedParseError && (error.code === 'JSON_NO_VERSION' || error.code === 'JSON_NOT_OBJECT')) {
        throw new FeedDocumentError('NOT_A_FEED', 'The JSON document is not a JSON Feed');
      }
      throw error;
    }
  }
  // Items and entries are mapped as they end, whichever of the two formats the document is.
  const rss = rssItemStream(settings, leniency);
  const atom = atomEntryStream(settings, leniency);
  const onElementEnd = (element: XmlElement) => rss.onElementEnd(element) || atom.onElementEnd(element);
  const doc = readXml(input as FeedInput, settings, leniency, onElementEnd);
  const root = doc.root;
  let feed: Feed;
  switch (formatOfRoot(root, leniency)) {
    case 'rss': {
      const channel = rssFromElement(root, settings, rss.items, leniency);
      const channelElement = root.elements().find((e) => e.local === 'channel') ?? root;
      // RSS defines no channel <author> (managingEditor is its field), but some generators write one.
      const author = textOf(channelElement.child(channelElement.ns, 'author'));
      feed = feedFromRss(channel, { feedUrl: selfLinkOf(channelElement), author, lang: channelElement.lang }, toText);
      break;
    }
    case 'atom':
      feed = feedFromAtom(atomFromElement(root, settings, atom.entries, leniency), root.lang, toText);
      break;
    default:
      throw new FeedDocumentError('NOT_A_FEED', `<${clip(root.name)}> is not the root of an RSS, Atom or JSON Feed document`);
  }
  feed.warnings = warningsOfParse(leniency, doc.text);
  return feed;
}
