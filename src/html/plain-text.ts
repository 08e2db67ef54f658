// Plain text of an HTML fragment without an HTML parser library: the text `atoma/core` gives
// Feed fields such as `subtitle`. Ordinary markup goes through the fast path and reads exactly as
// htmlToText reads it; the rest (markup the fast path does not model) goes through the tag
// stripper below, which keeps the text of the same elements but may space or decode an odd
// construct differently. Either way the result is plain text, never markup.
import { TEXT_BLOCK_TAGS } from './blocks.js';
import { isAsciiAlpha, isSpace, matchesAsciiCaseless } from './chars.js';
import { textOfSimpleHtml } from './fast-path.js';
import { DROPPED_WITH_CONTENT } from './policy.js';
import { ReferenceReader } from './references.js';

/** Elements whose content is raw text up to their end tag (no markup inside is read as markup). */
const RAW_TEXT: ReadonlySet<string> = new Set([
  'script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript',
]);

/** Elements dropped with everything inside them, markup included. */
const DROPPED: ReadonlySet<string> = new Set(DROPPED_WITH_CONTENT);

/** Void elements: they never hold content, so dropping one drops only its tag. */
const VOID: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SLASH = 0x2f;

/** Plain text of an HTML fragment: tags removed, character references decoded, whitespace collapsed. */
export function htmlToPlainText(html: string): string {
  if (typeof html !== 'string') return '';
  if (!html.includes('<') && !html.includes('&')) return collapseWhitespace(html);
  return collapseWhitespace(textOfSimpleHtml(html) ?? stripTags(html));
}

/**
 * One linear pass: text is kept with its references decoded, tags go (a space for a block
 * element's tag), comments and declarations go, raw-text elements go with their content, and the
 * elements the sanitizer drops with their content go with everything up to their matching end tag.
 */
export function stripTags(html: string): string {
  const references = new ReferenceReader();
  const n = html.length;
  let out = '';
  let copied = 0;
  // The dropped element being skipped, and how many elements of that name are open inside it.
  let dropped = '';
  let droppedDepth = 0;
  const emit = (from: number, to: number, text: string): void => {
    if (dropped === '') out += html.slice(copied, from) + text;
    copied = to;
  };
  let i = 0;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === AMP) {
      if (dropped !== '') {
        i++;
        continue;
      }
      const end = references.read(html, i, false);
      if (end < 0) {
        const numeric = numericReference(html, i);
        if (numeric !== null) {
          emit(i, numeric.end, numeric.text);
          i = numeric.end;
        } else {
          i++; // a name this table does not know stays as written
        }
        continue;
      }
      emit(i, end, references.text);
      i = end;
      continue;
    }
    if (c !== LT) {
      i++;
      continue;
    }
    const next = html.charCodeAt(i + 1);
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */ || (next === SLASH && !isAsciiAlpha(html.charCodeAt(i + 2)))) {
      // A comment, declaration, processing instruction or bogus end tag: gone up to its end.
      const close = html.startsWith('<!--', i) ? '-->' : '>';
      const found = html.indexOf(close, i + (close === '-->' ? 4 : 2));
      const end = found < 0 ? n : found + close.length;
      emit(i, end, '');
      i = end;
      continue;
    }
    const isEnd = next === SLASH;
    const nameFrom = i + (isEnd ? 2 : 1);
    if (!isAsciiAlpha(html.charCodeAt(nameFrom))) {
      i++; // `a < b`: a `<` that starts no tag is text
      continue;
    }
    let nameEnd = nameFrom;
    while (nameEnd < n && !isSpace(html.charCodeAt(nameEnd)) && html.charCodeAt(nameEnd) !== SLASH && html.charCodeAt(nameEnd) !== GT) nameEnd++;
    const name = html.slice(nameFrom, nameEnd).toLowerCase();
    const tagEnd = endOfTag(html, nameEnd);
    const space = TEXT_BLOCK_TAGS.has(name) ? ' ' : '';
    if (isEnd) {
      if (dropped === name && --droppedDepth === 0) {
        dropped = '';
        emit(i, tagEnd, '');
      } else {
        emit(i, tagEnd, space);
      }
      i = tagEnd;
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const end = endOfRawText(html, tagEnd, name);
      emit(i, end, '');
      i = end;
      continue;
    }
    if (dropped === '' && DROPPED.has(name) && !VOID.has(name) && !html.startsWith('/>', tagEnd - 2)) {
      emit(i, tagEnd, '');
      dropped = name;
      droppedDepth = 1;
    } else {
      if (dropped === name) droppedDepth++;
      emit(i, tagEnd, DROPPED.has(name) ? '' : space);
    }
    i = tagEnd;
  }
  return dropped === '' ? out + html.slice(copied) : out;
}

/** The index after a tag's `>` (quoted attribute values may hold one), or the end of the input. */
function endOfTag(html: string, from: number): number {
  let quote = 0;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === GT) {
      return i + 1;
    } else if ((c === 0x22 || c === 0x27) && html.charCodeAt(i - 1) === 0x3d /* = */) {
      quote = c;
    }
  }
  return html.length;
}

/** The index after the end tag that closes the raw-text element `name`, or the end of the input. */
function endOfRawText(html: string, from: number, name: string): number {
  let at = from;
  for (;;) {
    at = html.indexOf('</', at);
    if (at < 0) return html.length;
    const after = html.charCodeAt(at + 2 + name.length);
    if (matchesAsciiCaseless(html, at + 2, name) && (after === GT || after === SLASH || isSpace(after) || Number.isNaN(after))) {
      return endOfTag(html, at + 2 + name.length);
    }
    at += 2;
  }
}

/** A decimal or hexadecimal reference at `at` (with or without `;`), decoded; null when there is none. */
function numericReference(html: string, at: number): { text: string; end: number } | null {
  const match = /^&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,9}));?/.exec(html.slice(at, at + 13));
  if (match === null) return null;
  const code = parseInt(match[1] ?? match[2]!, match[1] !== undefined ? 16 : 10);
  const usable = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return { text: usable ? String.fromCodePoint(code) : '\ufffd', end: at + match[0].length };
}

/** Runs of whitespace (including no-break spaces) become one space; ends trimmed. */
function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
