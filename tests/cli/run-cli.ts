// Runs the built `atoma` command as a child process (rebuilding dist/ first when it is older
// than the sources it is built from).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers.js';

export const cli = join(repoRoot, 'dist', 'cli', 'main.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI; asynchronous, so an HTTP server in the test's process can answer it. */
export function atoma(args: string[], input?: string | Uint8Array): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/** The newest modification time of the sources in `dir`. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const LOCK = join(repoRoot, '.build-lock');

function isStale(): boolean {
  return !existsSync(cli) || statSync(cli).mtimeMs < newestSource(join(repoRoot, 'src'));
}

/**
 * dist/ is shared by every test that needs a build: rebuild only when the command is missing or
 * older than its sources (npm test builds first, so this is for runs of a few files alone). Test
 * files run in parallel: a lock directory keeps two of them from rebuilding dist/ at once.
 */
export function ensureBuilt(): void {
  if (!isStale()) return;
  const wait = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (waited > 180_000) throw new Error(`${LOCK} is held for more than 3 minutes: remove it if no build is running`);
      Atomics.wait(wait, 0, 0, 200);
    }
  }
  try {
    if (isStale()) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, stdio: 'ignore' });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
