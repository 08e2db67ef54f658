// The long fuzzing profile (`npm run fuzz`): the properties of the fast profile, run on the built
// package until at least a million inputs have gone through the public entry points.
//
//   node tests/fuzz/long.mjs [--inputs 1000000] [--seed 1] [--workers 2] [--chunk 5000] [--library path/to/index.js]
//
// Each worker runs every generator in chunks, each chunk a fast-check run with its own seed, so a
// failure is reported (seed, path, shrunk counterexample) and the run goes on. Exit code 1 when
// anything failed. Replay a failure with: fc.assert(property, { seed, path }).
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import * as fc from 'fast-check';
import { makeGenerators } from './generators.mjs';
import { makeProperties, PLAN, readCorpus } from './harness.mjs';

const FIXTURES = new URL('../../fixtures/', import.meta.url);

function argument(name, fallback, parse = Number) {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : parse(process.argv[at + 1]);
}

// The built package by default; --library points at another build of it.
const LIBRARY = argument('library', new URL('../../dist/index.js', import.meta.url), (path) => pathToFileURL(resolve(path)));

if (isMainThread) {
  const inputs = argument('inputs', 1_000_000);
  const seed = argument('seed', Date.now() % 2 ** 31);
  const workers = argument('workers', Math.max(1, Math.min(2, availableParallelism())));
  const chunk = argument('chunk', 5000);
  const started = performance.now();
  console.log(`fuzzing ${inputs} inputs with seed ${seed} on ${workers} worker(s), chunks of ${chunk}: ${LIBRARY.href}`);

  const totals = { inputs: 0, calls: 0, byGenerator: {}, failures: [] };
  const progress = new Array(workers).fill(0);
  const results = await Promise.all(
    Array.from({ length: workers }, (_, index) => new Promise((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), {
        workerData: { seed: seed + index * 1_000_003, inputs: Math.ceil(inputs / workers), chunk },
        argv: process.argv.slice(2),
      });
      worker.on('message', (message) => {
        if (message.type === 'progress') {
          progress[index] = message.inputs;
          const done = progress.reduce((a, b) => a + b, 0);
          const seconds = (performance.now() - started) / 1000;
          process.stderr.write(`\r${done} inputs, ${seconds.toFixed(0)} s, ${(done / seconds).toFixed(0)}/s   `);
        } else {
          resolve(message);
        }
      });
      worker.on('error', reject);
      worker.on('exit', (code) => code !== 0 && reject(new Error(`worker ${index} exited with ${code}`)));
    })),
  );
  process.stderr.write('\n');
  for (const result of results) {
    totals.inputs += result.inputs;
    totals.calls += result.calls;
    totals.failures.push(...result.failures);
    for (const [generator, count] of Object.entries(result.byGenerator)) {
      totals.byGenerator[generator] = (totals.byGenerator[generator] ?? 0) + count;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log('inputs per generator:');
  for (const [generator, count] of Object.entries(totals.byGenerator)) {
    console.log(`  ${generator.padEnd(15)} ${String(count).padStart(9)}  → ${PLAN[generator].join(', ')}`);
  }
  console.log(`total: ${totals.inputs} inputs, ${totals.calls} entry-point calls, ${seconds.toFixed(0)} s, ` +
    `${totals.failures.length} failing chunk(s)`);
  // The same fault fails many chunks: show each distinct one once, with its first counterexample.
  const distinct = new Map();
  for (const failure of totals.failures) {
    const key = failure.error.replace(/'[^']*'|"[^"]*"/g, '…');
    const seen = distinct.get(key);
    if (seen) seen.count++;
    else distinct.set(key, { ...failure, count: 1 });
  }
  for (const failure of distinct.values()) {
    console.log(`\nFAILED ${failure.count}× ${failure.generator} (first: seed ${failure.seed}, path ${failure.path}):` +
      `\n  ${failure.error}\n  counterexample: ${failure.counterexample}`);
  }
  process.exitCode = totals.failures.length > 0 ? 1 : 0;
} else {
  const atoma = await import(LIBRARY.href);
  const { seed, inputs, chunk } = workerData;
  const counter = { inputs: 0, calls: 0 };
  const properties = makeProperties(fc, atoma, makeGenerators(fc, readCorpus(FIXTURES)), { maxCpuMs: 2000, counter });
  const generators = Object.keys(PLAN);
  const perGenerator = Math.ceil(inputs / generators.length);
  const byGenerator = {};
  const failures = [];
  let chunkSeed = seed;
  for (const generator of generators) {
    const start = counter.inputs;
    while (counter.inputs - start < perGenerator) {
      const numRuns = Math.min(chunk, perGenerator - (counter.inputs - start));
      chunkSeed++;
      const chunkStart = counter.inputs;
      // Shrinking a slow counterexample reruns it many times: a chunk gets ten minutes at most.
      const details = fc.check(properties[generator], { seed: chunkSeed, numRuns, interruptAfterTimeLimit: 600_000, markInterruptAsFailure: true });
      if (details.failed) {
        const error = details.interrupted
          ? `the chunk ran out of time after ${counter.inputs - chunkStart} inputs`
          : details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
        const counterexample = JSON.stringify(details.counterexample, (_, v) => (v instanceof Uint8Array ? `bytes:${Buffer.from(v).toString('base64')}` : v));
        const failure = { generator, seed: chunkSeed, path: details.counterexamplePath, error, counterexample: counterexample?.slice(0, 2000) };
        failures.push(failure);
        process.stderr.write(`\nFAILED ${generator} (seed ${chunkSeed}, path ${failure.path}): ${error.slice(0, 300)}\n`);
      }
      parentPort.postMessage({ type: 'progress', inputs: counter.inputs });
    }
    byGenerator[generator] = counter.inputs - start;
  }
  parentPort.postMessage({ type: 'done', inputs: counter.inputs, calls: counter.calls, byGenerator, failures });
}
