// Shared test helpers: the project's own fixtures, error capture, the documentation's pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** One `## ` section of the README, from its heading to the next: the tests keep the docs true. */
export function readmeSection(heading: string): string {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start === -1) throw new Error(`README.md has no section "## ${heading}"`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start + 1, end === -1 ? undefined : end + 1);
}

/** One page of the documentation under docs/ (`dates.md`): the tests keep the docs true. */
export function docPage(name: string): string {
  return readFileSync(join(repoRoot, 'docs', name), 'utf8');
}
