// Shared test helpers: the project's own fixtures, and error capture.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** A fixture's bytes, as the parsers receive them from disk or the network. */
export function fixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)));
}

/** Runs `fn` and returns what it threw (fails the test if it did not throw). */
export function thrown(fn: () => unknown): Error & { code?: string; line?: number; column?: number } {
  try {
    fn();
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('expected the call to throw');
}
