import type * as fc from 'fast-check';

export declare const HOSTILE_NAMES: readonly string[];
export declare const XML_TOKENS: readonly string[];
export declare const JSON_TOKENS: readonly string[];

export type FuzzInput = string | Uint8Array;

export interface Generators {
  bytes: fc.Arbitrary<Uint8Array>;
  text: fc.Arbitrary<string>;
  xmlTokens: fc.Arbitrary<string>;
  jsonTokens: fc.Arbitrary<string>;
  mutatedFixture: fc.Arbitrary<FuzzInput>;
  rssDocument: fc.Arbitrary<FuzzInput>;
  atomDocument: fc.Arbitrary<FuzzInput>;
  opmlDocument: fc.Arbitrary<FuzzInput>;
  jsonFeed: fc.Arbitrary<FuzzInput>;
  dateText: fc.Arbitrary<string>;
  html: fc.Arbitrary<string>;
  options: fc.Arbitrary<Record<string, unknown>>;
}

export interface Corpus {
  /** The project's feed fixtures, as text. */
  documents: string[];
  /** Its collection of XSS vectors. */
  htmlVectors: string[];
}

export declare function makeGenerators(fcModule: typeof fc, corpus: Corpus): Generators;
export declare function encode(text: string, encoding: 'string' | 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin1'): FuzzInput;
