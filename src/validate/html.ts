// HTML that feed readers strip: scripts, event-handler attributes, javascript: URLs, and
// elements that embed other documents. Found by a linear tag scan (escaped HTML) or by walking
// the element view (markup written directly inside a content element).
import type { XmlElement } from '../xml/index.js';
import type { Issues, Place } from './report.js';

const SCRIPT_ELEMENTS = new Set(['script']);
const EMBEDDING_ELEMENTS = new Set(['object', 'embed', 'applet', 'iframe', 'frame', 'frameset', 'meta', 'base', 'link', 'form']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'background', 'lowsrc', 'dynsrc', 'poster']);
const SCRIPT_URL = /^[\s\x00-\x1F]*(?:javascript|vbscript|livescript):/i;

interface Found {
  script: string | null;
  handler: string | null;
  embedding: string | null;
}

function noteElement(found: Found, tag: string): void {
  if (found.script === null && SCRIPT_ELEMENTS.has(tag)) found.script = `a <${tag}> element`;
  if (found.embedding === null && EMBEDDING_ELEMENTS.has(tag)) found.embedding = `<${tag}>`;
}

function noteAttribute(found: Found, tag: string, name: string, value: string): void {
  if (found.handler === null && name.length > 2 && name.startsWith('on')) found.handler = `${name}="…" on <${tag}>`;
  if (found.script === null && URL_ATTRIBUTES.has(name) && SCRIPT_URL.test(value)) found.script = `a script URL in ${name}="…"`;
}

const TAG_NAME = /<\s*([A-Za-z][A-Za-z0-9:-]*)/y;
// Within one tag: an event-handler attribute, and a URL attribute whose value is a script URL.
// No two adjacent parts can match the same characters, so each test is linear in the tag.
const HANDLER = /\s(on[a-z]+)\s*=/i;
const SCRIPT_ATTRIBUTE = /\s(href|src|action|formaction|data|background|lowsrc|dynsrc|poster)\s*=\s*(?:["'][\s\x00-\x1F]*)?(?:javascript|vbscript|livescript):/i;

/** Scans HTML text tag by tag: each character is looked at a bounded number of times. */
function scanHtmlText(html: string, found: Found): void {
  for (let lt = html.indexOf('<'); lt !== -1; lt = html.indexOf('<', lt + 1)) {
    TAG_NAME.lastIndex = lt;
    const m = TAG_NAME.exec(html);
    if (m === null) continue;
    const gt = html.indexOf('>', TAG_NAME.lastIndex);
    if (gt === -1) break;
    const tag = m[1]!.toLowerCase();
    noteElement(found, tag);
    if (gt > TAG_NAME.lastIndex && (found.handler === null || found.script === null)) {
      const inside = html.slice(TAG_NAME.lastIndex, gt);
      const handler = found.handler === null ? HANDLER.exec(inside) : null;
      if (handler) found.handler = `${handler[1]!.toLowerCase()}="…" on <${tag}>`;
      const script = found.script === null ? SCRIPT_ATTRIBUTE.exec(inside) : null;
      if (script) found.script = `a script URL in ${script[1]!.toLowerCase()}="…"`;
    }
    lt = gt;
    if (found.script !== null && found.handler !== null && found.embedding !== null) return;
  }
}

function walkMarkup(element: XmlElement, found: Found): void {
  const stack: XmlElement[] = element.elements();
  while (stack.length > 0) {
    const e = stack.pop()!;
    const tag = e.local.toLowerCase();
    noteElement(found, tag);
    for (const a of e.attributes) noteAttribute(found, tag, a.local.toLowerCase(), a.value);
    for (const child of e.children) {
      if (typeof child === 'string') scanHtmlText(child, found);
      else stack.push(child);
    }
  }
}

function report(found: Found, issues: Issues, place: Place): void {
  if (found.script !== null) {
    issues.warning('HTML_SCRIPT', `The HTML contains ${found.script}; feed readers remove scripts`, place);
  }
  if (found.handler !== null) {
    issues.warning('HTML_EVENT_HANDLER', `The HTML has an event-handler attribute (${found.handler}); feed readers remove it`, place);
  }
  if (found.embedding !== null) {
    issues.warning('HTML_EMBED', `The HTML contains ${found.embedding}, which feed readers remove`, place);
  }
}

// Anything the tag scan could report has one of these in it; HTML without them (most of it) is
// passed in one linear regex test. The scan then confirms each candidate inside a real tag.
const CANDIDATE = /<\s*\/?\s*(?:script|object|embed|applet|i?frame|frameset|meta|base|link|form)\b|\son[a-z]+\s*=|(?:java|vb|live)script:/i;

/** Checks HTML given as text (escaped or CDATA in the feed, or a JSON string). */
export function checkHtmlText(html: string, issues: Issues, place: Place): void {
  if (issues.full || !CANDIDATE.test(html)) return;
  const found: Found = { script: null, handler: null, embedding: null };
  scanHtmlText(html, found);
  report(found, issues, place);
}

/** Checks an element that carries HTML: markup written inside it, or HTML escaped in its text. */
export function checkHtmlElement(element: XmlElement, issues: Issues, place: Place): void {
  if (issues.full) return; // it could only add warnings, and no more are listed
  const found: Found = { script: null, handler: null, embedding: null };
  if (element.hasElements()) walkMarkup(element, found);
  else {
    const text = element.text();
    if (!CANDIDATE.test(text)) return;
    scanHtmlText(text, found);
  }
  report(found, issues, place);
}

// Tags of the HTML elements people put in feeds. Matching only these (not any "<word>") keeps
// text such as "a <b and c> d" or "x<y" from looking like markup.
const HTML_TAG =
  /<\/?(?:a|abbr|b|blockquote|br|cite|code|dd|div|dl|dt|em|figure|h[1-6]|hr|i|img|li|ol|p|pre|q|s|small|span|strong|sub|sup|table|tbody|td|th|tr|u|ul)(?:\s[^<>]*)?\/?>/i;
// The W3C validator's test for HTML in plain-text elements: an end tag.
const END_TAG = /<\/[A-Za-z][A-Za-z0-9]*\s*>/;

/** Whether plain text holds HTML tags (so readers would show them as text). */
export function hasHtmlTags(text: string): boolean {
  return text.includes('<') && HTML_TAG.test(text);
}

/** Whether text an RSS element holds as plain text (a title) carries HTML: an end tag, as the W3C validator tests. */
export function hasHtmlEndTag(text: string): boolean {
  return text.includes('</') && END_TAG.test(text);
}

/** Whether the text inside XHTML markup holds escaped tags (`&lt;p&gt;` written inside the div). */
export function hasEscapedMarkup(element: XmlElement): boolean {
  const stack: XmlElement[] = [element];
  while (stack.length > 0) {
    const e = stack.pop()!;
    for (const child of e.children) {
      if (typeof child !== 'string') stack.push(child);
      else if (hasHtmlTags(child)) return true;
    }
  }
  return false;
}

// An href or src whose value is relative: no scheme, not a fragment, not protocol-relative, not empty.
// One linear test finds the first; its value is read only then, for the message.
const RELATIVE_URL_ATTRIBUTE = /\s(?:href|src)\s*=\s*["']?(?![A-Za-z][A-Za-z0-9+.-]*:|#|\/\/|["'>\s])([^\s>"']{1,200})/i;
const ABSOLUTE_OR_LOCAL = /^(?:[A-Za-z][A-Za-z0-9+.-]*:|#|\/\/|$)/;

function relativeUrlIn(html: string): string | null {
  return RELATIVE_URL_ATTRIBUTE.exec(html)?.[1] ?? null;
}

function underXmlBase(element: XmlElement): boolean {
  for (let e: XmlElement | null = element; e !== null; e = e.parent) {
    if (e.attr('base', 'http://www.w3.org/XML/1998/namespace') !== null) return true;
  }
  return false;
}

/**
 * RSS HTML (a description, content:encoded) with a relative link or image: RSS has no base URL,
 * so readers resolve it against whatever page they show it on. A warning, as with the W3C validator.
 */
export function checkRelativeUrls(element: XmlElement, issues: Issues, place: Place): void {
  if (issues.full) return;
  let found: string | null = null;
  if (element.hasElements()) {
    const stack = element.elements();
    while (stack.length > 0 && found === null) {
      const e = stack.pop()!;
      for (const name of ['href', 'src']) {
        const value = e.attr(name)?.trim();
        if (value !== undefined && !ABSOLUTE_OR_LOCAL.test(value)) found = value;
      }
      // One push per child: spreading a huge child list into push() would overflow the stack.
      for (const child of e.children) if (typeof child !== 'string') stack.push(child);
    }
  } else {
    found = relativeUrlIn(element.text());
  }
  if (found === null || underXmlBase(element)) return;
  const shown = found.length > 60 ? `${found.slice(0, 57)}…` : found;
  issues.warning('HTML_RELATIVE_URL', `The HTML links to the relative URL "${shown}": RSS has no base URL, so write it in full`, place);
}
