// The fast path of the sanitizer. sanitize-html costs a tenth of a millisecond even for a short
// paragraph, and most feed HTML is plain text or a few attribute-free tags and absolute links.
// This single linear pass recognizes exactly that subset and writes what sanitize-html would
// write for it, character for character (the tests compare the two); on anything else it
// returns null and the caller runs the full sanitizer.
import { MAX_HTML_DEPTH } from './depth.js';

/** Allowed elements that need no attribute, minus void, raw-text and media elements. */
const PLAIN_TAGS = new Set([
  'p', 'div', 'span', 'section', 'article', 'aside', 'header', 'footer', 'address',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'figure', 'figcaption', 'details', 'summary',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'abbr', 'b', 'bdi', 'cite', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 'rp', 'rt', 'ruby', 's',
  'samp', 'small', 'strong', 'sub', 'sup', 'time', 'u', 'var',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
]);

const VOID_TAGS = new Set(['br', 'hr', 'wbr']);

/**
 * An open tag that would make htmlparser2 close the element on top of the stack first. The
 * fast path leaves such input to the full sanitizer, so its output keeps the input's tree.
 */
const CLOSES_TOP: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
    'figcaption', 'figure', 'footer', 'header', 'ol', 'pre', 'section', 'table', 'ul', 'hr']
    .map((name): [string, ReadonlySet<string>] => [name, new Set(['p'])]),
  ['li', new Set(['li'])], ['dd', new Set(['dd', 'dt'])], ['dt', new Set(['dd', 'dt'])],
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['tbody', new Set(['thead', 'tbody'])], ['tfoot', new Set(['thead', 'tbody'])],
  ['rt', new Set(['rt', 'rp'])], ['rp', new Set(['rt', 'rp'])],
]);

/** Named references the fast path decodes; any other name goes to the full sanitizer. */
const NAMED: ReadonlyMap<string, string> = new Map([
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', '\u00a0'],
]);

/** An absolute http(s) URL made only of characters that need no escaping in a quoted attribute. */
const PLAIN_HTTP_URL = /^https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$'()*+,;=%]+$/;

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;

/** The sanitized form of `html` when it is in the simple subset, else null. */
export function sanitizeSimpleHtml(html: string): string | null {
  const n = html.length;
  const stack: string[] = [];
  let out = '';
  let textFrom = 0;
  let i = 0;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c !== LT && c !== GT && c !== AMP) {
      i++;
      continue;
    }
    out += html.slice(textFrom, i);
    if (c === GT) {
      out += '&gt;';
      i++;
    } else if (c === AMP) {
      const ref = readReference(html, i);
      if (ref === null) return null;
      out += escapeText(ref.text);
      i = ref.end;
    } else {
      const tag = readTag(html, i, stack);
      if (tag === null) return null;
      out += tag.html;
      i = tag.end;
    }
    textFrom = i;
  }
  if (stack.length > 0) return null;
  return textFrom === 0 ? html : out + html.slice(textFrom);
}

function escapeText(text: string): string {
  if (text === '&') return '&amp;';
  if (text === '<') return '&lt;';
  if (text === '>') return '&gt;';
  return text;
}

/** A character reference (or a bare `&`) at `at`: its text and where it ends; null when unsure. */
function readReference(html: string, at: number): { text: string; end: number } | null {
  const next = html.charCodeAt(at + 1);
  if (next === 0x23 /* # */) {
    const hex = (html.charCodeAt(at + 2) | 0x20) === 0x78;
    const from = at + (hex ? 3 : 2);
    let end = from;
    while (end < html.length && end - from <= 8 && isDigit(html.charCodeAt(end), hex)) end++;
    if (end === from || end - from > 8 || html.charCodeAt(end) !== 0x3b /* ; */) return null;
    const code = parseInt(html.slice(from, end), hex ? 16 : 10);
    // Controls, C1 (which HTML maps to windows-1252), surrogates and non-characters go the long way.
    const plain = (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code < 0xd800) || (code >= 0xe000 && code < 0xfdd0)
      || (code > 0xfdef && code < 0xfffe) || (code >= 0x10000 && code <= 0x10ffff && (code & 0xfffe) !== 0xfffe);
    return plain ? { text: String.fromCodePoint(code), end: end + 1 } : null;
  }
  if (isAsciiAlphanumeric(next)) {
    let end = at + 1;
    while (end < html.length && end - at <= 6 && isAsciiAlphanumeric(html.charCodeAt(end))) end++;
    if (html.charCodeAt(end) !== 0x3b) return null; // maybe a legacy reference without `;`
    const text = NAMED.get(html.slice(at + 1, end));
    return text === undefined ? null : { text, end: end + 1 };
  }
  return { text: '&', end: at + 1 };
}

/** A tag of the subset at `at`, checked against and applied to `stack`; null when outside the subset. */
function readTag(html: string, at: number, stack: string[]): { html: string; end: number } | null {
  const closing = html.charCodeAt(at + 1) === 0x2f;
  const nameFrom = at + (closing ? 2 : 1);
  let nameEnd = nameFrom;
  while (nameEnd < html.length && isLowerAlphanumeric(html.charCodeAt(nameEnd))) nameEnd++;
  if (nameEnd === nameFrom) return null;
  const name = html.slice(nameFrom, nameEnd);
  if (closing) {
    if (html.charCodeAt(nameEnd) !== GT || stack[stack.length - 1] !== name) return null;
    stack.pop();
    return { html: `</${name}>`, end: nameEnd + 1 };
  }
  if (VOID_TAGS.has(name)) {
    const end = endOfVoidTag(html, nameEnd);
    if (end < 0 || closesTop(name, stack)) return null;
    return { html: `<${name} />`, end };
  }
  let tagHtml: string;
  let end: number;
  if (name === 'a' && html.startsWith(' href="', nameEnd)) {
    const valueFrom = nameEnd + 7;
    const valueEnd = html.indexOf('"', valueFrom);
    if (valueEnd < 0 || html.charCodeAt(valueEnd + 1) !== GT) return null;
    const href = html.slice(valueFrom, valueEnd);
    if (!PLAIN_HTTP_URL.test(href)) return null;
    tagHtml = `<a href="${href}">`;
    end = valueEnd + 2;
  } else if (PLAIN_TAGS.has(name) && html.charCodeAt(nameEnd) === GT) {
    tagHtml = `<${name}>`;
    end = nameEnd + 1;
  } else {
    return null;
  }
  if (closesTop(name, stack) || stack.length >= MAX_HTML_DEPTH) return null;
  stack.push(name);
  return { html: tagHtml, end };
}

/** `<br>`, `<br/>` or `<br />`: the index after it, or -1. */
function endOfVoidTag(html: string, nameEnd: number): number {
  if (html.charCodeAt(nameEnd) === GT) return nameEnd + 1;
  if (html.startsWith('/>', nameEnd)) return nameEnd + 2;
  if (html.startsWith(' />', nameEnd)) return nameEnd + 3;
  return -1;
}

function closesTop(name: string, stack: readonly string[]): boolean {
  const top = stack[stack.length - 1];
  return top !== undefined && CLOSES_TOP.get(name)?.has(top) === true;
}

function isDigit(code: number, hex: boolean): boolean {
  if (code >= 0x30 && code <= 0x39) return true;
  const lower = code | 0x20;
  return hex && lower >= 0x61 && lower <= 0x66;
}

function isLowerAlphanumeric(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

function isAsciiAlphanumeric(code: number): boolean {
  return isLowerAlphanumeric(code) || (code >= 0x41 && code <= 0x5a);
}
