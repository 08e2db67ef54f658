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

/** What a decoder tells about references it could not decode (for the validator). */
export interface EntityReport {
  bareAmpersand(offset: number): void;
  undeclaredEntity(name: string, offset: number): void;
  declaredEntity(name: string, offset: number): void;
}

export interface TextContext {
  /** Names declared in the DOCTYPE: never expanded, left as written. */
  declared: ReadonlySet<string> | null;
  report: EntityReport | null;
}

function codePointText(code: number): string {
  // Not a character XML allows: keep a visible replacement instead of a control or surrogate.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  if (code < 0x20 && code !== 0x9 && code !== 0xa && code !== 0xd) return '\uFFFD';
  return String.fromCodePoint(code);
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
      if (body === null || !isName(body)) context.report?.bareAmpersand(offset + amp);
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
  if (body.charCodeAt(0) === 35 /* # */) return numericValue(body);
  const xml = XML_ENTITIES.get(body);
  if (xml !== undefined) return xml;
  if (context.declared?.has(body)) {
    context.report?.declaredEntity(body, offset + at);
    return null;
  }
  const html = HTML_ENTITIES.get(body);
  if (html !== undefined) return html;
  if (isName(body)) context.report?.undeclaredEntity(body, offset + at);
  return null;
}

function numericValue(body: string): string | null {
  const hex = body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88; // x or X
  const digits = body.slice(hex ? 2 : 1);
  if (digits.length === 0 || digits.length > 8) return null;
  if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return null;
  return codePointText(parseInt(digits, hex ? 16 : 10));
}

function isName(body: string): boolean {
  return /^[A-Za-z_:][\w.:-]*$/.test(body);
}

/** Attribute values: references decoded, then whitespace characters become spaces (XML 1.0 §3.3.3). */
export function decodeAttribute(raw: string, context: TextContext, offset = 0): string {
  const spaced = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw;
  return decodeText(spaced, context, offset);
}
