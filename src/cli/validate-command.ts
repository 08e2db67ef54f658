// atoma validate: read every input (at most N at a time), validate it, print the results.
import { validateFeed } from '../validate/index.js';
import { InputError, loadInput, type InputSources } from './input.js';
import type { Command } from './options.js';
import { exitStatus, formatResults, type InputResult } from './output.js';
import { mapWithLimit } from './pool.js';

type ValidateCommand = Extract<Command, { name: 'validate' }>;

export interface Terminal extends InputSources {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

function displayName(spec: string): string {
  return spec === '-' ? '<stdin>' : spec;
}

async function check(spec: string, command: ValidateCommand, terminal: Terminal): Promise<InputResult> {
  const input = displayName(spec);
  try {
    const loaded = await loadInput(spec, command.fetch, terminal);
    const options = { maxBytes: command.fetch.maxBytes, profile: command.profile, ...(loaded.baseUrl === undefined ? {} : { baseUrl: loaded.baseUrl }) };
    return { input, unreadable: false, ...validateFeed(loaded.bytes, options) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return {
      input,
      unreadable: true,
      format: null,
      valid: false,
      issues: [{ severity: 'error', code: error.code, message: error.message }],
    };
  }
}

/** A one-line progress display on stderr, only for people watching a terminal. */
function progress(command: ValidateCommand, terminal: Terminal): { update: (done: number) => void; clear: () => void } {
  const total = command.inputs.length;
  if (command.quiet || terminal.stderr.isTTY !== true || total < 2) return { update: () => undefined, clear: () => undefined };
  return {
    update: (done) => terminal.stderr.write(`\r\x1b[Kchecked ${done} of ${total}`),
    clear: () => terminal.stderr.write('\r\x1b[K'),
  };
}

export async function runValidate(command: ValidateCommand, terminal: Terminal): Promise<number> {
  const line = progress(command, terminal);
  const results = await mapWithLimit(command.inputs, command.concurrency, (spec) => check(spec, command, terminal), line.update);
  line.clear();
  terminal.stdout.write(formatResults(results, command));
  return exitStatus(results, command.strict);
}
