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

/** A text box readers may show with the channel (`textInput` in RSS 2.0, `textinput` in 0.9x and 1.0). */
export interface RssTextInput {
  title: string | null;
  description: string | null;
  /** The name of the text object in the form. */
  name: string | null;
  /** Where the form is submitted. */
  link: string;
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
  /** The guid; in RSS 1.0 and 0.90, the item's `rdf:about`. */
  guid: string | null;
  pubDate: Date | null;
  source: RssSource | null;
  /** content:encoded, HTML. */
  contentEncoded: string | null;
}

/** A channel, with its namespace fields (dc, media, itunes, …: see docs/namespaces.md). */
export interface RssChannel extends ChannelNamespaces {
  /**
   * The version: what `<rss version>` declares ("2.0", "0.91", …; null when it declares none),
   * "1.0" for RSS 1.0 and "0.90" for RSS 0.90 (both `rdf:RDF` documents).
   */
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
  textInput: RssTextInput | null;
  items: RssItem[];
  /** content:encoded at channel level, HTML. */
  contentEncoded: string | null;
  /** What lenient mode read past; empty in strict mode and for clean documents. */
  warnings: ParseWarning[];
}
