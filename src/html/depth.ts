// A linear pre-pass that bounds how deeply HTML nests before it reaches sanitize-html, whose cost
// grows with the square of the nesting depth (200,000 unclosed tags take tens of seconds).
//
// The pass tokenizes like htmlparser2 (the parser under sanitize-html): the same tag, attribute,
// comment and raw-text rules, the same void elements and the same "an open tag closes the one
// before it" rules, or a subset of them, so that its depth is never below the depth the parser
// will see. Tags that would open deeper than the limit are removed together with their end tags;
// the text between them stays.

/** Deepest element nesting passed to the sanitizer; deeper tags are removed (text kept). */
export const MAX_HTML_DEPTH = 256;

/** Elements that never hold children (a subset of htmlparser2's list). */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** htmlparser2's raw-text elements: their content is text up to `</name` followed by `>` or whitespace. */
const RAW_TEXT_END: ReadonlyMap<string, RegExp> = new Map(
  ['script', 'style', 'title', 'textarea', 'xmp'].map((name) => [name, new RegExp(`</${name}[\\t\\n\\f\\r >]`, 'gi')]),
);

const P_CLOSERS = [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div',
  'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'main', 'nav', 'ol', 'pre',
  'section', 'table', 'ul',
];

/** Opening the key closes the open elements on top of the stack that are in its set (htmlparser2's rules). */
const OPEN_CLOSES: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ...P_CLOSERS.map((name): [string, ReadonlySet<string>] => [name, new Set(['p'])]),
  ['li', new Set(['li'])],
  ['dd', new Set(['dd', 'dt'])], ['dt', new Set(['dd', 'dt'])],
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['tbody', new Set(['thead', 'tbody'])], ['tfoot', new Set(['thead', 'tbody'])],
  ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])],
  ['rt', new Set(['rt', 'rp'])], ['rp', new Set(['rt', 'rp'])],
]);

const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

/** Returns `html` with every tag nested deeper than `maxDepth` removed; unchanged (same string) when none is. */
export function limitNesting(html: string, maxDepth: number = MAX_HTML_DEPTH): string {
  if (!hasMoreTagsThan(html, maxDepth)) return html;
  return new NestingLimiter(html, maxDepth).run();
}

/** A cheap bound: fewer `<` than the limit cannot nest deeper than it. */
function hasMoreTagsThan(html: string, limit: number): boolean {
  let count = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    if (++count > limit) return true;
  }
  return false;
}

class NestingLimiter {
  private readonly stack: string[] = [];
  /** How many times each name is on the stack, so an end tag finds its element in O(1). */
  private readonly onStack = new Map<string, number>();
  /** Open tags removed per name, so their end tags are removed too. */
  private readonly removed = new Map<string, number>();
  private out = '';
  private copiedTo = 0;
  /** The last character written to `out` (kept apart: reading the end of a long built string is slow). */
  private lastOut = '';

  constructor(private readonly html: string, private readonly maxDepth: number) {}

  run(): string {
    const html = this.html;
    const n = html.length;
    let i = 0;
    while (i < n) {
      const lt = html.indexOf('<', i);
      if (lt < 0 || lt + 1 >= n) break;
      const next = html.charCodeAt(lt + 1);
      if (next === 0x21 /* ! */) {
        i = this.skipDeclaration(lt);
      } else if (next === 0x3f /* ? */) {
        i = indexAfter(html, '>', lt + 2);
      } else if (next === SLASH) {
        i = this.endTag(lt);
      } else if (isAsciiAlpha(next)) {
        i = this.startTag(lt);
      } else {
        i = lt + 1;
      }
    }
    if (this.copiedTo === 0) return html;
    return this.out + html.slice(this.copiedTo);
  }

  /** `<!-- … -->` ends at the first `-->` (which may overlap the opening `<!--`); `<!…>` at the first `>`. */
  private skipDeclaration(lt: number): number {
    const html = this.html;
    if (html.startsWith('<!--', lt)) return indexAfter(html, '-->', lt + 2);
    return indexAfter(html, '>', lt + 2);
  }

  /** `</ name …>`: the name runs to whitespace or `>` (a `/` is part of it), the rest to `>`. */
  private endTag(lt: number): number {
    const html = this.html;
    let start = lt + 2;
    while (start < html.length && isSpace(html.charCodeAt(start))) start++;
    if (start >= html.length || !isAsciiAlpha(html.charCodeAt(start))) {
      return html.charCodeAt(start) === GT ? start + 1 : indexAfter(html, '>', start); // `</>` or a bogus comment
    }
    let nameEnd = start;
    while (nameEnd < html.length && !isSpace(html.charCodeAt(nameEnd)) && html.charCodeAt(nameEnd) !== GT) nameEnd++;
    const name = html.slice(start, nameEnd).toLowerCase();
    const end = indexAfter(html, '>', nameEnd);
    const removed = this.removed.get(name) ?? 0;
    if (removed > 0) {
      this.removed.set(name, removed - 1);
      this.drop(lt, end);
    } else if ((this.onStack.get(name) ?? 0) > 0) {
      let top: string | undefined;
      do {
        top = this.pop();
      } while (top !== name && top !== undefined);
    }
    return end;
  }

  private startTag(lt: number): number {
    const html = this.html;
    const nameEnd = tagNameEnd(html, lt + 1);
    const name = html.slice(lt + 1, nameEnd).toLowerCase();
    const { end, selfClosing } = scanAttributes(html, nameEnd);
    const rawEnd = RAW_TEXT_END.get(name);
    if (rawEnd !== undefined && !selfClosing) {
      // The content is text up to the end tag; the element opens and closes without nesting.
      rawEnd.lastIndex = end;
      const close = rawEnd.exec(html);
      const after = close === null ? html.length : indexAfter(html, '>', close.index + 2);
      if (this.stack.length >= this.maxDepth) this.drop(lt, after);
      return after;
    }
    if (VOID.has(name)) return end;
    const closes = OPEN_CLOSES.get(name);
    if (closes !== undefined) {
      while (this.stack.length > 0 && closes.has(this.stack[this.stack.length - 1]!)) this.pop();
    }
    if (this.stack.length >= this.maxDepth) {
      this.removed.set(name, (this.removed.get(name) ?? 0) + 1);
      this.drop(lt, end);
    } else {
      this.stack.push(name);
      this.onStack.set(name, (this.onStack.get(name) ?? 0) + 1);
    }
    return end;
  }

  private pop(): string | undefined {
    const name = this.stack.pop();
    if (name !== undefined) this.onStack.set(name, this.onStack.get(name)! - 1);
    return name;
  }

  /** Removes html[from, to). A space stands in when the text before ends in `<`, so no new tag forms. */
  private drop(from: number, to: number): void {
    if (from > this.copiedTo) {
      this.out += this.html.slice(this.copiedTo, from);
      this.lastOut = this.html[from - 1]!;
    }
    if (this.lastOut === '<') {
      this.out += ' ';
      this.lastOut = ' ';
    }
    this.copiedTo = to;
  }
}

/** Index just past the next `needle` at or after `from`, or the end of the text. */
function indexAfter(text: string, needle: string, from: number): number {
  const at = text.indexOf(needle, from);
  return at < 0 ? text.length : at + needle.length;
}

function isAsciiAlpha(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

/** A start tag's name runs to whitespace, `/` or `>`. */
function tagNameEnd(html: string, from: number): number {
  let i = from;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (isSpace(c) || c === SLASH || c === GT) break;
    i++;
  }
  return i;
}

/**
 * Walks the attributes after a tag name with htmlparser2's states and returns the index after
 * the closing `>`. A quote opens a value only right after `=` (and optional whitespace); in an
 * attribute name or an unquoted value it is an ordinary character.
 */
function scanAttributes(html: string, from: number): { end: number; selfClosing: boolean } {
  const n = html.length;
  let i = from;
  let state: 'beforeName' | 'selfClosing' | 'name' | 'afterName' | 'beforeValue' | 'unquoted' = 'beforeName';
  while (i < n) {
    const c = html.charCodeAt(i);
    switch (state) {
      case 'beforeName':
        if (c === GT) return { end: i + 1, selfClosing: false };
        if (c === SLASH) state = 'selfClosing';
        else if (!isSpace(c)) state = 'name';
        i++;
        break;
      case 'selfClosing':
        if (c === GT) return { end: i + 1, selfClosing: true };
        if (isSpace(c)) i++;
        else state = 'beforeName';
        break;
      case 'name':
        if (c === EQUALS) {
          state = 'beforeValue';
          i++;
        } else if (isSpace(c) || c === SLASH || c === GT) {
          state = 'afterName';
        } else {
          i++;
        }
        break;
      case 'afterName':
        if (c === EQUALS) {
          state = 'beforeValue';
          i++;
        } else if (c === SLASH || c === GT) {
          state = 'beforeName';
        } else {
          if (!isSpace(c)) state = 'name';
          i++;
        }
        break;
      case 'beforeValue':
        if (c === DQUOTE || c === SQUOTE) {
          const close = html.indexOf(c === DQUOTE ? '"' : "'", i + 1);
          if (close < 0) return { end: n, selfClosing: false };
          i = close + 1;
          state = 'beforeName';
        } else if (isSpace(c)) {
          i++;
        } else {
          state = 'unquoted';
        }
        break;
      case 'unquoted':
        if (isSpace(c) || c === GT) {
          state = 'beforeName';
        } else {
          i++;
        }
        break;
    }
  }
  return { end: n, selfClosing: false };
}
