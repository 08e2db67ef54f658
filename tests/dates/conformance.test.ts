// The parseDate cases of the shared Atoma conformance suite, run here while the dates are worked on.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { iso } from './expect-date.js';

interface DateConformanceCase {
  id: string;
  call: string;
  input?: string;
  expect?: unknown;
}

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const casesFile = resolve(repoRoot, '..', 'shared', 'conformance', 'atoma', 'cases.json');

if (existsSync(casesFile)) {
  const cases = (JSON.parse(readFileSync(casesFile, 'utf8')) as DateConformanceCase[])
    .filter((c) => c.call === 'parseDate');
  describe(`Atoma conformance: parseDate (${cases.length} cases)`, () => {
    it('has date cases', () => {
      expect(cases.length).toBeGreaterThan(0);
    });
    it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, testCase) => {
      expect(iso(testCase.input ?? '')).toBe(testCase.expect);
    });
  });
} else {
  describe.skip('Atoma conformance: parseDate', () => {
    it(`skipped: ${casesFile} is not present`, () => {});
  });
  console.warn(`[dates] SKIPPED the Atoma parseDate conformance cases: ${casesFile} not found`);
}
