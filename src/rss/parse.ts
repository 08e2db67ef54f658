// RSS: element view → RssChannel. RSS 0.91–2.0 is an <rss> root whose elements have no namespace;
// RSS 1.0 and 0.90 are rdf:RDF roots whose channel, image, textinput and items sit side by side,
// in the version's namespace.
import { FeedParseError } from '../errors.js';
import { isStrict, sanitizingSettingsOf, type FeedInput, type ParseOptions } from '../options.js';
import { readXml } from '../common/read.js';
import { attrOf, dateOf, htmlOf, integerOf, textOf, urlAttr, urlOf } from '../common/fields.js';
import { DocumentOrder } from '../common/order.js';
import { resolveUrl } from '../html/core.js';
import { readForeign, withChannelNamespaces, withItemNamespaces, type Foreign } from '../namespaces/index.js';
import { leniencyOf, STRICT, tolerate, warningsOfParse, type Leniency } from '../warnings.js';
import { clip, type XmlElement } from '../xml/index.js';
import type { RssCategory, RssChannel, RssEnclosure, RssImage, RssItem, RssSource, RssTextInput } from './model.js';

export const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
export const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const RSS_1_NS = 'http://purl.org/rss/1.0/';
export const RSS_090_NS = 'http://my.netscape.com/rdf/simple/0.9/';

// 2.0 and the 2.0x variants seen in the wild (2.00, 2.01, 2.0.1), and the 0.91–0.94 versions of the same shape.
const SUPPORTED_VERSION = /^(?:2(?:\.0\d?)?(?:\.\d{1,2})?|0\.9[1-4])$/;
// The namespaces of RDF-based RSS, and the version each stands for.
const RDF_VERSIONS: ReadonlyMap<string, string> = new Map([
  [RSS_1_NS, '1.0'],
  [RSS_090_NS, '0.90'],
]);

/** Which RSS a root is: the namespace its RSS elements are in ('' for <rss>) and its version. */
interface Dialect {
  ns: string;
  version: string | null;
}

/** Parses an RSS document. Throws FeedXmlError / FeedParseError. */
export function parseRss(input: FeedInput, options?: ParseOptions | null): RssChannel {
  const settings = sanitizingSettingsOf(options);
  const leniency = leniencyOf(isStrict(settings, true));
  const stream = rssItemStream(settings, leniency);
  const doc = readXml(input, settings, leniency, stream.onElementEnd);
  const channel = rssFromElement(doc.root, settings, stream.items, leniency);
  channel.warnings = warningsOfParse(leniency, doc.text);
  return channel;
}

/**
 * Maps each item of the feed as soon as its end tag is read, so that the items' elements
 * never pile up: memory stays near the size of the result and collection stays cheap.
 */
export function rssItemStream(
  options: ParseOptions,
  leniency: Leniency = STRICT,
): { items: RssItem[]; onElementEnd: (element: XmlElement) => boolean } {
  const ordered = new DocumentOrder<RssItem>();
  const items = ordered.values;
  // The first channel, found once: a root with many children before it must not cost a scan per item.
  let first: XmlElement | null = null;
  const firstChannelOf = (root: XmlElement) => (first ??= root.child('', 'channel'));
  const onElementEnd = (element: XmlElement): boolean => {
    if (element.local !== 'item') return false;
    const ns = claimItem(element, leniency, firstChannelOf);
    if (ns === null) return false;
    ordered.add(itemOf(element, ns, options), element.start);
    return true;
  };
  return { items, onElementEnd };
}

function isRssRoot(e: XmlElement | null): boolean {
  return e !== null && e.parent === null && e.local === 'rss' && e.ns === '';
}

function isRdfRoot(e: XmlElement | null): boolean {
  return e !== null && e.parent === null && e.local === 'RDF' && e.ns === RDF_NS;
}

/**
 * The namespace an `<item>` is read in when it is one of the feed's items, else null: in <rss>, the
 * items of the first channel (lenient mode: of every channel, and those outside any, noted);
 * in rdf:RDF, the items beside the channel. Lenient mode also takes an item inside another item,
 * noted: an `</item>` left out makes the items after it children of the open one.
 */
function claimItem(
  item: XmlElement,
  leniency: Leniency,
  firstChannelOf: (root: XmlElement) => XmlElement | null,
  lenientRdfNs: string | null = null,
): string | null {
  let parent = item.parent;
  if (parent === null) return null;
  if (!leniency.strict && parent.local === 'item' && parent.ns === item.ns) {
    while (parent.parent !== null && parent.local === 'item' && parent.ns === item.ns) parent = parent.parent;
    const ns = claimItemIn(parent, item, leniency, firstChannelOf, lenientRdfNs);
    if (ns !== null) {
      tolerate(leniency, 'RSS_ITEM_NESTED', 'An <item> inside another (an </item> left out) is read as the next item', item.start);
    }
    return ns;
  }
  return claimItemIn(parent, item, leniency, firstChannelOf, lenientRdfNs);
}

/** claimItem for an item whose place in the document is `parent`. */
function claimItemIn(
  parent: XmlElement,
  item: XmlElement,
  leniency: Leniency,
  firstChannelOf: (root: XmlElement) => XmlElement | null,
  lenientRdfNs: string | null,
): string | null {
  // The namespace lenient mode reads an RDF document's RSS elements in when it is neither RSS 1.0's
  // nor 0.90's: known only once the whole root is read, so never streamed.
  if (lenientRdfNs !== null && item.ns === lenientRdfNs && isRdfRoot(parent)) return lenientRdfNs;
  if (item.ns === '') {
    if (parent.local === 'channel' && parent.ns === '') {
      const root = parent.parent;
      if (!isRssRoot(root)) return null;
      return !leniency.strict || firstChannelOf(root!) === parent ? '' : null;
    }
    if (leniency.strict || !isRssRoot(parent)) return null;
    tolerate(leniency, 'RSS_ITEM_OUTSIDE_CHANNEL', 'An <item> outside the <channel> is read as one of its items', item.start);
    return '';
  }
  return RDF_VERSIONS.has(item.ns) && isRdfRoot(parent) ? item.ns : null;
}

/** Maps an `<rss>` or `rdf:RDF` root element to an RssChannel (with the items already mapped by rssItemStream, if any). */
export function rssFromElement(
  root: XmlElement,
  options: ParseOptions,
  streamedItems: RssItem[] = [],
  leniency: Leniency = STRICT,
): RssChannel {
  const dialect = dialectOf(root, leniency);
  const channel = root.child(dialect.ns, 'channel');
  if (channel === null) {
    const message = `The <${clip(root.name)}> element has no <channel>`;
    if (leniency.strict) throw new FeedParseError('RSS_NO_CHANNEL', message);
    tolerate(leniency, 'RSS_NO_CHANNEL', `${message}: the channel's elements are read from the root`, root.start);
  }
  const items = streamedItems;
  // Items the stream did not take (none when it ran), in document order.
  for (const child of root.children) {
    if (typeof child === 'string' || child.ns !== dialect.ns) continue;
    if (child.local === 'item') {
      addItem(items, child, options, leniency, channel, lenientRdfNsOf(root, dialect));
    } else if (child.local === 'channel') {
      if (child !== channel) {
        if (leniency.strict) continue; // Atoma reads the first channel only
        tolerate(leniency, 'RSS_MULTIPLE_CHANNELS', 'The document has more than one <channel>: their items are read as one list', child.start);
      }
      for (const item of child.children) {
        if (typeof item !== 'string' && item.local === 'item' && item.ns === dialect.ns) addItem(items, item, options, leniency, channel);
      }
    }
  }
  return channelOf(channel ?? root, root, dialect, options, items);
}

function addItem(
  items: RssItem[],
  item: XmlElement,
  options: ParseOptions,
  leniency: Leniency,
  channel: XmlElement | null,
  lenientRdfNs: string | null = null,
): void {
  const ns = claimItem(item, leniency, () => channel, lenientRdfNs);
  if (ns === null) return;
  items.push(itemOf(item, ns, options));
  if (leniency.strict) return;
  for (const child of item.children) {
    if (typeof child !== 'string' && child.local === 'item' && child.ns === item.ns) {
      addItem(items, child, options, leniency, channel, lenientRdfNs);
    }
  }
}

/** The namespace of an rdf:RDF root's RSS elements when it is not RSS 1.0's or 0.90's (lenient mode only), else null. */
function lenientRdfNsOf(root: XmlElement, dialect: Dialect): string | null {
  return isRdfRoot(root) && !RDF_VERSIONS.has(dialect.ns) ? dialect.ns : null;
}

/** The `<channel>` of an `<rss>` or `rdf:RDF` root: throws what parseRss throws (in strict mode) for a root it cannot read. */
export function rssChannelOf(root: XmlElement): XmlElement {
  const dialect = dialectOf(root, STRICT);
  const channel = root.child(dialect.ns, 'channel');
  if (channel === null) throw new FeedParseError('RSS_NO_CHANNEL', `The <${clip(root.name)}> element has no <channel>`);
  return channel;
}

function dialectOf(root: XmlElement, leniency: Leniency): Dialect {
  if (root.local === 'rss' && root.ns === '') {
    const declared = root.attr('version');
    const version = declared?.trim() || null;
    if (declared !== null && !SUPPORTED_VERSION.test(declared.trim())) {
      const message = `RSS version "${clip(declared)}" is not supported`;
      if (leniency.strict) throw new FeedParseError('RSS_VERSION', message);
      tolerate(leniency, 'RSS_VERSION', `${message}: read as RSS 2.0`, root.start);
    }
    return { ns: '', version };
  }
  if (isRdfRoot(root)) {
    // The version is the namespace of the channel (else of the first RSS element): RSS 1.0 or 0.90.
    let ns: string | null = null;
    for (const child of root.children) {
      if (typeof child === 'string' || !RDF_VERSIONS.has(child.ns)) continue;
      if (child.local === 'channel') {
        ns = child.ns;
        break;
      }
      ns ??= child.ns;
    }
    if (ns === null && !leniency.strict) {
      // No RSS 1.0 or 0.90 element: the channel (else an item) in no namespace or an unknown one.
      const other = rssLikeChild(root, 'channel') ?? rssLikeChild(root, 'item');
      if (other !== null) {
        const where = other.ns === '' ? 'have no namespace' : `are in the unknown namespace "${clip(other.ns)}"`;
        tolerate(leniency, 'RSS_RDF_NO_NAMESPACE', `The RSS elements of this rdf:RDF document ${where}: read as RSS 1.0`, root.start);
        return { ns: other.ns, version: null };
      }
    }
    ns ??= RSS_1_NS;
    return { ns, version: RDF_VERSIONS.get(ns)! };
  }
  throw new FeedParseError('RSS_NOT_RSS', `The root element is <${clip(root.name)}>, not <rss> or <rdf:RDF>`);
}

/** The first child of an rdf:RDF root named `local` in a namespace other than RDF's, or null. */
function rssLikeChild(root: XmlElement, local: string): XmlElement | null {
  for (const child of root.children) {
    if (typeof child !== 'string' && child.local === local && child.ns !== RDF_NS) return child;
  }
  return null;
}

/** A child for the namespace rooms: in a namespace other than the dialect's, RDF's and none. */
function isForeign(child: XmlElement, ns: string): boolean {
  return child.ns !== ns && child.ns !== '' && child.ns !== RDF_NS;
}

/** The channel's fields, read from `meta` (the channel, or the root when there is none). */
function channelOf(meta: XmlElement, root: XmlElement, dialect: Dialect, options: ParseOptions, items: RssItem[]): RssChannel {
  const ns = dialect.ns;
  const field = (local: string) => meta.child(ns, local);
  const link = urlOf(field('link'));
  const categories: RssCategory[] = [];
  let foreign: Foreign | null = null;
  for (const child of meta.children) {
    if (typeof child === 'string') continue;
    if (child.ns === ns) {
      if (child.local === 'category') addCategory(categories, child);
    } else if (isForeign(child, ns)) {
      foreign = readForeign(child, foreign, 'channel', options);
    }
  }
  // In RDF the image and text input sit beside the channel, which only refers to them.
  const rdf = isRdfRoot(root);
  const image = (rdf ? root.child(ns, 'image') : null) ?? field('image');
  const textInput = (rdf ? root.child(ns, 'textinput') : null) ?? field('textInput') ?? field('textinput');
  return withChannelNamespaces({
    version: dialect.version,
    title: textOf(field('title')),
    link,
    description: textOf(field('description')),
    language: textOf(field('language')),
    copyright: textOf(field('copyright')),
    managingEditor: textOf(field('managingEditor')),
    webMaster: textOf(field('webMaster')),
    pubDate: dateOf(field('pubDate'), options),
    lastBuildDate: dateOf(field('lastBuildDate'), options),
    categories,
    generator: textOf(field('generator')),
    docs: urlOf(field('docs')),
    ttl: integerOf(textOf(field('ttl'))),
    image: image === null ? null : imageOf(image, ns, link),
    textInput: textInput === null ? null : textInputOf(textInput, ns),
    items,
    contentEncoded: foreign?.contentEncoded ?? null,
    warnings: [],
  }, foreign);
}

function addCategory(categories: RssCategory[], element: XmlElement): void {
  const name = textOf(element);
  if (name !== null) categories.push({ name, domain: attrOf(element, 'domain') });
}

/** The image, or null when it has no usable url (its link falls back to the channel's). */
function imageOf(image: XmlElement, ns: string, channelLink: string | null): RssImage | null {
  const url = urlOf(image.child(ns, 'url'));
  const link = urlOf(image.child(ns, 'link')) ?? channelLink;
  if (url === null || link === null) return null;
  return {
    url,
    title: textOf(image.child(ns, 'title')),
    link,
    width: integerOf(textOf(image.child(ns, 'width'))) ?? 88,
    height: integerOf(textOf(image.child(ns, 'height'))) ?? 31,
    description: textOf(image.child(ns, 'description')),
  };
}

/** The text input, or null when it has no usable link to submit to. */
function textInputOf(element: XmlElement, ns: string): RssTextInput | null {
  const link = urlOf(element.child(ns, 'link'));
  if (link === null) return null;
  return {
    title: textOf(element.child(ns, 'title')),
    description: textOf(element.child(ns, 'description')),
    name: textOf(element.child(ns, 'name')),
    link,
  };
}

/** An item whose RSS elements are in `ns` ('' in <rss>, the version's namespace in RDF). */
function itemOf(item: XmlElement, ns: string, options: ParseOptions): RssItem {
  let title: XmlElement | null = null;
  let link: XmlElement | null = null;
  let description: XmlElement | null = null;
  let author: XmlElement | null = null;
  let comments: XmlElement | null = null;
  let guid: XmlElement | null = null;
  let pubDate: XmlElement | null = null;
  let source: XmlElement | null = null;
  let foreign: Foreign | null = null;
  const categories: RssCategory[] = [];
  const enclosures: RssEnclosure[] = [];
  // One pass over the children: items are the hot path. The first of each element wins.
  for (const child of item.children) {
    if (typeof child === 'string') continue;
    if (child.ns !== ns) {
      if (isForeign(child, ns)) foreign = readForeign(child, foreign, 'item', options); // content:, dc:, media:, … in their rooms
      continue;
    }
    switch (child.local) {
      case 'title': title ??= child; break;
      case 'link': link ??= child; break;
      case 'description': description ??= child; break;
      case 'author': author ??= child; break;
      case 'comments': comments ??= child; break;
      case 'guid': guid ??= child; break;
      case 'pubDate': pubDate ??= child; break;
      case 'source': source ??= child; break;
      case 'category': addCategory(categories, child); break;
      case 'enclosure': addEnclosure(enclosures, child); break;
    }
  }
  // An RDF item's identity is its rdf:about, a URI that is usually its link.
  const about = ns !== '' || isRdfRoot(item.parent) ? item.attr('about', RDF_NS)?.trim() || null : null;
  const guidText = textOf(guid) ?? about;
  const isPermaLink = guid === null ? undefined : guid.attr('isPermaLink') ?? undefined;
  return withItemNamespaces({
    title: textOf(title),
    link: urlOf(link) ?? permalinkOf(guidText, isPermaLink, (guid ?? item).base),
    description: htmlOf(description, options),
    author: textOf(author),
    categories,
    comments: urlOf(comments),
    enclosures,
    guid: guidText,
    pubDate: dateOf(pubDate, options),
    source: source === null ? null : sourceOf(source),
    contentEncoded: foreign?.contentEncoded ?? null,
  }, foreign);
}

/** The guid as the item's link: when it says it is a permalink, or is an absolute http(s) URL and does not say. */
function permalinkOf(text: string | null, isPermaLink: string | undefined, base: string | null): string | null {
  if (text === null) return null;
  const says = isPermaLink?.trim().toLowerCase();
  if (says === 'true' || (says === undefined && /^https?:\/\/[^\s/]/i.test(text))) return resolveUrl(text, base);
  return null;
}

function addEnclosure(enclosures: RssEnclosure[], element: XmlElement): void {
  const url = urlAttr(element, 'url');
  if (url === null) return;
  enclosures.push({ url, length: integerOf(element.attr('length')), type: attrOf(element, 'type') });
}

function sourceOf(element: XmlElement): RssSource | null {
  const title = textOf(element);
  const url = urlAttr(element, 'url');
  return title === null && url === null ? null : { title: title ?? '', url };
}
