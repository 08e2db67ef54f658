// Atom 1.0 (RFC 4287) and 0.3 as plain data (see the README's API reference).
import type { ChannelNamespaces, ItemNamespaces } from '../namespaces/index.js';
import type { ParseWarning } from '../warnings.js';

export type AtomTextType = 'text' | 'html' | 'xhtml';

export interface AtomTextConstruct {
  type: AtomTextType;
  /** The in-scope xml:lang. */
  lang: string | null;
  /** Plain text for 'text'; sanitized HTML for 'html' and 'xhtml'. */
  value: string;
}

export interface AtomContent {
  /** 'text', 'html', 'xhtml' or a MIME type. */
  type: string;
  lang: string | null;
  value: string;
  /** Out-of-line content's URL. */
  src: string | null;
}

export interface AtomPerson {
  name: string;
  uri: string | null;
  email: string | null;
}

export interface AtomLink {
  href: string;
  rel: string | null;
  type: string | null;
  hreflang: string | null;
  title: string | null;
  length: number | null;
}

export interface AtomCategory {
  term: string;
  scheme: string | null;
  label: string | null;
}

export interface AtomGenerator {
  name: string;
  uri: string | null;
  version: string | null;
}

/** An entry, with its namespace fields (dc, media, itunes, …: see docs/namespaces.md). */
export interface AtomEntry extends ItemNamespaces {
  title: AtomTextConstruct | null;
  id: string | null;
  updated: Date | null;
  /** The entry's own authors, else its source's, else the feed's (RFC 4287, 4.2.1). */
  authors: AtomPerson[];
  contributors: AtomPerson[];
  links: AtomLink[];
  categories: AtomCategory[];
  published: Date | null;
  rights: AtomTextConstruct | null;
  summary: AtomTextConstruct | null;
  content: AtomContent | null;
  /** The feed the entry was copied from; it carries no entries. */
  source: AtomFeed | null;
}

/** A feed (or an entry's source), with its namespace fields (see docs/namespaces.md). */
export interface AtomFeed extends ChannelNamespaces {
  /** '1.0' (namespace http://www.w3.org/2005/Atom) or '0.3' (http://purl.org/atom/ns#). */
  version: '1.0' | '0.3';
  title: AtomTextConstruct | null;
  /**
   * Always present in strict mode (ATOM_NO_ID otherwise). In lenient mode a feed without one gets
   * its rel="self" link, else its alternate link, else '' (with an ATOM_NO_ID warning); an entry
   * document's feed has its source's id, else ''.
   */
  id: string;
  updated: Date | null;
  authors: AtomPerson[];
  contributors: AtomPerson[];
  links: AtomLink[];
  categories: AtomCategory[];
  generator: AtomGenerator | null;
  subtitle: AtomTextConstruct | null;
  rights: AtomTextConstruct | null;
  /** Atom 0.3's <info>: what the feed's format is, for a person who opens it (Atom 1.0 has no such element). */
  info: AtomTextConstruct | null;
  icon: string | null;
  logo: string | null;
  entries: AtomEntry[];
  /** What lenient mode read past; empty in strict mode, for clean documents and for sources. */
  warnings: ParseWarning[];
}
