// Format models → the unified Feed / Article shape.
import type { AtomContent, AtomEntry, AtomFeed, AtomLink, AtomTextConstruct } from '../atom/index.js';
import { escapeHtml, htmlToText } from '../html/index.js';
import type { JsonFeed, JsonFeedAuthor } from '../json-feed/index.js';
import type { RssChannel, RssItem } from '../rss/index.js';
import { digest } from './digest.js';
import type { Article, Attachment, Feed } from './model.js';

/** What the RSS model does not hold but the unified feed needs, read from the channel element. */
export interface RssExtras {
  feedUrl: string | null;
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

function rssArticle(item: RssItem): Article {
  const content = item.contentEncoded ?? item.description ?? '';
  return {
    id: articleId(item.guid, item.link, item.title, content),
    title: item.title,
    link: item.link,
    content,
    summary: item.contentEncoded !== null ? item.description : null,
    authors: item.author === null ? [] : [item.author],
    categories: item.categories.map((c) => c.name),
    publishedAt: item.pubDate,
    updatedAt: null,
    attachments: item.enclosures.map((e) => attachment(e.url, e.type, null, e.length, null)),
  };
}

export function feedFromRss(channel: RssChannel, extras: RssExtras): Feed {
  return {
    format: 'rss',
    title: channel.title ?? channel.link ?? extras.feedUrl ?? '',
    subtitle: channel.description === null ? null : htmlToText(channel.description) || null,
    link: channel.link,
    feedUrl: extras.feedUrl,
    language: channel.language,
    image: channel.image?.url ?? null,
    updatedAt: channel.lastBuildDate ?? channel.pubDate,
    articles: channel.items.map(rssArticle),
    warnings: channel.warnings,
  };
}

// Atom

function plainText(construct: AtomTextConstruct | null): string | null {
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

function atomArticle(entry: AtomEntry): Article {
  const link = alternateOf(entry.links);
  const title = plainText(entry.title);
  const body = asHtml(entry.content);
  const summary = asHtml(entry.summary);
  const content = body ?? summary ?? '';
  return {
    id: articleId(entry.id, link, title, content),
    title,
    link,
    content,
    summary: body !== null ? summary : null,
    authors: entry.authors.map((a) => a.name),
    categories: entry.categories.map((c) => c.term),
    publishedAt: entry.published ?? entry.updated,
    updatedAt: entry.updated,
    attachments: entry.links
      .filter((l) => l.rel === 'enclosure')
      .map((l) => attachment(l.href, l.type, l.title, l.length, null)),
  };
}

export function feedFromAtom(feed: AtomFeed, language: string | null): Feed {
  const link = alternateOf(feed.links);
  return {
    format: 'atom',
    title: plainText(feed.title) ?? link ?? feed.id,
    subtitle: plainText(feed.subtitle),
    link,
    // Atom 0.3 names the feed's own URL rel="service.feed".
    feedUrl: (feed.links.find((l) => l.rel === 'self') ?? feed.links.find((l) => l.rel === 'service.feed' && feed.version === '0.3'))?.href ?? null,
    language,
    image: feed.logo ?? feed.icon,
    updatedAt: feed.updated,
    articles: feed.entries.map(atomArticle),
    warnings: feed.warnings,
  };
}

// JSON Feed

const names = (authors: JsonFeedAuthor[]) => authors.flatMap((a) => (a.name === null ? [] : [a.name]));

export function feedFromJson(feed: JsonFeed): Feed {
  return {
    format: 'json',
    title: feed.title,
    subtitle: feed.description,
    link: feed.homePageUrl,
    feedUrl: feed.feedUrl,
    language: feed.language,
    image: feed.icon ?? feed.favicon,
    updatedAt: null,
    articles: feed.items.map((item): Article => {
      const text = item.contentText === null ? null : escapeHtml(item.contentText);
      const content = item.contentHtml ?? text ?? '';
      const link = item.url ?? item.externalUrl;
      return {
        id: articleId(item.id, link, item.title, content),
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
      };
    }),
    warnings: [],
  };
}
