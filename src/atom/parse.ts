// Atom 1.0 (RFC 4287): element view → AtomFeed.
import { FeedParseError } from '../errors.js';
import { sanitizingSettingsOf, type FeedInput, type ParseOptions } from '../options.js';
import { attrOf, dateOf, htmlOf, integerOf, textOf, urlAttr, urlOf } from '../common/fields.js';
import { renderHtml } from '../html/core.js';
import { clip, innerHtml, parseXml, type XmlElement } from '../xml/index.js';
import type {
  AtomCategory, AtomContent, AtomEntry, AtomFeed, AtomGenerator, AtomLink, AtomPerson, AtomTextConstruct, AtomTextType,
} from './model.js';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';
export const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** Parses an Atom 1.0 document. Throws FeedXmlError / FeedParseError. */
export function parseAtom(input: FeedInput, options?: ParseOptions | null): AtomFeed {
  const settings = sanitizingSettingsOf(options);
  const stream = atomEntryStream(settings);
  const { root } = parseXml(input, { ...settings, onElementEnd: stream.onElementEnd });
  return atomFromElement(root, settings, stream.entries);
}

/**
 * Maps each entry of the feed as soon as its end tag is read, so that the entries' elements
 * never pile up: memory stays near the size of the result and collection stays cheap.
 */
export function atomEntryStream(options: ParseOptions): { entries: AtomEntry[]; onElementEnd: (element: XmlElement) => boolean } {
  const entries: AtomEntry[] = [];
  const onElementEnd = (element: XmlElement): boolean => {
    if (element.local !== 'entry' || element.ns !== ATOM_NS) return false;
    const feed = element.parent;
    if (!feed || feed.parent !== null || feed.local !== 'feed' || feed.ns !== ATOM_NS) return false;
    entries.push(entryOf(element, options));
    return true;
  };
  return { entries, onElementEnd };
}

/** Maps an Atom `<feed>` root element to an AtomFeed (with the entries already mapped by atomEntryStream, if any). */
export function atomFromElement(root: XmlElement, options: ParseOptions, streamedEntries: AtomEntry[] = []): AtomFeed {
  if (root.local !== 'feed' || root.ns !== ATOM_NS) {
    throw new FeedParseError('ATOM_NOT_ATOM', `The root element is <${clip(root.name)}>, not an Atom 1.0 <feed>`);
  }
  const feed = feedOf(root, options, streamedEntries);
  if (feed === null) throw new FeedParseError('ATOM_NO_ID', 'The Atom feed has no <id>');
  // Entries without authors take the feed's, else their source's.
  for (const entry of feed.entries) {
    if (entry.authors.length === 0) entry.authors = feed.authors.length > 0 ? feed.authors : entry.source?.authors ?? [];
  }
  return feed;
}

/** The parts feeds, entries and sources share, read in one pass over the children. */
interface Common {
  title: XmlElement | null;
  id: XmlElement | null;
  updated: XmlElement | null;
  authors: AtomPerson[];
  contributors: AtomPerson[];
  links: AtomLink[];
  categories: AtomCategory[];
  rights: XmlElement | null;
  others: XmlElement[];
}

function readCommon(element: XmlElement): Common {
  const common: Common = {
    title: null, id: null, updated: null, authors: [], contributors: [], links: [], categories: [], rights: null, others: [],
  };
  for (const child of element.children) {
    if (typeof child === 'string' || child.ns !== ATOM_NS) continue;
    switch (child.local) {
      case 'title': common.title ??= child; break;
      case 'id': common.id ??= child; break;
      case 'updated': common.updated ??= child; break;
      case 'rights': common.rights ??= child; break;
      case 'author': addPerson(common.authors, child); break;
      case 'contributor': addPerson(common.contributors, child); break;
      case 'link': addLink(common.links, child); break;
      case 'category': addCategory(common.categories, child); break;
      default: common.others.push(child);
    }
  }
  return common;
}

function firstOther(common: Common, local: string): XmlElement | null {
  for (const e of common.others) if (e.local === local) return e;
  return null;
}

/** A feed (with `entries` plus those among its children) or a source (entries null); null when it has no id. */
function feedOf(element: XmlElement, options: ParseOptions, entries: AtomEntry[] | null): AtomFeed | null {
  const common = readCommon(element);
  const id = textOf(common.id);
  if (id === null) return null;
  const feed: AtomFeed = {
    version: '1.0',
    title: textConstructOf(common.title, options),
    id,
    updated: dateOf(common.updated, options),
    authors: common.authors,
    contributors: common.contributors,
    links: common.links,
    categories: common.categories,
    generator: generatorOf(firstOther(common, 'generator')),
    subtitle: textConstructOf(firstOther(common, 'subtitle'), options),
    rights: textConstructOf(common.rights, options),
    icon: urlOf(firstOther(common, 'icon')),
    logo: urlOf(firstOther(common, 'logo')),
    entries: entries ?? [],
    warnings: [],
  };
  if (entries !== null) {
    for (const other of common.others) {
      if (other.local === 'entry') feed.entries.push(entryOf(other, options));
    }
  }
  return feed;
}

/** An entry with its own authors; atomFromElement fills in the inherited ones. */
function entryOf(element: XmlElement, options: ParseOptions): AtomEntry {
  const common = readCommon(element);
  const sourceElement = firstOther(common, 'source');
  const source = sourceElement === null ? null : feedOf(sourceElement, options, null);
  return {
    title: textConstructOf(common.title, options),
    id: textOf(common.id),
    updated: dateOf(common.updated, options),
    authors: common.authors,
    contributors: common.contributors,
    links: common.links,
    categories: common.categories,
    published: dateOf(firstOther(common, 'published'), options),
    rights: textConstructOf(common.rights, options),
    summary: textConstructOf(firstOther(common, 'summary'), options),
    content: contentOf(firstOther(common, 'content'), options),
    source,
  };
}

function addPerson(people: AtomPerson[], element: XmlElement): void {
  const name = textOf(element.child(ATOM_NS, 'name'));
  if (name === null) return;
  people.push({ name, uri: urlOf(element.child(ATOM_NS, 'uri')), email: textOf(element.child(ATOM_NS, 'email')) });
}

function addLink(links: AtomLink[], element: XmlElement): void {
  const href = urlAttr(element, 'href');
  if (href === null) return;
  links.push({
    href,
    rel: attrOf(element, 'rel'),
    type: attrOf(element, 'type'),
    hreflang: attrOf(element, 'hreflang'),
    title: attrOf(element, 'title'),
    length: integerOf(element.attr('length')),
  });
}

function addCategory(categories: AtomCategory[], element: XmlElement): void {
  const term = attrOf(element, 'term');
  if (term === null) return;
  categories.push({ term, scheme: attrOf(element, 'scheme'), label: attrOf(element, 'label') });
}

function generatorOf(element: XmlElement | null): AtomGenerator | null {
  const name = textOf(element);
  if (element === null || name === null) return null;
  return { name, uri: urlAttr(element, 'uri'), version: attrOf(element, 'version') };
}

/** The text-construct type: RFC 4287's three, with the MIME names some feeds write. */
function textTypeOf(element: XmlElement): AtomTextType {
  const type = element.attr('type')?.trim().toLowerCase();
  if (type === 'html' || type === 'text/html') return 'html';
  if (type === 'xhtml' || type === 'application/xhtml+xml') return 'xhtml';
  return 'text';
}

/** The markup inside an xhtml construct's wrapping div (or the element's own, if the div is missing). */
function xhtmlOf(element: XmlElement, options: ParseOptions): string {
  const div = element.child(XHTML_NS, 'div');
  const html = innerHtml(div ?? element).trim();
  return html === '' ? '' : renderHtml(html, options, (div ?? element).base);
}

function textConstructOf(element: XmlElement | null, options: ParseOptions): AtomTextConstruct | null {
  if (element === null) return null;
  const type = textTypeOf(element);
  const value = type === 'text' ? textOf(element) : type === 'html' ? htmlOf(element, options) : xhtmlOf(element, options);
  if (value === null || value === '') return null;
  return { type, lang: element.lang, value };
}

function contentOf(element: XmlElement | null, options: ParseOptions): AtomContent | null {
  if (element === null) return null;
  const src = urlAttr(element, 'src');
  const declared = element.attr('type')?.trim();
  const type = declared ? declared : 'text';
  const lower = type.toLowerCase();
  let value: string | null;
  if (lower === 'xhtml') value = xhtmlOf(element, options);
  else if (lower === 'html' || lower === 'text/html' || lower === 'application/xhtml+xml') value = htmlOf(element, options);
  else if (element.hasElements()) value = htmlOf(element, options); // XML media types: markup shown as HTML is sanitized too
  else value = textOf(element);
  if ((value === null || value === '') && src === null) return null;
  return { type, lang: element.lang, value: value ?? '', src };
}
