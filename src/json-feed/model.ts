// JSON Feed 1.0 and 1.1 as plain data (see the README's API reference).
import type { ParseWarning } from '../warnings.js';

export interface JsonFeedAuthor {
  name: string | null;
  /** Resolved against the base URL; null when absent or unsafe. */
  url: string | null;
  avatar: string | null;
}

export interface JsonFeedAttachment {
  url: string;
  /** `mime_type`; null when the feed leaves it out. */
  mimeType: string | null;
  title: string | null;
  sizeInBytes: number | null;
  durationInSeconds: number | null;
}

export interface JsonFeedItem {
  /** Always a non-empty string: a numeric id (allowed by 1.0) is converted. */
  id: string;
  url: string | null;
  externalUrl: string | null;
  title: string | null;
  /** Sanitized HTML (per the `sanitize` option). */
  contentHtml: string | null;
  contentText: string | null;
  summary: string | null;
  image: string | null;
  bannerImage: string | null;
  datePublished: Date | null;
  dateModified: Date | null;
  /** The first of `authors`. */
  author: JsonFeedAuthor | null;
  /** The item's own authors (1.1 `authors`, else 1.0 `author`); never inherited from the feed. */
  authors: JsonFeedAuthor[];
  language: string | null;
  tags: string[];
  attachments: JsonFeedAttachment[];
}

export interface JsonFeed {
  /** The version URL as written, e.g. `https://jsonfeed.org/version/1.1`. */
  version: string;
  title: string;
  homePageUrl: string | null;
  feedUrl: string | null;
  description: string | null;
  userComment: string | null;
  nextUrl: string | null;
  icon: string | null;
  favicon: string | null;
  /** The first of `authors`. */
  author: JsonFeedAuthor | null;
  /** 1.1 `authors`, else 1.0 `author`. */
  authors: JsonFeedAuthor[];
  language: string | null;
  expired: boolean;
  items: JsonFeedItem[];
  /** What lenient mode read past (a missing title or item id, an unknown version URL, fields of the wrong JSON type); empty in strict mode. */
  warnings: ParseWarning[];
}
