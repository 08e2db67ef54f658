// One GET of a feed over HTTP with the global fetch: redirects followed one by one (counted,
// loops refused, only to http and https), a time limit over the whole exchange, a size cap
// applied while the body streams in, and conditional request headers.
import { FeedFetchError } from '../errors.js';
import { clip } from '../xml/index.js';

export interface HttpOptions {
  timeoutMs: number;
  maxRedirects: number;
  maxBytes: number;
  signal: AbortSignal | undefined;
  headers: Record<string, string>;
  etag: string | null;
  lastModified: string | null;
  fetch: typeof globalThis.fetch;
}

export interface HttpDocument {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  /** The body; null for 304 Not Modified. */
  bytes: Uint8Array | null;
  etag: string | null;
  lastModified: string | null;
  contentType: string | null;
}

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// Credentials the caller set for one origin are not sent to another one a redirect points to.
const CREDENTIALS = new Set(['authorization', 'cookie', 'proxy-authorization']);

/** The URL as an absolute http(s) URL, else null. */
export function httpUrl(spec: string, base?: string): URL | null {
  let url: URL;
  try {
    url = new URL(spec, base);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}

function requestHeaders(options: HttpOptions, sameOrigin: boolean): Headers {
  const headers = new Headers({ accept: ACCEPT });
  for (const [name, value] of Object.entries(options.headers)) {
    if (sameOrigin || !CREDENTIALS.has(name.toLowerCase())) headers.set(name, value);
  }
  if (options.etag !== null) headers.set('if-none-match', options.etag);
  if (options.lastModified !== null) headers.set('if-modified-since', options.lastModified);
  return headers;
}

function statusText(response: Response): string {
  return `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/** Follows redirects itself, so that it can count them and see loops; returns the last response. */
async function follow(start: URL, options: HttpOptions, signal: AbortSignal): Promise<{ response: Response; url: string }> {
  const seen = new Set([start.href]);
  let url = start;
  for (let hops = 0; ; hops++) {
    const init = { headers: requestHeaders(options, url.origin === start.origin), signal };
    let response = await options.fetch(url.href, { ...init, redirect: 'manual' });
    // Browsers hide a redirect's Location from scripts: let the browser follow it instead.
    if (response.type === 'opaqueredirect') {
      response = await options.fetch(url.href, { ...init, redirect: 'follow' });
      return { response, url: response.url || url.href };
    }
    const location = response.headers.get('location');
    if (!REDIRECTS.has(response.status) || location === null) return { response, url: url.href };
    await discard(response);
    const next = httpUrl(location, url.href);
    const fail = (message: string) => new FeedFetchError('FETCH_REDIRECTS', message, { url: url.href, status: response.status });
    if (next === null) throw fail(`${statusText(response)} redirects to "${clip(location)}", which is not an http or https URL`);
    if (seen.has(next.href)) throw fail(`${statusText(response)} redirects back to ${clip(next.href)}: a redirect loop`);
    if (hops >= options.maxRedirects) throw fail(`More than ${options.maxRedirects} redirects (maxRedirects)`);
    seen.add(next.href);
    url = next;
  }
}

function tooLarge(url: string, status: number, maxBytes: number): FeedFetchError {
  return new FeedFetchError('FETCH_TOO_LARGE', `The response is larger than maxBytes (${maxBytes} bytes)`, { url, status });
}

/** The body, read chunk by chunk; past maxBytes the stream is cancelled and the rest never read. */
async function readBody(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  // A compressed body's length says nothing certain about the decoded size; the stream check below does.
  if (response.headers.get('content-encoding') === null && declared > maxBytes) {
    await discard(response);
    throw tooLarge(url, response.status, maxBytes);
  }
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(url, response.status, maxBytes);
    }
    parts.push(value);
  }
  return joinChunks(parts, total);
}

/** The chunks as one array of `total` bytes. */
export function joinChunks(parts: readonly Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return bytes;
}

/** What a failure of fetch itself (not an HTTP status) means: our timeout, the caller's abort, or the network. */
function failure(error: unknown, url: string, why: { timedOut: boolean; aborted: boolean; timeoutMs: number; reason: unknown }): FeedFetchError {
  if (error instanceof FeedFetchError) return error;
  if (why.timedOut) return new FeedFetchError('FETCH_TIMEOUT', `No complete response within ${why.timeoutMs} ms (timeoutMs)`, { url, cause: error });
  if (why.aborted) return new FeedFetchError('FETCH_ABORTED', 'The request was aborted (signal)', { url, cause: why.reason });
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const detail = typeof cause?.code === 'string' ? cause.code : typeof cause?.message === 'string' ? cause.message : String((error as Error)?.message ?? error);
  return new FeedFetchError('FETCH_NETWORK', `The URL cannot be fetched: ${clip(detail)}`, { url, cause: error });
}

export async function getDocument(start: URL, options: HttpOptions): Promise<HttpDocument> {
  const controller = new AbortController();
  const caller = options.signal;
  const why = { timedOut: false, aborted: false, timeoutMs: options.timeoutMs, reason: undefined as unknown };
  const onAbort = () => {
    why.aborted = true;
    why.reason = caller?.reason;
    controller.abort(caller?.reason);
  };
  if (caller?.aborted) onAbort();
  else caller?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    why.timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  let url = start.href;
  try {
    if (why.aborted) throw new Error('aborted before the request');
    const followed = await follow(start, options, controller.signal);
    url = followed.url;
    const { response } = followed;
    const validators = { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
    if (response.status === 304) {
      await discard(response);
      return {
        url, status: 304, bytes: null, contentType: null,
        etag: validators.etag ?? options.etag, lastModified: validators.lastModified ?? options.lastModified,
      };
    }
    if (!response.ok) {
      await discard(response);
      throw new FeedFetchError('FETCH_STATUS', statusText(response), { url, status: response.status });
    }
    const bytes = await readBody(response, url, options.maxBytes);
    return { url, status: response.status, bytes, contentType: response.headers.get('content-type'), ...validators };
  } catch (error) {
    throw failure(error, url, why);
  } finally {
    clearTimeout(timer);
    caller?.removeEventListener('abort', onAbort);
  }
}
