// Reads one input: a file, standard input ("-"), or an http(s) URL fetched with a timeout and a
// size limit (redirects followed; the final URL is the document's base URL).
import { open } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FetchOptions } from './options.js';

export interface LoadedInput {
  bytes: Uint8Array;
  /** The URL the document came from after redirects; relative URLs in it resolve against this. */
  baseUrl?: string;
}

/** An input that could not be read (exit status 2). */
export class InputError extends Error {
  constructor(
    readonly code: string,
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

export function loadInput(spec: string, options: FetchOptions, sources: InputSources): Promise<LoadedInput> {
  if (spec === '-') return readStream(sources.stdin, options.maxBytes).then((bytes) => ({ bytes }));
  if (isUrl(spec)) return fetchUrl(spec, options, sources.userAgent);
  return readFile(spec.startsWith('file:') ? fileURLToPath(spec) : spec, options.maxBytes);
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
  const all = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.byteLength;
  }
  return all;
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

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';

async function fetchUrl(url: string, options: FetchOptions, userAgent: string): Promise<LoadedInput> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const seconds = options.timeoutMs / 1000;
  try {
    const response = await fetch(url, {
      redirect: 'follow',
      signal: controller.signal,
      headers: { accept: ACCEPT, 'user-agent': userAgent },
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new InputError('INPUT_HTTP_STATUS', `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge(options.maxBytes);
    }
    const body = response.body;
    const bytes = body === null
      ? new Uint8Array(0)
      : await collect(body as unknown as AsyncIterable<Uint8Array>, options.maxBytes, () => controller.abort());
    return { bytes, baseUrl: response.url || url };
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (controller.signal.aborted) throw new InputError('INPUT_TIMEOUT', `No complete response within ${seconds} s (see --timeout)`);
    const cause = (error as { cause?: { message?: string; code?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new InputError('INPUT_FETCH_FAILED', `The URL cannot be fetched: ${reason}`);
  } finally {
    clearTimeout(timer);
  }
}
