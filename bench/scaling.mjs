// How the cost of one parse grows with the number of items, measured apart from the round-robin:
// in the main process every parser's large results and garbage share one heap, so the collector
// charges whoever allocates next, and even JSON.parse seems to cost more per item at 10,000 items.
// Here each parser runs in a fresh process of its own, warms up on every size, then takes its
// samples in rounds that visit every size, so that a busy spell on a shared machine slows all
// sizes alike instead of deciding the ratio: its own garbage counts, nobody else's.
//   parent: scalingOf(contenderId, format, files, timeoutMs) → { status, perItemMs: { n: ms } }
//   child:  node bench/scaling.mjs <contenderId> <format> <n>=<xmlFile>,<jsonFile> ...
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);

export function scalingOf(contenderId, format, files, timeoutMs) {
  const sizes = [...files].map(([n, { xml, json }]) => `${n}=${xml},${json}`);
  return new Promise((resolve) => {
    execFile(process.execPath, [SELF, contenderId, format, ...sizes], { timeout: timeoutMs, maxBuffer: 1 << 20 }, (error, stdout) => {
      const line = stdout.trim().split('\n').pop() ?? '';
      if (line.startsWith('{')) resolve(JSON.parse(line));
      else resolve({ status: error?.killed ? 'timeout' : 'crash', error: error?.message.split('\n')[0] ?? 'no output' });
    });
  });
}

/** CPU time (user + system, all threads) of `calls` calls, in ms. */
async function cpuMsOf(fn, calls = 1) {
  const before = process.cpuUsage();
  let result;
  for (let i = 0; i < calls; i++) result = await fn();
  const used = process.cpuUsage(before);
  return [(used.user + used.system) / 1000, result];
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const ROUNDS = 5;

async function child([contenderId, format, ...sizes]) {
  const { contenders } = await import('./contenders.mjs').then((m) => m.loadContenders());
  const contender = contenders.find((c) => c.id === contenderId);
  const runs = [];
  // A fresh process needs about a second and a half of calls before V8 has optimized a parser
  // (less made the 100-item figure up to four times too high); later sizes run hot code.
  let warmUpMs = 1500;
  for (const size of sizes) {
    const [count, paths] = size.split('=');
    const [xmlFile, jsonFile] = paths.split(',');
    const n = Number(count);
    const fn = contender.prepare({ format, xml: readFileSync(xmlFile, 'utf8'), json: readFileSync(jsonFile, 'utf8') });
    const [firstMs, first] = await cpuMsOf(fn);
    if (contender.items(first, format) !== n) {
      process.stdout.write(JSON.stringify({ status: 'wrong', error: `${contender.items(first, format)} items of ${n}` }) + '\n');
      return;
    }
    let perCall = firstMs;
    for (let spent = 0, calls = 0; calls < 2 || spent < warmUpMs; calls++) {
      const [ms] = await cpuMsOf(fn);
      spent += ms;
      perCall = Math.min(perCall, ms);
    }
    warmUpMs = 300;
    // Samples of about 20 ms: batches of calls on small feeds, single calls on the largest.
    runs.push({ n, fn, batch: Math.max(1, Math.round(20 / Math.max(perCall, 0.01))), samples: [] });
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const run of runs) {
      const samplesPerRound = run.batch > 1 ? 3 : 1;
      for (let i = 0; i < samplesPerRound; i++) run.samples.push((await cpuMsOf(run.fn, run.batch))[0] / run.batch);
    }
  }
  const perItemMs = Object.fromEntries(runs.map((run) => [run.n, median(run.samples) / run.n]));
  process.stdout.write(JSON.stringify({ status: 'ok', perItemMs }) + '\n');
}

if (process.argv[1] === SELF) await child(process.argv.slice(2));
