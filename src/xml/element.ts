// The element view: what every format module reads instead of raw parser output.

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

export interface XmlAttribute {
  /** Namespace URI ('' when unprefixed: XML gives unprefixed attributes no namespace). */
  readonly ns: string;
  readonly local: string;
  /** The qualified name as written. */
  readonly name: string;
  readonly value: string;
}

export type XmlNode = XmlElement | string;

export class XmlElement {
  /** Child elements and text (entity references decoded, CDATA unwrapped), in document order. */
  readonly children: XmlNode[] = [];

  constructor(
    /** Namespace URI, '' when none. */
    readonly ns: string,
    readonly local: string,
    /** The qualified name as written, for messages. */
    readonly name: string,
    readonly attributes: readonly XmlAttribute[],
    readonly parent: XmlElement | null,
    /** In-scope xml:lang (inherited), null when none. */
    readonly lang: string | null,
    /** In-scope base URL: xml:base attributes resolved against the document's URL, null when none. */
    readonly base: string | null,
    /** Offset of '<' in the document text. */
    readonly start: number,
  ) {}

  /** The value of the attribute with this local name and namespace, or null. */
  attr(local: string, ns = ''): string | null {
    const attributes = this.attributes;
    for (let i = 0; i < attributes.length; i++) {
      const a = attributes[i]!;
      if (a.local === local && a.ns === ns) return a.value;
    }
    return null;
  }

  /** The first child element named (ns, local), or null. */
  child(ns: string, local: string): XmlElement | null {
    const children = this.children;
    for (let i = 0; i < children.length; i++) {
      const c = children[i]!;
      if (typeof c !== 'string' && c.local === local && c.ns === ns) return c;
    }
    return null;
  }

  /** Every child element named (ns, local), in order. */
  childrenNamed(ns: string, local: string): XmlElement[] {
    const found: XmlElement[] = [];
    for (const c of this.children) {
      if (typeof c !== 'string' && c.local === local && c.ns === ns) found.push(c);
    }
    return found;
  }

  /** Every child element, in order. */
  elements(): XmlElement[] {
    const found: XmlElement[] = [];
    for (const c of this.children) if (typeof c !== 'string') found.push(c);
    return found;
  }

  /** True when some child is an element. */
  hasElements(): boolean {
    for (const c of this.children) if (typeof c !== 'string') return true;
    return false;
  }

  /** The text of the element and all its descendants, like DOM textContent. */
  text(): string {
    const children = this.children;
    if (children.length === 1 && typeof children[0] === 'string') return children[0];
    let out = '';
    const stack: XmlNode[] = [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (typeof node === 'string') {
        out += node;
      } else {
        for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
      }
    }
    return out;
  }
}
