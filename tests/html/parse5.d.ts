// The part of parse5 (the HTML standard's parser, as browsers parse) the tests use to settle
// what a browser reads.
declare module 'parse5' {
  export interface Attribute { name: string; value: string }
  export interface Node { nodeName: string; tagName?: string; value?: string; attrs?: Attribute[]; childNodes?: Node[] }
  export function parseFragment(html: string): Node;
}
