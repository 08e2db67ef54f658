// Every document of the shared conformance suites (real feeds and other parsers' test files),
// through every public entry point that reads documents, under the fuzzer's check: a library
// error or a plain, safe result, within the CPU budget. Skipped, and said so, without the folder.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as atoma from '../../src/index.js';
import { entryPoints, filesUnder, makeCheck, type EntryPointName } from './harness.mjs';

const SHARED = new URL('../../../shared/conformance/', import.meta.url);
const DOCUMENT_ENTRY_POINTS: EntryPointName[] = [
  'parseRss', 'parseAtom', 'parseOpml', 'parseJsonFeed', 'parseFeed', 'detectFormat', 'validateFeed',
  'parseRssLenient', 'parseAtomLenient', 'parseOpmlLenient', 'parseFeedStrict',
];

describe.skipIf(!existsSync(SHARED))('the shared conformance documents through every entry point', () => {
  const files = existsSync(SHARED) ? filesUnder(SHARED) : [];
  const check = makeCheck(atoma, { maxCpuMs: 2000 });
  const calls = entryPoints(atoma);

  it('has documents to read', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  for (const name of DOCUMENT_ENTRY_POINTS) {
    it(`${name} reads each as bytes and as text, with and without options`, () => {
      for (const { path, bytes } of files) {
        const text = new TextDecoder().decode(bytes);
        for (const [input, options] of [[bytes, undefined], [text, { sanitize: false, baseUrl: 'https://example.com/feed' }]] as const) {
          try {
            check(name, calls[name], input, options);
          } catch (error) {
            throw new Error(`${path.slice(path.indexOf('conformance/'))}: ${(error as Error).message}`);
          }
        }
      }
    });
  }
});

describe.skipIf(existsSync(SHARED))('the shared conformance documents', () => {
  it('are not next to the repository (../shared/conformance): skipped', () => {
    expect(existsSync(SHARED)).toBe(false);
  });
});
