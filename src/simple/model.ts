// The unified shape: one Feed for RSS, Atom and JSON Feed.
import type { ParseWarning } from '../warnings.js';

export type FeedFormat = 'rss' | 'atom' | 'json';

export interface Attachment {
  link: string;
  mimeType: string | null;
  /** The attachment's title, else the file name of its URL. */
  title: string | null;
  sizeInBytes: number | null;
  durationInSeconds: number | null;
}

export interface Article {
  /** guid / id, else link, else a stable digest of title, link and content. */
  id: string;
  /** Always plain text. */
  title: string | null;
  link: string | null;
  /** Sanitized HTML; plain text is escaped; '' when the article has none. */
  content: string;
  /** The summary, when the article has both a summary and content. */
  summary: string | null;
  authors: string[];
  categories: string[];
  /** When published; an article with only an update date gets that. */
  publishedAt: Date | null;
  updatedAt: Date | null;
  attachments: Attachment[];
  /** The article's picture: media:thumbnail, itunes:image, a media:content image, an image enclosure; JSON Feed's image. */
  image: string | null;
}

export interface Feed {
  format: FeedFormat;
  /** The title (else dc:title), else the website link, else the feed's id or URL ('' when it has none). */
  title: string;
  /** Plain text. */
  subtitle: string | null;
  /** The website (alternate link), never the feed itself. */
  link: string | null;
  /** The feed's own URL (rel=self / feed_url). */
  feedUrl: string | null;
  language: string | null;
  /** Logo, icon or RSS image URL, else itunes:image or a channel media:thumbnail. */
  image: string | null;
  updatedAt: Date | null;
  /** The feed's authors (RSS managingEditor, dc:creator, itunes:author; Atom authors; JSON Feed authors). */
  authors: string[];
  /** WebSub hubs (atom:link / link rel="hub"). */
  hubs: string[];
  /** The next page of a paged feed (rel="next", JSON Feed next_url). */
  nextPageUrl: string | null;
  articles: Article[];
  /** What lenient mode read past; empty in strict mode and for clean documents. */
  warnings: ParseWarning[];
}
