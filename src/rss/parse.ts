// RSS 0.91–0.94 and 2.0: element view → RssChannel.
import { FeedParseError } from '../errors.js';
import { sanitizingSettingsOf, type FeedInput, type ParseOptions } from '../options.js';
import { attrOf, dateOf, htmlOf, integerOf, textOf, urlAttr, urlOf } from '../common/fields.js';
import { resolveUrl } from '../html/core.js';
import { clip, parseXml, type XmlElement } from '../xml/index.js';
import type { RssCategory, RssChannel, RssEnclosure, RssImage, RssItem, RssSource } from './model.js';

export const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';

// 2.0 and the 2.0x variants seen in the wild (2.00, 2.01, 2.0.1), and the 0.91–0.94 versions of the same shape.
const SUPPORTED_VERSION = /^(?:2(?:\.0\d?)?(?:\.\d{1,2})?|0\.9[1-4])$/;

/** Parses an RSS document. Throws FeedXmlError / FeedParseError. */
export function parseRss(input: FeedInput, options?: ParseOptions | null): RssChannel {
  const settings = sanitizingSettingsOf(options);
  const stream = rssItemStream(settings);
  const { root } = parseXml(input, { ...settings, onElementEnd: stream.onElementEnd });
  return rssFromElement(root, settings, stream.items);
}

/**
 * Maps each item of the channel as soon as its end tag is read, so that the items' elements
 * never pile up: memory stays near the size of the result and collection stays cheap.
 */
export function rssItemStream(options: ParseOptions): { items: RssItem[]; onElementEnd: (element: XmlElement) => boolean } {
  const items: RssItem[] = [];
  const onElementEnd = (element: XmlElement): boolean => {
    if (element.local !== 'item' || element.ns !== '') return false;
    const channel = element.parent;
    const root = channel?.parent;
    if (!channel || !root || root.parent !== null || root.local !== 'rss' || root.ns !== '') return false;
    if (root.child('', 'channel') !== channel) return false; // only the first channel is read
    items.push(itemOf(element, options));
    return true;
  };
  return { items, onElementEnd };
}

/** Maps an `<rss>` root element to an RssChannel (with the items already mapped by rssItemStream, if any). */
export function rssFromElement(root: XmlElement, options: ParseOptions, streamedItems: RssItem[] = []): RssChannel {
  return channelOf(rssChannelOf(root), options, streamedItems);
}

/** The `<channel>` of an `<rss>` root: throws what parseRss throws for a root it cannot read. */
export function rssChannelOf(root: XmlElement): XmlElement {
  if (root.local !== 'rss' || root.ns !== '') {
    throw new FeedParseError('RSS_NOT_RSS', `The root element is <${clip(root.name)}>, not <rss>`);
  }
  const version = root.attr('version');
  if (version !== null && !SUPPORTED_VERSION.test(version.trim())) {
    throw new FeedParseError('RSS_VERSION', `RSS version "${clip(version)}" is not supported`);
  }
  const channel = root.child('', 'channel');
  if (channel === null) throw new FeedParseError('RSS_NO_CHANNEL', 'The <rss> element has no <channel>');
  return channel;
}

function channelOf(channel: XmlElement, options: ParseOptions, items: RssItem[]): RssChannel {
  const link = urlOf(channel.child('', 'link'));
  const categories: RssCategory[] = [];
  for (const child of channel.children) {
    if (typeof child === 'string' || child.ns !== '') continue;
    if (child.local === 'item') items.push(itemOf(child, options));
    else if (child.local === 'category') addCategory(categories, child);
  }
  const image = channel.child('', 'image');
  const version = channel.parent?.attr('version')?.trim();
  return {
    version: version ? version : null,
    title: textOf(channel.child('', 'title')),
    link,
    description: textOf(channel.child('', 'description')),
    language: textOf(channel.child('', 'language')),
    copyright: textOf(channel.child('', 'copyright')),
    managingEditor: textOf(channel.child('', 'managingEditor')),
    webMaster: textOf(channel.child('', 'webMaster')),
    pubDate: dateOf(channel.child('', 'pubDate'), options),
    lastBuildDate: dateOf(channel.child('', 'lastBuildDate'), options),
    categories,
    generator: textOf(channel.child('', 'generator')),
    docs: urlOf(channel.child('', 'docs')),
    ttl: integerOf(textOf(channel.child('', 'ttl'))),
    image: image === null ? null : imageOf(image, link),
    items,
    contentEncoded: htmlOf(channel.child(CONTENT_NS, 'encoded'), options),
    warnings: [],
  };
}

function addCategory(categories: RssCategory[], element: XmlElement): void {
  const name = textOf(element);
  if (name !== null) categories.push({ name, domain: attrOf(element, 'domain') });
}

/** The image, or null when it has no usable url (its link falls back to the channel's). */
function imageOf(image: XmlElement, channelLink: string | null): RssImage | null {
  const url = urlOf(image.child('', 'url'));
  const link = urlOf(image.child('', 'link')) ?? channelLink;
  if (url === null || link === null) return null;
  return {
    url,
    title: textOf(image.child('', 'title')),
    link,
    width: integerOf(textOf(image.child('', 'width'))) ?? 88,
    height: integerOf(textOf(image.child('', 'height'))) ?? 31,
    description: textOf(image.child('', 'description')),
  };
}

function itemOf(item: XmlElement, options: ParseOptions): RssItem {
  let title: XmlElement | null = null;
  let link: XmlElement | null = null;
  let description: XmlElement | null = null;
  let author: XmlElement | null = null;
  let comments: XmlElement | null = null;
  let guid: XmlElement | null = null;
  let pubDate: XmlElement | null = null;
  let source: XmlElement | null = null;
  let encoded: XmlElement | null = null;
  const categories: RssCategory[] = [];
  const enclosures: RssEnclosure[] = [];
  // One pass over the children: items are the hot path. The first of each element wins.
  for (const child of item.children) {
    if (typeof child === 'string') continue;
    if (child.ns === CONTENT_NS) {
      if (child.local === 'encoded') encoded ??= child;
      continue;
    }
    if (child.ns !== '') continue;
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
  const guidText = textOf(guid);
  return {
    title: textOf(title),
    link: urlOf(link) ?? permalinkOf(guid, guidText),
    description: htmlOf(description, options),
    author: textOf(author),
    categories,
    comments: urlOf(comments),
    enclosures,
    guid: guidText,
    pubDate: dateOf(pubDate, options),
    source: source === null ? null : sourceOf(source),
    contentEncoded: htmlOf(encoded, options),
  };
}

/** The guid as the item's link: when it says it is a permalink, or is an absolute http(s) URL and does not say. */
function permalinkOf(guid: XmlElement | null, text: string | null): string | null {
  if (guid === null || text === null) return null;
  const isPermaLink = guid.attr('isPermaLink')?.trim().toLowerCase();
  if (isPermaLink === 'true' || (isPermaLink === undefined && /^https?:\/\/[^\s/]/i.test(text))) {
    return resolveUrl(text, guid.base);
  }
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
