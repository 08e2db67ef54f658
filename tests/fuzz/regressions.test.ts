// Inputs the fuzzer found, kept as regression tests. Each goes through the same check as the
// fuzzer, on the built package (npm test builds it first) in a worker thread, so an input that
// makes a function loop forever fails its test after a timeout instead of stalling the suite.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

const LIBRARY = new URL('../../dist/index.js', import.meta.url);
const HARNESS = new URL('./harness.mjs', import.meta.url);
const TIMEOUT_MS = 10_000;

interface Regression {
  found: string;
  entryPoint: string;
  input: string;
  options?: Record<string, unknown>;
}

const REGRESSIONS: Regression[] = [
  {
    found: 'validateFeed looped forever on an unterminated "<?" read as an attribute name, in a document with a "&"',
    entryPoint: 'validateFeed',
    input: '<rss><channel><x <?&></x></channel></rss>',
  },
  {
    found: 'the same loop for an unterminated "<!--"',
    entryPoint: 'validateFeed',
    input: '<rss><channel><x <!--&></x></channel></rss>',
  },
  {
    found: 'the same loop for an unterminated "<![CDATA["',
    entryPoint: 'validateFeed',
    input: '<rss><channel><x <![CDATA[&></x></channel></rss>',
  },
  {
    found: 'the same loop on a document that is not even well-formed (as the long run found it)',
    entryPoint: 'validateFeed',
    input: '\u{2FA94}<\uDC7E<!--\uD8F9&#x10FFFF;/>',
    options: { sanitize: true, defaultTimeZone: '+0000', maxBytes: 512 },
  },
  {
    found: 'sanitizeHtml printed to the console (parse-srcset logs a srcset it cannot read)',
    entryPoint: 'sanitizeHtml',
    input: '<img srcset="<p style="x">',
  },
];

/** Runs one check in a worker; resolves with null when it passed, else with what went wrong. */
function checkInWorker(regression: Regression): Promise<string | null> {
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    Promise.all([import(workerData.library), import(workerData.harness)]).then(([lib, harness]) => {
      const check = harness.makeCheck(lib, { maxCpuMs: 2000 });
      const call = harness.entryPoints(lib)[workerData.entryPoint];
      try {
        check(workerData.entryPoint, call, workerData.input, workerData.options);
        parentPort.postMessage(null);
      } catch (error) {
        parentPort.postMessage(String(error && error.message));
      }
    }, (error) => parentPort.postMessage('could not load: ' + error.message));`;
  const worker = new Worker(source, {
    eval: true,
    workerData: { ...regression, library: LIBRARY.href, harness: HARNESS.href },
  });
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve(`no return within ${TIMEOUT_MS / 1000} s`);
    }, TIMEOUT_MS);
    worker.once('message', (message: string | null) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(message);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      resolve(`worker error: ${error.message}`);
    });
  });
}

describe.concurrent('inputs the fuzzer found', () => {
  it('runs against a built package', () => {
    expect(existsSync(LIBRARY), 'dist/index.js is missing: run npm run build (npm test does)').toBe(true);
  });

  for (const regression of REGRESSIONS) {
    it(`${regression.entryPoint}: ${regression.found}`, async () => {
      expect(await checkInWorker(regression)).toBeNull();
    }, TIMEOUT_MS + 5000);
  }
});
