import type * as fc from 'fast-check';
import type { Corpus, FuzzInput, Generators } from './generators.mjs';

export declare class FuzzFailure extends Error {
  constructor(entryPoint: string, reason: string);
}

export type EntryPoint = (input: FuzzInput, options?: Record<string, unknown>) => unknown;
export type EntryPointName =
  | 'parseRss' | 'parseAtom' | 'parseOpml' | 'parseJsonFeed' | 'parseFeed' | 'detectFormat' | 'validateFeed' | 'parseDate' | 'sanitizeHtml'
  | 'parseRssLenient' | 'parseAtomLenient' | 'parseOpmlLenient' | 'parseFeedStrict';

export declare function entryPoints(lib: Record<string, unknown>): Record<EntryPointName, EntryPoint>;
export declare const PLAN: Record<Exclude<keyof Generators, 'options'>, EntryPointName[]>;

export type Check = (name: EntryPointName, call: EntryPoint, input: FuzzInput, options?: Record<string, unknown>) => void;
export declare function makeCheck(lib: Record<string, unknown>, limits: { maxCpuMs: number }): Check;
export declare function isScriptUrl(url: string): boolean;

export interface Counter {
  inputs: number;
  calls: number;
}

export declare function makeProperties(
  fcModule: typeof fc,
  lib: Record<string, unknown>,
  generators: Generators,
  settings: { maxCpuMs: number; counter: Counter; onInput?: (input: FuzzInput, options: Record<string, unknown> | null) => void },
): Record<keyof typeof PLAN, fc.IProperty<[FuzzInput, Record<string, unknown> | null]>>;

export declare function readCorpus(fixturesDirectory: URL, ...moreDocuments: URL[]): Corpus;
export declare function filesUnder(directory: URL): { path: string; bytes: Uint8Array }[];
