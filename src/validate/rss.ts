// RSS 2.0 rules (the specification and the RSS Advisory Board's profile) over the element view.
import { ATOM_NS } from '../atom/index.js';
import { FeedParseError } from '../errors.js';
import type { ParseOptions } from '../options.js';
import { CONTENT_NS, rssChannelOf } from '../rss/index.js';
import type { XmlElement } from '../xml/index.js';
import { checkRfc822, checkUrl, quote, valueOf } from './checks.js';
import { checkLink, checkSelfHref } from './atom.js';
import { checkExtensions } from './extensions.js';
import { checkHtmlElement, checkRelativeUrls, hasHtmlEndTag } from './html.js';
import type { Issues, Place } from './report.js';
import { checkAttributes, checkChildren, checkLeaf, requireAttributes, requireChildren, schema, type ElementSchema } from './structure.js';
import { containsEmailAddress, isEmailAddress, isLanguageTag, isMimeType, isNonNegativeInteger, isRssContact, withoutComments } from './values.js';

const RSS = (children: Parameters<typeof schema>[3]): ElementSchema => schema('', 'RSS', 'RSS 2.0', children);

const ROOT = RSS({ channel: 'one' });
const CHANNEL = RSS({
  title: 'one', link: 'one', description: 'one', language: 'one', copyright: 'one', managingEditor: 'one',
  webMaster: 'one', pubDate: 'one', lastBuildDate: 'one', category: 'many', generator: 'one', docs: 'one',
  cloud: 'one', ttl: 'one', image: 'one', rating: 'one', textInput: 'one', textinput: 'one', skipHours: 'one',
  skipDays: 'one', item: 'many',
});
const ITEM = RSS({
  title: 'one', link: 'one', description: 'one', author: 'one', category: 'many', comments: 'one',
  enclosure: 'many', guid: 'one', pubDate: 'one', source: 'one',
});
const IMAGE = RSS({ url: 'one', title: 'one', link: 'one', width: 'one', height: 'one', description: 'one' });
const TEXT_INPUT = RSS({ title: 'one', description: 'one', name: 'one', link: 'one' });
const SKIP_HOURS = RSS({ hour: 'many' });
const SKIP_DAYS = RSS({ day: 'many' });
const LEAF = RSS({});

// Unprefixed attributes RSS 2.0 defines, by element; every other RSS element has none.
const ATTRIBUTES: ReadonlyMap<string, readonly string[]> = new Map([
  ['rss', ['version']],
  ['cloud', ['domain', 'port', 'path', 'registerProcedure', 'protocol']],
  ['category', ['domain']],
  ['enclosure', ['url', 'length', 'type']],
  ['guid', ['isPermaLink']],
  ['source', ['url']],
]);

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const CLOUD_PROTOCOLS = ['xml-rpc', 'soap', 'http-post'];
const MAX_IMAGE_WIDTH = 144;
const MAX_IMAGE_HEIGHT = 400;

interface Context {
  issues: Issues;
  options: ParseOptions;
  /** The version the document declares, and the item elements added after it: name → the version that added it. */
  version: string;
  newer: ReadonlyMap<string, string>;
}

// Elements later versions added, and the version that added each: a document that declares an
// older version but uses them was likely upgraded without saying so.
const ADDED = {
  channel: new Map([['category', '0.92'], ['cloud', '0.92'], ['generator', '2.0'], ['ttl', '2.0']]),
  item: new Map([
    ['source', '0.92'], ['enclosure', '0.92'], ['category', '0.92'], ['pubDate', '0.93'], ['author', '2.0'], ['comments', '2.0'],
    ['guid', '2.0'],
  ]),
};
// Versions whose vocabulary is checked (0.93 and 0.94 were drafts of 2.0: anything goes).
const CHECKED_VERSIONS = ['0.91', '0.92'];

/** The elements of `added` that came after `version`. */
function addedAfter(added: ReadonlyMap<string, string>, version: string): ReadonlyMap<string, string> {
  if (!CHECKED_VERSIONS.includes(version)) return new Map();
  return new Map([...added].filter(([, since]) => Number(since) > Number(version)));
}

function checkVocabulary(parent: XmlElement, added: ReadonlyMap<string, string>, version: string, issues: Issues): void {
  for (const child of parent.children) {
    if (typeof child === 'string' || child.ns !== '') continue;
    const since = added.get(child.local);
    if (since !== undefined) {
      issues.warning(
        'RSS_VERSION_ELEMENT',
        `<${child.name}> came with RSS ${since}, but the feed says version="${version}": declare version="2.0"`,
        issues.at(child),
      );
    }
  }
}

/** The RSS 2.0 rules; `prolog` is the text before the root element (its DOCTYPE, if any). */
export function checkRss(root: XmlElement, options: ParseOptions, issues: Issues, prolog = ''): void {
  checkDoctype(prolog, root, issues);
  let channel: XmlElement;
  try {
    channel = rssChannelOf(root); // the root as parseRss reads it: the same refusals
  } catch (error) {
    if (!(error instanceof FeedParseError)) throw error;
    issues.error(error.code, error.message, issues.at(root));
    return;
  }
  const version = root.attr('version')?.trim() ?? '';
  const context: Context = { issues, options, version, newer: addedAfter(ADDED.item, version) };
  const newerInChannel = addedAfter(ADDED.channel, version);
  if (newerInChannel.size > 0) checkVocabulary(channel, newerInChannel, version, issues);
  if (root.attr('version') === null) {
    issues.error('RSS_MISSING_VERSION', '<rss> must have a version attribute: version="2.0"', issues.at(root));
  }
  checkAttributes(root, ATTRIBUTES.get('rss')!, 'RSS', issues);
  checkChildren(root, ROOT, issues);
  checkChannel(channel, context);
}

// Netscape's RSS 0.91 DTD: a document that names it says it is RSS 0.91.
const RSS_091_DOCTYPE = /<!DOCTYPE\s+rss\s+PUBLIC\s+["']-\/\/Netscape Communications\/\/DTD RSS 0\.91\/\/EN["']/;

/** A DOCTYPE (in the text before the root, `prolog`) that names the RSS 0.91 DTD must go with version="0.91". */
function checkDoctype(prolog: string, root: XmlElement, issues: Issues): void {
  const at = prolog.search(RSS_091_DOCTYPE);
  const version = root.attr('version')?.trim();
  if (at === -1 || version === undefined || version === '0.91') return;
  issues.error(
    'RSS_DOCTYPE_VERSION',
    `The DOCTYPE names the RSS 0.91 DTD, but <rss> says version="${version}": remove the DOCTYPE (RSS 2.0 has no DTD)`,
    { offset: at },
  );
}

function checkChannel(channel: XmlElement, context: Context): void {
  const { issues, options } = context;
  const found = checkChildren(channel, CHANNEL, issues);
  checkAttributes(channel, [], 'RSS', issues);
  requireChildren(channel, found, ['title', 'link', 'description'], 'RSS', issues);
  checkLeaves(found, ['title', 'link', 'description', 'language', 'copyright', 'managingEditor', 'webMaster', 'pubDate', 'lastBuildDate', 'generator', 'docs', 'ttl', 'rating'], issues);
  notBlank(found.get('title'), issues);
  plainText(found.get('title'), issues);

  const link = found.get('link');
  if (link) checkPageUrl(valueOf(link), 'The channel link', issues, issues.at(link));
  const docs = found.get('docs');
  if (docs) checkPageUrl(valueOf(docs), 'The docs URL', issues, issues.at(docs));
  const language = found.get('language');
  if (language && !isLanguageTag(valueOf(language))) {
    issues.error('LANGUAGE_INVALID', `The language ${quote(valueOf(language))} is not a language code such as "en" or "en-us"`, issues.at(language));
  }
  for (const name of ['managingEditor', 'webMaster']) checkContact(found.get(name), issues);
  const pubDate = found.get('pubDate');
  if (pubDate) checkRfc822(valueOf(pubDate), 'The channel pubDate', options, issues, issues.at(pubDate));
  const lastBuildDate = found.get('lastBuildDate');
  if (lastBuildDate) {
    checkRfc822(valueOf(lastBuildDate), 'The lastBuildDate', options, issues, issues.at(lastBuildDate));
  }
  const ttl = found.get('ttl');
  // An empty ttl is no ttl: readers use their own refresh time (the W3C validator's NotBlank warning).
  if (ttl && valueOf(ttl) === '') notBlank(ttl, issues);
  else if (ttl && checkInteger(ttl, 'The ttl (minutes)', issues) === 0) {
    issues.error('INTEGER_INVALID', 'The ttl is 0: it is the number of minutes a reader may cache the feed, at least 1', issues.at(ttl));
  }
  const description = found.get('description');
  if (description) checkHtmlElement(description, issues, issues.at(description));

  const image = found.get('image');
  if (image) checkImage(image, found, issues);
  const cloud = found.get('cloud');
  if (cloud) checkCloud(cloud, issues);
  const textInput = found.get('textInput') ?? found.get('textinput');
  if (textInput) checkTextInput(textInput, issues);
  // Netscape's RSS 0.91 spelt it <textinput>; every later version, <textInput> (names are case-sensitive).
  const lowerCase = found.get('textinput');
  if (lowerCase && context.version !== '0.91') {
    issues.error('RSS_UNKNOWN_ELEMENT', `<textinput> is RSS 0.91's spelling; RSS ${context.version || '2.0'} names it <textInput>`, issues.at(lowerCase));
  }
  const skipHours = found.get('skipHours');
  if (skipHours) checkSkipList(skipHours, SKIP_HOURS, 'hour', (v) => /^\d{1,2}$/.test(v) && Number(v) <= 23, 'an hour from 0 to 23', issues);
  const skipDays = found.get('skipDays');
  if (skipDays) checkSkipList(skipDays, SKIP_DAYS, 'day', (v) => DAYS.includes(v), `one of ${DAYS.join(', ')}`, issues);
  for (const category of channel.childrenNamed('', 'category')) {
    checkAttributes(category, ATTRIBUTES.get('category')!, 'RSS', issues);
    checkLeaf(category, LEAF, issues);
  }

  checkAtomLinks(channel, options, issues);
  checkExtensions(channel, 'channel', issues);
  checkItemOrder(channel, issues);
  checkItems(channel, context);
}

/** The RSS profile: items come after every other channel element. */
function checkItemOrder(channel: XmlElement, issues: Issues): void {
  let seenItem = false;
  for (const child of channel.children) {
    if (typeof child === 'string' || child.ns !== '') continue;
    if (child.local === 'item') seenItem = true;
    else if (seenItem && CHANNEL.children.has(child.local)) {
      issues.warning('RSS_MISPLACED_ITEM', `<${child.name}> comes after an <item>: put the items after all other channel elements`, issues.at(child));
      return;
    }
  }
}

// Script pseudo-URLs: they run code instead of naming a page.
const SCRIPT_URL = /^\s*(?:javascript|vbscript):/i;

/** The URL of a page (channel, item, image and textInput links, comments, docs): absolute, and no script. */
function checkPageUrl(value: string, what: string, issues: Issues, place: Place): void {
  if (SCRIPT_URL.test(value)) {
    issues.error('URL_INVALID', `${what} ${quote(value)} runs a script instead of naming a page: give the page's URL`, place);
  } else {
    checkUrl(value, 'uri', what, issues, place);
  }
}

/** Elements that hold only text: no attributes RSS does not define, no child elements. */
function checkLeaves(found: Map<string, XmlElement>, names: readonly string[], issues: Issues): void {
  for (const name of names) {
    const element = found.get(name);
    if (element === undefined) continue;
    checkAttributes(element, [], 'RSS', issues);
    if (name !== 'description') checkLeaf(element, LEAF, issues);
  }
}

/** Elements RSS defines as plain text (titles): HTML in them is shown as tags. */
function plainText(element: XmlElement | undefined, issues: Issues): void {
  if (element && !issues.full && hasHtmlEndTag(element.text())) {
    issues.warning('HTML_IN_TEXT', `<${element.name}> is plain text in RSS, but holds HTML: readers show the tags as they are`, issues.at(element));
  }
}

function notBlank(element: XmlElement | undefined, issues: Issues): void {
  if (element && valueOf(element) === '') {
    issues.warning('RSS_EMPTY_ELEMENT', `<${element.name}> is empty`, issues.at(element));
  }
}

/**
 * RSS contacts: "address (Name)". Another form that has an address is readable, so only a warning;
 * an address found only in a comment ("Jo (jo@example.com)") is no address: readers drop comments.
 */
function checkContact(element: XmlElement | undefined, issues: Issues): void {
  if (element === undefined) return;
  const value = valueOf(element);
  if (isRssContact(value)) return;
  if (isEmailAddress(value)) {
    issues.warning('EMAIL_FORMAT', `<${element.name}> ${quote(value)} has no name: write it as "${value} (Name)"`, issues.at(element));
  } else if (containsEmailAddress(withoutComments(value))) {
    issues.warning('EMAIL_FORMAT', `<${element.name}> ${quote(value)} should be written "address (Name)", e.g. "editor@example.com (Jo Editor)"`, issues.at(element));
  } else {
    issues.error('EMAIL_INVALID', `<${element.name}> ${quote(value)} has no e-mail address: write "editor@example.com (Name)"`, issues.at(element));
  }
}

function checkInteger(element: XmlElement, what: string, issues: Issues): number | null {
  const value = valueOf(element);
  if (isNonNegativeInteger(value)) return Number(value);
  issues.error('INTEGER_INVALID', `${what} ${quote(value)} is not a whole number`, issues.at(element));
  return null;
}

function checkImage(image: XmlElement, channel: Map<string, XmlElement>, issues: Issues): void {
  const found = checkChildren(image, IMAGE, issues);
  checkAttributes(image, [], 'RSS', issues);
  requireChildren(image, found, ['url', 'title', 'link'], 'RSS', issues);
  checkLeaves(found, ['url', 'title', 'link', 'width', 'height', 'description'], issues);
  notBlank(found.get('title'), issues);
  plainText(found.get('title'), issues);
  const url = found.get('url');
  if (url && checkUrl(valueOf(url), 'uri', 'The image URL', issues, issues.at(url))) {
    if (!/\.(?:jpe?g|gif|png)$/i.test(valueOf(url).replace(/[?#].*$/, ''))) {
      issues.warning('RSS_IMAGE_FORMAT', `The image ${quote(valueOf(url))} is not a GIF, JPEG or PNG file, the formats RSS 2.0 allows`, issues.at(url));
    }
  }
  const link = found.get('link');
  if (link) checkPageUrl(valueOf(link), 'The image link', issues, issues.at(link));
  // The RSS profile: the image is the channel's, so it links and is titled as the channel is.
  for (const [name, what] of [['link', 'link'], ['title', 'title']] as const) {
    const mine = found.get(name);
    const channels = channel.get(name);
    if (mine && channels && valueOf(mine) !== valueOf(channels)) {
      issues.warning(
        'RSS_IMAGE_MISMATCH',
        `The image ${what} ${quote(valueOf(mine))} differs from the channel ${what} ${quote(valueOf(channels))}; readers expect them to match`,
        issues.at(mine),
      );
    }
  }
  for (const [name, max] of [['width', MAX_IMAGE_WIDTH], ['height', MAX_IMAGE_HEIGHT]] as const) {
    const element = found.get(name);
    if (element === undefined) continue;
    const value = checkInteger(element, `The image ${name}`, issues);
    if (value !== null && (value > max || value === 0)) {
      issues.error('RSS_IMAGE_SIZE', `The image ${name} ${value} is outside 1–${max} pixels, the most RSS 2.0 allows`, issues.at(element));
    }
  }
}

function checkCloud(cloud: XmlElement, issues: Issues): void {
  checkAttributes(cloud, ATTRIBUTES.get('cloud')!, 'RSS', issues);
  checkLeaf(cloud, LEAF, issues);
  const values = requireAttributes(cloud, ['domain', 'port', 'path', 'registerProcedure', 'protocol'], 'RSS', issues);
  const port = values.get('port');
  if (port !== undefined && !(isNonNegativeInteger(port) && Number(port) >= 1 && Number(port) <= 65535)) {
    issues.error('INTEGER_INVALID', `The cloud port ${quote(port)} is not a port number (1–65535)`, issues.at(cloud, 'port'));
  }
  const protocol = values.get('protocol');
  if (protocol !== undefined && !CLOUD_PROTOCOLS.includes(protocol)) {
    issues.error('RSS_INVALID_VALUE', `The cloud protocol ${quote(protocol)} is not one of ${CLOUD_PROTOCOLS.join(', ')}`, issues.at(cloud, 'protocol'));
  }
}

function checkTextInput(textInput: XmlElement, issues: Issues): void {
  issues.warning('RSS_AVOID_TEXT_INPUT', '<textInput> is supported by almost no reader (the RSS profile advises against it)', issues.at(textInput));
  const found = checkChildren(textInput, TEXT_INPUT, issues);
  const name = found.get('name');
  if (name && !/^[A-Za-z][A-Za-z0-9_.:-]*$/.test(valueOf(name))) {
    issues.error('RSS_INVALID_VALUE', `The textInput name ${quote(valueOf(name))} is not a form field name (a letter, then letters, digits, "_", "-", ".", ":")`, issues.at(name));
  }
  checkAttributes(textInput, [], 'RSS', issues);
  requireChildren(textInput, found, ['title', 'description', 'name', 'link'], 'RSS', issues);
  checkLeaves(found, ['title', 'description', 'name', 'link'], issues);
  const link = found.get('link');
  if (link) checkPageUrl(valueOf(link), 'The textInput link', issues, issues.at(link));
}

function checkSkipList(
  list: XmlElement, listSchema: ElementSchema, name: string, valid: (value: string) => boolean, expected: string, issues: Issues,
): void {
  checkChildren(list, listSchema, issues);
  checkAttributes(list, [], 'RSS', issues);
  const entries = list.childrenNamed('', name);
  if (entries.length === 0) issues.error('RSS_MISSING_ELEMENT', `<${list.name}> must contain at least one <${name}>`, issues.at(list));
  const seen = new Set<string>();
  for (const entry of entries) {
    const value = valueOf(entry);
    if (name === 'hour' && value === '24') {
      // Before November 2002 the range was 1–24; readers still take 24 as midnight.
      issues.warning('RSS_HOUR_24', '<hour>24</hour> is midnight in the old 1–24 range: write 0', issues.at(entry));
    } else if (!valid(value)) {
      issues.error('RSS_INVALID_VALUE', `<${name}> ${quote(value)} is not ${expected}`, issues.at(entry));
      continue;
    }
    const key = name === 'hour' ? String(Number(value) % 24) : value;
    if (seen.has(key)) issues.error('RSS_DUPLICATE_VALUE', `<${name}> ${quote(value)} is listed twice in <${list.name}>`, issues.at(entry));
    seen.add(key);
  }
}

/** atom:link in a channel: rel="self" recommended (it names the feed's own URL), href required. */
function checkAtomLinks(channel: XmlElement, options: ParseOptions, issues: Issues): void {
  let self = false;
  const alternates = new Map<string, XmlElement>();
  for (const link of channel.childrenNamed(ATOM_NS, 'link')) {
    const href = checkRssAtomLink(link, alternates, issues);
    if (href === null || (link.attr('rel')?.trim() ?? 'alternate') !== 'self') continue;
    self = true;
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(href)) {
      issues.error('URL_NOT_ABSOLUTE', `The self link ${quote(href)} is not absolute: RSS has no base URL, give the feed's full URL`, issues.at(link, 'href'));
    } else {
      checkSelfHref(link, options, issues);
    }
  }
  if (!self) {
    issues.warning(
      'RSS_MISSING_ATOM_SELF',
      'The channel has no <atom:link rel="self" href="…"/> naming the feed\'s own URL (recommended by the RSS Advisory Board)',
      issues.at(channel),
    );
  }
}

/** An atom:link in RSS: href required, then Atom's link rules. Returns the trimmed href, or null. */
function checkRssAtomLink(link: XmlElement, alternates: Map<string, XmlElement>, issues: Issues): string | null {
  const href = link.attr('href')?.trim();
  if (href === undefined || href === '') {
    issues.error('RSS_MISSING_ATTRIBUTE', `<${link.name}> must have a non-empty "href" attribute`, issues.at(link));
    return null;
  }
  checkLink(link, alternates, issues);
  return href;
}

// RFC 3986 §2.3: percent-encoded unreserved characters are the characters themselves.
const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/** A percent escape in the form RFC 3986 §6.2.2 compares: decoded when unreserved, else upper-case. */
function normalEscape(escape: string): string {
  const character = String.fromCharCode(parseInt(escape.slice(1), 16));
  return UNRESERVED.test(character) ? character : escape.toUpperCase();
}

/**
 * http(s) guids compare as URLs (RFC 3986 §6.2.2–6.2.3: host case, default port, empty path,
 * percent-escape case and needless escapes of "~" and the like); others as written.
 */
function guidKey(value: string): string {
  if (/^https?:\/\//i.test(value)) {
    try {
      const href = new URL(value).href;
      return href.includes('%') ? href.replace(/%[0-9A-Fa-f]{2}/g, normalEscape) : href;
    } catch {
      return value;
    }
  }
  return value;
}

function checkItems(channel: XmlElement, context: Context): void {
  const guids = new Map<string, number>();
  let index = 0;
  for (const child of channel.children) {
    if (typeof child === 'string' || child.ns !== '' || child.local !== 'item') continue;
    checkItem(child, ++index, context, guids);
  }
}

function checkItem(item: XmlElement, index: number, context: Context, guids: Map<string, number>): void {
  const { issues, options } = context;
  const found = checkChildren(item, ITEM, issues);
  if (context.newer.size > 0) checkVocabulary(item, context.newer, context.version, issues);
  checkAttributes(item, [], 'RSS', issues);
  checkLeaves(found, ['title', 'link', 'description', 'author', 'comments', 'pubDate'], issues);
  const title = found.get('title');
  const description = found.get('description');
  if ((title === undefined || valueOf(title) === '') && (description === undefined || valueOf(description) === '' && !description.hasElements())) {
    issues.error('RSS_ITEM_EMPTY', 'An item must have a non-empty <title> or <description>', issues.at(item));
  }
  for (const name of ['link', 'comments']) {
    const element = found.get(name);
    if (element) checkPageUrl(valueOf(element), `The item ${name}`, issues, issues.at(element));
  }
  checkContact(found.get('author'), issues);
  const pubDate = found.get('pubDate');
  if (pubDate) checkRfc822(valueOf(pubDate), 'The item pubDate', options, issues, issues.at(pubDate));
  plainText(title, issues);
  if (description) {
    checkHtmlElement(description, issues, issues.at(description));
    checkRelativeUrls(description, issues, issues.at(description));
  }
  const encoded = item.child(CONTENT_NS, 'encoded');
  if (encoded) {
    checkHtmlElement(encoded, issues, issues.at(encoded));
    checkRelativeUrls(encoded, issues, issues.at(encoded));
  }
  checkExtensions(item, 'item', issues);
  const links = item.childrenNamed(ATOM_NS, 'link');
  if (links.length > 0) {
    const alternates = new Map<string, XmlElement>();
    for (const link of links) checkRssAtomLink(link, alternates, issues);
  }
  const enclosures = item.childrenNamed('', 'enclosure');
  for (const enclosure of enclosures) checkEnclosure(enclosure, issues);
  if (enclosures.length > 1) {
    issues.warning('RSS_DUPLICATE_ENCLOSURE', 'The item has more than one <enclosure>; many readers take only the first', issues.at(enclosures[1]!));
  }
  for (const category of item.childrenNamed('', 'category')) {
    checkAttributes(category, ATTRIBUTES.get('category')!, 'RSS', issues);
    checkLeaf(category, LEAF, issues);
  }
  const source = found.get('source');
  if (source) {
    checkAttributes(source, ATTRIBUTES.get('source')!, 'RSS', issues);
    checkLeaf(source, LEAF, issues);
    const url = requireAttributes(source, ['url'], 'RSS', issues).get('url');
    if (url !== undefined) checkUrl(url, 'uri', 'The source url', issues, issues.at(source, 'url'));
  }
  const guid = found.get('guid');
  if (guid) checkGuid(guid, index, guids, issues);
  else {
    issues.warning('RSS_MISSING_GUID', 'The item has no <guid>: readers use it to tell new items from ones already seen', issues.at(item));
  }
}

function checkEnclosure(enclosure: XmlElement, issues: Issues): void {
  checkAttributes(enclosure, ATTRIBUTES.get('enclosure')!, 'RSS', issues);
  checkLeaf(enclosure, LEAF, issues);
  const values = requireAttributes(enclosure, ['url', 'length', 'type'], 'RSS', issues);
  const url = values.get('url');
  if (url !== undefined) checkUrl(url, 'http', 'The enclosure url', issues, issues.at(enclosure, 'url'));
  const length = values.get('length');
  if (length !== undefined && !isNonNegativeInteger(length)) {
    issues.error('INTEGER_INVALID', `The enclosure length ${quote(length)} is not a size in bytes (a whole number)`, issues.at(enclosure, 'length'));
  }
  const type = values.get('type');
  if (type !== undefined && !isMimeType(type)) {
    issues.error('MIME_TYPE_INVALID', `The enclosure type ${quote(type)} is not a MIME type such as "audio/mpeg"`, issues.at(enclosure, 'type'));
  }
}

function checkGuid(guid: XmlElement, index: number, guids: Map<string, number>, issues: Issues): void {
  checkAttributes(guid, ATTRIBUTES.get('guid')!, 'RSS', issues);
  checkLeaf(guid, LEAF, issues);
  const value = valueOf(guid);
  const isPermaLink = guid.attr('isPermaLink');
  if (isPermaLink !== null && isPermaLink !== 'true' && isPermaLink !== 'false') {
    issues.error('RSS_INVALID_PERMALINK', `isPermaLink must be "true" or "false", not ${quote(isPermaLink)}`, issues.at(guid, 'isPermaLink'));
  } else if (isPermaLink !== 'false' && !/^https?:\/\/[^\s/?#]/i.test(value)) {
    const why = isPermaLink === null ? 'isPermaLink is true by default' : 'isPermaLink is "true"';
    issues.error(
      'RSS_GUID_NOT_URL',
      `The guid ${quote(value)} is not an http(s) URL, but ${why}: make it the item's URL, or add isPermaLink="false"`,
      issues.at(guid),
    );
  }
  if (value === '') return;
  const key = guidKey(value);
  const first = guids.get(key);
  if (first === undefined) guids.set(key, index);
  else issues.error('RSS_DUPLICATE_GUID', `The guid ${quote(value)} is also the guid of item ${first}: each item needs its own`, issues.at(guid));
}
