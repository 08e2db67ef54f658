// atoma validate: read every input (at most N at a time), validate it, print the results.
import { validateFeed } from '../validate/index.js';
import { InputError, loadInput, type InputSources } from './input.js';
import type { Command } from './options.js';
import { exitStatus, formatResults, type InputResult } from './output.js';
import { expandInputs, type ExpandedInput } from './expand.js';
import { mapWithLimit } from './pool.js';

type ValidateCommand = Extract<Command, { name: 'validate' }>;

export interface Terminal extends InputSources {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

function displayName(spec: string): string {
  return spec === '-' ? '<stdin>' : spec;
}

function unreadable(input: string, error: InputError): InputResult {
  return { input, unreadable: true, format: null, valid: false, issues: [{ severity: 'error', code: error.code, message: error.message }] };
}

const NOTHING_MATCHED = 'No feed file matches (a directory stands for its .xml, .rss, .atom, .rdf, .feed, .json and .opml files)';

async function check({ spec, matchedNothing }: ExpandedInput, command: ValidateCommand, terminal: Terminal): Promise<InputResult> {
  const input = displayName(spec);
  if (matchedNothing) return unreadable(input, new InputError('INPUT_NOT_FOUND', NOTHING_MATCHED));
  try {
    const loaded = await loadInput(spec, command.fetch, terminal);
    // A URL's base is where it was fetched from; a file's is --base-url, when given.
    const baseUrl = loaded.baseUrl ?? command.baseUrl ?? undefined;
    const options = { maxBytes: command.fetch.maxBytes, profile: command.profile, ...(baseUrl === undefined ? {} : { baseUrl }) };
    return { input, unreadable: false, ...validateFeed(loaded.bytes, options) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return unreadable(input, error);
  }
}

/** A one-line progress display on stderr, only for people watching a terminal. */
function progress(total: number, command: ValidateCommand, terminal: Terminal): { update: (done: number) => void; clear: () => void } {
  if (command.quiet || terminal.stderr.isTTY !== true || total < 2) return { update: () => undefined, clear: () => undefined };
  return {
    update: (done) => terminal.stderr.write(`\r\x1b[Kchecked ${done} of ${total}`),
    clear: () => terminal.stderr.write('\r\x1b[K'),
  };
}

export async function runValidate(command: ValidateCommand, terminal: Terminal): Promise<number> {
  const inputs = await expandInputs(command.inputs);
  const line = progress(inputs.length, command, terminal);
  const results = await mapWithLimit(inputs, command.concurrency, (input) => check(input, command, terminal), line.update);
  line.clear();
  terminal.stdout.write(formatResults(results, command));
  return exitStatus(results, command.strict);
}
