// The markup handed to htmlparser2 (the parser under sanitize-html and htmlToText), prepared by
// one linear pass that reads it with htmlparser2's own tokenizer, so the two can never disagree
// about where a tag, a comment or a raw-text element begins and ends:
//
// - Nesting is bounded. htmlparser2 keeps its open elements (and its foreign-content states) in
//   arrays it shifts and unshifts at the front, so each tag costs time in proportion to the depth;
//   200,000 unclosed tags take minutes. A tag that would open deeper than MAX_HTML_DEPTH is
//   removed with its end tag (its text stays); a raw-text element there goes whole.
// - Where htmlparser2 reads differently from a browser (the HTML standard, as parse5 implements
//   it), the input is rewritten so that it reads as a browser reads it:
//   · `<xitle>`, `<tmp>` and `<xextarea>` are ordinary unknown elements in a browser, but
//     htmlparser2 recognizes raw-text elements by their first letter and the rest of the name, so
//     it takes these for `<title>`, `<xmp>` and `<textarea>` and their markup for text. Such names
//     (and names that could then collide with them) get an `a` in front: the parser sees an
//     ordinary element, which the allowlist unwraps as it would the original.
//   · In an attribute value, `&notin` (a legacy name followed by letters of a longer name, no `;`)
//     is text to a browser, but htmlparser2 decodes `¬in`. Such an `&` is written `&amp;`.
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { isSpace } from './chars.js';
import { PARSER_FOREIGN_ROOTS, PARSER_INTEGRATION_POINTS, PARSER_OPEN_CLOSES, PARSER_VOID } from './parser-rules.js';
import { MAX_HTML_DEPTH } from './limits.js';
import { LEGACY_REFERENCE_NAMES } from './references.js';


/** Names htmlparser2 takes for a raw-text element (its tokenizer compares the first letter, then the rest). */
const RAW_TEXT_NAMES: ReadonlySet<string> = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
/** Names htmlparser2 mistakes for a raw-text element, and every name that gains an `a` with them. */
const MISTAKEN_RAW_TEXT = /^(?:xitle|xextarea|tmp)$/;
const RENAMED = /^a*(?:xitle|xextarea|tmp)$/;
const MAY_BE_MISTAKEN = /xitle|xextarea|tmp/i;

const LEGACY: ReadonlySet<string> = new Set(LEGACY_REFERENCE_NAMES);
const SHORTEST_LEGACY = 2;
/** `&` followed by a name with no `;` after it: where a legacy name may be read wrongly. */
const UNTERMINATED_REFERENCE = /&([a-zA-Z][a-zA-Z0-9]*)(?![a-zA-Z0-9;])/g;

const TOKENIZER_OPTIONS = { xmlMode: false, decodeEntities: true } as const;

const AMP = 0x26;
const SLASH = 0x2f;
const LT = 0x3c;

/**
 * `html` as htmlparser2 should be given it: nesting bounded by `maxDepth` and the two readings
 * above made a browser's. The very same string when nothing needs to change.
 */
export function prepareForParser(html: string, maxDepth: number = MAX_HTML_DEPTH): string {
  if (!mayNeedPreparing(html, maxDepth)) return html;
  return new ParserInput(html, maxDepth).run();
}

/** Cheap tests that rule the pass out for nearly all input. */
function mayNeedPreparing(html: string, maxDepth: number): boolean {
  return hasMoreTagsThan(html, maxDepth - 1) || MAY_BE_MISTAKEN.test(html) || hasMisreadReference(html);
}

/**
 * Fewer `<` than the limit can neither nest nor stack foreign-content states deeper than it
 * (htmlparser2 starts with one state, so `limit - 1` tags can reach the limit).
 */
function hasMoreTagsThan(html: string, limit: number): boolean {
  let count = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    if (++count > limit) return true;
  }
  return false;
}

function hasMisreadReference(html: string): boolean {
  if (!html.includes('&')) return false;
  UNTERMINATED_REFERENCE.lastIndex = 0;
  for (let match = UNTERMINATED_REFERENCE.exec(html); match !== null; match = UNTERMINATED_REFERENCE.exec(html)) {
    if (isMisreadInAttribute(match[1]!)) return true;
  }
  return false;
}

/**
 * A reference name, not followed by `;` or another letter or digit, that a browser leaves as
 * text in an attribute but htmlparser2 may decode: not a legacy name itself, but one starts it.
 */
function isMisreadInAttribute(name: string): boolean {
  if (LEGACY.has(name)) return false;
  for (let length = Math.min(name.length - 1, 6); length >= SHORTEST_LEGACY; length--) {
    if (LEGACY.has(name.slice(0, length))) return true;
  }
  return false;
}

/**
 * The pass: htmlparser2's tokenizer reports the tokens, and this class keeps the element stack
 * and foreign-content states exactly as htmlparser2's Parser keeps them for the markup it will
 * be given (the removed tags never reach it, so they never move the stack here either).
 */
class ParserInput implements TokenizerCallbacks {
  /** Open elements, innermost last; `counts` says how many of each name, so end tags find theirs in O(1). */
  private readonly stack: string[] = [];
  private readonly counts = new Map<string, number>();
  /** htmlparser2's foreign-content states, innermost last (it starts with one, "not foreign"). */
  private readonly foreign: boolean[] = [false];
  /** Start tags removed per name, so that as many of their end tags go too. */
  private readonly removed = new Map<string, number>();

  private out = '';
  private copiedTo = 0;
  /** The last character written to `out` (reading the end of a long built string is slow). */
  private lastOut = '';

  /** Where the running tokenizer's input starts in `html`. */
  private offset = 0;
  private tokenizer: Tokenizer | null = null;
  /** Where a new tokenizer takes over (after a mistaken raw-text start tag), or -1. */
  private restartAt = -1;

  // The start tag being read.
  private tagFrom = 0;
  private tagName = '';
  private tagRemoved = false;
  /** The innermost foreign-content state once the tag has opened: `<x/>` closes x when it is foreign. */
  private tagInForeign = false;
  private attributeNameEnd = 0;
  /** Inside a raw-text element, whose only end is the next end tag the tokenizer reports. */
  private inRawText = false;
  /** Where a removed raw-text element began (-1: none is being removed). */
  private rawRemovedFrom = -1;

  constructor(private readonly html: string, private readonly maxDepth: number) {}

  run(): string {
    this.tokenize(0);
    while (this.restartAt >= 0) {
      const at = this.restartAt;
      this.restartAt = -1;
      this.tokenize(at);
    }
    this.tokenizer!.end();
    if (this.rawRemovedFrom >= 0) this.remove(this.rawRemovedFrom, this.html.length);
    if (this.copiedTo === 0 && this.out === '') return this.html;
    return this.out + this.html.slice(this.copiedTo);
  }

  /** Tokenizes from `at` in the text state, as htmlparser2 is after a start tag's `>`. */
  private tokenize(at: number): void {
    this.offset = at;
    this.tokenizer = new Tokenizer(TOKENIZER_OPTIONS, this);
    this.tokenizer.write(at === 0 ? this.html : this.html.slice(at));
  }

  onopentagname(start: number, endIndex: number): void {
    start += this.offset;
    endIndex += this.offset;
    const name = this.html.slice(start, endIndex).toLowerCase();
    this.tagFrom = start - 1;
    this.tagName = name;
    const isVoid = PARSER_VOID.has(name);
    const closes = PARSER_OPEN_CLOSES.get(name);
    let closed = 0;
    if (closes !== undefined) {
      while (closed < this.stack.length && closes.has(this.stack[this.stack.length - 1 - closed]!)) closed++;
    }
    const entersForeign = !isVoid && (PARSER_FOREIGN_ROOTS.has(name) || PARSER_INTEGRATION_POINTS.has(name));
    this.tagInForeign = entersForeign ? PARSER_FOREIGN_ROOTS.has(name) : this.foreign[this.foreign.length - 1] === true;
    this.tagRemoved = (!isVoid && this.stack.length - closed >= this.maxDepth) || (entersForeign && this.foreign.length >= this.maxDepth);
    if (this.tagRemoved) {
      if (!RAW_TEXT_NAMES.has(name)) this.removed.set(name, (this.removed.get(name) ?? 0) + 1);
      return;
    }
    for (; closed > 0; closed--) this.pop();
    if (!isVoid) {
      this.stack.push(name);
      this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    }
    if (entersForeign) this.foreign.push(PARSER_FOREIGN_ROOTS.has(name));
    if (RENAMED.test(name)) this.insert(start, 'a');
  }

  onattribname(_start: number, endIndex: number): void {
    this.attributeNameEnd = endIndex + this.offset;
  }

  /** The value lies between the name's end and `endIndex`; its misread references are escaped. */
  onattribend(_quote: number, endIndex: number): void {
    if (this.tagRemoved) return;
    const html = this.html;
    const to = endIndex + this.offset;
    for (let k = this.attributeNameEnd; k < to; k++) {
      if (html.charCodeAt(k) !== AMP) continue;
      let end = k + 1;
      while (end < to && isAsciiAlphanumeric(html.charCodeAt(end))) end++;
      const after = html.charCodeAt(end);
      if (end > k + 1 && !(end < to && after === 0x3b /* ; */) && isAsciiAlpha(html.charCodeAt(k + 1))
        && isMisreadInAttribute(html.slice(k + 1, end))) {
        this.insert(k + 1, 'amp;');
      }
      k = end - 1;
    }
  }

  onopentagend(endIndex: number): void {
    const end = endIndex + this.offset + 1;
    const name = this.tagName;
    const raw = RAW_TEXT_NAMES.has(name);
    if (this.tagRemoved) {
      if (raw) this.rawRemovedFrom = this.tagFrom; // removed through its end tag
      else this.remove(this.tagFrom, end);
    }
    if (raw) this.inRawText = true;
    if (MISTAKEN_RAW_TEXT.test(name)) {
      // The tokenizer has entered raw text; the parser, given the renamed tag, will not.
      this.tokenizer!.pause();
      this.restartAt = end;
    }
  }

  onselfclosingtag(endIndex: number): void {
    const end = endIndex + this.offset + 1;
    // In foreign content `<x/>` closes x (its foreign-content state stays); elsewhere `/` means nothing.
    const closesItself = this.tagInForeign && !PARSER_VOID.has(this.tagName);
    if (this.tagRemoved) {
      this.remove(this.tagFrom, end);
      // `<script/>` starts no raw text: its end tag comes later and goes too. In foreign content
      // the element has closed itself, and an end tag of that name is not its own.
      const raw = RAW_TEXT_NAMES.has(this.tagName);
      if (raw !== closesItself) this.removed.set(this.tagName, (this.removed.get(this.tagName) ?? 0) + (raw ? 1 : -1));
      return;
    }
    if (closesItself && this.stack[this.stack.length - 1] === this.tagName) this.pop();
  }

  onclosetag(start: number, endIndex: number): void {
    start += this.offset;
    endIndex += this.offset;
    const html = this.html;
    const gt = html.indexOf('>', endIndex);
    const end = gt < 0 ? html.length : gt + 1;
    if (this.inRawText) {
      // A raw-text element's end: `</name` or any two characters the tokenizer compares alike.
      this.inRawText = false;
      if (this.rawRemovedFrom >= 0) {
        this.remove(this.rawRemovedFrom, end);
        this.rawRemovedFrom = -1;
        return;
      }
    }
    const name = html.slice(start, endIndex).toLowerCase();
    const removed = this.removed.get(name) ?? 0;
    if (removed > 0) {
      this.removed.set(name, removed - 1);
      this.remove(endTagStart(html, start), end);
      return;
    }
    if (RENAMED.test(name)) this.insert(start, 'a');
    if (PARSER_FOREIGN_ROOTS.has(name) || PARSER_INTEGRATION_POINTS.has(name)) {
      if (this.foreign.length > 0) this.foreign.pop();
    }
    if (PARSER_VOID.has(name) || (this.counts.get(name) ?? 0) === 0) return; // ignored (`</p>`, `</br>` open and close at once)
    let top: string | undefined;
    do {
      top = this.pop();
    } while (top !== name && top !== undefined);
  }

  private pop(): string | undefined {
    const name = this.stack.pop();
    if (name !== undefined) this.counts.set(name, this.counts.get(name)! - 1);
    return name;
  }

  /** Writes `text` in front of html[at]. */
  private insert(at: number, text: string): void {
    this.copyTo(at);
    this.out += text;
    this.lastOut = text[text.length - 1]!;
  }

  /** Removes html[from, to). A space stands in when the text before ends in `<`, so no new tag forms. */
  private remove(from: number, to: number): void {
    this.copyTo(from);
    if (this.lastOut === '<') {
      this.out += ' ';
      this.lastOut = ' ';
    }
    this.copiedTo = Math.max(this.copiedTo, to);
  }

  private copyTo(at: number): void {
    if (at > this.copiedTo) {
      this.out += this.html.slice(this.copiedTo, at);
      this.lastOut = this.html[at - 1]!;
      this.copiedTo = at;
    }
  }

  // Tokens that move neither the stack nor an edit.
  onattribdata(): void {}
  onattribentity(): void {}
  oncdata(): void {}
  oncomment(): void {}
  ondeclaration(): void {}
  onend(): void {}
  onprocessinginstruction(): void {}
  ontext(): void {}
  ontextentity(): void {}
}

/** Where the end tag whose name starts at `nameStart` begins: `</`, then only whitespace before the name. */
function endTagStart(html: string, nameStart: number): number {
  let k = nameStart - 1;
  while (k > 0 && isSpace(html.charCodeAt(k))) k--;
  return html.charCodeAt(k) === SLASH && html.charCodeAt(k - 1) === LT ? k - 1 : nameStart;
}

function isAsciiAlpha(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || isAsciiAlpha(code);
}
