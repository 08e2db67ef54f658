// Format models → the unified Feed / Article shape.
import type { AtomContent, AtomEntry, AtomFeed, AtomLink, AtomTextConstruct } from '../atom/index.js';
import { escapeHtml } from '../html/core.js';
import type { JsonFeed, JsonFeedAuthor } from '../json-feed/index.js';
import type { RssChannel, RssItem } from '../rss/index.js';
import { digest } from './digest.js';
import type { Article, Attachment, Feed } from './model.js';
import {
  articleAttachments, articleImage, fallbackContent, feedImage, linksWithRel, namespaceAuthors, namespacePublished, namespaceSubtitle, namespaceTitle,
  namespaceUpdated, personName, withSubjects,
} from './namespaces.js';

/** Plain text of an HTML fragment (whitespace collapsed): how HTML titles and descriptions become text. */
export type HtmlToText = (html: string) => string;

/** What the RSS model does not hold but the unified feed needs, read from the channel element. */
export interface RssExtras {
  feedUrl: string | null;
  /** A channel-level <author>, which RSS does not define but some generators write. */
  author: string | null;
  /** The channel's xml:lang (its own or the root's), the language of last resort. */
  lang: string | null;
}

/** The last path segment of a URL, decoded: "episode-12.mp3". */
export function fileNameOf(url: string): string | null {
  const path = url.split(/[?#]/, 1)[0]!;
  const segment = path.slice(path.lastIndexOf('/') + 1);
  if (segment === '') return null;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function articleId(id: string | null, link: string | null, title: string | null, content: string): string {
  return id ?? link ?? digest(`${title ?? ''}\n${link ?? ''}\n${content}`);
}

function attachment(link: string, mimeType: string | null, title: string | null, size: number | null, duration: number | null): Attachment {
  return { link, mimeType, title: title ?? fileNameOf(link), sizeInBytes: size, durationInSeconds: duration };
}

// RSS

function rssArticle(item: RssItem, htmlToText: HtmlToText): Article {
  const content = item.contentEncoded ?? item.description ?? fallbackContent(item) ?? '';
  const enclosures = item.enclosures.map((e) => attachment(e.url, e.type, null, e.length, null));
  const updatedAt = namespaceUpdated(item);
  const title = item.title ?? namespaceTitle(item, htmlToText);
  return {
    id: articleId(item.guid, item.link, title, content),
    title,
    link: item.link,
    content,
    summary: item.contentEncoded !== null ? item.description : null,
    authors: item.author === null ? namespaceAuthors(item) : [personName(item.author)],
    categories: withSubjects(item.categories.map((c) => c.name), item),
    publishedAt: item.pubDate ?? namespacePublished(item) ?? updatedAt,
    updatedAt,
    attachments: articleAttachments(enclosures, item, fileNameOf, htmlToText),
    image: articleImage(item, enclosures),
  };
}

export function feedFromRss(channel: RssChannel, extras: RssExtras, htmlToText: HtmlToText): Feed {
  const links = channel.atom?.links ?? [];
  const feedUrl = extras.feedUrl ?? linksWithRel(links, 'self')[0] ?? null;
  // A channel without its own link, title or language often carries them as atom:link
  // rel="alternate", Dublin Core elements or xml:lang.
  const link = channel.link ?? linksWithRel(links, 'alternate')[0] ?? null;
  return {
    format: 'rss',
    title: channel.title ?? channel.dc?.title ?? link ?? feedUrl ?? '',
    subtitle: channel.description === null ? namespaceSubtitle(channel) : htmlToText(channel.description) || null,
    link,
    feedUrl,
    language: channel.language ?? channel.dc?.language ?? extras.lang,
    image: channel.image?.url ?? feedImage(channel),
    updatedAt: channel.lastBuildDate ?? channel.pubDate ?? namespaceUpdated(channel) ?? channel.dc?.date ?? null,
    authors: channel.managingEditor !== null ? [personName(channel.managingEditor)]
      : extras.author !== null ? [personName(extras.author)] : namespaceAuthors(channel),
    hubs: linksWithRel(links, 'hub'),
    nextPageUrl: linksWithRel(links, 'next')[0] ?? null,
    articles: channel.items.map((item) => rssArticle(item, htmlToText)),
    warnings: channel.warnings,
  };
}

// Atom

function plainText(construct: AtomTextConstruct | null, htmlToText: HtmlToText): string | null {
  if (construct === null) return null;
  return construct.type === 'text' ? construct.value : htmlToText(construct.value) || null;
}

function asHtml(construct: AtomTextConstruct | AtomContent | null): string | null {
  if (construct === null || construct.value === '') return null;
  const type = construct.type.toLowerCase();
  if (type === 'html' || type === 'xhtml' || type === 'text/html' || type === 'application/xhtml+xml') return construct.value;
  return escapeHtml(construct.value);
}

/** The website link: rel="alternate" (or no rel), HTML first. */
function alternateOf(links: AtomLink[]): string | null {
  let fallback: string | null = null;
  for (const link of links) {
    if (link.rel !== null && link.rel !== 'alternate') continue;
    if (link.type === null || /html/i.test(link.type)) return link.href;
    fallback ??= link.href;
  }
  return fallback;
}

/**
 * An entry's authors: its own, else its dc:creator / itunes:author, else those it inherited from
 * the feed or its source (parseAtom fills them in by sharing the feed's or the source's list).
 */
function entryAuthors(entry: AtomEntry, feed: AtomFeed): string[] {
  const inherited = entry.authors === feed.authors || (entry.source !== null && entry.authors === entry.source.authors);
  if (!inherited && entry.authors.length > 0) return entry.authors.map((a) => a.name);
  const named = namespaceAuthors(entry);
  return named.length > 0 ? named : entry.authors.map((a) => a.name);
}

/** Content types that are read as a page (text, HTML, XHTML, XML), not as a media file. */
const PAGE_TYPE = /^(?:text|html|xhtml|text\/.*|application\/(?:[\w.+-]+\+)?xml)$/i;

function atomArticle(entry: AtomEntry, feed: AtomFeed, htmlToText: HtmlToText): Article {
  // Out-of-line content (content src, RFC 4287 4.1.3.2): a media file is an attachment; a page
  // stands in for a missing alternate link.
  const src = entry.content?.src ?? null;
  const srcIsPage = src !== null && PAGE_TYPE.test(entry.content!.type);
  const link = alternateOf(entry.links) ?? (srcIsPage ? src : null);
  const title = plainText(entry.title, htmlToText) ?? namespaceTitle(entry, htmlToText);
  const body = asHtml(entry.content);
  const summary = asHtml(entry.summary);
  const content = body ?? summary ?? fallbackContent(entry) ?? '';
  const enclosures = entry.links
    .filter((l) => l.rel === 'enclosure')
    .map((l) => attachment(l.href, l.type, l.title, l.length, null));
  if (src !== null && !srcIsPage && !enclosures.some((e) => e.link === src)) {
    enclosures.push(attachment(src, entry.content!.type, null, null, null));
  }
  const updatedAt = entry.updated ?? namespaceUpdated(entry);
  return {
    id: articleId(entry.id, link, title, content),
    title,
    link,
    content,
    summary: body !== null ? summary : null,
    authors: entryAuthors(entry, feed),
    categories: withSubjects(entry.categories.map((c) => c.term), entry),
    publishedAt: entry.published ?? namespacePublished(entry) ?? updatedAt,
    updatedAt,
    attachments: articleAttachments(enclosures, entry, fileNameOf, htmlToText),
    image: articleImage(entry, enclosures),
  };
}

export function feedFromAtom(feed: AtomFeed, language: string | null, htmlToText: HtmlToText): Feed {
  const link = alternateOf(feed.links);
  return {
    format: 'atom',
    title: plainText(feed.title, htmlToText) ?? feed.dc?.title ?? link ?? feed.id,
    subtitle: plainText(feed.subtitle, htmlToText) ?? namespaceSubtitle(feed),
    link,
    // Atom 0.3 names the feed's own URL rel="service.feed".
    feedUrl: (feed.links.find((l) => l.rel === 'self') ?? feed.links.find((l) => l.rel === 'service.feed' && feed.version === '0.3'))?.href ?? null,
    language: language ?? feed.dc?.language ?? null,
    image: feed.logo ?? feed.icon ?? feedImage(feed),
    updatedAt: feed.updated ?? namespaceUpdated(feed) ?? feed.dc?.date ?? null,
    authors: feed.authors.length > 0 ? feed.authors.map((a) => a.name) : namespaceAuthors(feed),
    hubs: linksWithRel(feed.links, 'hub'),
    nextPageUrl: linksWithRel(feed.links, 'next')[0] ?? null,
    articles: feed.entries.map((entry) => atomArticle(entry, feed, htmlToText)),
    warnings: feed.warnings,
  };
}

// JSON Feed

const names = (authors: JsonFeedAuthor[]) => authors.flatMap((a) => (a.name === null ? [] : [a.name]));

export function feedFromJson(feed: JsonFeed): Feed {
  return {
    format: 'json',
    title: feed.title || (feed.homePageUrl ?? feed.feedUrl ?? ''), // lenient mode reads a missing title as ''
    subtitle: feed.description,
    link: feed.homePageUrl,
    feedUrl: feed.feedUrl,
    language: feed.language,
    image: feed.icon ?? feed.favicon,
    updatedAt: null,
    authors: names(feed.authors),
    hubs: [],
    nextPageUrl: feed.nextUrl,
    articles: feed.items.map((item): Article => {
      const text = item.contentText === null ? null : escapeHtml(item.contentText);
      const content = item.contentHtml ?? text ?? '';
      const link = item.url ?? item.externalUrl;
      return {
        id: articleId(item.id === '' ? null : item.id, link, item.title, content),
        title: item.title,
        link,
        content,
        // JSON Feed's summary is plain text: escaped like content_text, never passed on as HTML.
        summary: content !== '' && item.summary !== null ? escapeHtml(item.summary) : null,
        authors: names(item.authors.length > 0 ? item.authors : feed.authors),
        categories: item.tags,
        publishedAt: item.datePublished ?? item.dateModified,
        updatedAt: item.dateModified,
        attachments: item.attachments.map((a) => attachment(a.url, a.mimeType, a.title, a.sizeInBytes, a.durationInSeconds)),
        image: item.image,
      };
    }),
    warnings: feed.warnings,
  };
}
