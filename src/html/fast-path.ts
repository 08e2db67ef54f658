// The fast path of the sanitizer. sanitize-html costs a tenth of a millisecond even for a short
// paragraph, and nearly all feed HTML is ordinary markup: paragraphs, links, images with their
// attributes, lists, figures, scripts and embeds to drop. This single linear pass reads that
// markup the way htmlparser2 reads it once prepared by parser-input.ts (same element stack, same
// implied closes, same character references; as a browser reads them where htmlparser2 alone
// would not) and writes what sanitize-html with this project's options would write, character
// for character (the tests compare the two on generated markup). On anything it does not model
// exactly it returns null, and the caller runs the full sanitizer.
import { isAsciiAlpha, isSpace, matchesAsciiCaseless } from './chars.js';
import { TEXT_BLOCK_TAGS } from './blocks.js';
import { MAX_HTML_DEPTH } from './limits.js';
import { writeAttributes } from './fast-attributes.js';
import { ReferenceReader } from './references.js';
import {
  DROP_RAW, DROP_TREE, DROP_VOID, ENTERS_FOREIGN, KEEP, ruleOf, STAYS,
} from './tag-rules.js';

const BANG = 0x21;
const QUESTION = 0x3f;
const DQUOTE = 0x22;
const AMP = 0x26;
const SQUOTE = 0x27;
const SLASH = 0x2f;
const LT = 0x3c;
const EQUALS = 0x3d;
const GT = 0x3e;

/**
 * The pass. One instance serves every call (the pass is synchronous and calls nothing that could
 * re-enter it), so its stack and attribute buffers are allocated once.
 *
 * Output is the input with edits: `copied` is how far the input is accounted for, and stretches
 * the sanitizer writes back unchanged (most text and most tags) are never copied piece by piece,
 * only sliced once when the next edit comes. A fragment with no edit is returned as it is.
 *
 * With `textOnly` it writes what htmlToText's full pass writes, up to the number of spaces in a
 * row: every tag removed, a space where a block element opens or closes, references decoded,
 * nothing escaped.
 *
 * An element dropped with its content (`<iframe>`, `<object>`, `<svg>`, …) is dropped whole: from
 * its start tag to wherever the parser closes it (its end tag, an end tag of an element around
 * it, or the end), nothing is written, while its markup still moves the element stack and the
 * foreign-content state as it does in the parser.
 */
class FastSanitizer {
  private html = '';
  private textOnly = false;
  private base: string | null = null;
  private out = '';
  private copied = 0;
  /** The open elements, `depth` of them; entries past `depth` are stale. */
  private readonly stack: string[] = [];
  private depth = 0;
  /** How deep this call went, so that cleaning up visits only the entries it wrote. */
  private deepest = 0;
  private readonly references = new ReferenceReader();
  /** The allowed attributes of the tag being read, first occurrence of each name, in order. */
  private readonly names: string[] = [];
  private readonly values: string[] = [];
  private count = 0;
  private mostAttributes = 0;
  /** Whether the tag being read ended with `/>`. */
  private selfClosing = false;
  /** htmlparser2's foreign-content states, innermost last, `foreignSize` of them. */
  private readonly foreign: boolean[] = [];
  private foreignSize = 0;
  /** The stack depth of the element being dropped whole (-1: none), and where its markup began. */
  private dropDepth = -1;
  private dropFrom = 0;

  run(html: string, base: string | null, textOnly: boolean): string | null {
    this.html = html;
    this.textOnly = textOnly;
    this.base = base;
    this.out = '';
    this.copied = 0;
    this.depth = 0;
    this.deepest = 0;
    this.mostAttributes = 0;
    this.foreign[0] = false;
    this.foreignSize = 1;
    this.dropDepth = -1;
    try {
      return this.pass();
    } catch {
      return null; // not expected; if the pass ever fails, the full sanitizer still answers
    } finally {
      // Keep no reference to the caller's strings between calls (the arrays keep their capacity).
      this.html = '';
      this.out = '';
      this.stack.fill('', 0, this.deepest);
      this.names.fill('', 0, this.mostAttributes);
      this.values.fill('', 0, this.mostAttributes);
    }
  }

  private pass(): string | null {
    const html = this.html;
    const n = html.length;
    let i = 0;
    while (i < n) {
      const c = html.charCodeAt(i);
      if (c !== LT && c !== AMP && c !== GT) {
        i++;
        continue;
      }
      if (c === GT || (c === AMP && this.dropDepth >= 0)) {
        if (!this.textOnly) this.replace(i, i + 1, '&gt;'); // (inside a dropped element, nothing is written)
        i++;
      } else if (c === AMP) {
        const end = this.references.read(html, i, false);
        if (end < 0) return null;
        this.write(i, end, this.textOnly ? this.references.text : escapeText(this.references.text));
        i = end;
      } else {
        i = this.markup(i);
        if (i < 0) return null;
      }
    }
    while (this.depth > 0) this.closeTop(n);
    if (this.copied === 0 && this.out === '') return html;
    return this.copied === n ? this.out : this.out + html.slice(this.copied);
  }

  /** Output `text` in place of the input from `from` to `to` (nothing while an element is dropped whole). */
  private replace(from: number, to: number, text: string): void {
    if (this.dropDepth >= 0) return;
    if (from > this.copied) this.out += this.html.slice(this.copied, from);
    this.out += text;
    this.copied = to;
  }

  /** Output `text` for the input from `from` to `to`, which often is that very input. */
  private write(from: number, to: number, text: string): void {
    if (to - from !== text.length || !this.html.startsWith(text, from)) this.replace(from, to, text);
  }

  /** Markup at `at` (a `<`): the index after it, or -1 outside the subset. */
  private markup(at: number): number {
    const next = this.html.charCodeAt(at + 1);
    if (isAsciiAlpha(next)) return this.startTag(at);
    if (next === SLASH) return this.endTag(at);
    if (next === BANG) return this.comment(at);
    if (next === QUESTION) return this.dropUpTo(at, '>', at + 2); // `<?xml:namespace …>` from word processors
    if (Number.isNaN(next)) return -1;
    // `a < b`, `<3`: a `<` that starts no tag is text.
    if (!this.textOnly) this.replace(at, at + 1, '&lt;');
    return at + 1;
  }

  /**
   * `<!-- … -->` or a declaration such as `<!DOCTYPE html>`, which sanitize-html drops. As in
   * htmlparser2, a comment ends at the first `-->` after `<!`, and a declaration at the first `>`
   * after the character that follows `<!` (or `<!-`).
   */
  private comment(at: number): number {
    const html = this.html;
    if (html.startsWith('--', at + 2)) return this.dropUpTo(at, '-->', at + 2);
    const first = html.charCodeAt(at + 2);
    // CDATA sections end elsewhere; `<!>` and `<!->` (which run on to the next `>`) are left to the full path.
    if (first === 0x5b /* [ */ || first === GT || (first === 0x2d /* - */ && html.charCodeAt(at + 3) === GT)) return -1;
    return this.dropUpTo(at, '>', first === 0x2d ? at + 4 : at + 3);
  }

  /** Drops the input from `at` through the first `close` found from `from`; -1 when there is none. */
  private dropUpTo(at: number, close: string, from: number): number {
    const found = this.html.indexOf(close, from);
    if (found < 0) return -1;
    this.replace(at, found + close.length, '');
    return found + close.length;
  }

  private endTag(at: number): number {
    const html = this.html;
    const nameFrom = at + 2;
    if (!isAsciiAlpha(html.charCodeAt(nameFrom))) return -1; // `</>`, `</ p>` or a bogus comment
    const nameEnd = tagNameEnd(html, nameFrom);
    let end = nameEnd;
    while (isSpace(html.charCodeAt(end))) end++;
    if (html.charCodeAt(end) !== GT) return -1; // also when the name ran into a character this pass does not take
    const to = end + 1;
    const name = lowerCase(html.slice(nameFrom, nameEnd));
    const rule = ruleOf(name);
    if (rule.foreign !== STAYS && this.foreignSize > 0) this.foreignSize--;
    // htmlToText's space for a block's boundary is text: inside a dropped element it goes too
    // (replace() writes nothing there), even when this very tag closes that element.
    const space = this.textOnly && TEXT_BLOCK_TAGS.has(name) ? ' ' : '';
    if (rule.isVoid) {
      // htmlparser2 ignores end tags of void elements, except that `</br>` is a `<br>`.
      this.replace(at, to, name !== 'br' ? '' : this.textOnly ? space : '<br />');
      return to;
    }
    const open = this.openIndexOf(name);
    if (open < 0) {
      // htmlparser2 ignores an end tag with nothing to close, but opens the paragraph a stray `</p>` closes.
      this.replace(at, to, name !== 'p' ? '' : this.textOnly ? space : '<p></p>');
      return to;
    }
    while (this.depth > open + 1) this.closeTop(at);
    this.depth--;
    if (this.depth === this.dropDepth) {
      this.endDrop(to);
    } else if (this.textOnly) {
      this.replace(at, to, space);
    } else if (rule.kind !== KEEP || end !== nameEnd || !html.startsWith(name, nameFrom)) {
      this.replace(at, to, rule.end);
    }
    return to;
  }

  private startTag(at: number): number {
    const html = this.html;
    const nameEnd = tagNameEnd(html, at + 1);
    const after = html.charCodeAt(nameEnd);
    if (!isSpace(after) && after !== GT && after !== SLASH) return -1;
    const name = lowerCase(html.slice(at + 1, nameEnd));
    const rule = ruleOf(name);
    const closes = rule.closes;
    if (closes !== undefined) {
      while (this.depth > 0 && closes.has(this.stack[this.depth - 1]!)) this.closeTop(at);
    }
    // htmlparser2 moves in or out of foreign content as it opens the element, before `/>` is read.
    // (A raw-text element closes where it opens, so its move is undone at once.)
    if (rule.foreign !== STAYS && !rule.isVoid && rule.kind !== DROP_RAW) {
      // The full sanitizer's input is cut where these states would stack deeper than the limit.
      if (this.foreignSize >= MAX_HTML_DEPTH) return -1;
      this.foreign[this.foreignSize++] = rule.foreign === ENTERS_FOREIGN;
    }
    const writes = !this.textOnly && this.dropDepth < 0;
    let end = this.readAttributes(nameEnd, writes && rule.kind === KEEP ? rule.attributes : null);
    if (end < 0) return -1;
    const isVoid = rule.isVoid;
    // In foreign content `<x/>` opens and closes x; elsewhere the `/` means nothing.
    const closesItself = this.selfClosing && !isVoid && this.inForeignContent();
    const space = this.textOnly && TEXT_BLOCK_TAGS.has(name) ? ' ' : '';
    switch (rule.kind) {
      case KEEP: {
        if (!writes) {
          this.replace(at, end, space);
          break;
        }
        const attributes = writeAttributes(name, this.names, this.values, this.count, this.base);
        if (attributes === null) return -1;
        if (closesItself) {
          this.replace(at, end, `<${name}${attributes}>${rule.end}`);
        } else if (!this.isWrittenAsIs(at, end, name, attributes, isVoid)) {
          this.replace(at, end, attributes === '' ? rule.bare : isVoid ? `<${name}${attributes} />` : `<${name}${attributes}>`);
        }
        break;
      }
      case DROP_RAW:
        // `<script/>` does not start raw text in htmlparser2, yet sanitize-html still skips what follows.
        end = this.selfClosing ? -1 : this.skipRawText(end, name);
        if (end >= 0) this.replace(at, end, '');
        return end;
      case DROP_VOID:
        this.replace(at, end, '');
        return end;
      case DROP_TREE:
        if (closesItself) {
          this.replace(at, end, '');
          return end;
        }
        if (this.dropDepth < 0) {
          // From here nothing is written until it closes; endDrop() then removes the whole stretch.
          this.dropDepth = this.depth;
          this.dropFrom = at;
        }
        break;
      default: // UNWRAP
        this.replace(at, end, space);
        break;
    }
    if (!isVoid && !closesItself) {
      if (this.depth >= MAX_HTML_DEPTH) return -1;
      this.stack[this.depth++] = name;
      if (this.depth > this.deepest) this.deepest = this.depth;
    }
    return end;
  }

  private inForeignContent(): boolean {
    return this.foreignSize > 0 && this.foreign[this.foreignSize - 1] === true;
  }

  /** Pops the top element, writing its end tag (at input position `at`) when it is kept, or a block's space. */
  private closeTop(at: number): void {
    const name = this.stack[--this.depth]!;
    const rule = ruleOf(name);
    if (this.depth === this.dropDepth) this.endDrop(at);
    else if (this.textOnly) {
      if (TEXT_BLOCK_TAGS.has(name)) this.replace(at, at, ' ');
    } else if (rule.kind === KEEP) this.replace(at, at, rule.end);
  }

  /** The element dropped whole has closed: everything from its start tag to `to` goes. */
  private endDrop(to: number): void {
    this.dropDepth = -1;
    this.replace(this.dropFrom, to, '');
  }

  /** Where the innermost open element called `name` is on the stack, or -1. */
  private openIndexOf(name: string): number {
    for (let k = this.depth - 1; k >= 0; k--) if (this.stack[k] === name) return k;
    return -1;
  }

  /** Whether the input from `at` to `end` is the start tag `<name attributes>` (or ` />`) already. */
  private isWrittenAsIs(at: number, end: number, name: string, attributes: string, isVoid: boolean): boolean {
    const html = this.html;
    const attributesAt = at + 1 + name.length;
    const close = attributesAt + attributes.length;
    return end === close + (isVoid ? 3 : 1) && html.startsWith(name, at + 1) && html.startsWith(attributes, attributesAt)
      && (!isVoid || html.startsWith(' />', close));
  }

  /**
   * Reads the attributes after a tag name as htmlparser2 does and returns the index after the
   * tag's `>`. With `wanted`, the wanted attributes are kept in `names`/`values` (values decoded,
   * the first of duplicate names wins); the rest are only skipped.
   */
  private readAttributes(from: number, wanted: ReadonlySet<string> | null): number {
    const html = this.html;
    const n = html.length;
    this.count = 0;
    this.selfClosing = false;
    let i = from;
    for (;;) {
      while (i < n && isSpace(html.charCodeAt(i))) i++;
      if (i >= n) return -1;
      let c = html.charCodeAt(i);
      if (c === GT) return i + 1;
      if (c === SLASH) {
        i++;
        while (i < n && isSpace(html.charCodeAt(i))) i++;
        if (html.charCodeAt(i) === GT) {
          this.selfClosing = true;
          return i + 1;
        }
        continue;
      }
      if (c === EQUALS) return -1; // a name that starts with `=`
      // The name runs to `=`, whitespace, `/` or `>`.
      const nameFrom = i;
      let upper = false;
      while (i < n) {
        c = html.charCodeAt(i);
        if (c === EQUALS || c === GT || c === SLASH || isSpace(c)) break;
        if (c >= 0x80) return -1;
        if (c >= 0x41 && c <= 0x5a) upper = true;
        i++;
      }
      let name = '';
      let keep = false;
      if (wanted !== null) {
        name = html.slice(nameFrom, i);
        if (upper) name = name.toLowerCase();
        keep = wanted.has(name) && !this.hasAttribute(name);
      }
      while (i < n && isSpace(html.charCodeAt(i))) i++;
      let value: string | null = '';
      if (html.charCodeAt(i) === EQUALS) {
        i++;
        while (i < n && isSpace(html.charCodeAt(i))) i++;
        if (i >= n) return -1;
        const quote = html.charCodeAt(i);
        let valueFrom: number;
        let valueEnd: number;
        if (quote === DQUOTE || quote === SQUOTE) {
          valueFrom = i + 1;
          valueEnd = html.indexOf(quote === DQUOTE ? '"' : "'", valueFrom);
          if (valueEnd < 0) return -1;
          i = valueEnd + 1;
        } else {
          valueFrom = i;
          while (i < n && !isSpace(c = html.charCodeAt(i)) && c !== GT) i++;
          valueEnd = i;
        }
        if (keep) value = this.decodeValue(valueFrom, valueEnd);
        if (value === null) return -1;
      }
      if (keep) {
        this.names[this.count] = name;
        this.values[this.count] = value;
        this.count++;
        if (this.count > this.mostAttributes) this.mostAttributes = this.count;
      }
    }
  }

  private hasAttribute(name: string): boolean {
    for (let k = 0; k < this.count; k++) if (this.names[k] === name) return true;
    return false;
  }

  /**
   * An attribute value with its character references decoded; null when unsure. Every search
   * stops at the value's end: an unbounded one would run to the next `&` of the document, once per
   * attribute, and a long fragment of links with none would cost the square of its length.
   */
  private decodeValue(from: number, to: number): string | null {
    const html = this.html;
    let amp = indexWithin(html, AMP, from, to);
    if (amp < 0) return html.slice(from, to);
    let value = '';
    let copied = from;
    while (amp >= 0) {
      const end = this.references.read(html, amp, true);
      if (end < 0 || end > to) return null;
      value += html.slice(copied, amp) + this.references.text;
      copied = end;
      amp = indexWithin(html, AMP, end, to);
    }
    return value + html.slice(copied, to);
  }

  /** Skips a raw-text element's content and end tag; -1 when htmlparser2 could end it elsewhere. */
  private skipRawText(from: number, name: string): number {
    const html = this.html;
    let at = from;
    for (;;) {
      at = html.indexOf('</', at);
      if (at < 0) return -1;
      if (matchesAsciiCaseless(html, at + 2, name)) {
        const after = html.charCodeAt(at + 2 + name.length);
        if (after === GT || isSpace(after)) break;
      }
      at += 2;
    }
    // htmlparser2 matches the end tag case-insensitively by OR-ing 0x20, so these two controls
    // could stand in for `<` and `/`; such text is left to the full sanitizer.
    for (let k = from; k < at; k++) {
      const c = html.charCodeAt(k);
      if (c === 0x0f || c === 0x1c) return -1;
    }
    return this.endOfEndTag(at + 2 + name.length);
  }

  /** After an end tag's name: optional whitespace, then `>`. */
  private endOfEndTag(from: number): number {
    let i = from;
    while (isSpace(this.html.charCodeAt(i))) i++;
    return this.html.charCodeAt(i) === GT ? i + 1 : -1;
  }
}

const fastSanitizer = new FastSanitizer();

/**
 * The sanitized form of `html`, with relative URLs resolved against `base`, when the fast path
 * can write exactly what the full sanitizer would; otherwise null.
 */
export function sanitizeSimpleHtml(html: string, base: string | null = null): string | null {
  return fastSanitizer.run(html, base, false);
}

/**
 * The text of `html` as htmlToText's full pass reads it, before whitespace is collapsed: tags
 * removed, a space where a block element opens or closes, references decoded. Null outside the subset.
 */
export function textOfSimpleHtml(html: string): string | null {
  return fastSanitizer.run(html, null, true);
}

/** Where a tag name ends; htmlparser2 reads any character up to whitespace, `/` or `>`, this pass only these. */
function tagNameEnd(html: string, from: number): number {
  let i = from;
  for (;;) {
    const c = html.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x3a || c === 0x5f) i++;
    else return i;
  }
}

/** The first index of the character `code` in text[from, to), or -1. */
function indexWithin(text: string, code: number, from: number, to: number): number {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === code) return k;
  return -1;
}

function lowerCase(name: string): string {
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c >= 0x41 && c <= 0x5a) return name.toLowerCase();
  }
  return name;
}

function escapeText(text: string): string {
  if (text === '&') return '&amp;';
  if (text === '<') return '&lt;';
  if (text === '>') return '&gt;';
  return text;
}

