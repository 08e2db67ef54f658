// A single-pass, non-recursive XML reader that builds the element view. It never expands
// declared entities, never fetches anything, checks the element structure, bounds depth,
// element count and text length, and tolerates the faults real feeds carry.
import type { XmlFaultCode } from '../codes.js';
import { FeedXmlError } from '../errors.js';
import { clip } from './clip.js';
import { XML_NS, XMLNS_NS, XmlElement, type XmlAttribute } from './element.js';
import { decodeAttribute, decodeText, type EntityReport, type TextContext } from './text.js';
import { DEFAULT_LIMITS, type XmlLimits } from './limits.js';

/** A fault the reader tolerated (reported by the validator). */
export interface XmlFault {
  code: XmlFaultCode;
  message: string;
  offset: number;
}

export interface ScanOptions {
  limits: XmlLimits;
  baseUrl: string | null;
  /** Collects tolerated faults; null (the default) skips the bookkeeping. */
  faults: XmlFault[] | null;
  /**
   * Called when an element is complete (its end tag read, or self-closed); returning true
   * detaches it from its parent, so a caller that has mapped it lets its subtree be collected.
   */
  onElementEnd: ((element: XmlElement) => boolean) | null;
}

export interface ScanResult {
  root: XmlElement;
  declaredEntities: ReadonlySet<string>;
}

// Where unescaped HTML shows up in real feeds: inside these, broken markup is repaired, not thrown.
const HTML_CONTAINERS = new Set(['description', 'encoded', 'content', 'summary', 'subtitle', 'rights', 'title', 'body']);
// HTML elements that never have content; inside HTML containers `<br>` needs no end tag.
const VOID_ELEMENTS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
const FEED_ROOTS = new Set(['rss', 'feed', 'opml', 'RDF']);
// RSS has no namespace, yet some feeds give <rss> a default one (the spec's own URL, UserLand's
// http://backend.userland.com/rss2): read as no namespace, as RSS readers do, and noted as a fault.
const ATOM_NS = 'http://www.w3.org/2005/Atom';
// Prefixes feeds often use without declaring them, read with their usual namespace.
const CONVENTIONAL_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['content', 'http://purl.org/rss/1.0/modules/content/'],
  ['dc', 'http://purl.org/dc/elements/1.1/'],
  ['atom', 'http://www.w3.org/2005/Atom'],
  ['media', 'http://search.yahoo.com/mrss/'],
  ['itunes', 'http://www.itunes.com/dtds/podcast-1.0.dtd'],
]);

/** The namespace bindings one element replaced, to restore when it closes: [prefix, previous URI]. */
type Rebinding = [prefix: string, previous: string | undefined][];

interface RawAttribute {
  name: string;
  raw: string;
  offset: number;
}

/** Line and column (1-based) of an offset in `text`. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function isNameStart(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 58 || code > 127
  );
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

/** Reads `text` into an element tree; throws FeedXmlError when the structure cannot be read. */
export function scanXml(text: string, options: ScanOptions): ScanResult {
  const scanner = new Scanner(text, options);
  try {
    return scanner.run();
  } catch (error) {
    // A stack trace keeps the receivers of its frames alive: here the Scanner, and through it the
    // whole partial tree. Formatting it now and emptying the Scanner lets a caller (or the
    // runtime, which may keep the last exception) hold the error without the document.
    if (error instanceof Error) void error.stack;
    scanner.release();
    throw error;
  }
}

const RELEASED: ScanOptions = Object.freeze({ limits: DEFAULT_LIMITS, baseUrl: null, faults: null, onElementEnd: null });

class Scanner {
  private readonly len: number;
  private readonly stack: XmlElement[] = [];
  /** How many open elements have each qualified name, so an end tag that matches none costs O(1). */
  private readonly openNames = new Map<string, number>();
  /**
   * The in-scope namespace bindings: one map, changed when an element declares a prefix and
   * restored when it closes, so deep declarations cost no copying.
   */
  private readonly bindings = new Map<string, string>([['xml', XML_NS]]);
  /** For each open element, the bindings it replaced (null when it declared none). */
  private readonly rebindings: (Rebinding | null)[] = [];
  private readonly topLevel: XmlElement[] = [];
  private readonly declared = new Set<string>();
  private readonly context: TextContext;
  /** Index in `stack` of the outermost open HTML container, -1 when none. */
  private lenientAt = -1;
  private elementCount = 0;
  private attributeCount = 0;
  /** The namespace a root <rss> was put in, read as no namespace throughout; null when none. */
  private rssNamespace: string | null = null;

  constructor(
    private readonly text: string,
    private options: ScanOptions,
  ) {
    this.len = text.length;
    this.context = { declared: this.declared, report: options.faults ? this.entityReport(options.faults) : null };
  }

  /** Drops every reference to the document read so far (after a throw). */
  release(): void {
    this.stack.length = 0;
    this.topLevel.length = 0;
    this.rebindings.length = 0;
    this.openNames.clear();
    this.declared.clear();
    this.options = RELEASED;
  }

  run(): ScanResult {
    const text = this.text;
    let i = 0;
    while (i < this.len) {
      const lt = text.indexOf('<', i);
      if (lt === -1) {
        this.appendText(i, this.len);
        break;
      }
      if (lt > i) this.appendText(i, lt);
      const next = text.charCodeAt(lt + 1);
      if (next === 47 /* / */) i = this.endTag(lt);
      else if (next === 33 /* ! */) i = this.markupDeclaration(lt);
      else if (next === 63 /* ? */) i = this.skipTo(lt, '?>', 'processing instruction');
      else if (isNameStart(next)) i = this.startTag(lt);
      else {
        this.fault('XML_BARE_LT', 'A "<" that starts no tag is read as text', lt);
        this.appendText(lt, lt + 1);
        i = lt + 1;
      }
    }
    if (this.stack.length > 0) {
      const open = this.stack[this.stack.length - 1]!;
      const at = positionOf(text, open.start);
      this.malformed(`Missing end tag </${clip(open.name)}> for the element opened at line ${at.line}, column ${at.column}`, this.len);
    }
    const root = this.topLevel.find((e) => FEED_ROOTS.has(e.local)) ?? this.topLevel[0];
    if (root === undefined) this.malformed('No root element: this is not an XML document', 0);
    return { root, declaredEntities: this.declared };
  }

  private malformed(message: string, offset: number): never {
    throw new FeedXmlError('XML_MALFORMED', message, positionOf(this.text, offset));
  }

  private fault(code: XmlFaultCode, message: string, offset: number): void {
    this.options.faults?.push({ code, message, offset });
  }

  private entityReport(faults: XmlFault[]): EntityReport {
    return {
      bareAmpersand: (offset) => faults.push({ code: 'XML_BARE_AMPERSAND', message: 'A bare "&" should be written "&amp;"', offset }),
      undeclaredEntity: (name, offset) =>
        faults.push({ code: 'XML_UNDECLARED_ENTITY', message: `The entity "&${name};" is not declared`, offset }),
      declaredEntity: (name, offset) =>
        faults.push({ code: 'XML_ENTITY_NOT_EXPANDED', message: `The entity "&${name};" is declared in the DOCTYPE and left unexpanded`, offset }),
    };
  }

  private skipTo(lt: number, terminator: string, what: string): number {
    const end = this.text.indexOf(terminator, lt + 2);
    if (end === -1) this.malformed(`Unterminated ${what}`, lt);
    return end + terminator.length;
  }

  private appendText(from: number, to: number): void {
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined) {
      if (this.options.faults && !/^\s*$/.test(this.text.slice(from, to))) {
        this.fault('XML_JUNK', 'Text outside the root element is ignored', from);
      }
      return;
    }
    if (to - from > this.options.limits.maxTextLength) this.textTooLong(from);
    this.appendString(parent, decodeText(this.text.slice(from, to), this.context, from));
  }

  private appendString(parent: XmlElement, value: string): void {
    if (value === '') return;
    const children = parent.children;
    const last = children.length - 1;
    if (last >= 0 && typeof children[last] === 'string') {
      const merged = (children[last] as string) + value;
      if (merged.length > this.options.limits.maxTextLength) this.textTooLong(parent.start);
      children[last] = merged;
    } else {
      children.push(value);
    }
  }

  private textTooLong(offset: number): never {
    throw new FeedXmlError(
      'LIMIT_TEXT',
      `A text or attribute value is longer than maxTextLength (${this.options.limits.maxTextLength} characters)`,
      positionOf(this.text, offset),
    );
  }

  private markupDeclaration(lt: number): number {
    const text = this.text;
    if (text.startsWith('<!--', lt)) return this.skipTo(lt + 2, '-->', 'comment');
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end === -1) this.malformed('Unterminated CDATA section', lt);
      const parent = this.stack[this.stack.length - 1];
      if (parent !== undefined) {
        if (end - lt > this.options.limits.maxTextLength) this.textTooLong(lt);
        const raw = text.slice(lt + 9, end);
        this.appendString(parent, raw.indexOf('\r') === -1 ? raw : raw.replace(/\r\n?/g, '\n'));
      }
      return end + 3;
    }
    if (text.startsWith('<!DOCTYPE', lt)) return this.doctype(lt);
    this.fault('XML_BOGUS_DECLARATION', 'An unknown "<!" declaration is ignored', lt);
    return this.skipTo(lt, '>', 'declaration');
  }

  /** Skips the DOCTYPE, noting the names of the general entities it declares (never expanded). */
  private doctype(lt: number): number {
    const text = this.text;
    this.fault('XML_DOCTYPE', 'A DOCTYPE is ignored: its entities are never expanded', lt);
    let inSubset = false;
    for (let j = lt + 9; j < this.len; j++) {
      const c = text.charCodeAt(j);
      if (c === 34 || c === 39) {
        const close = text.indexOf(c === 34 ? '"' : "'", j + 1);
        if (close === -1) break;
        j = close;
      } else if (c === 91 /* [ */) {
        inSubset = true;
      } else if (c === 93 /* ] */) {
        inSubset = false;
      } else if (c === 62 /* > */ && !inSubset) {
        return j + 1;
      } else if (c === 60 /* < */ && inSubset) {
        if (text.startsWith('<!--', j)) {
          const close = text.indexOf('-->', j + 4);
          if (close === -1) break;
          j = close + 2;
        } else if (text.startsWith('<!ENTITY', j)) {
          j = this.entityDeclaration(j + 8);
        }
      }
    }
    return this.malformed('Unterminated DOCTYPE', lt);
  }

  private entityDeclaration(j: number): number {
    const text = this.text;
    while (j < this.len && isSpace(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) === 37 /* % */) return j; // a parameter entity: never referenced from content
    const start = j;
    while (j < this.len && !isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 62) j++;
    if (j > start) this.declared.add(text.slice(start, j));
    return j - 1;
  }

  private startTag(lt: number): number {
    const text = this.text;
    let j = lt + 1;
    while (j < this.len) {
      const c = text.charCodeAt(j);
      if (isSpace(c) || c === 62 || c === 47) break;
      j++;
    }
    const name = text.slice(lt + 1, j);
    const raw: RawAttribute[] = [];
    let selfClosing = false;
    for (;;) {
      while (j < this.len && isSpace(text.charCodeAt(j))) j++;
      if (j >= this.len) this.malformed(`Unterminated start tag <${clip(name)}>`, lt);
      const c = text.charCodeAt(j);
      if (c === 62 /* > */) {
        j++;
        break;
      }
      if (c === 47 /* / */) {
        if (text.charCodeAt(j + 1) === 62) {
          selfClosing = true;
          j += 2;
          break;
        }
        j++;
        continue;
      }
      j = this.attribute(j, raw, lt, name);
    }
    this.openElement(lt, name, raw, selfClosing);
    return j;
  }

  /** Reads one attribute at `j` into `raw`; returns the offset after it. */
  private attribute(j: number, raw: RawAttribute[], lt: number, tagName: string): number {
    const text = this.text;
    const start = j;
    while (j < this.len) {
      const c = text.charCodeAt(j);
      if (isSpace(c) || c === 61 || c === 62 || (c === 47 && text.charCodeAt(j + 1) === 62)) break;
      j++;
    }
    const name = text.slice(start, j);
    while (j < this.len && isSpace(text.charCodeAt(j))) j++;
    let value = '';
    let valueAt = j;
    if (text.charCodeAt(j) === 61 /* = */) {
      j++;
      while (j < this.len && isSpace(text.charCodeAt(j))) j++;
      const quote = text.charCodeAt(j);
      if (quote === 34 || quote === 39) {
        const close = text.indexOf(quote === 34 ? '"' : "'", j + 1);
        if (close === -1) this.malformed(`Unterminated attribute value in <${clip(tagName)}>`, j);
        valueAt = j + 1;
        value = text.slice(j + 1, close);
        j = close + 1;
      } else {
        valueAt = j;
        while (j < this.len) {
          const c = text.charCodeAt(j);
          if (isSpace(c) || c === 62) break;
          j++;
        }
        value = text.slice(valueAt, j);
        this.fault('XML_UNQUOTED_ATTRIBUTE', `The value of attribute "${clip(name)}" is not quoted`, start);
      }
    } else {
      this.fault('XML_ATTRIBUTE_NO_VALUE', `The attribute "${clip(name)}" has no value`, start);
    }
    if (value.length > this.options.limits.maxTextLength) this.textTooLong(valueAt);
    const limits = this.options.limits;
    if (raw.length >= limits.maxAttributes) {
      throw new FeedXmlError(
        'LIMIT_ATTRIBUTES',
        `<${clip(tagName)}> has more than maxAttributes (${limits.maxAttributes}) attributes`,
        positionOf(text, lt),
      );
    }
    // Attributes cost as much memory as elements: the document's total is bounded by maxElements too.
    if (++this.attributeCount > limits.maxElements) {
      throw new FeedXmlError(
        'LIMIT_ATTRIBUTES',
        `The document has more than maxElements (${limits.maxElements}) attributes`,
        positionOf(text, lt),
      );
    }
    if (name !== '') raw.push({ name, raw: value, offset: valueAt });
    return j;
  }

  private openElement(lt: number, qname: string, raw: RawAttribute[], selfClosing: boolean): void {
    const limits = this.options.limits;
    if (++this.elementCount > limits.maxElements) {
      throw new FeedXmlError('LIMIT_ELEMENTS', `More than maxElements (${limits.maxElements}) elements`, positionOf(this.text, lt));
    }
    const depth = this.stack.length;
    if (depth >= limits.maxDepth) {
      throw new FeedXmlError('LIMIT_DEPTH', `Elements nested deeper than maxDepth (${limits.maxDepth})`, positionOf(this.text, lt));
    }
    const parent = depth > 0 ? this.stack[depth - 1]! : null;
    const rebinding = this.declareNamespaces(raw);
    const attributes = this.resolveAttributes(raw, lt);

    const colon = qname.indexOf(':');
    let ns: string;
    let local: string;
    if (colon > 0) {
      local = qname.slice(colon + 1);
      ns = this.namespaceOf(qname.slice(0, colon), lt);
    } else {
      local = qname;
      ns = this.bindings.get('') ?? '';
    }
    if (ns !== '') {
      if (depth === 0 && local === 'rss' && this.rssNamespace === null && ns !== ATOM_NS && ns !== XML_NS) {
        this.rssNamespace = ns;
        this.fault('RSS_NAMESPACE', `<rss> is in the namespace "${clip(ns)}"; RSS elements have no namespace`, lt);
      }
      if (ns === this.rssNamespace) ns = '';
    }

    let lang = parent ? parent.lang : null;
    let base = parent ? parent.base : this.options.baseUrl;
    for (const a of attributes) {
      if (a.ns !== XML_NS) continue;
      if (a.local === 'lang') lang = a.value.trim() || null;
      else if (a.local === 'base') base = resolveBase(a.value.trim(), base);
    }

    const element = new XmlElement(ns, local, qname, attributes, parent, lang, base, lt);
    if (parent) parent.children.push(element);
    else this.topLevel.push(element);

    // HTML void elements need no end tag inside content elements, nor in junk before the root.
    if (selfClosing || ((this.lenientAt !== -1 || depth === 0) && VOID_ELEMENTS.has(local.toLowerCase()))) {
      if (rebinding !== null) this.restoreNamespaces(rebinding);
      if (selfClosing) this.ended(element);
      return;
    }
    this.stack.push(element);
    this.openNames.set(qname, (this.openNames.get(qname) ?? 0) + 1);
    this.rebindings.push(rebinding);
    if (this.lenientAt === -1 && HTML_CONTAINERS.has(local)) this.lenientAt = depth;
  }

  /** Applies the element's namespace declarations; returns what they replaced (null when none). */
  private declareNamespaces(raw: RawAttribute[]): Rebinding | null {
    let rebinding: Rebinding | null = null;
    for (const a of raw) {
      const name = a.name;
      if (name === 'xmlns' || name.startsWith('xmlns:')) {
        const prefix = name === 'xmlns' ? '' : name.slice(6);
        (rebinding ??= []).push([prefix, this.bindings.get(prefix)]);
        this.bindings.set(prefix, decodeAttribute(a.raw, this.context, a.offset).trim());
      }
    }
    return rebinding;
  }

  /** Undoes one element's declarations, latest first. */
  private restoreNamespaces(rebinding: Rebinding): void {
    for (let i = rebinding.length - 1; i >= 0; i--) {
      const [prefix, previous] = rebinding[i]!;
      if (previous === undefined) this.bindings.delete(prefix);
      else this.bindings.set(prefix, previous);
    }
  }

  private namespaceOf(prefix: string, offset: number): string {
    const uri = this.bindings.get(prefix);
    if (uri !== undefined) return uri;
    this.fault('XML_UNBOUND_PREFIX', `The namespace prefix "${clip(prefix)}" is not declared`, offset);
    return CONVENTIONAL_PREFIXES.get(prefix) ?? '';
  }

  private resolveAttributes(raw: RawAttribute[], lt: number): XmlAttribute[] {
    const attributes: XmlAttribute[] = [];
    // Past a few attributes a linear search for duplicates would make one tag quadratic.
    const seen = raw.length > 8 ? new Set<string>() : null;
    for (const a of raw) {
      const name = a.name;
      const colon = name.indexOf(':');
      let ns = '';
      let local = name;
      if (name === 'xmlns') {
        ns = XMLNS_NS;
      } else if (colon > 0) {
        const prefix = name.slice(0, colon);
        local = name.slice(colon + 1);
        ns = prefix === 'xmlns' ? XMLNS_NS : this.namespaceOf(prefix, lt);
      }
      const duplicate = seen === null
        ? attributes.some((b) => b.local === local && b.ns === ns)
        : seen.size === seen.add(`${ns} ${local}`).size;
      if (duplicate) {
        this.fault('XML_DUPLICATE_ATTRIBUTE', `The attribute "${clip(name)}" is repeated; the first is kept`, a.offset);
        continue;
      }
      attributes.push({ ns, local, name, value: decodeAttribute(a.raw, this.context, a.offset) });
    }
    return attributes;
  }

  private endTag(lt: number): number {
    const text = this.text;
    const close = text.indexOf('>', lt + 2);
    if (close === -1) this.malformed('Unterminated end tag', lt);
    const name = text.slice(lt + 2, close).trim();
    const stack = this.stack;
    const top = stack.length - 1;
    if (top >= 0 && stack[top]!.name === name) {
      const element = stack[top]!;
      this.pop(top);
      this.ended(element);
      return close + 1;
    }
    if (this.lenientAt !== -1) {
      // Broken HTML inside a content element: close up to the matching element, or drop the stray
      // tag. Only a name that is open is searched for, and the search pops what it passes (or
      // throws), so a flood of stray end tags under deep nesting stays linear.
      if (this.openNames.has(name)) {
        for (let k = top; k >= this.lenientAt; k--) {
          if (stack[k]!.name === name) {
            this.fault('XML_UNCLOSED_HTML', `Elements inside <${clip(stack[this.lenientAt]!.name)}> were left open`, lt);
            this.pop(k);
            return close + 1;
          }
        }
        // An end tag for an element outside the container means the container itself was never closed.
        this.malformed(`Expected </${clip(stack[this.lenientAt]!.name)}> but found </${clip(name)}>`, lt);
      }
      this.fault('XML_STRAY_END_TAG', `The end tag </${clip(name)}> matches no open element and is ignored`, lt);
      return close + 1;
    }
    if (top < 0) this.malformed(`The end tag </${clip(name)}> matches no open element`, lt);
    return this.malformed(`Expected </${clip(stack[top]!.name)}> but found </${clip(name)}>`, lt);
  }

  /** Tells the caller an element is complete; detaches it when the caller has taken it over. */
  private ended(element: XmlElement): void {
    const onElementEnd = this.options.onElementEnd;
    // At its own end an element is the last child of its parent.
    if (onElementEnd !== null && onElementEnd(element) && element.parent !== null) element.parent.children.pop();
  }

  /** Closes the open elements from the top of the stack down to index `k`. */
  private pop(k: number): void {
    for (let i = this.stack.length - 1; i >= k; i--) {
      const rebinding = this.rebindings[i];
      if (rebinding) this.restoreNamespaces(rebinding);
      const name = this.stack[i]!.name;
      const open = this.openNames.get(name)!;
      if (open === 1) this.openNames.delete(name);
      else this.openNames.set(name, open - 1);
    }
    this.stack.length = k;
    this.rebindings.length = k;
    if (k <= this.lenientAt) this.lenientAt = -1;
  }
}

/**
 * Longest base URL kept (the longest URL sitemaps.org allows). Every relative URL under a base is
 * resolved against it, so a base of megabytes would cost its length in time and memory once per
 * link: an xml:base (or baseUrl) longer than this is ignored.
 */
export const MAX_BASE_LENGTH = 2048;

/** The document's URL as the root's base: null when it is not a string or too long to use. */
export function documentBase(baseUrl: unknown): string | null {
  return typeof baseUrl === 'string' && baseUrl.length <= MAX_BASE_LENGTH ? baseUrl : null;
}

function resolveBase(value: string, parentBase: string | null): string | null {
  if (value === '' || value.length > MAX_BASE_LENGTH) return parentBase;
  let resolved: string;
  try {
    resolved = parentBase ? new URL(value, parentBase).href : new URL(value).href;
  } catch {
    // A relative xml:base with no absolute base to apply it to stays as written.
    return parentBase ?? value;
  }
  return resolved.length > MAX_BASE_LENGTH ? parentBase : resolved;
}
