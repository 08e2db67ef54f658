// Atom 1.0 (RFC 4287) and Atom 0.3: element view → AtomFeed. Both are read by one mapper: 0.3's
// renamed elements are translated to 1.0's names, and its content constructs (a MIME type and a
// mode) to 1.0's three types.
import { FeedParseError } from '../errors.js';
import { isStrict, sanitizingSettingsOf, type FeedInput, type ParseOptions } from '../options.js';
import { readXml } from '../common/read.js';
import { attrOf, dateOf, htmlOf, integerOf, textOf, urlAttr, urlOf } from '../common/fields.js';
import { DocumentOrder } from '../common/order.js';
import { renderHtml } from '../html/core.js';
import { readForeign, withChannelNamespaces, withItemNamespaces, type Foreign, type Level } from '../namespaces/index.js';
import { leniencyOf, STRICT, tolerate, warningsOfParse, type Leniency } from '../warnings.js';
import { clip, innerHtml, type XmlElement } from '../xml/index.js';
import { base64Text } from './base64.js';
import type {
  AtomCategory, AtomContent, AtomEntry, AtomFeed, AtomGenerator, AtomLink, AtomPerson, AtomTextConstruct, AtomTextType,
} from './model.js';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';
export const ATOM_03_NS = 'http://purl.org/atom/ns#';
export const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** Which Atom a document is: the namespace its elements are in and the version that shapes them. */
interface Dialect {
  ns: string;
  version: '1.0' | '0.3';
}

// Atom 0.3's names for what Atom 1.0 renamed (`url` is a person's).
const NAMES_03: ReadonlyMap<string, string> = new Map([
  ['modified', 'updated'],
  ['issued', 'published'],
  ['copyright', 'rights'],
  ['tagline', 'subtitle'],
  ['url', 'uri'],
]);

/** What every mapping function needs: the options, the dialect and what to do at a fault. */
interface Reading {
  options: ParseOptions;
  dialect: Dialect;
  leniency: Leniency;
}

/** Parses an Atom 1.0 or 0.3 document. Throws FeedXmlError / FeedParseError. */
export function parseAtom(input: FeedInput, options?: ParseOptions | null): AtomFeed {
  const settings = sanitizingSettingsOf(options);
  const leniency = leniencyOf(isStrict(settings, true));
  const stream = atomEntryStream(settings, leniency);
  const doc = readXml(input, settings, leniency, stream.onElementEnd);
  const feed = atomFromElement(doc.root, settings, stream.entries, leniency);
  feed.warnings = warningsOfParse(leniency, doc.text);
  return feed;
}

/**
 * The dialect of a namespace that is Atom's; in lenient mode also of a namespace-less feed and of
 * a `<feed>` in a namespace that is not Atom's (a misspelt URI, an early draft's), read in that
 * namespace. Else null.
 */
function dialectOf(ns: string, root: XmlElement, leniency: Leniency): Dialect | null {
  if (ns === ATOM_NS) return { ns, version: '1.0' };
  if (ns === ATOM_03_NS) return { ns, version: '0.3' };
  if (!leniency.strict && (ns === '' || root.local === 'feed')) {
    return { ns, version: root.attr('version')?.trim() === '0.3' ? '0.3' : '1.0' };
  }
  return null;
}

/**
 * Maps each entry of the feed as soon as its end tag is read, so that the entries' elements
 * never pile up: memory stays near the size of the result and collection stays cheap.
 */
export function atomEntryStream(
  options: ParseOptions,
  leniency: Leniency = STRICT,
): { entries: AtomEntry[]; onElementEnd: (element: XmlElement) => boolean } {
  const ordered = new DocumentOrder<AtomEntry>();
  const entries = ordered.values;
  // There is one root: its reading is worked out at the first entry and kept.
  let reading: Reading | null | undefined;
  const onElementEnd = (element: XmlElement): boolean => {
    if (element.local !== 'entry') return false;
    const feed = feedOfEntry(element, leniency);
    if (!feed || feed.parent !== null || feed.local !== 'feed' || feed.ns !== element.ns) return false;
    if (reading === undefined) {
      const dialect = dialectOf(element.ns, feed, leniency);
      reading = dialect === null ? null : { options, dialect, leniency };
    }
    if (reading === null) return false;
    if (feed !== element.parent) noteNested(element, leniency);
    ordered.add(entryOf(element, reading), element.start);
    return true;
  };
  return { entries, onElementEnd };
}

/**
 * Maps an Atom `<feed>` root element to an AtomFeed (with the entries already mapped by
 * atomEntryStream, if any). Lenient mode also reads a namespace-less `<feed>` and an entry document.
 */
export function atomFromElement(
  root: XmlElement,
  options: ParseOptions,
  streamedEntries: AtomEntry[] = [],
  leniency: Leniency = STRICT,
): AtomFeed {
  const dialect = rootDialect(root, leniency);
  const reading: Reading = { options, dialect, leniency };
  const feed = root.local === 'entry' ? entryDocument(root, reading) : feedOf(root, reading, streamedEntries);
  if (feed === null) throw new FeedParseError('ATOM_NO_ID', 'The Atom feed has no <id>');
  // Entries without authors take their source's, else the feed's (RFC 4287, 4.2.1).
  for (const entry of feed.entries) {
    if (entry.authors.length > 0) continue;
    const sourceAuthors = entry.source?.authors ?? [];
    entry.authors = sourceAuthors.length > 0 ? sourceAuthors : feed.authors;
  }
  return feed;
}

function rootDialect(root: XmlElement, leniency: Leniency): Dialect {
  const notAtom = () => new FeedParseError('ATOM_NOT_ATOM', `The root element is <${clip(root.name)}>, not an Atom <feed>`);
  if (root.local !== 'feed' && (root.local !== 'entry' || leniency.strict)) throw notAtom();
  const dialect = dialectOf(root.ns, root, leniency);
  if (dialect === null || (root.local === 'entry' && root.ns === '')) throw notAtom();
  if (root.ns === '') {
    tolerate(leniency, 'ATOM_NO_NAMESPACE', `<feed> has no namespace: read as Atom ${dialect.version}`, root.start);
  } else if (root.ns !== ATOM_NS && root.ns !== ATOM_03_NS) {
    tolerate(leniency, 'ATOM_NAMESPACE', `<feed> is in the namespace "${clip(root.ns)}", not Atom's: read as Atom ${dialect.version}`, root.start);
  }
  return dialect;
}

/** An Atom entry document as a feed of that one entry (its source, if any, gives the feed's fields). */
function entryDocument(root: XmlElement, reading: Reading): AtomFeed {
  tolerate(reading.leniency, 'ATOM_ENTRY_DOCUMENT', 'The document is a single <entry>: read as a feed of one entry', root.start);
  const entry = entryOf(root, reading);
  const base = entry.source ?? emptyFeed(reading.dialect);
  return { ...base, entries: [entry], warnings: [] };
}

function emptyFeed(dialect: Dialect): AtomFeed {
  return withChannelNamespaces({
    version: dialect.version, title: null, id: '', updated: null, authors: [], contributors: [], links: [], categories: [],
    generator: null, subtitle: null, rights: null, info: null, icon: null, logo: null, entries: [], warnings: [],
  }, null);
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
  /** The other children in the dialect's namespace, by their Atom 1.0 name. */
  others: [name: string, element: XmlElement][];
  /** What the namespace rooms read from children of other namespaces. */
  foreign: Foreign | null;
}

/** An element's Atom 1.0 name: 0.3's renamed elements translated. */
function nameOf(element: XmlElement, dialect: Dialect): string {
  return dialect.version === '0.3' ? NAMES_03.get(element.local) ?? element.local : element.local;
}

function readCommon(element: XmlElement, reading: Reading, level: Level): Common {
  const { dialect, options } = reading;
  const common: Common = {
    title: null, id: null, updated: null, authors: [], contributors: [], links: [], categories: [], rights: null, others: [],
    foreign: null,
  };
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (child.ns !== dialect.ns) {
      if (child.ns !== '') common.foreign = readForeign(child, common.foreign, level, options);
      continue;
    }
    const name = nameOf(child, dialect);
    switch (name) {
      case 'title': common.title ??= child; break;
      case 'id': common.id ??= child; break;
      case 'updated': common.updated ??= child; break;
      case 'rights': common.rights ??= child; break;
      case 'author': addPerson(common.authors, child, dialect); break;
      case 'contributor': addPerson(common.contributors, child, dialect); break;
      case 'link': addLink(common.links, child, reading.leniency); break;
      case 'category': addCategory(common.categories, child); break;
      default: common.others.push([name, child]);
    }
  }
  return common;
}

function firstOther(common: Common, name: string): XmlElement | null {
  for (const [n, e] of common.others) if (n === name) return e;
  return null;
}

/**
 * A feed (with `entries` plus those among its children) or a source (entries null). A feed
 * without an id is null in strict mode; in lenient mode its id is its self link, else its
 * alternate, else ''. A source without an id is null in both.
 */
function feedOf(element: XmlElement, reading: Reading, entries: AtomEntry[] | null): AtomFeed | null {
  const { options, dialect } = reading;
  const common = readCommon(element, reading, 'channel');
  let id = textOf(common.id);
  if (id === null) {
    if (entries === null || reading.leniency.strict) return null;
    tolerate(reading.leniency, 'ATOM_NO_ID', 'The Atom feed has no <id>: its self or alternate link stands in', element.start);
    id = idFallbackOf(common.links);
  }
  const feed: AtomFeed = withChannelNamespaces({
    version: dialect.version,
    title: textConstructOf(common.title, reading),
    id,
    updated: dateOf(common.updated, options),
    authors: common.authors,
    contributors: common.contributors,
    links: common.links,
    categories: common.categories,
    generator: generatorOf(firstOther(common, 'generator'), dialect),
    subtitle: textConstructOf(firstOther(common, 'subtitle'), reading),
    rights: textConstructOf(common.rights, reading),
    info: textConstructOf(firstOther(common, 'info'), reading),
    icon: urlOf(firstOther(common, 'icon')),
    logo: urlOf(firstOther(common, 'logo')),
    entries: entries ?? [],
    warnings: [],
  }, common.foreign);
  if (entries !== null) {
    for (const [name, other] of common.others) {
      if (name === 'entry') addEntry(feed.entries, other, reading);
    }
  }
  return feed;
}

/** An entry of the feed, then (lenient mode) the entries read inside it when its </entry> was left out. */
function addEntry(entries: AtomEntry[], element: XmlElement, reading: Reading): void {
  entries.push(entryOf(element, reading));
  if (reading.leniency.strict) return;
  for (const child of element.children) {
    if (typeof child !== 'string' && child.local === 'entry' && child.ns === element.ns) {
      noteNested(child, reading.leniency);
      addEntry(entries, child, reading);
    }
  }
}

/**
 * The element an entry belongs to: its parent, or in lenient mode, for an entry inside other
 * entries (an </entry> left out makes the entries after it children of the open one), theirs.
 */
function feedOfEntry(entry: XmlElement, leniency: Leniency): XmlElement | null {
  let parent = entry.parent;
  if (leniency.strict) return parent;
  while (parent !== null && parent.parent !== null && parent.local === 'entry' && parent.ns === entry.ns) parent = parent.parent;
  return parent;
}

function noteNested(entry: XmlElement, leniency: Leniency): void {
  tolerate(leniency, 'ATOM_ENTRY_NESTED', 'An <entry> inside another (an </entry> left out) is read as the next entry', entry.start);
}

function idFallbackOf(links: AtomLink[]): string {
  const self = links.find((l) => l.rel === 'self');
  const alternate = links.find((l) => l.rel === null || l.rel === 'alternate');
  return (self ?? alternate)?.href ?? '';
}

/** An entry with its own authors; atomFromElement fills in the inherited ones. */
function entryOf(element: XmlElement, reading: Reading): AtomEntry {
  const { options, dialect } = reading;
  const common = readCommon(element, reading, 'item');
  const sourceElement = firstOther(common, 'source');
  const source = sourceElement === null ? null : feedOf(sourceElement, reading, null);
  // Atom 0.3's creation date stands in for the issue date it should have.
  const published = firstOther(common, 'published') ?? (dialect.version === '0.3' ? firstOther(common, 'created') : null);
  return withItemNamespaces({
    title: textConstructOf(common.title, reading),
    id: textOf(common.id),
    updated: dateOf(common.updated, options),
    authors: common.authors,
    contributors: common.contributors,
    links: common.links,
    categories: common.categories,
    published: dateOf(published, options),
    rights: textConstructOf(common.rights, reading),
    summary: textConstructOf(firstOther(common, 'summary'), reading),
    content: contentOf(firstOther(common, 'content'), reading),
    source,
  }, common.foreign);
}

function addPerson(people: AtomPerson[], element: XmlElement, dialect: Dialect): void {
  let name: XmlElement | null = null;
  let uri: XmlElement | null = null;
  let email: XmlElement | null = null;
  for (const child of element.children) {
    if (typeof child === 'string' || child.ns !== dialect.ns) continue;
    const field = nameOf(child, dialect);
    if (field === 'name') name ??= child;
    else if (field === 'uri') uri ??= child;
    else if (field === 'email') email ??= child;
  }
  const text = textOf(name);
  if (text === null) return;
  people.push({ name: text, uri: urlOf(uri), email: textOf(email) });
}

/**
 * A link with its href. One without an href attribute that holds its URL as text (RSS's way,
 * a common slip in hand-written Atom) is read in lenient mode and left out in strict mode.
 */
function addLink(links: AtomLink[], element: XmlElement, leniency: Leniency): void {
  let href = urlAttr(element, 'href');
  if (href === null) {
    if (leniency.strict || element.attr('href') !== null) return;
    href = urlOf(element);
    if (href === null) return;
    tolerate(leniency, 'ATOM_LINK_TEXT', '<link> has no href attribute: the URL it holds as text is its href', element.start);
  }
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

function generatorOf(element: XmlElement | null, dialect: Dialect): AtomGenerator | null {
  const name = textOf(element);
  if (element === null || name === null) return null;
  const uri = urlAttr(element, 'uri') ?? (dialect.version === '0.3' ? urlAttr(element, 'url') : null);
  return { name, uri, version: attrOf(element, 'version') };
}

/** The text-construct type: RFC 4287's three, with the MIME names some feeds (and Atom 0.3) write. */
function kindOf(type: string | null): AtomTextType {
  if (type === 'html' || type === 'text/html') return 'html';
  if (type === 'xhtml' || type === 'application/xhtml+xml') return 'xhtml';
  return 'text';
}

const declaredType = (element: XmlElement) => element.attr('type')?.trim().toLowerCase() || null;

/** The markup inside an xhtml construct's wrapping div (or the element's own, if the div is missing). */
function xhtmlOf(element: XmlElement, options: ParseOptions): string {
  const div = element.child(XHTML_NS, 'div');
  const html = innerHtml(div ?? element).trim();
  return html === '' ? '' : renderHtml(html, options, (div ?? element).base);
}

function textConstructOf(element: XmlElement | null, reading: Reading): AtomTextConstruct | null {
  if (element === null) return null;
  const { type, value } =
    reading.dialect.version === '0.3' ? construct03(element, reading) : construct10(element, reading.options);
  if (value === null || value === '') return null;
  return { type, lang: element.lang, value };
}

function construct10(element: XmlElement, options: ParseOptions): { type: AtomTextType; value: string | null } {
  const type = kindOf(declaredType(element));
  const value = type === 'text' ? textOf(element) : type === 'html' ? htmlOf(element, options) : xhtmlOf(element, options);
  return { type, value };
}

/**
 * An Atom 0.3 content construct: a MIME type (text/plain by default) and a mode — "xml" (the
 * default: the content is inline, markup included), "escaped" (markup escaped as text) or
 * "base64". Markup inline in a text/plain construct is read as XHTML.
 */
function construct03(element: XmlElement, reading: Reading): { type: AtomTextType; value: string | null } {
  const { options } = reading;
  const mode = element.attr('mode')?.trim().toLowerCase();
  let type = kindOf(declaredType(element));
  if (mode === 'base64') {
    const decoded = decodedOf(element, reading);
    if (decoded === null || decoded.trim() === '') return { type, value: null };
    return { type, value: type === 'text' ? decoded.trim() : renderHtml(decoded.trim(), options, element.base) };
  }
  if (mode !== 'escaped' && element.hasElements()) {
    if (type === 'text') type = 'xhtml';
    return { type, value: xhtmlOf(element, options) };
  }
  return { type, value: type === 'text' ? textOf(element) : htmlOf(element, options) };
}

/** A base64 element's text decoded; null when it is not base64 (strict mode throws). */
function decodedOf(element: XmlElement, reading: Reading): string | null {
  const decoded = base64Text(element.text());
  if (decoded !== null) return decoded;
  const message = `<${clip(element.name)} mode="base64"> does not hold base64`;
  if (reading.leniency.strict) throw new FeedParseError('ATOM_BAD_BASE64', message);
  tolerate(reading.leniency, 'ATOM_BAD_BASE64', `${message}: its value is left out`, element.start);
  return null;
}

function contentOf(element: XmlElement | null, reading: Reading): AtomContent | null {
  if (element === null) return null;
  if (reading.dialect.version === '0.3') return content03(element, reading);
  const { options } = reading;
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

// MIME types whose base64 content is text (decoded); any other is data, kept as written.
const TEXTUAL = /^(?:text\/|application\/(?:[\w.+-]+\+)?xml$|application\/xhtml\+xml$|html$|xhtml$)/;

/**
 * Atom 0.3 content: text/plain, text/html and application/xhtml+xml become 1.0's text, html and
 * xhtml; other MIME types stay as written. Of a multipart/alternative, the HTML or XHTML part is
 * read (else the first).
 */
function content03(element: XmlElement, reading: Reading): AtomContent | null {
  const declared = declaredType(element);
  if (declared === 'multipart/alternative') {
    const parts = element.childrenNamed(reading.dialect.ns, 'content');
    const rich = parts.find((part) => kindOf(declaredType(part)) !== 'text');
    const part = rich ?? parts[0];
    return part === undefined ? null : content03(part, reading);
  }
  const src = urlAttr(element, 'src');
  let type: string;
  let value: string | null;
  if (declared === null || declared === 'text/plain' || kindOf(declared) !== 'text') {
    ({ type, value } = construct03(element, reading));
  } else {
    // Another MIME type keeps its name: text (base64 decoded), XML shown as HTML, or data as written.
    type = element.attr('type')!.trim();
    value = TEXTUAL.test(declared) ? construct03(element, reading).value : textOf(element);
  }
  if ((value === null || value === '') && src === null) return null;
  return { type, lang: element.lang, value: value ?? '', src };
}
