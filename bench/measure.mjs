// Timing: warm-up, then samples taken round-robin across the contenders of one input, so a burst
// of load from elsewhere on the machine hits all of them alike; the figure kept is the median.
// Samples are batches of calls of at least `sampleMs`, so garbage collection is paid inside them.
import v8 from 'node:v8';
import vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');

/**
 * The clock samples are read on: the process's CPU time (user + system, all its threads, so the
 * garbage collector's helpers count) by default, because on a shared machine wall time mostly
 * measures who else is running; BENCH_CLOCK=wall reads wall time instead.
 */
export const CLOCK = process.env.BENCH_CLOCK === 'wall' ? 'wall' : 'cpu';
const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
export const clockMs = CLOCK === 'wall' ? () => performance.now() : cpuMs;
/** A full garbage collection (before each input, and in the memory children). */
export const collectGarbage = vm.runInNewContext('gc');

// Results are written here so the optimiser cannot drop a call whose result is unused.
let sink;
export function keep(value) { sink = value; return sink; }

export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs `fn` once (awaiting it when `isAsync`) and returns [milliseconds on CLOCK, result, wall milliseconds]. */
export async function timeOnce(fn, isAsync) {
  const wall = performance.now();
  const start = clockMs();
  const result = isAsync ? await fn() : fn();
  return [clockMs() - start, result, performance.now() - wall];
}

/** Runs `fn` `count` times back to back; returns the mean milliseconds per call, on CLOCK and on the wall. */
async function timeBatch(fn, isAsync, count) {
  const wall = performance.now();
  const start = clockMs();
  if (isAsync) {
    for (let k = 0; k < count; k++) keep(await fn());
  } else {
    for (let k = 0; k < count; k++) keep(fn());
  }
  return [(clockMs() - start) / count, (performance.now() - wall) / count];
}

/**
 * Measures every task on the same input.
 * tasks: [{ key, fn, async, firstMs, firstWallMs }] whose fn has already been called once (firstMs:
 * how long that took; the caller checked its output). With `firstIsSample` that call is the first
 * sample (for inputs so large that one call is its own warm-up and the code is hot already). Each task warms up for at least `warmupCalls` calls
 * and `warmupMs` (the JIT tiers up on call counts, the clock alone is not enough), then calls are
 * grouped in batches of about `sampleMs` and sampled round-robin until the task has `minSamples`
 * samples and has spent `budgetMs`, or has `maxSamples`, or sampling has lasted `samplingMs` of
 * wall time (which keeps the whole run within its time on a busy machine; one sample each at least).
 * Returns Map key → { medianMs (on CLOCK), wallMedianMs, samples, spreadPct } (spread: median
 * absolute deviation, % of the median).
 */
export async function measureRoundRobin(tasks, {
  warmupCalls = 0, warmupMs = 0, sampleMs, budgetMs, minSamples, maxSamples, samplingMs = Infinity, firstIsSample = false,
}) {
  // One collection before the input, none between samples: a forced full collection right before
  // a short sample was found to slow that sample several-fold (the heap and its caches start cold),
  // while garbage left between samples is collected by the allocations of whoever makes more of it.
  collectGarbage();
  const states = [];
  for (const task of tasks) {
    const start = performance.now();
    let perCall = task.firstMs ?? Infinity;
    for (let calls = 0; calls < warmupCalls || performance.now() - start < warmupMs; calls++) {
      const [ms, result] = await timeOnce(task.fn, task.async);
      keep(result);
      perCall = Math.min(perCall, ms);
    }
    const batch = Number.isFinite(perCall) ? Math.max(1, Math.min(10_000, Math.round(sampleMs / Math.max(perCall, 0.0005)))) : 1;
    const first = firstIsSample && task.firstMs !== undefined;
    states.push({ task, batch, samples: first ? [task.firstMs] : [], wallSamples: first ? [task.firstWallMs] : [], spent: 0 });
  }
  const deadline = performance.now() + samplingMs;
  let active = states.filter((s) => s.samples.length < Math.max(1, maxSamples));
  while (active.length > 0) {
    for (const state of active) {
      const start = performance.now();
      const [ms, wallMs] = await timeBatch(state.task.fn, state.task.async, state.batch);
      state.samples.push(ms);
      state.wallSamples.push(wallMs);
      state.spent += performance.now() - start;
    }
    active = active.filter((s) => s.samples.length < maxSamples
      && (s.samples.length < minSamples || s.spent < budgetMs));
    // Past the deadline every task stops at the same round, so all keep comparable sample counts.
    if (performance.now() > deadline) active = [];
  }
  const results = new Map();
  for (const { task, samples, wallSamples } of states) {
    const mid = median(samples);
    const spread = samples.length > 1 ? (median(samples.map((s) => Math.abs(s - mid))) / mid) * 100 : 0;
    results.set(task.key, { medianMs: mid, wallMedianMs: median(wallSamples), samples: samples.length, spreadPct: spread });
  }
  return results;
}
