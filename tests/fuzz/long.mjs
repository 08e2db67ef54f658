// The long fuzzing profile (`npm run fuzz`): the properties of the fast profile, run on the built
// package until at least a million inputs have gone through the public entry points.
//
//   node tests/fuzz/long.mjs [--inputs 1000000] [--seed 1] [--workers 2] [--chunk 5000]
//                            [--hang-seconds 60] [--library path/to/index.js] [--xml-documents 200000]
//   node tests/fuzz/long.mjs --replay <generator> <seed> <index>   prints one input
//
// Each worker runs every generator in chunks, each chunk a fast-check run with its own seed, so a
// failure is reported (seed, path, shrunk counterexample) and the run goes on. A call that does
// not return within --hang-seconds is a hang: the worker is stopped, the input it was on is
// printed (workers keep it in shared memory), and a new worker takes over the rest of its share.
// Then the XML reader is compared with saxes on --xml-documents generated documents
// (tests/fuzz/xml-differential.mjs). Exit code 1 when anything failed.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import * as fc from 'fast-check';
import { makeGenerators } from './generators.mjs';
import { makeProperties, PLAN, readCorpus } from './harness.mjs';
import { disagreement, xmlDocuments } from './xml-differential.mjs';

const FIXTURES = new URL('../../fixtures/', import.meta.url);
// The shared conformance suites' documents, next to the repository when they are there.
const SHARED = new URL('../../../shared/conformance/', import.meta.url);
const MORE_DOCUMENTS = existsSync(SHARED) ? [SHARED] : [];
const GENERATORS = Object.keys(PLAN);

function argument(name, fallback, parse = Number) {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : parse(process.argv[at + 1]);
}

// The built package by default; --library points at another build of it.
const LIBRARY = argument('library', new URL('../../dist/index.js', import.meta.url), (path) => pathToFileURL(resolve(path)));

// What a worker shares with the watchdog, one Int32 each: calls made, inputs generated,
// the generator running, the seed of its chunk, the inputs generated before that chunk, and
// the length of the current input (as JSON, in the bytes after these slots).
const CALLS = 0;
const INPUTS = 1;
const GENERATOR = 2;
const CHUNK_SEED = 3;
const CHUNK_START = 4;
const INPUT_LENGTH = 5;
const SLOTS = 6;
const INPUT_BYTES = 1 << 20;

async function properties(library, counter, onInput) {
  const atoma = await import(library.href);
  return makeProperties(fc, atoma, makeGenerators(fc, readCorpus(FIXTURES, ...MORE_DOCUMENTS)), { maxCpuMs: 2000, counter, onInput });
}

/** An input and its options as JSON (bytes as base64), for reports and replays. */
function describe(input, options) {
  return JSON.stringify({ options, input: typeof input === 'string' ? input : { bytes: Buffer.from(input).toString('base64') } });
}

if (process.argv.includes('--replay')) {
  const at = process.argv.indexOf('--replay');
  const [generator, seed, index] = [process.argv[at + 1], Number(process.argv[at + 2]), Number(process.argv[at + 3])];
  const all = await properties(LIBRARY, { inputs: 0, calls: 0 });
  const [input, options] = fc.sample(all[generator], { seed, numRuns: index + 1 })[index];
  console.log(describe(input, options));
} else if (isMainThread) {
  await main();
} else {
  await work();
}

async function main() {
  const inputs = argument('inputs', 1_000_000);
  const seed = argument('seed', Date.now() % 2 ** 31);
  const workers = argument('workers', Math.max(1, Math.min(2, availableParallelism())));
  const chunk = argument('chunk', 5000);
  const hangSeconds = argument('hang-seconds', 60);
  const started = performance.now();
  console.log(`fuzzing ${inputs} inputs with seed ${seed} on ${workers} worker(s), chunks of ${chunk}: ${LIBRARY.href}`);
  console.log(MORE_DOCUMENTS.length > 0 ? 'mutating the project\'s fixtures and the shared conformance documents' : 'mutating the project\'s fixtures (no shared conformance folder)');

  const share = Math.ceil(inputs / workers);
  const done = new Array(workers).fill(0);
  const progress = () => {
    const total = done.reduce((a, b) => a + b, 0);
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(`\r${total} inputs, ${seconds.toFixed(0)} s, ${(total / seconds).toFixed(0)}/s   `);
  };
  // One lane per worker; a lane whose worker hangs goes on with a new worker and seed.
  const lanes = Array.from({ length: workers }, async (_, lane) => {
    const results = [];
    let remaining = share;
    let fromGenerator = 0;
    for (let attempt = 0; remaining > 0 && attempt < 10; attempt++) {
      const result = await runWorker(seed + lane * 1_000_003 + attempt * 100_003, remaining, fromGenerator, chunk, hangSeconds, (count) => {
        done[lane] = share - remaining + count;
        progress();
      });
      results.push(result);
      remaining -= result.inputs;
      fromGenerator = result.hungAt ?? 0; // a new worker picks up where the hung one stopped
    }
    return results;
  });
  const results = (await Promise.all(lanes)).flat();
  process.stderr.write('\n');
  results.push(await differential(argument('xml-documents', 200_000), seed, chunk));
  report(results, (performance.now() - started) / 1000);
}

/** The XML reader of the built package against saxes, in chunks of `chunk` documents. */
async function differential(documents, seed, chunk) {
  const { SaxesParser } = await import('saxes');
  const { parseXml } = await import(new URL('./xml/index.js', LIBRARY).href);
  const { HTML_ENTITIES } = await import(new URL('./xml/html-entities.js', LIBRARY).href);
  const { FeedXmlError } = await import(LIBRARY.href);
  const reader = { parseXml, FeedXmlError, htmlEntities: HTML_ENTITIES };
  const property = fc.property(xmlDocuments(fc), (xml) => {
    const problem = disagreement(reader, SaxesParser, xml);
    if (problem !== null) throw new Error(problem);
  });
  const failures = [];
  let done = 0;
  for (let chunkSeed = seed; done < documents; chunkSeed++) {
    const numRuns = Math.min(chunk, documents - done);
    const details = fc.check(property, { seed: chunkSeed, numRuns, interruptAfterTimeLimit: 600_000, markInterruptAsFailure: true });
    done += numRuns;
    process.stderr.write(`\r${done} XML documents compared with saxes   `);
    if (details.failed) {
      const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      failures.push({ generator: 'xmlDifferential', seed: chunkSeed, path: details.counterexamplePath, error, counterexample: JSON.stringify(details.counterexample)?.slice(0, 2000) });
    }
  }
  process.stderr.write('\n');
  return { inputs: documents, calls: documents, byGenerator: { xmlDifferential: documents }, failures };
}

/** Runs one worker for `inputs` inputs; resolves with its results, or with a hang when it stops answering. */
function runWorker(seed, inputs, fromGenerator, chunk, hangSeconds, onProgress) {
  const state = new Int32Array(new SharedArrayBuffer(SLOTS * 4 + INPUT_BYTES));
  return new Promise((resolveResult, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { seed, inputs, fromGenerator, chunk, state }, argv: process.argv.slice(2) });
    let lastCalls = -1;
    let quietSince = performance.now();
    let byGenerator = {};
    const watchdog = setInterval(() => {
      const calls = Atomics.load(state, CALLS);
      if (calls !== lastCalls) {
        lastCalls = calls;
        quietSince = performance.now();
        return;
      }
      if (performance.now() - quietSince < hangSeconds * 1000) return;
      clearInterval(watchdog);
      const generator = GENERATORS[Atomics.load(state, GENERATOR)];
      const chunkSeed = Atomics.load(state, CHUNK_SEED);
      const at = Atomics.load(state, INPUTS) - Atomics.load(state, CHUNK_START) - 1;
      const bytes = new Uint8Array(state.buffer, SLOTS * 4, Atomics.load(state, INPUT_LENGTH));
      const input = new TextDecoder().decode(bytes.slice());
      const error = `no return within ${hangSeconds} s (chunk seed ${chunkSeed}, input ${at})`;
      process.stderr.write(`\nHANG ${generator}: ${error}\n  input: ${input.slice(0, 2000)}\n`);
      void worker.terminate();
      resolveResult({
        inputs: Atomics.load(state, INPUTS), calls, byGenerator, hungAt: Atomics.load(state, GENERATOR),
        failures: [{ generator, seed: chunkSeed, path: String(at), error, counterexample: input.slice(0, 2000) }],
      });
    }, 5000);
    worker.on('message', (message) => {
      if (message.type === 'progress') {
        byGenerator = message.byGenerator;
        onProgress(Atomics.load(state, INPUTS));
      } else {
        clearInterval(watchdog);
        resolveResult(message);
      }
    });
    worker.on('error', (error) => {
      clearInterval(watchdog);
      reject(error);
    });
  });
}

function report(results, seconds) {
  const totals = { inputs: 0, calls: 0, byGenerator: {}, failures: [] };
  for (const result of results) {
    totals.inputs += result.inputs;
    totals.calls += result.calls;
    totals.failures.push(...result.failures);
    for (const [generator, count] of Object.entries(result.byGenerator)) {
      totals.byGenerator[generator] = (totals.byGenerator[generator] ?? 0) + count;
    }
  }
  console.log('inputs per generator:');
  for (const [generator, count] of Object.entries(totals.byGenerator)) {
    console.log(`  ${generator.padEnd(15)} ${String(count).padStart(9)}  → ${PLAN[generator]?.join(', ') ?? 'the XML reader against saxes'}`);
  }
  console.log(`total: ${totals.inputs} inputs, ${totals.calls} entry-point calls, ${seconds.toFixed(0)} s, ` +
    `${totals.failures.length} failing chunk(s)`);
  // The same fault fails many chunks: show each distinct one once, with its first counterexample.
  const distinct = new Map();
  for (const failure of totals.failures) {
    const key = `${failure.generator}: ${failure.error.replace(/'[^']*'|"[^"]*"/g, '…').replace(/\(chunk seed .*\)/, '')}`;
    const seen = distinct.get(key);
    if (seen) seen.count++;
    else distinct.set(key, { ...failure, count: 1 });
  }
  for (const failure of distinct.values()) {
    console.log(`\nFAILED ${failure.count}× ${failure.generator} (first: seed ${failure.seed}, path ${failure.path}):` +
      `\n  ${failure.error}\n  counterexample: ${failure.counterexample}`);
  }
  process.exitCode = totals.failures.length > 0 ? 1 : 0;
}

async function work() {
  const { seed, inputs, fromGenerator, chunk, state } = workerData;
  // The harness counts into `plain`; the proxy mirrors the counts where the watchdog reads them.
  const plain = { inputs: 0, calls: 0 };
  const counter = new Proxy(plain, {
    set(target, key, value) {
      target[key] = value;
      if (key === 'calls') Atomics.store(state, CALLS, value);
      else if (key === 'inputs') Atomics.store(state, INPUTS, value);
      return true;
    },
  });
  const inputBytes = new Uint8Array(state.buffer, SLOTS * 4, INPUT_BYTES);
  const all = await properties(LIBRARY, counter, (input, options) => {
    const { written } = new TextEncoder().encodeInto(describe(input, options), inputBytes);
    Atomics.store(state, INPUT_LENGTH, written);
  });
  const generators = GENERATORS.slice(fromGenerator);
  const perGenerator = Math.ceil(inputs / generators.length);
  const byGenerator = {};
  const failures = [];
  let chunkSeed = seed;
  for (const generator of generators) {
    const start = plain.inputs;
    Atomics.store(state, GENERATOR, GENERATORS.indexOf(generator));
    while (plain.inputs - start < perGenerator) {
      const numRuns = Math.min(chunk, perGenerator - (plain.inputs - start));
      chunkSeed++;
      Atomics.store(state, CHUNK_SEED, chunkSeed);
      Atomics.store(state, CHUNK_START, plain.inputs);
      // Shrinking a slow counterexample reruns it many times: a chunk gets ten minutes at most.
      const details = fc.check(all[generator], { seed: chunkSeed, numRuns, interruptAfterTimeLimit: 600_000, markInterruptAsFailure: true });
      if (details.failed) {
        const error = details.interrupted
          ? 'the chunk ran out of time'
          : details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
        const counterexample = JSON.stringify(details.counterexample, (_, v) => (v instanceof Uint8Array ? `bytes:${Buffer.from(v).toString('base64')}` : v));
        const failure = { generator, seed: chunkSeed, path: details.counterexamplePath, error, counterexample: counterexample?.slice(0, 2000) };
        failures.push(failure);
        process.stderr.write(`\nFAILED ${generator} (seed ${chunkSeed}, path ${failure.path}): ${error.slice(0, 300)}\n`);
      }
      byGenerator[generator] = plain.inputs - start;
      parentPort.postMessage({ type: 'progress', byGenerator });
    }
  }
  parentPort.postMessage({ type: 'done', inputs: plain.inputs, calls: plain.calls, byGenerator, failures });
}
