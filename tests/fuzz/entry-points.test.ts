// The fast fuzzing profile: every generator through every entry point it feeds, with a fixed seed
// and a modest number of runs, against the sources. `npm run fuzz` runs the same properties on the
// built package a million times over.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as atoma from '../../src/index.js';
import { makeGenerators } from './generators.mjs';
import { makeProperties, PLAN, readCorpus, type Counter } from './harness.mjs';

const SEED = 20_240_601;
const RUNS = 400;

const corpus = readCorpus(new URL('../../fixtures/', import.meta.url));
const generators = makeGenerators(fc, corpus);
const counter: Counter = { inputs: 0, calls: 0 };
const properties = makeProperties(fc, atoma, generators, { maxCpuMs: 1000, counter });

describe('fuzzing every public entry point (fixed seed)', () => {
  it('has a corpus of fixtures and XSS vectors to mutate', () => {
    expect(corpus.documents.length).toBeGreaterThan(20);
    expect(corpus.htmlVectors.length).toBeGreaterThan(100);
  });

  for (const generator of Object.keys(PLAN) as (keyof typeof PLAN)[]) {
    it(`${generator} → ${PLAN[generator].join(', ')}`, () => {
      const before = counter.inputs;
      fc.assert(properties[generator], { seed: SEED, numRuns: RUNS, endOnFailure: false });
      expect(counter.inputs - before).toBeGreaterThanOrEqual(RUNS);
    });
  }
});
