// Command-line arguments → the options of one command, or a usage error.
import { parseArgs } from 'node:util';
import { VALIDATION_PROFILES, type ValidationProfile } from '../validate/podcast-profile.js';
import { DEFAULT_LIMITS } from '../xml/index.js';
import { suggestion } from './suggest.js';

export class UsageError extends Error {}

export type OutputFormat = 'text' | 'json' | 'github';

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
}

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | { name: 'parse'; input: string | null; simple: boolean; lenient: boolean; sanitize: boolean; baseUrl: string | null; fetch: FetchOptions }
  | {
      name: 'validate'; inputs: string[]; format: OutputFormat; strict: boolean; quiet: boolean;
      concurrency: number; baseUrl: string | null; fetch: FetchOptions; profile: ValidationProfile | null;
    };

// Each command's options, as node:util parseArgs takes them; add an option here and to USAGE.
const SHARED = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  timeout: { type: 'string' },
  'max-bytes': { type: 'string' },
  'base-url': { type: 'string' },
} as const;

const PARSE = { ...SHARED, simple: { type: 'boolean' }, lenient: { type: 'boolean' }, 'no-sanitize': { type: 'boolean' } } as const;
const VALIDATE = {
  ...SHARED,
  format: { type: 'string' },
  strict: { type: 'boolean' },
  quiet: { type: 'boolean' },
  concurrency: { type: 'string' },
  profile: { type: 'string' },
} as const;

const COMMANDS = { parse: PARSE, validate: VALIDATE } as const;
type CommandName = keyof typeof COMMANDS;

function positiveNumber(value: string | undefined, name: string, fallback: number, integer: boolean): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number))) {
    throw new UsageError(`--${name} must be a positive ${integer ? 'whole number' : 'number'}, not "${value}"`);
  }
  return number;
}

function fetchOptions(values: { timeout?: string | undefined; 'max-bytes'?: string | undefined }): FetchOptions {
  return {
    timeoutMs: positiveNumber(values.timeout, 'timeout', 15, false) * 1000,
    maxBytes: positiveNumber(values['max-bytes'], 'max-bytes', DEFAULT_LIMITS.maxBytes, true),
  };
}

function baseUrl(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!URL.canParse(value)) throw new UsageError(`--base-url must be an absolute URL, not "${value}"`);
  return value;
}

/** An unknown option, said plainly: the nearest option of this command, or the command that has it. */
function unknownOption(option: string, command: CommandName): UsageError {
  const own = Object.keys(COMMANDS[command]);
  const name = option.replace(/^--?/, '').split('=')[0]!;
  const near = suggestion(name, own);
  if (near !== null) return new UsageError(`Unknown option ${option} for atoma ${command}: did you mean --${near}?`);
  const other = (Object.keys(COMMANDS) as CommandName[]).find((c) => c !== command && Object.hasOwn(COMMANDS[c], name));
  if (other !== undefined) return new UsageError(`--${name} is an option of atoma ${other}, not of atoma ${command}`);
  return new UsageError(`Unknown option ${option} for atoma ${command} (see atoma --help)`);
}

/** Runs node:util parseArgs, turning its errors (unknown option, missing value) into usage errors. */
function parsing<T>(command: CommandName, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    const unknown = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /Unknown option '([^']*)'/.exec(message ?? '') : null;
    if (unknown !== null) throw unknownOption(unknown[1]!, command);
    throw new UsageError(message ?? String(error));
  }
}

export function parseCommandLine(argv: readonly string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError('No command given');
  if (name === '-h' || name === '--help' || name === 'help') return { name: 'help' };
  if (name === '-v' || name === '--version') return { name: 'version' };
  if (name === 'parse') {
    const { values, positionals } = parsing('parse', () => parseArgs({ args: rest, options: PARSE, allowPositionals: true, strict: true }));
    if (values.help) return { name: 'help' };
    if (values.version) return { name: 'version' };
    if (positionals.length > 1) throw new UsageError('parse takes one input');
    return {
      name: 'parse',
      input: positionals[0] ?? null,
      simple: values.simple === true,
      lenient: values.lenient === true,
      sanitize: values['no-sanitize'] !== true,
      baseUrl: baseUrl(values['base-url']),
      fetch: fetchOptions(values),
    };
  }
  if (name === 'validate') {
    const { values, positionals } = parsing('validate', () => parseArgs({ args: rest, options: VALIDATE, allowPositionals: true, strict: true }));
    if (values.help) return { name: 'help' };
    if (values.version) return { name: 'version' };
    if (positionals.length === 0) throw new UsageError('validate needs at least one FILE, DIRECTORY, GLOB, URL or -');
    if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('Standard input (-) can be read only once');
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'github') {
      throw new UsageError(`--format must be text, json or github, not "${format}"`);
    }
    const profile = values.profile ?? null;
    if (profile !== null && !VALIDATION_PROFILES.includes(profile as ValidationProfile)) {
      throw new UsageError(`--profile must be ${VALIDATION_PROFILES.join(' or ')}, not "${profile}"`);
    }
    return {
      name: 'validate',
      profile: profile as ValidationProfile | null,
      inputs: positionals,
      format,
      strict: values.strict === true,
      quiet: values.quiet === true,
      concurrency: positiveNumber(values.concurrency, 'concurrency', 8, true),
      baseUrl: baseUrl(values['base-url']),
      fetch: fetchOptions(values),
    };
  }
  const near = suggestion(name, ['parse', 'validate', 'help']);
  throw new UsageError(`Unknown command "${name}"${near === null ? '' : `: did you mean ${near}?`}`);
}
