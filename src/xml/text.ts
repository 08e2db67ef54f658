// Character data: entity references decoded exactly once, line ends normalized, control characters dropped.
import { HTML_ENTITIES } from './html-entities.js';

// Anything that needs more than a slice: a reference, a CR, or a control character XML forbids.
const NEEDS_WORK = /[&\r\x00-\x08\x0B\x0C\x0E-\x1F]/;
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F]/;
const CONTROLS = /[\x00-\x08\x0B\x0C\x0E-\x1F]/g;

const XML_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** Tells of a reference the decoder could not decode, or decoded although XML forbids it (for the validator). */
export type ReferenceReport = (code: string, message: string, offset: number) => void;

export interface TextContext {
  /** Names declared in the DOCTYPE: never expanded, left as written. */
  declared: ReadonlySet<string> | null;
  report: ReferenceReport | null;
}

/** Whether XML allows the code point as a character (XML 1.0 §2.2), so also as a reference. */
function isXmlCharacter(code: number): boolean {
  if (code < 0x20) return code === 0x9 || code === 0xa || code === 0xd;
  return code <= 0xd7ff || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** Decodes the references in `raw` once. `offset` is raw's position in the document (for reports). */
export function decodeText(raw: string, context: TextContext, offset = 0): string {
  if (!NEEDS_WORK.test(raw)) return raw;
  let text = raw.indexOf('\r') === -1 ? raw : raw.replace(/\r\n?/g, '\n');
  if (CONTROL.test(text)) text = text.replace(CONTROLS, '');
  if (text.indexOf('&') === -1) return text;
  return decodeReferences(text, context, offset);
}

function decodeReferences(text: string, context: TextContext, offset: number): string {
  let out = '';
  let last = 0;
  let amp = text.indexOf('&');
  while (amp !== -1) {
    const semi = referenceEnd(text, amp);
    const body = semi !== -1 ? text.slice(amp + 1, semi) : null;
    const value = body === null ? null : referenceValue(body, amp, context, offset);
    if (value === null) {
      if (body === null || !isName(body)) context.report?.('XML_BARE_AMPERSAND', 'A bare "&" should be written "&amp;"', offset + amp);
      amp = text.indexOf('&', amp + 1);
      continue;
    }
    out += text.slice(last, amp) + value;
    last = semi + 1;
    amp = text.indexOf('&', last);
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * The ';' closing a reference that starts at `amp`, or -1. A reference is short, so only the next
 * 33 characters are searched: looking further would make a text of bare ampersands quadratic.
 */
function referenceEnd(text: string, amp: number): number {
  const limit = Math.min(text.length, amp + 34);
  for (let i = amp + 1; i < limit; i++) {
    if (text.charCodeAt(i) === 59 /* ; */) return i;
  }
  return -1;
}

function referenceValue(body: string, at: number, context: TextContext, offset: number): string | null {
  if (body.charCodeAt(0) === 35 /* # */) return numericValue(body, context.report, offset + at);
  const xml = XML_ENTITIES.get(body);
  if (xml !== undefined) return xml;
  if (context.declared?.has(body)) {
    context.report?.('XML_ENTITY_NOT_EXPANDED', `The entity "&${body};" is declared in the DOCTYPE and left unexpanded`, offset + at);
    return null;
  }
  const html = HTML_ENTITIES.get(body);
  if (html !== undefined) return html;
  if (isName(body)) context.report?.('XML_UNDECLARED_ENTITY', `The entity "&${body};" is not declared`, offset + at);
  return null;
}

/**
 * A character reference's text. One to a character XML does not allow (`&#0;`, a surrogate,
 * beyond U+10FFFF) becomes U+FFFD, visible rather than dropped; `&#X41;` is read like `&#x41;`.
 * The body is at most 32 characters (see referenceEnd), so leading zeros of any number cost nothing.
 */
function numericValue(body: string, report: ReferenceReport | null, at: number): string | null {
  const upperX = body.charCodeAt(1) === 88; // X
  const hex = upperX || body.charCodeAt(1) === 120; // x
  const digits = body.slice(hex ? 2 : 1);
  if (digits.length === 0 || !(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return null;
  if (upperX) report?.('XML_UPPERCASE_HEX_REFERENCE', `"&#${body.slice(1)};" must be written with a lowercase x`, at);
  const code = parseInt(digits, hex ? 16 : 10);
  if (isXmlCharacter(code)) return String.fromCodePoint(code);
  report?.('XML_INVALID_CHARACTER_REFERENCE', `"&${body};" refers to a character XML does not allow; it is read as U+FFFD`, at);
  return '\uFFFD';
}

function isName(body: string): boolean {
  return /^[A-Za-z_:][\w.:-]*$/.test(body);
}

/** Attribute values: references decoded, then whitespace characters become spaces (XML 1.0 §3.3.3). */
export function decodeAttribute(raw: string, context: TextContext, offset = 0): string {
  const spaced = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw;
  return decodeText(spaced, context, offset);
}
