// The progress line: shown on a terminal for several inputs, never with --quiet or off a terminal.
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { repoRoot } from '../helpers.js';

function capture(isTTY: boolean): Writable & { isTTY: boolean; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return Object.assign(stream, { isTTY, text: () => text });
}

async function validate(args: string[], tty: boolean) {
  const stdout = capture(false);
  const stderr = capture(tty);
  const code = await run(['validate', ...args], { stdin: new PassThrough(), stdout, stderr, userAgent: 'atoma-test' });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const feeds = ['valid-rss.xml', 'valid-atom.xml', 'valid-feed.json'].map((name) => `${repoRoot}fixtures/validate/${name}`);

describe('the progress line', () => {
  it('counts inputs on stderr when it is a terminal, then clears itself', async () => {
    const result = await validate(feeds, true);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('\r\x1b[Kchecked 1 of 3');
    expect(result.stderr).toContain('\r\x1b[Kchecked 3 of 3');
    expect(result.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect(result.stdout).toBe('3 inputs checked: no problems\n');
  });

  it('is not shown with --quiet, off a terminal, or for one input', async () => {
    expect((await validate(['--quiet', ...feeds], true)).stderr).toBe('');
    expect((await validate(feeds, false)).stderr).toBe('');
    expect((await validate(feeds.slice(0, 1), true)).stderr).toBe('');
  });
});
