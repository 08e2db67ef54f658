// The inner markup of an element as HTML: for xhtml content and for HTML written unescaped in a feed.
import { XMLNS_NS, type XmlElement, type XmlNode } from './element.js';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

function escapeText(text: string): string {
  return /[&<>]/.test(text) ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text;
}

function escapeAttribute(text: string): string {
  return /[&"<]/.test(text) ? text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;') : text;
}

function openTag(element: XmlElement): string {
  let tag = '<' + element.local;
  for (const a of element.attributes) {
    if (a.ns === XMLNS_NS) continue; // namespace declarations mean nothing in HTML
    tag += ` ${a.local}="${escapeAttribute(a.value)}"`;
  }
  return tag;
}

/** Serializes the children of `element` as HTML, without namespace prefixes. Iterative: depth costs no stack. */
export function innerHtml(element: XmlElement): string {
  let out = '';
  // Each frame: the node to write, or a closing tag still owed.
  const stack: (XmlNode | { close: string })[] = [];
  for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      out += escapeText(node);
    } else if ('close' in node) {
      out += node.close;
    } else if (node.children.length === 0 && VOID.has(node.local)) {
      out += openTag(node) + ' />';
    } else {
      out += openTag(node) + '>';
      stack.push({ close: `</${node.local}>` });
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return out;
}
