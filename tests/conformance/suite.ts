// Runs one shared conformance suite (../shared/conformance/<name>/cases.json) when it is present.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as atoma from '../../src/index.js';
import { differences } from './compare.js';

interface Case {
  id: string;
  call: string;
  file?: string;
  input?: string;
  options?: Record<string, unknown>;
  expect?: unknown;
  throws?: { error: string; code?: string };
}

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const sharedRoot = resolve(repoRoot, '..', 'shared', 'conformance');

type Api = Record<string, unknown>;

function run(testCase: Case, folder: string): unknown {
  const api = atoma as unknown as Api;
  const input = testCase.file !== undefined ? new Uint8Array(readFileSync(join(folder, testCase.file))) : testCase.input!;
  const options = testCase.options ?? {};
  if (testCase.call === 'parseDate') return (api.parseDate as (s: string) => Date | null)(input as string);
  if (testCase.call === 'getFeedList') {
    const opml = (api.parseOpml as (i: unknown, o: unknown) => unknown)(input, options);
    return (api.getFeedList as (o: unknown) => unknown)(opml);
  }
  return (api[testCase.call] as (i: unknown, o: unknown) => unknown)(input, options);
}

/**
 * Declares one test per case. `differences` maps case ids to the reason atoma answers differently
 * on purpose; those cases are expected to fail, so a change that makes them pass is noticed.
 */
export function conformanceSuite(name: string, knownDifferences: Readonly<Record<string, string>>): void {
  const folder = join(sharedRoot, name);
  const casesFile = join(folder, 'cases.json');
  if (!existsSync(casesFile)) {
    describe.skip(`conformance: ${name}`, () => {
      it(`skipped: ${casesFile} is not present (CI provides ../shared)`, () => {});
    });
    console.warn(`[conformance] SKIPPED the ${name} suite: ${casesFile} not found`);
    return;
  }
  const cases = JSON.parse(readFileSync(casesFile, 'utf8')) as Case[];
  describe(`conformance: ${name} (${cases.length} cases)`, () => {
    for (const testCase of cases) {
      const reason = knownDifferences[testCase.id];
      const test = reason === undefined ? it : it.fails;
      test(reason === undefined ? testCase.id : `${testCase.id} — differs on purpose: ${reason}`, () => {
        const api = atoma as unknown as Api;
        if (typeof api[testCase.call] !== 'function') throw new Error(`atoma has no ${testCase.call}`);
        if (testCase.throws) {
          let error: unknown;
          try {
            run(testCase, folder);
          } catch (e) {
            error = e;
          }
          expect(error, 'expected an error').toBeInstanceOf(api[testCase.throws.error] as new () => Error);
          if (testCase.throws.code) expect((error as { code: string }).code).toBe(testCase.throws.code);
          return;
        }
        const actual = JSON.parse(JSON.stringify(run(testCase, folder)));
        expect(differences(testCase.expect, actual)).toEqual([]);
      });
    }
  });
}
