// Runs one hostile call and checks the promise atoma makes about it: it returns or throws one of
// the library's four error classes, within a CPU-time budget and a memory budget.
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { expect } from 'vitest';
import { FeedDocumentError, FeedParseError } from '../../src/errors.js';

setFlagsFromString('--expose-gc');
// A full collection before and after each measurement, so the heap delta is what the result retains.
const collectGarbage = runInNewContext('gc') as () => void;

export interface Budget {
  /** CPU time of the call (user + system). Wall time is also bounded, loosely, against hangs. */
  cpuMs: number;
  /** Heap the call leaves behind (its result included), after a full collection. */
  retainedMb?: number;
  /** Growth of the resident set during the call: peak memory, including what was collected since. */
  peakMb?: number;
}

/** What one call did: returned a value or threw one of the library's errors. */
export interface Settled<T> {
  value: T | undefined;
  error: FeedDocumentError | FeedParseError | undefined;
}

export interface Outcome<T> extends Settled<T> {
  cpuMs: number;
  wallMs: number;
  retainedMb: number;
  peakMb: number;
}

const DEFAULT_RETAINED_MB = 256;
const DEFAULT_PEAK_MB = 1024;
// The machine may be shared: wall time is only a guard against hangs, CPU time is the budget.
const WALL_FACTOR = 8;
const WALL_FLOOR_MS = 10_000;

/** Whether `error` is one of atoma's four error classes. */
export function isLibraryError(error: unknown): error is FeedDocumentError | FeedParseError {
  return error instanceof FeedDocumentError || error instanceof FeedParseError;
}

/** Runs `call`, returning its value or the library error it threw. A foreign error fails the test. */
export function settle<T>(call: () => T): Settled<T> {
  try {
    return { value: call(), error: undefined };
  } catch (thrown) {
    if (isLibraryError(thrown)) return { value: undefined, error: thrown };
    if (thrown instanceof ForeignError) throw thrown; // from a nested settle
    throw new ForeignError(thrown);
  }
}

/** A failure: something other than the library's four error classes escaped a public function. */
export class ForeignError extends Error {
  constructor(readonly original: unknown) {
    const what = original instanceof Error ? `${original.name}: ${original.message}` : String(original);
    super(`foreign error escaped: ${what.slice(0, 500)}`);
    this.name = 'ForeignError';
  }
}

/** Runs `call` once, measured. */
export function measure<T>(call: () => T): Outcome<T> {
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage.rss();
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const settled = settle(call);
  const wallMs = performance.now() - wallBefore;
  const cpu = process.cpuUsage(cpuBefore);
  const peakMb = (process.memoryUsage.rss() - rssBefore) / 2 ** 20;
  collectGarbage();
  const retainedMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  return { ...settled, cpuMs: (cpu.user + cpu.system) / 1000, wallMs, retainedMb, peakMb };
}

/** Runs `call` as an attack: measured, and held to `budget`. */
export function attack<T>(call: () => T, budget: Budget): Outcome<T> {
  const outcome = measure(call);
  const detail = `cpu ${outcome.cpuMs.toFixed(0)} ms, wall ${outcome.wallMs.toFixed(0)} ms, ` +
    `retained ${outcome.retainedMb.toFixed(1)} MB, peak ${outcome.peakMb.toFixed(1)} MB`;
  if (process.env.ATTACK_LOG) console.log(`${expect.getState().currentTestName}: ${detail}`);
  expect(outcome.cpuMs, `CPU budget (${detail})`).toBeLessThan(budget.cpuMs);
  expect(outcome.wallMs, `wall-clock guard (${detail})`).toBeLessThan(Math.max(WALL_FLOOR_MS, budget.cpuMs * WALL_FACTOR));
  expect(outcome.retainedMb, `retained-memory budget (${detail})`).toBeLessThan(budget.retainedMb ?? DEFAULT_RETAINED_MB);
  expect(outcome.peakMb, `peak-memory budget (${detail})`).toBeLessThan(budget.peakMb ?? DEFAULT_PEAK_MB);
  return outcome;
}

/** Runs `call` as an attack that must be refused with this error class and code. */
export function refused(
  call: () => unknown,
  expected: { code: string; type?: new (...args: never[]) => Error },
  budget: Budget,
): FeedDocumentError | FeedParseError {
  const { error } = attack(call, budget);
  expect(error, 'the attack was expected to be refused').toBeDefined();
  expect(error!.code).toBe(expected.code);
  if (expected.type) expect(error).toBeInstanceOf(expected.type);
  return error!;
}

/** Runs `call` as an attack that must be parsed (not refused), returning the result. */
export function survived<T>(call: () => T, budget: Budget): T {
  const { value, error } = attack(call, budget);
  expect(error, error ? `unexpected ${error.name} ${error.code}: ${error.message}` : '').toBeUndefined();
  return value as T;
}

/** Runs several small attacks as one: each returns or throws a library error; the budget bounds them together. */
export function attackEach(calls: ReadonlyArray<() => unknown>, budget: Budget): Settled<unknown>[] {
  return attack(() => calls.map((call, index) => {
    try {
      return settle(call);
    } catch (error) {
      if (error instanceof ForeignError) error.message += ` (call #${index}: ${String(call).slice(0, 200)})`;
      throw error;
    }
  }), budget).value!;
}
