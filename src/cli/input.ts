// Reads one input: a file, standard input ("-"), or an http(s) URL fetched with the library's
// fetchDocument (a timeout, a size limit, redirects followed; the final URL is the base URL).
import { open } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FetchErrorCode } from '../codes.js';
import { FeedFetchError } from '../errors.js';
import { fetchDocument } from '../fetch/index.js';
import { joinChunks } from '../fetch/http.js';
import { binaryKind } from './sniff.js';
import type { FetchOptions } from './options.js';

export interface LoadedInput {
  bytes: Uint8Array;
  /** The URL the document came from after redirects; relative URLs in it resolve against this. */
  baseUrl?: string;
}

/** An input that could not be read (exit status 2). */
export type InputErrorCode = 'INPUT_NOT_FOUND' | 'INPUT_UNREADABLE' | 'INPUT_TOO_LARGE' | 'INPUT_BINARY' | FetchErrorCode;

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface InputSources {
  stdin: NodeJS.ReadableStream;
  userAgent: string;
}

export function isUrl(spec: string): boolean {
  return /^https?:\/\//i.test(spec);
}

/** Reads the input; one that is compressed or binary is refused (INPUT_BINARY) rather than quoted. */
export async function loadInput(spec: string, options: FetchOptions, sources: InputSources): Promise<LoadedInput> {
  const loaded = await readInput(spec, options, sources);
  const kind = binaryKind(loaded.bytes);
  if (kind !== null) throw new InputError('INPUT_BINARY', `This looks like ${kind}, not a feed`);
  return loaded;
}

function readInput(spec: string, options: FetchOptions, sources: InputSources): Promise<LoadedInput> {
  if (spec === '-') return readStream(sources.stdin, options.maxBytes).then((bytes) => ({ bytes }));
  if (isUrl(spec)) return fetchUrl(spec, options, sources.userAgent);
  if (!spec.startsWith('file:')) return readFile(spec, options.maxBytes);
  let path: string;
  try {
    path = fileURLToPath(spec);
  } catch (error) {
    return Promise.reject(new InputError('INPUT_UNREADABLE', `Not a file URL that names a file: ${(error as Error).message}`));
  }
  return readFile(path, options.maxBytes);
}

function tooLarge(maxBytes: number): InputError {
  return new InputError('INPUT_TOO_LARGE', `The input is larger than ${maxBytes} bytes (see --max-bytes)`);
}

/** Collects chunks until the end, failing as soon as more than maxBytes arrived. */
async function collect(chunks: AsyncIterable<Uint8Array | string>, maxBytes: number, stop: () => void): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    total += bytes.byteLength;
    if (total > maxBytes) {
      stop();
      throw tooLarge(maxBytes);
    }
    parts.push(bytes);
  }
  return joinChunks(parts, total);
}

function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  return collect(stream as AsyncIterable<Uint8Array | string>, maxBytes, () => {
    (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
  });
}

async function readFile(path: string, maxBytes: number): Promise<LoadedInput> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('INPUT_NOT_FOUND', 'No such file');
    throw new InputError('INPUT_UNREADABLE', `The file cannot be read: ${(error as Error).message}`);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError('INPUT_UNREADABLE', 'This is a directory, not a file');
    if (info.size > maxBytes) throw tooLarge(maxBytes);
    const stream = handle.createReadStream();
    return { bytes: await collect(stream, maxBytes, () => stream.destroy()) };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('INPUT_UNREADABLE', `The file cannot be read: ${(error as Error).message}`);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function fetchUrl(url: string, options: FetchOptions, userAgent: string): Promise<LoadedInput> {
  try {
    const document = await fetchDocument(url, {
      timeoutMs: options.timeoutMs,
      maxBytes: options.maxBytes,
      headers: { 'user-agent': userAgent },
    });
    return { bytes: document.bytes ?? new Uint8Array(0), baseUrl: document.url };
  } catch (error) {
    if (!(error instanceof FeedFetchError)) throw error;
    if (error.code === 'FETCH_TOO_LARGE') throw tooLarge(options.maxBytes); // the same limit as for files
    throw new InputError(error.code, fetchMessage(error, options));
  }
}

/** The library's message, with the command's own option names where they differ. */
function fetchMessage(error: FeedFetchError, options: FetchOptions): string {
  if (error.code === 'FETCH_TIMEOUT') return `No complete response within ${options.timeoutMs / 1000} s (see --timeout)`;
  return error.message;
}
