// fetchFeed: a feed reader's poll of one URL — fetched with the global fetch (any runtime that
// has one), bounded in time and size, conditional on the last poll's validators, parsed with
// parseFeed against the final URL.
import { FeedDocumentError, FeedFetchError } from '../errors.js';
import { settingsOf, type ParseOptions } from '../options.js';
import { parseFeed } from '../sanitizing.js';
import type { Feed } from '../simple/index.js';
import { clip, limitsFrom } from '../xml/index.js';
import { withHeaderCharset } from './charset.js';
import { getDocument, httpUrl, type HttpDocument } from './http.js';

export interface FetchFeedOptions extends ParseOptions {
  /** The whole exchange — redirects, headers and body — must finish within this many milliseconds. Default 30000. */
  timeoutMs?: number;
  /** Redirects followed before giving up with FETCH_REDIRECTS. Default 5. */
  maxRedirects?: number;
  /** Aborts the request (FETCH_ABORTED). */
  signal?: AbortSignal;
  /** The `etag` of the last poll's result: sent as If-None-Match. */
  etag?: string | null;
  /** The `lastModified` of the last poll's result: sent as If-Modified-Since. */
  lastModified?: string | null;
  /** More request headers (User-Agent, Authorization; credentials are not sent across origins on redirect). */
  headers?: Record<string, string>;
  /** The fetch to use instead of the global one. */
  fetch?: typeof globalThis.fetch;
}

interface PollResult {
  /** The final URL, after redirects (also the feed's base URL). */
  url: string;
  /** The HTTP status of the final response. */
  status: number;
  /** Send these with the next poll (`etag`, `lastModified` options). */
  etag: string | null;
  lastModified: string | null;
}

/** The feed changed, or the request was not conditional: the parsed Feed. */
export interface FetchedFeed extends PollResult {
  notModified: false;
  feed: Feed;
}

/** 304 Not Modified: the feed is as it was at the last poll. */
export interface NotModifiedFeed extends PollResult {
  notModified: true;
  feed: null;
}

export type FetchFeedResult = FetchedFeed | NotModifiedFeed;

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_REDIRECTS = 5;

function optional<T>(value: unknown, is: (value: unknown) => value is T, name: string): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (!is(value)) throw new FeedDocumentError('INVALID_OPTION', `The ${name} option has the wrong type`);
  return value;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isPositive = (value: unknown): value is number => typeof value === 'number' && value > 0 && value <= 2_147_483_647;
const isSignal = (value: unknown): value is AbortSignal => typeof value === 'object' && value !== null && typeof (value as AbortSignal).addEventListener === 'function';
const isFunction = (value: unknown): value is typeof globalThis.fetch => typeof value === 'function';
const isHeaders = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string');

/** The fetch options, read once (a throwing getter is INVALID_OPTION, as for the parse options). */
function fetchSettings(options: FetchFeedOptions | undefined) {
  try {
    const fetcher = optional(options?.fetch, isFunction, 'fetch') ?? (globalThis.fetch as typeof globalThis.fetch | undefined);
    if (fetcher === undefined) throw new FeedDocumentError('INVALID_OPTION', 'This runtime has no global fetch: pass the fetch option');
    const headers = { ...optional(options?.headers, isHeaders, 'headers') };
    try {
      new Headers(headers); // a name or value fetch would refuse (a newline, a non-token name) is the caller's mistake
    } catch {
      throw new FeedDocumentError('INVALID_OPTION', 'The headers option has a header name or value that HTTP does not allow');
    }
    return {
      timeoutMs: optional(options?.timeoutMs, isPositive, 'timeoutMs') ?? DEFAULT_TIMEOUT_MS,
      maxRedirects: optional(options?.maxRedirects, isCount, 'maxRedirects') ?? DEFAULT_MAX_REDIRECTS,
      signal: optional(options?.signal, isSignal, 'signal'),
      headers,
      etag: optional(options?.etag, isString, 'etag') ?? null,
      lastModified: optional(options?.lastModified, isString, 'lastModified') ?? null,
      fetch: fetcher,
    };
  } catch (error) {
    if (error instanceof FeedDocumentError) throw error;
    throw new FeedDocumentError('INVALID_OPTION', 'The options object cannot be read');
  }
}

/**
 * GETs `url` as fetchFeed does and returns the raw document (for callers that parse it their
 * own way, such as a validator). Throws FeedFetchError, or FeedDocumentError for bad options.
 */
export async function fetchDocument(url: string | URL, options?: FetchFeedOptions): Promise<HttpDocument> {
  const start = typeof url === 'string' || url instanceof URL ? httpUrl(String(url)) : null;
  if (start === null) {
    const shown = typeof url === 'string' ? `"${clip(url)}"` : 'The URL';
    throw new FeedFetchError('FETCH_URL', `${shown} is not an absolute http or https URL`, { url: typeof url === 'string' ? url : '' });
  }
  const settings = fetchSettings(options);
  const { maxBytes } = limitsFrom(settingsOf(options));
  return getDocument(start, { ...settings, maxBytes });
}

/**
 * Fetches and parses a feed. 304 Not Modified is a result (`notModified: true`), not an error.
 * Throws FeedFetchError (FETCH_…) when the document cannot be fetched, and what parseFeed throws
 * when it is not a feed.
 */
export async function fetchFeed(url: string | URL, options?: FetchFeedOptions): Promise<FetchFeedResult> {
  const document = await fetchDocument(url, options);
  const poll = { url: document.url, status: document.status, etag: document.etag, lastModified: document.lastModified };
  if (document.bytes === null) return { ...poll, notModified: true, feed: null };
  const settings = settingsOf(options);
  const input = withHeaderCharset(document.bytes, document.contentType);
  // Decoded text of a single-byte charset takes up to 3 UTF-8 bytes a byte; the download was capped already.
  const maxBytes = typeof input === 'string' ? limitsFrom(settings).maxBytes * 3 : settings.maxBytes;
  const parseOptions: ParseOptions = { ...settings, baseUrl: settings.baseUrl ?? document.url };
  if (maxBytes !== undefined) parseOptions.maxBytes = maxBytes;
  return { ...poll, notModified: false, feed: parseFeed(input, parseOptions) };
}

