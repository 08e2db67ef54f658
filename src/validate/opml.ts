// OPML 1.0 / 2.0 rules over the element view.
import { FeedParseError } from '../errors.js';
import { opmlFromElement } from '../opml/index.js';
import type { ParseOptions } from '../options.js';
import type { XmlElement } from '../xml/index.js';
import { checkRfc822, checkUrl, quote, valueOf } from './checks.js';
import type { Issues } from './report.js';
import { checkChildren, requireChildren, schema } from './structure.js';
import { isEmailAddress, isLanguageTag, isNonNegativeInteger } from './values.js';

const OPML = schema('', 'OPML', 'OPML 2.0', { head: 'one', body: 'one' });
const HEAD = schema('', 'OPML', 'OPML 2.0', {
  title: 'one', dateCreated: 'one', dateModified: 'one', ownerName: 'one', ownerEmail: 'one', ownerId: 'one',
  docs: 'one', expansionState: 'one', vertScrollState: 'one', windowTop: 'one', windowLeft: 'one',
  windowBottom: 'one', windowRight: 'one',
});
const BODY = schema('', 'OPML', 'OPML 2.0', { outline: 'many' });
const VERSIONS = ['1.0', '1.1', '2.0'];
const INTEGER_FIELDS = ['vertScrollState', 'windowTop', 'windowLeft', 'windowBottom', 'windowRight'];

export function checkOpml(root: XmlElement, options: ParseOptions, issues: Issues): void {
  try {
    opmlFromElement(root, { ...options, sanitize: false });
  } catch (error) {
    if (!(error instanceof FeedParseError)) throw error;
    issues.error(error.code, error.message, issues.at(root));
    return;
  }
  const version = root.attr('version')?.trim();
  if (version === undefined || !VERSIONS.includes(version)) {
    issues.error('OPML_VERSION', `<opml> must have version="2.0" (or "1.0"), not ${version === undefined ? 'none' : quote(version)}`, issues.at(root));
  }
  const found = checkChildren(root, OPML, issues);
  requireChildren(root, found, ['head', 'body'], 'OPML', issues);
  const head = found.get('head');
  if (head) checkHead(head, options, issues);
  const body = found.get('body');
  if (body) checkBody(body, issues);
}

function checkHead(head: XmlElement, options: ParseOptions, issues: Issues): void {
  const found = checkChildren(head, HEAD, issues);
  for (const name of ['dateCreated', 'dateModified']) {
    const date = found.get(name);
    if (date) checkRfc822(valueOf(date), `<${name}>`, options, issues, issues.at(date));
  }
  const email = found.get('ownerEmail');
  if (email && !isEmailAddress(valueOf(email))) {
    issues.error('EMAIL_INVALID', `<ownerEmail> ${quote(valueOf(email))} is not an e-mail address`, issues.at(email));
  }
  for (const name of ['ownerId', 'docs']) {
    const url = found.get(name);
    if (url) checkUrl(valueOf(url), 'uri', `<${name}>`, issues, issues.at(url));
  }
  for (const name of INTEGER_FIELDS) {
    const field = found.get(name);
    if (field && !isNonNegativeInteger(valueOf(field))) {
      issues.error('INTEGER_INVALID', `<${name}> ${quote(valueOf(field))} is not a whole number`, issues.at(field));
    }
  }
  const expansion = found.get('expansionState');
  if (expansion && valueOf(expansion) !== '' && !valueOf(expansion).split(',').every((n) => isNonNegativeInteger(n.trim()))) {
    issues.error('INTEGER_INVALID', `<expansionState> ${quote(valueOf(expansion))} is not a comma-separated list of line numbers`, issues.at(expansion));
  }
}

/** Outlines nest without limit (up to maxDepth): walked with an explicit stack. */
function checkBody(body: XmlElement, issues: Issues): void {
  checkChildren(body, BODY, issues);
  if (body.childrenNamed('', 'outline').length === 0) {
    issues.error('OPML_EMPTY_BODY', '<body> must contain at least one <outline>', issues.at(body));
  }
  const stack = body.childrenNamed('', 'outline').reverse();
  while (stack.length > 0) {
    const outline = stack.pop()!;
    checkOutline(outline, issues);
    checkChildren(outline, BODY, issues);
    const children = outline.childrenNamed('', 'outline');
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

function checkOutline(outline: XmlElement, issues: Issues): void {
  const text = outline.attr('text');
  if (text === null) {
    issues.error('OPML_MISSING_ATTRIBUTE', '<outline> must have a "text" attribute (the line shown to people)', issues.at(outline));
  }
  const type = outline.attr('type')?.trim().toLowerCase();
  const xmlUrl = outline.attr('xmlUrl')?.trim();
  if (type === 'rss' && (xmlUrl === undefined || xmlUrl === '')) {
    issues.error('OPML_MISSING_XMLURL', '<outline type="rss"> must have an "xmlUrl" attribute: the feed\'s URL', issues.at(outline));
  }
  if (xmlUrl !== undefined && xmlUrl !== '') checkUrl(xmlUrl, 'uri', 'The xmlUrl', issues, issues.at(outline, 'xmlUrl'));
  for (const name of ['htmlUrl', 'url']) {
    const url = outline.attr(name)?.trim();
    if (url !== undefined && url !== '') checkUrl(url, 'uri', `The ${name}`, issues, issues.at(outline, name));
  }
  const language = outline.attr('language')?.trim();
  if (language !== undefined && language !== '' && language !== 'unknown' && !isLanguageTag(language)) {
    issues.error('LANGUAGE_INVALID', `The language ${quote(language)} is not a language code such as "en"`, issues.at(outline, 'language'));
  }
  for (const name of ['isComment', 'isBreakpoint']) {
    const value = outline.attr(name);
    if (value !== null && value !== 'true' && value !== 'false') {
      issues.error('OPML_INVALID_VALUE', `${name} must be "true" or "false", not ${quote(value)}`, issues.at(outline, name));
    }
  }
}
