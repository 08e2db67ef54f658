// Atom 1.0 (RFC 4287) rules over the element view.
import { ATOM_NS, XHTML_NS } from '../atom/index.js';
import type { ParseOptions } from '../options.js';
import type { XmlElement } from '../xml/index.js';
import { checkNoSurroundingWhitespace, checkRfc3339, checkUrl, quote, valueOf } from './checks.js';
import { checkExtensions, isKnownNamespace, reportUnknownNamespace } from './extensions.js';
import { checkThreadLinkAttributes } from './thread.js';
import { checkHtmlElement, hasEscapedMarkup, hasHtmlTags } from './html.js';
import type { Issues } from './report.js';
import { checkAttributes, checkChildren, checkLeaf, requireAttributes, requireChildren, schema, type ElementSchema } from './structure.js';
import { isBase64, isEmailAddress, isLanguageTag, isMimeType, isNonNegativeInteger, nonCanonicalProblem, schemeSyntaxProblem } from './values.js';

const ATOM = (children: Parameters<typeof schema>[3]): ElementSchema => schema(ATOM_NS, 'ATOM', 'Atom 1.0', children);

const METADATA = {
  author: 'many', category: 'many', contributor: 'many', generator: 'one', icon: 'one', id: 'one', link: 'many',
  logo: 'one', rights: 'one', subtitle: 'one', title: 'one', updated: 'one',
} as const;
const FEED = ATOM({ ...METADATA, entry: 'many' });
const SOURCE = ATOM(METADATA);
const ENTRY = ATOM({
  author: 'many', category: 'many', content: 'one', contributor: 'many', id: 'one', link: 'many', published: 'one',
  rights: 'one', source: 'one', summary: 'one', title: 'one', updated: 'one',
});
const PERSON = ATOM({ name: 'one', uri: 'one', email: 'one' });
const LEAF = ATOM({});

const TEXT_CONSTRUCTS = ['title', 'subtitle', 'rights', 'summary'];
const LINK_ATTRIBUTES = ['href', 'rel', 'type', 'hreflang', 'title', 'length'];
const TEXT_TYPES = ['text', 'html', 'xhtml'];
// Link relations registered with IANA that feeds use; any other must be an absolute IRI.
const REGISTERED_RELS = new Set([
  'alternate', 'related', 'self', 'enclosure', 'via', 'first', 'last', 'next', 'previous', 'prev', 'current',
  'next-archive', 'prev-archive', 'replies', 'edit', 'edit-media', 'license', 'payment', 'hub', 'search', 'service',
  'up', 'describedby', 'icon', 'canonical', 'author', 'bookmark', 'help', 'tag', 'archives', 'lrdd', 'memento',
  'original', 'timegate', 'timemap', 'preview', 'privacy-policy', 'terms-of-service', 'alternate-version', 'version-history',
  'latest-version', 'working-copy', 'working-copy-of', 'predecessor-version', 'successor-version', 'collection', 'item',
  'duplicate', 'webmention', 'pingback', 'me', 'shortlink', 'syndication',
]);

interface Context {
  issues: Issues;
  options: ParseOptions;
  /** Entry ids seen so far → the 1-based index of the first entry with it, and the updated dates seen with it. */
  ids: Map<string, { index: number; updated: Set<string> }>;
}

export function checkAtom(root: XmlElement, options: ParseOptions, issues: Issues): void {
  const context: Context = { issues, options, ids: new Map() };
  checkAttributes(root, [], 'ATOM', issues);
  const found = checkChildren(root, FEED, issues);
  requireChildren(root, found, ['id', 'title', 'updated'], 'ATOM', issues);
  checkMetadata(root, found, context);

  const selfLink = root.childrenNamed(ATOM_NS, 'link').find((link) => link.attr('rel')?.trim() === 'self');
  if (selfLink) checkAtomSelf(selfLink, options, issues);
  else {
    issues.warning('ATOM_MISSING_SELF', 'The feed has no <link rel="self" href="…"/> naming its own URL (recommended)', issues.at(root));
  }
  checkMetadataOrder(root, issues);
  const feedHasAuthor = found.has('author');
  const entries = root.childrenNamed(ATOM_NS, 'entry');
  if (!feedHasAuthor && entries.length === 0) {
    issues.error('ATOM_MISSING_AUTHOR', 'The feed has no <author> (and no entries that could each have one)', issues.at(root));
  }
  checkExtensions(root, 'channel', issues);
  entries.forEach((entry, index) => checkEntry(entry, index + 1, feedHasAuthor, context));
}

/** The feed's own URL: absolute, an Atom document, and (when the caller says where the feed was read) that address. */
function checkAtomSelf(link: XmlElement, options: ParseOptions, issues: Issues): void {
  const type = link.attr('type')?.trim();
  if (type !== undefined && !/^application\/atom\+xml\b/i.test(type)) {
    issues.warning('ATOM_SELF_NOT_ATOM', `The rel="self" link has type ${quote(type)}: in an Atom feed it should name the feed itself (application/atom+xml)`, issues.at(link, 'type'));
  }
  checkSelfHref(link, options, issues);
}

/** rel="self" (Atom, or atom:link in RSS): an absolute URL, the one the feed was read from when that is known. */
export function checkSelfHref(link: XmlElement, options: ParseOptions, issues: Issues): void {
  const href = link.attr('href')?.trim();
  if (href === undefined) return;
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(href)) {
    const what = href === '' ? 'is empty (relative to wherever the feed was read)' : `${quote(href)} is relative`;
    issues.warning('SELF_LINK_RELATIVE', `The rel="self" link ${what}: give the feed's full URL`, issues.at(link, 'href'));
    return;
  }
  const location = options.baseUrl;
  if (typeof location === 'string' && /^https?:/i.test(location) && sameUrl(href, location) === false) {
    issues.warning('SELF_LINK_MISMATCH', `The rel="self" link ${quote(href)} is not the address the feed was read from (${quote(location)})`, issues.at(link, 'href'));
  }
}

function sameUrl(a: string, b: string): boolean | null {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return null;
  }
}

/** The feed's own metadata comes before its entries (RFC 4287's schema puts atom:entry last). */
function checkMetadataOrder(root: XmlElement, issues: Issues): void {
  let seenEntry = false;
  for (const child of root.children) {
    if (typeof child === 'string' || child.ns !== ATOM_NS) continue;
    if (child.local === 'entry') seenEntry = true;
    else if (seenEntry && FEED.children.has(child.local)) {
      issues.error('ATOM_MISPLACED_METADATA', `<${child.name}> comes after an <entry>: the feed's own elements go before its entries`, issues.at(child));
    }
  }
}

/** What feeds, entries and sources share: id, title, updated, people, links, categories, text constructs. */
function checkMetadata(element: XmlElement, found: Map<string, XmlElement>, context: Context): void {
  const { issues } = context;
  const id = found.get('id');
  if (id) {
    checkAttributes(id, [], 'ATOM', issues);
    checkLeaf(id, LEAF, issues);
    const value = valueOf(id);
    checkNoSurroundingWhitespace(id.text(), 'The id', issues, issues.at(id));
    if (checkUrl(value, 'iri', 'The id', issues, issues.at(id))) {
      const problem = schemeSyntaxProblem(value);
      if (problem !== null) issues.error('URL_INVALID', `The id ${quote(value)} ${problem}`, issues.at(id));
      const form = nonCanonicalProblem(value);
      if (form !== null) issues.warning('URL_NOT_CANONICAL', `The id ${quote(value)} ${form}: ids compare as strings, so write URLs in their normal form`, issues.at(id));
    }
  }
  for (const name of ['updated', 'published']) {
    const date = found.get(name);
    if (date === undefined) continue;
    checkAttributes(date, [], 'ATOM', issues);
    checkLeaf(date, LEAF, issues);
    if (checkNoSurroundingWhitespace(date.text(), `<${date.name}>`, issues, issues.at(date))) {
      checkRfc3339(valueOf(date), `<${date.name}>`, issues, issues.at(date), true);
    }
  }
  for (const name of TEXT_CONSTRUCTS) {
    const text = found.get(name);
    if (text) checkTextConstruct(text, issues);
  }
  for (const name of ['icon', 'logo']) {
    const image = found.get(name);
    if (image === undefined) continue;
    checkAttributes(image, [], 'ATOM', issues);
    checkLeaf(image, LEAF, issues);
    if (checkNoSurroundingWhitespace(image.text(), `The ${name}`, issues, issues.at(image))) {
      checkUrl(valueOf(image), 'reference', `The ${name}`, issues, issues.at(image));
    }
  }
  const generator = found.get('generator');
  if (generator) {
    checkAttributes(generator, ['uri', 'version'], 'ATOM', issues);
    checkLeaf(generator, LEAF, issues);
    const uri = generator.attr('uri');
    if (uri !== null && checkNoSurroundingWhitespace(uri, 'The generator uri', issues, issues.at(generator, 'uri'))) {
      checkUrl(uri.trim(), 'reference', 'The generator uri', issues, issues.at(generator, 'uri'));
    }
  }
  const alternates = new Map<string, XmlElement>();
  for (const child of element.children) {
    if (typeof child === 'string' || child.ns !== ATOM_NS) continue;
    if (child.local === 'author' || child.local === 'contributor') checkPerson(child, issues);
    else if (child.local === 'link') checkLink(child, alternates, issues);
    else if (child.local === 'category') checkCategory(child, issues);
  }
}

function checkTypeAttribute(element: XmlElement, issues: Issues): string {
  const type = element.attr('type')?.trim() ?? 'text';
  if (!TEXT_TYPES.includes(type)) {
    issues.error('ATOM_INVALID_TYPE', `The type of <${element.name}> must be "text", "html" or "xhtml", not ${quote(type)}`, issues.at(element, 'type'));
  }
  return type;
}

// Markup allowed inside xhtml content: XHTML, and the SVG and MathML that HTML embeds.
const MARKUP_NAMESPACES = new Set([XHTML_NS, 'http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML']);

/** xhtml content is exactly one xhtml <div> (whitespace around it aside), holding XHTML only. */
function checkXhtmlDiv(element: XmlElement, issues: Issues): void {
  const elements = element.elements();
  const strayText = element.children.some((c) => typeof c === 'string' && c.trim() !== '');
  const div = elements[0];
  if (elements.length !== 1 || strayText || div === undefined || div.local !== 'div' || div.ns !== XHTML_NS) {
    issues.error(
      'ATOM_XHTML_DIV',
      `<${element.name} type="xhtml"> must contain exactly one <div xmlns="http://www.w3.org/1999/xhtml"> and nothing else`,
      issues.at(element),
    );
    return;
  }
  const stack = div.elements();
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (!MARKUP_NAMESPACES.has(e.ns)) {
      // RFC 4287 asks only that the div's content be "suitable for handling as XHTML": a vocabulary
      // nobody knows is skipped by readers (a warning); no namespace, or a feed vocabulary's
      // (Atom, APP, Dublin Core, …), is markup that lost its way (an error).
      if (e.ns !== '' && !isKnownNamespace(e.ns)) {
        reportUnknownNamespace(e, issues);
      } else {
        const where = e.ns === '' ? 'in no namespace' : `in the namespace ${e.ns}`;
        issues.error('ATOM_XHTML_NAMESPACE', `<${e.name}> inside xhtml content is ${where}, not XHTML: readers drop it`, issues.at(e));
      }
      continue;
    }
    for (const child of e.children) if (typeof child !== 'string') stack.push(child);
  }
}

function checkTextConstruct(element: XmlElement, issues: Issues): void {
  checkAttributes(element, ['type'], 'ATOM', issues);
  const type = checkTypeAttribute(element, issues);
  if (type === 'xhtml') {
    checkXhtmlDiv(element, issues);
    checkEscapedXhtml(element, issues);
    checkHtmlElement(element, issues, issues.at(element));
  } else if (element.hasElements()) {
    issues.error(
      'ATOM_UNESCAPED_MARKUP',
      `<${element.name}> of type "${type}" contains elements: escape the markup, or use type="xhtml" with a <div>`,
      issues.at(element),
    );
  } else if (type === 'html') {
    checkHtmlElement(element, issues, issues.at(element));
  } else {
    checkUndeclaredHtml(element, issues);
  }
}

/** type="text" (the default) holding what is plainly HTML: readers will show the tags. */
function checkUndeclaredHtml(element: XmlElement, issues: Issues): void {
  if (!issues.full && hasHtmlTags(element.text())) {
    issues.warning(
      'ATOM_UNDECLARED_HTML',
      `<${element.name}> is plain text (type="text") but holds HTML tags, which readers show as they are: add type="html"`,
      issues.at(element),
    );
  }
}

/** type="xhtml" whose text holds escaped tags: the markup was escaped once too often. */
function checkEscapedXhtml(element: XmlElement, issues: Issues): void {
  if (!issues.full && hasEscapedMarkup(element)) {
    issues.warning('ATOM_ESCAPED_XHTML', `<${element.name} type="xhtml"> holds escaped tags, which readers show as text: write the XHTML elements themselves`, issues.at(element));
  }
}

/** Returns whether the content is "out of line" or binary, which makes a summary required. */
function checkContent(content: XmlElement, issues: Issues): boolean {
  checkAttributes(content, ['type', 'src'], 'ATOM', issues);
  const type = content.attr('type')?.trim() ?? 'text';
  const rawSrc = content.attr('src');
  const src = rawSrc?.trim();
  const mediaType = !TEXT_TYPES.includes(type);
  if (mediaType && !isMimeType(type)) {
    issues.error('ATOM_INVALID_TYPE', `The content type must be "text", "html", "xhtml" or a MIME type, not ${quote(type)}`, issues.at(content, 'type'));
  }
  if (src !== undefined) {
    if (checkNoSurroundingWhitespace(rawSrc!, 'The content src', issues, issues.at(content, 'src'))) {
      checkUrl(src, 'reference', 'The content src', issues, issues.at(content, 'src'));
    }
    // RFC 4287 §4.1.3.2: the type SHOULD be given (ATOM_MISSING_TYPE below) and, when it is, MUST be a MIME type.
    if (!mediaType && content.attr('type') !== null) {
      issues.error('ATOM_INVALID_TYPE', `<content src="…"> must give a MIME type such as "text/html", not ${quote(type)}`, issues.at(content, 'type'));
    }
    if (content.children.some((c) => typeof c !== 'string' || c.trim() !== '')) {
      issues.error('ATOM_CONTENT_NOT_EMPTY', '<content> with a src attribute must be empty', issues.at(content));
    }
    if (content.attr('type') === null) {
      issues.warning('ATOM_MISSING_TYPE', '<content src="…"> should say the media type of what it points to in a type attribute', issues.at(content));
    }
    return true;
  }
  if (type === 'xhtml') {
    checkXhtmlDiv(content, issues);
    checkEscapedXhtml(content, issues);
    checkHtmlElement(content, issues, issues.at(content));
  } else if (type === 'html' || type === 'text') {
    if (content.hasElements()) {
      issues.error(
        'ATOM_UNESCAPED_MARKUP',
        `<${content.name}> of type "${type}" contains elements: escape the markup, or use type="xhtml" with a <div>`,
        issues.at(content),
      );
    } else if (type === 'html') {
      checkHtmlElement(content, issues, issues.at(content));
    } else {
      checkUndeclaredHtml(content, issues);
    }
  } else if (mediaType && isMimeType(type)) {
    const lower = type.toLowerCase();
    if (content.hasElements() && !/[/+]xml(?:\s*;|$)/.test(lower)) {
      issues.error('ATOM_UNESCAPED_MARKUP', `<content type=${quote(type)}> holds elements, but only XML media types may: escape the text, or base64-encode the data`, issues.at(content));
      return true;
    }
    if (lower.startsWith('text/html') && !/^\s*<(?:!doctype|html)\b/i.test(content.text())) {
      issues.warning('ATOM_HTML_FRAGMENT', '<content type="text/html"> holds a fragment, not a whole HTML document: use type="html"', issues.at(content, 'type'));
    }
    const xml = /[/+]xml(?:\s*;|$)/.test(lower);
    if (!xml && !lower.startsWith('text/')) {
      if (!isBase64(content.text())) {
        issues.error('ATOM_NOT_BASE64', `<content type=${quote(type)}> must hold base64-encoded data`, issues.at(content));
      }
      return true;
    }
  }
  return false;
}

function checkEntry(entry: XmlElement, index: number, feedHasAuthor: boolean, context: Context): void {
  const { issues } = context;
  checkAttributes(entry, [], 'ATOM', issues);
  const found = checkChildren(entry, ENTRY, issues);
  requireChildren(entry, found, ['id', 'title', 'updated'], 'ATOM', issues);
  checkMetadata(entry, found, context);

  const source = found.get('source');
  let sourceHasAuthor = false;
  if (source) {
    checkAttributes(source, [], 'ATOM', issues);
    const sourceFound = checkChildren(source, SOURCE, issues);
    checkMetadata(source, sourceFound, context);
    sourceHasAuthor = sourceFound.has('author');
    const missing = ['id', 'title', 'updated'].filter((name) => !sourceFound.has(name));
    if (missing.length > 0) {
      issues.warning(
        'ATOM_SOURCE_INCOMPLETE',
        `<${source.name}> should copy the original feed's ${missing.map((name) => `<${name}>`).join(', ')}, so readers can credit it`,
        issues.at(source),
      );
    }
  }
  if (!found.has('author') && !feedHasAuthor && !sourceHasAuthor) {
    issues.error('ATOM_MISSING_AUTHOR', 'The entry has no <author>, and neither has the feed: give the feed or every entry an author', issues.at(entry));
  }

  const content = found.get('content');
  const needsSummary = content === undefined ? false : checkContent(content, issues);
  if (content === undefined) {
    if (!hasAlternateLink(entry)) {
      issues.error('ATOM_MISSING_ALTERNATE', 'An entry without <content> must have a <link rel="alternate" href="…"/>', issues.at(entry));
    }
  }
  if (needsSummary && !found.has('summary')) {
    issues.error('ATOM_MISSING_SUMMARY', 'An entry whose content is linked (src) or binary must also have a <summary> people can read (RFC 4287 §4.1.1.1)', issues.at(entry));
  }
  if (content === undefined && !found.has('summary')) {
    issues.warning('ATOM_MISSING_TEXTUAL_CONTENT', 'The entry has neither <content> nor <summary>: readers have only its title to show', issues.at(entry));
  }
  checkExtensions(entry, 'item', issues);

  const id = found.get('id');
  const value = id === undefined ? '' : valueOf(id);
  if (id !== undefined && value !== '') {
    const updated = found.get('updated');
    const stamp = updated === undefined ? '' : valueOf(updated);
    const first = context.ids.get(value);
    if (first === undefined) context.ids.set(value, { index, updated: new Set([stamp]) });
    else if (first.updated.has(stamp) && updated !== undefined) {
      issues.warning(
        'ATOM_DUPLICATE_UPDATED',
        `Entry ${index} repeats entry ${first.index}: the same id and the same <updated> (${quote(stamp)}); versions of one entry need different dates`,
        issues.at(updated),
      );
    } else {
      first.updated.add(stamp);
      issues.warning(
        'ATOM_DUPLICATE_ENTRY_ID',
        `Entry ${index} has the same id as entry ${first.index} (${quote(value)}); readers may show only one of them`,
        issues.at(id),
      );
    }
  }
}

function hasAlternateLink(entry: XmlElement): boolean {
  for (const child of entry.children) {
    if (typeof child === 'string' || child.local !== 'link' || child.ns !== ATOM_NS) continue;
    if ((child.attr('rel')?.trim() ?? 'alternate') === 'alternate') return true;
  }
  return false;
}

function checkPerson(person: XmlElement, issues: Issues): void {
  checkAttributes(person, [], 'ATOM', issues);
  const found = checkChildren(person, PERSON, issues);
  requireChildren(person, found, ['name'], 'ATOM', issues);
  const uri = found.get('uri');
  if (uri && checkNoSurroundingWhitespace(uri.text(), `The <${person.name}> uri`, issues, issues.at(uri))) {
    checkUrl(valueOf(uri), 'reference', `The <${person.name}> uri`, issues, issues.at(uri));
  }
  const email = found.get('email');
  if (email && checkNoSurroundingWhitespace(email.text(), 'The e-mail address', issues, issues.at(email)) && !isEmailAddress(valueOf(email))) {
    issues.error('EMAIL_INVALID', `The e-mail address ${quote(valueOf(email))} is not of the form "name@example.com"`, issues.at(email));
  }
  for (const part of found.values()) {
    checkAttributes(part, [], 'ATOM', issues);
    checkLeaf(part, LEAF, issues);
  }
}

/** An atom:link (in Atom, or in RSS): href, rel, type, hreflang, length; `alternates` holds the rel="alternate" links met so far. */
export function checkLink(link: XmlElement, alternates: Map<string, XmlElement>, issues: Issues): void {
  checkAttributes(link, LINK_ATTRIBUTES, 'ATOM', issues);
  const rawHref = link.attr('href');
  if (rawHref === null) {
    issues.error('ATOM_MISSING_ATTRIBUTE', `<${link.name}> must have an "href" attribute`, issues.at(link));
  } else if (rawHref !== '' && checkNoSurroundingWhitespace(rawHref, 'The link href', issues, issues.at(link, 'href'))) {
    // href="" is an IRI reference too (RFC 3986 §4.4: this very document), so only a non-empty one is checked.
    checkUrl(rawHref.trim(), 'reference', 'The link href', issues, issues.at(link, 'href'));
  }
  if (link.children.some((c) => typeof c !== 'string' || c.trim() !== '')) {
    issues.warning('ATOM_LINK_NOT_EMPTY', `<${link.name}> has content, which readers ignore: a link says everything in its attributes`, issues.at(link));
  }
  const rel = link.attr('rel')?.trim() ?? 'alternate';
  if (rel.includes(':')) {
    checkUrl(rel, 'iri', 'The link rel', issues, issues.at(link, 'rel'));
  } else if (!REGISTERED_RELS.has(rel.toLowerCase())) {
    issues.warning('ATOM_UNREGISTERED_REL', `The link rel ${quote(rel)} is not a registered relation: use a registered one or a full URI`, issues.at(link, 'rel'));
  }
  const type = link.attr('type')?.trim();
  if (type !== undefined && !isMimeType(type)) {
    issues.error('MIME_TYPE_INVALID', `The link type ${quote(type)} is not a MIME type such as "text/html"`, issues.at(link, 'type'));
  }
  const hreflang = link.attr('hreflang')?.trim();
  if (hreflang !== undefined && !isLanguageTag(hreflang)) {
    issues.error('LANGUAGE_INVALID', `The hreflang ${quote(hreflang)} is not a language tag such as "en" or "en-US"`, issues.at(link, 'hreflang'));
  }
  checkThreadLinkAttributes(link, issues);
  const length = link.attr('length')?.trim();
  if (length !== undefined && !isNonNegativeInteger(length)) {
    issues.error('INTEGER_INVALID', `The link length ${quote(length)} is not a size in bytes (a whole number)`, issues.at(link, 'length'));
  }
  if (rel === 'enclosure' && length === undefined) {
    issues.warning('ATOM_ENCLOSURE_LENGTH', 'A rel="enclosure" link should give the file\'s size in bytes in a length attribute', issues.at(link));
  }
  if (rel === 'alternate') {
    const key = `${(type ?? '').toLowerCase()} ${(hreflang ?? '').toLowerCase()}`;
    if (alternates.has(key)) {
      issues.error(
        'ATOM_DUPLICATE_ALTERNATE',
        'Two rel="alternate" links have the same type and hreflang: keep one, or tell them apart by type or hreflang',
        issues.at(link),
      );
    } else {
      alternates.set(key, link);
    }
  }
}

function checkCategory(category: XmlElement, issues: Issues): void {
  checkAttributes(category, ['term', 'scheme', 'label'], 'ATOM', issues);
  requireAttributes(category, ['term'], 'ATOM', issues);
  const scheme = category.attr('scheme');
  // RFC 4287 §4.2.2.2: an IRI, not a reference — a scheme names a vocabulary, it is not resolved.
  if (scheme !== null && checkNoSurroundingWhitespace(scheme, 'The category scheme', issues, issues.at(category, 'scheme'))) {
    checkUrl(scheme.trim(), 'iri', 'The category scheme', issues, issues.at(category, 'scheme'));
  }
}
