// A single-pass, non-recursive XML reader that builds the element view. It never expands
// declared entities, never fetches anything, checks the element structure, bounds depth,
// element count and text length, and tolerates the faults real feeds carry, noting each one.
// With `recover` it also reads past broken structure the way a tree builder does (an end tag
// closes the open elements up to its match, a stray one is dropped, what is open at the end is
// closed, a construct cut off by the end runs to it), noting each recovery, instead of throwing.
import type { XmlFaultCode } from '../codes.js';
import { FeedXmlError } from '../errors.js';
import { BaseResolver } from './base.js';
import { clip } from './clip.js';
import { XML_NS, XMLNS_NS, XmlElement, type XmlAttribute } from './element.js';
import { FaultLog, type XmlFault } from './faults.js';
import { positionOf } from './lines.js';
import { DEFAULT_LIMITS, type XmlLimits } from './limits.js';
import { nameProblem } from './names.js';
import { decodeAttribute, decodeText, type TextContext } from './text.js';

export type { XmlFault } from './faults.js';
export { documentBase, MAX_BASE_LENGTH } from './base.js';
export { positionOf } from './lines.js';

export interface ScanOptions {
  limits: XmlLimits;
  baseUrl: string | null;
  /** Collects tolerated faults (at most MAX_FAULTS_PER_CODE of each code); null skips the bookkeeping. */
  faults: XmlFault[] | null;
  /** Recover from broken structure, noting each recovery in `faults`, instead of throwing XML_MALFORMED. */
  recover?: boolean;
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
  ['podcast', 'https://podcastindex.org/namespace/1.0'],
  ['dcterms', 'http://purl.org/dc/terms/'],
  ['slash', 'http://purl.org/rss/1.0/modules/slash/'],
  ['wfw', 'http://wellformedweb.org/CommentAPI/'],
  ['sy', 'http://purl.org/rss/1.0/modules/syndication/'],
  ['georss', 'http://www.georss.org/georss'],
  ['feedburner', 'http://rssnamespace.org/feedburner/ext/1.0'],
]);

// XML 1.0 §2.8 and §4.3.3: version, then encoding and standalone, each optional, in this order.
const XML_DECLARATION =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"1\.[0-9]+"|'1\.[0-9]+')(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"[A-Za-z][\w.-]*"|'[A-Za-z][\w.-]*'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*\?>$/;

const MARKUP_DECLARATION = /^<!(?:ENTITY|ELEMENT|ATTLIST|NOTATION)[ \t\r\n]/;
// Sticky: matched where it stands, so a subset full of '%' costs one pass.
const PARAMETER_REFERENCE = /%[A-Za-z_:][\w.:-]*;/y;

/** The namespace bindings one element replaced, to restore when it closes: [prefix, previous URI]. */
type Rebinding = [prefix: string, previous: string | undefined][];

interface RawAttribute {
  name: string;
  raw: string;
  offset: number;
}

function isNameStart(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 58 || code > 127
  );
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}


/** The offset after a parameter-entity reference (`%name;`) at `at`, or -1. */
function parameterReferenceEnd(text: string, at: number): number {
  PARAMETER_REFERENCE.lastIndex = at;
  return PARAMETER_REFERENCE.test(text) ? PARAMETER_REFERENCE.lastIndex : -1;
}

function isVoidElement(qname: string): boolean {
  return VOID_ELEMENTS.has(qname.slice(qname.indexOf(':') + 1).toLowerCase());
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
  } finally {
    scanner.log?.finish();
  }
}

const RELEASED: ScanOptions = Object.freeze({ limits: DEFAULT_LIMITS, baseUrl: null, faults: null, onElementEnd: null });

/** An HTML void element read without its end tag inside an HTML container; `depth` is the stack's length then. */
interface PendingVoid {
  name: string;
  depth: number;
  start: number;
}

class Scanner {
  readonly log: FaultLog | null;
  private readonly len: number;
  private readonly recover: boolean;
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
  /** The same, reporting nothing: for a value decoded a second time (a namespace declaration's). */
  private readonly quietContext: TextContext;
  private readonly bases = new BaseResolver();
  /**
   * Void elements read as empty inside HTML containers whose end tag may still come (XHTML writes
   * `<link></link>`): an end tag that closes the latest of them is consumed, not a stray.
   */
  private readonly pendingVoids: PendingVoid[] = [];
  /** Index in `stack` of the outermost open HTML container, -1 when none. */
  private lenientAt = -1;
  private elementCount = 0;
  private attributeCount = 0;
  private doctypeSeen = false;
  /** The namespace a root <rss> was put in, read as no namespace throughout; null when none. */
  private rssNamespace: string | null = null;

  constructor(
    private readonly text: string,
    private options: ScanOptions,
  ) {
    this.len = text.length;
    this.recover = options.recover === true;
    this.log = options.faults ? new FaultLog(options.faults) : null;
    const log = this.log;
    this.context = { declared: this.declared, report: log ? (code, message, offset) => log.add(code, message, offset) : null };
    this.quietContext = { declared: this.declared, report: null };
  }

  /** Drops every reference to the document read so far (after a throw). */
  release(): void {
    this.stack.length = 0;
    this.topLevel.length = 0;
    this.rebindings.length = 0;
    this.pendingVoids.length = 0;
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
      else if (next === 63 /* ? */) i = this.processingInstruction(lt);
      else if (isNameStart(next)) i = this.startTag(lt);
      else {
        this.fault('XML_BARE_LT', 'A "<" that starts no tag is read as text', lt);
        this.appendText(lt, lt + 1);
        i = lt + 1;
      }
    }
    if (this.stack.length > 0) this.endOfInput();
    const root = this.topLevel.find((e) => FEED_ROOTS.has(e.local)) ?? this.topLevel[0];
    if (root === undefined) this.malformed('No root element: this is not an XML document', 0);
    if (this.log !== null) {
      for (const element of this.topLevel) {
        if (element !== root) this.fault('XML_OUTSIDE_ROOT', `<${clip(element.name)}> is outside the root element <${clip(root.name)}>`, element.start);
      }
    }
    return { root, declaredEntities: this.declared };
  }

  /** The input ended with elements open: an error, or (recovering) each is closed. */
  private endOfInput(): void {
    const stack = this.stack;
    if (!this.recover) {
      const open = stack[stack.length - 1]!;
      const at = positionOf(this.text, open.start);
      this.malformed(`Missing end tag </${clip(open.name)}> for the element opened at line ${at.line}, column ${at.column}`, this.len);
    }
    for (let k = stack.length - 1; k >= 0; k--) {
      this.fault('XML_UNCLOSED_ELEMENT', `<${clip(stack[k]!.name)}> has no end tag; it is closed at the end of the document`, stack[k]!.start);
    }
    this.closeTo(0);
  }

  private malformed(message: string, offset: number): never {
    throw new FeedXmlError('XML_MALFORMED', message, positionOf(this.text, offset));
  }

  private fault(code: XmlFaultCode, message: string, offset: number): void {
    this.log?.add(code, message, offset);
  }

  /**
   * A construct the input ends inside of: malformed, or (recovering) noted with what became of
   * it. Returns the end of the input.
   */
  private unterminated(code: XmlFaultCode, what: string, outcome: string, lt: number): number {
    if (!this.recover) this.malformed(`Unterminated ${what}`, lt);
    this.fault(code, `The document ends inside this ${what}; ${outcome}`, lt);
    return this.len;
  }

  private processingInstruction(lt: number): number {
    const text = this.text;
    const end = text.indexOf('?>', lt + 2);
    if (end === -1) return this.unterminated('XML_UNTERMINATED_PI', 'processing instruction', 'it runs to the end', lt);
    if (this.log !== null) {
      let j = lt + 2;
      while (j < end && !isSpace(text.charCodeAt(j))) j++;
      const target = text.slice(lt + 2, j);
      if (target === 'xml') {
        if (lt > 0) {
          this.fault('XML_DECLARATION_POSITION', 'An XML declaration can only be the very first thing in the document', lt);
        } else if (end > 400 || !XML_DECLARATION.test(text.slice(0, end + 2))) {
          this.fault('XML_DECLARATION_MALFORMED', 'The XML declaration is not of the form <?xml version="1.0" encoding="…"?>', lt);
        }
      } else if (nameProblem(target) !== null || target.includes(':') || target.toLowerCase() === 'xml') {
        this.fault('XML_INVALID_NAME', `The processing instruction target "${clip(target)}" is not a name, or is reserved`, lt);
      }
    }
    return end + 2;
  }

  private appendText(from: number, to: number): void {
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined) {
      if (this.log !== null && !/^\s*$/.test(this.text.slice(from, to))) {
        this.fault('XML_JUNK', 'Text outside the root element is ignored', from);
      }
      return;
    }
    if (to - from > this.options.limits.maxTextLength) this.textTooLong(from);
    const raw = this.text.slice(from, to);
    if (this.log !== null) {
      const cdataEnd = raw.indexOf(']]>');
      if (cdataEnd !== -1) this.fault('XML_CDATA_END_IN_TEXT', '"]]>" outside a CDATA section must be written "]]&gt;"', from + cdataEnd);
    }
    this.appendString(parent, decodeText(raw, this.context, from));
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
    if (text.startsWith('<!--', lt)) return this.comment(lt);
    if (text.startsWith('<![CDATA[', lt)) return this.cdata(lt);
    if (text.startsWith('<!DOCTYPE', lt)) return this.doctype(lt);
    this.fault('XML_BOGUS_DECLARATION', 'An unknown "<!" declaration is ignored', lt);
    const end = text.indexOf('>', lt + 2);
    return end === -1 ? this.unterminated('XML_TRUNCATED', 'declaration', 'it is ignored', lt) : end + 1;
  }

  private comment(lt: number): number {
    const end = this.text.indexOf('-->', lt + 4);
    if (end === -1) return this.unterminated('XML_UNTERMINATED_COMMENT', 'comment', 'it runs to the end', lt);
    // "--" ends nowhere but at "-->": the search stops there at the latest.
    if (this.log !== null) {
      const hyphens = this.text.indexOf('--', lt + 4);
      if (hyphens < end || (end > lt + 4 && this.text.charCodeAt(end - 1) === 45)) {
        this.fault('XML_COMMENT_DOUBLE_HYPHEN', 'A comment cannot contain "--" or end with "--->"', lt);
      }
    }
    return end + 3;
  }

  private cdata(lt: number): number {
    const text = this.text;
    let end = text.indexOf(']]>', lt + 9);
    let next = end + 3;
    if (end === -1) next = end = this.unterminated('XML_UNTERMINATED_CDATA', 'CDATA section', 'its text runs to the end', lt);
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined) {
      this.fault('XML_JUNK', 'A CDATA section outside the root element is ignored', lt);
      return next;
    }
    if (end - lt > this.options.limits.maxTextLength) this.textTooLong(lt);
    const raw = text.slice(lt + 9, end);
    this.appendString(parent, raw.indexOf('\r') === -1 ? raw : raw.replace(/\r\n?/g, '\n'));
    return next;
  }

  /** Skips the DOCTYPE, noting the names of the general entities it declares (never expanded). */
  private doctype(lt: number): number {
    const text = this.text;
    this.fault('XML_DOCTYPE', 'A DOCTYPE is ignored: its entities are never expanded', lt);
    if (this.doctypeSeen || this.topLevel.length > 0) {
      this.fault('XML_DOCTYPE_POSITION', 'A DOCTYPE can only come once, before the root element', lt);
    }
    this.doctypeSeen = true;
    for (let j = lt + 9; j < this.len; j++) {
      const c = text.charCodeAt(j);
      if (c === 34 || c === 39) {
        const close = text.indexOf(c === 34 ? '"' : "'", j + 1);
        if (close === -1) break;
        j = close;
      } else if (c === 91 /* [ */) {
        j = this.internalSubset(j + 1);
        if (j === -1) break;
      } else if (c === 62 /* > */) {
        return j + 1;
      }
    }
    // Cut off before the root element: there is no document to recover.
    return this.malformed('Unterminated DOCTYPE', lt);
  }

  /**
   * Skips the internal subset from `j`: declarations, comments, processing instructions and
   * parameter-entity references, each skipped whole (they may hold quotes and brackets).
   * Anything else is noted once. Returns the offset of the closing "]", or -1 when there is none.
   */
  private internalSubset(j: number): number {
    const text = this.text;
    let noted = false;
    while (j < this.len) {
      const c = text.charCodeAt(j);
      const reference = c === 37 /* % */ ? parameterReferenceEnd(text, j) : -1;
      let next = j + 1;
      if (c === 93 /* ] */) return j;
      if (isSpace(c)) {
        // between declarations
      } else if (text.startsWith('<!--', j)) {
        const close = text.indexOf('-->', j + 4);
        if (close === -1) return -1;
        next = close + 3;
      } else if (text.startsWith('<?', j)) {
        const close = text.indexOf('?>', j + 2);
        if (close === -1) return -1;
        next = close + 2;
      } else if (MARKUP_DECLARATION.test(text.slice(j, j + 11))) {
        if (text.startsWith('<!ENTITY', j)) this.entityDeclaration(j + 8);
        const close = this.declarationEnd(j + 2);
        if (close === -1) return -1;
        next = close + 1;
      } else if (reference !== -1) {
        next = reference;
      } else if (!noted) {
        noted = true;
        this.fault('XML_DOCTYPE_MALFORMED', 'The DOCTYPE holds something that is not a declaration; it is skipped', j);
      }
      j = next;
    }
    return -1;
  }

  /** The ">" that ends a markup declaration, quoted literals skipped; -1 when there is none. */
  private declarationEnd(j: number): number {
    const text = this.text;
    for (; j < this.len; j++) {
      const c = text.charCodeAt(j);
      if (c === 62) return j;
      if (c === 34 || c === 39) {
        j = text.indexOf(c === 34 ? '"' : "'", j + 1);
        if (j === -1) return -1;
      }
    }
    return -1;
  }

  /** Notes the name a general entity declaration declares (`j` is just after "<!ENTITY"). */
  private entityDeclaration(j: number): void {
    const text = this.text;
    while (j < this.len && isSpace(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) === 37 /* % */) return; // a parameter entity: never referenced from content
    const start = j;
    while (j < this.len && !isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 62) j++;
    if (j > start) this.declared.add(text.slice(start, j));
  }

  private checkName(name: string, offset: number, what: string): void {
    const problem = nameProblem(name);
    if (problem !== null) this.fault(problem.code, `The ${what} name "${clip(name)}" ${problem.message}`, offset);
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
    if (this.log !== null) this.checkName(name, lt, 'element');
    const raw: RawAttribute[] = [];
    let selfClosing = false;
    let afterAttribute = false;
    for (;;) {
      const spaceFrom = j;
      while (j < this.len && isSpace(text.charCodeAt(j))) j++;
      if (j >= this.len) {
        if (!this.recover) this.malformed(`Unterminated start tag <${clip(name)}>`, lt);
        this.fault('XML_TRUNCATED', `The document ends inside the start tag <${clip(name)}>; the tag is dropped`, lt);
        return this.len;
      }
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
        this.fault('XML_SLASH_IN_TAG', `A "/" inside the start tag <${clip(name)}> is ignored`, j);
        j++;
        continue;
      }
      if (afterAttribute && j === spaceFrom) this.fault('XML_ATTRIBUTE_SPACE', `Attributes of <${clip(name)}> must be separated by white space`, j);
      j = this.attribute(j, raw, lt, name);
      afterAttribute = true;
    }
    this.openElement(lt, name, raw, selfClosing);
    return j;
  }

  /** Reads one attribute at `j` into `raw`; returns the offset after it (the end of the input when its value is cut off). */
  private attribute(j: number, raw: RawAttribute[], lt: number, tagName: string): number {
    const text = this.text;
    const start = j;
    while (j < this.len) {
      const c = text.charCodeAt(j);
      if (isSpace(c) || c === 61 || c === 62 || (c === 47 && text.charCodeAt(j + 1) === 62)) break;
      j++;
    }
    const name = text.slice(start, j);
    if (this.log !== null) this.checkName(name, start, 'attribute');
    while (j < this.len && isSpace(text.charCodeAt(j))) j++;
    let value = '';
    let valueAt = j;
    if (text.charCodeAt(j) === 61 /* = */) {
      j++;
      while (j < this.len && isSpace(text.charCodeAt(j))) j++;
      const quote = text.charCodeAt(j);
      if (quote === 34 || quote === 39) {
        const close = text.indexOf(quote === 34 ? '"' : "'", j + 1);
        if (close === -1) {
          if (!this.recover) this.malformed(`Unterminated attribute value in <${clip(tagName)}>`, j);
          return this.len; // the start tag reports the cut
        }
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
      if (this.log !== null && value.indexOf('<') !== -1) {
        this.fault('XML_LT_IN_ATTRIBUTE', `The value of attribute "${clip(name)}" contains "<"; write "&lt;"`, valueAt + value.indexOf('<'));
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
    const rebinding = this.declareNamespaces(raw, lt);
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
      else if (a.local === 'base') base = this.bases.resolve(a.value.trim(), base);
    }

    const element = new XmlElement(ns, local, qname, attributes, parent, lang, base, lt);
    if (parent) parent.children.push(element);
    else this.topLevel.push(element);

    // HTML void elements need no end tag inside content elements, nor in junk before the root. HTML
    // tags carry no prefix: a prefixed name (media:embed in media:content) is an XML element.
    const isVoid = qname === local && VOID_ELEMENTS.has(local.toLowerCase());
    if (selfClosing || ((this.lenientAt !== -1 || depth === 0) && isVoid)) {
      if (rebinding !== null) this.restoreNamespaces(rebinding);
      if (selfClosing) this.ended(element);
      else this.pendingVoids.push({ name: qname, depth, start: lt });
      return;
    }
    this.stack.push(element);
    this.openNames.set(qname, (this.openNames.get(qname) ?? 0) + 1);
    this.rebindings.push(rebinding);
    if (this.lenientAt === -1 && HTML_CONTAINERS.has(local)) this.lenientAt = depth;
  }

  /**
   * Applies the element's namespace declarations; returns what they replaced (null when none).
   * A prefix declared twice keeps its first declaration, as the attribute list keeps the first.
   */
  private declareNamespaces(raw: RawAttribute[], lt: number): Rebinding | null {
    let rebinding: Rebinding | null = null;
    let declared: Set<string> | null = null; // a set, not a search: a tag may declare a thousand prefixes
    for (const a of raw) {
      const name = a.name;
      if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
      const prefix = name === 'xmlns' ? '' : name.slice(6);
      declared ??= new Set();
      if (name === 'xmlns:' || declared.size === declared.add(prefix).size) continue;
      // Its faults are noted when the attribute list decodes it.
      const uri = decodeAttribute(a.raw, this.quietContext, a.offset).trim();
      if (!this.acceptableBinding(prefix, uri, lt)) continue;
      (rebinding ??= []).push([prefix, this.bindings.get(prefix)]);
      this.bindings.set(prefix, uri);
    }
    return rebinding;
  }

  /**
   * Whether a declaration may take effect (Namespaces in XML §3): `xml` keeps its namespace and
   * `xmlns` has none to declare; other mistakes are noted and applied as written.
   */
  private acceptableBinding(prefix: string, uri: string, lt: number): boolean {
    if (prefix === 'xml' || prefix === 'xmlns') {
      if (prefix === 'xml' && uri === XML_NS) return true;
      this.fault('XML_RESERVED_PREFIX', `The prefix "${prefix}" cannot be declared; the declaration is ignored`, lt);
      return false;
    }
    if (uri === XML_NS || uri === XMLNS_NS) {
      this.fault('XML_RESERVED_PREFIX', `The namespace "${uri}" belongs to a reserved prefix and cannot be bound to "${clip(prefix)}"`, lt);
    } else if (uri === '' && prefix !== '') {
      this.fault('XML_EMPTY_NAMESPACE', `The prefix "${clip(prefix)}" is declared with an empty namespace name`, lt);
    }
    return true;
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
    if (close === -1) return this.truncatedEndTag(lt);
    const name = text.slice(lt + 2, close).trim();
    if (isSpace(text.charCodeAt(lt + 2))) this.fault('XML_END_TAG_SPACE', `No space may follow "</" in </${clip(name)}>`, lt);
    const stack = this.stack;
    const top = stack.length - 1;
    const pending = this.pendingVoids[this.pendingVoids.length - 1];
    if (pending !== undefined && pending.depth === stack.length && pending.name === name) {
      this.pendingVoids.pop(); // the end tag of a void element read as empty: <link></link>
      return close + 1;
    }
    if (top >= 0 && stack[top]!.name === name) {
      this.closeTo(top);
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
            this.closeTo(k);
            return close + 1;
          }
        }
        // An end tag for an element outside the container means the container itself was never
        // closed; but a void element's end tag closes nothing: its start tag inside was read as void.
        if (!isVoidElement(name)) {
          if (this.recover) return this.closeMismatched(name, lt, close);
          this.malformed(`Expected </${clip(stack[this.lenientAt]!.name)}> but found </${clip(name)}>`, lt);
        }
      }
      this.fault('XML_STRAY_END_TAG', `The end tag </${clip(name)}> matches no open element and is ignored`, lt);
      return close + 1;
    }
    if (this.recover) {
      if (this.openNames.has(name)) return this.closeMismatched(name, lt, close);
      this.fault('XML_STRAY_END_TAG', `The end tag </${clip(name)}> matches no open element and is ignored`, lt);
      return close + 1;
    }
    if (top < 0) this.malformed(`The end tag </${clip(name)}> matches no open element`, lt);
    return this.malformed(`Expected </${clip(stack[top]!.name)}> but found </${clip(name)}>`, lt);
  }

  /** Recovering: an end tag that matches an open ancestor closes the elements in between, then it. */
  private closeMismatched(name: string, lt: number, close: number): number {
    const stack = this.stack;
    let k = stack.length - 1;
    while (stack[k]!.name !== name) k--; // the name is open: found, and each element passed is closed
    const unclosed = stack.slice(k + 1, k + 4).map((e) => `<${clip(e.name)}>`).join(', ');
    const more = stack.length - k - 1 > 3 ? ', …' : '';
    this.fault('XML_MISMATCHED_END_TAG', `</${clip(name)}> closes ${unclosed}${more}, which had no end tag`, lt);
    this.closeTo(k);
    return close + 1;
  }

  /** The input ends inside an end tag: malformed, or (recovering) it closes the innermost element if it names it. */
  private truncatedEndTag(lt: number): number {
    const end = this.unterminated('XML_TRUNCATED', 'end tag', 'it closes the innermost element if it names it', lt);
    const name = this.text.slice(lt + 2).trim();
    const top = this.stack.length - 1;
    if (top >= 0 && name !== '' && this.stack[top]!.name.startsWith(name)) this.closeTo(top);
    return end;
  }

  /** Tells the caller an element is complete; detaches it when the caller has taken it over. */
  private ended(element: XmlElement): void {
    const onElementEnd = this.options.onElementEnd;
    // At its own end an element is the last child of its parent.
    if (onElementEnd !== null && onElementEnd(element) && element.parent !== null) element.parent.children.pop();
  }

  /** Closes the open elements from the top of the stack down to index `k`, innermost first. */
  private closeTo(k: number): void {
    const stack = this.stack;
    for (let i = stack.length - 1; i >= k; i--) {
      const element = stack.pop()!;
      const rebinding = this.rebindings.pop();
      if (rebinding) this.restoreNamespaces(rebinding);
      const open = this.openNames.get(element.name)!;
      if (open === 1) this.openNames.delete(element.name);
      else this.openNames.set(element.name, open - 1);
      if (this.pendingVoids.length > 0) this.closePendingVoids(i);
      this.ended(element);
    }
    if (k <= this.lenientAt) this.lenientAt = -1;
  }

  /** Void elements read as empty under an element now closed never got an end tag: noted. */
  private closePendingVoids(depth: number): void {
    const pending = this.pendingVoids;
    while (pending.length > 0 && pending[pending.length - 1]!.depth > depth) {
      const { name, start } = pending.pop()!;
      this.fault('XML_UNCLOSED_HTML', `<${clip(name)}> has no end tag; it is read as an empty HTML element`, start);
    }
  }
}
