// RSS 0.90–2.0 (RDF 1.0 included) as plain data (see the README's API reference).
import type { ChannelNamespaces, ItemNamespaces } from '../namespaces/index.js';
import type { ParseWarning } from '../warnings.js';

export interface RssCategory {
  name: string;
  domain: string | null;
}

export interface RssImage {
  url: string;
  title: string | null;
  link: string;
  /** 88 when absent (the RSS 2.0 default). */
  width: number;
  /** 31 when absent (the RSS 2.0 default). */
  height: number;
  description: string | null;
}

export interface RssEnclosure {
  url: string;
  /** Bytes; null when missing, negative or not an integer. */
  length: number | null;
  type: string | null;
}

export interface RssSource {
  title: string;
  url: string | null;
}

/** An item, with its namespace fields (dc, media, itunes, …: see docs/namespaces.md). */
export interface RssItem extends ItemNamespaces {
  title: string | null;
  link: string | null;
  /** HTML. */
  description: string | null;
  author: string | null;
  categories: RssCategory[];
  comments: string | null;
  enclosures: RssEnclosure[];
  guid: string | null;
  pubDate: Date | null;
  source: RssSource | null;
  /** content:encoded, HTML. */
  contentEncoded: string | null;
}

/** A channel, with its namespace fields (dc, media, itunes, …: see docs/namespaces.md). */
export interface RssChannel extends ChannelNamespaces {
  /** The version the document declares ("2.0", "0.91", "1.0", "0.90", …); null when it declares none. */
  version: string | null;
  title: string | null;
  link: string | null;
  description: string | null;
  language: string | null;
  copyright: string | null;
  managingEditor: string | null;
  webMaster: string | null;
  pubDate: Date | null;
  lastBuildDate: Date | null;
  categories: RssCategory[];
  generator: string | null;
  docs: string | null;
  ttl: number | null;
  image: RssImage | null;
  items: RssItem[];
  /** content:encoded at channel level, HTML. */
  contentEncoded: string | null;
  /** What lenient mode read past; empty in strict mode and for clean documents. */
  warnings: ParseWarning[];
}
