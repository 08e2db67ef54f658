import type * as fc from 'fast-check';
import type { SaxesParser } from 'saxes';

export interface ComparableElement {
  ns: string;
  local: string;
  attributes: string;
  children: (ComparableElement | string)[];
}

export declare function xmlDocuments(check: typeof fc): fc.Arbitrary<string>;
export declare function saxesTree(parser: typeof SaxesParser, xml: string): { root: ComparableElement | null; error: string | null };
export declare function atomaTree(element: unknown): ComparableElement;
export interface Reader {
  parseXml: Function;
  FeedXmlError: Function;
  htmlEntities: ReadonlyMap<string, string>;
}

export declare function disagreement(atoma: Reader, parser: typeof SaxesParser, xml: string): string | null;
