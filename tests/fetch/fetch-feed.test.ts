// fetchFeed against a local HTTP server: statuses, slow and endless bodies, redirects and their
// loops, compressed bodies, wrong Content-Types, charsets in the header and in the document,
// conditional requests and 304, and a body cut off at maxBytes without reading the rest.
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedDocumentError, FeedFetchError, fetchFeed, type FetchFeedOptions } from '../../src/index.js';

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour news</title><link>https://harbour.example.com/</link>
<description>Tides</description><item><title>High tide</title><link>posts/high-tide.html</link>
<guid>tide-1</guid></item></channel></rss>`;
const latin1Rss = (declaration: string) =>
  Buffer.from(`${declaration}<rss version="2.0"><channel><title>Caf\xe9 \x80</title><item><title>I</title></item></channel></rss>`, 'latin1');

let bomb: Buffer | undefined;
/** 64 MiB of spaces after an <rss> start tag, gzipped to about 64 KB. */
function gzipBomb(): Buffer {
  bomb ??= gzipSync(Buffer.concat([Buffer.from('<rss version="2.0"><channel><title>'), Buffer.alloc(64 * 1024 * 1024, 0x20)]), { level: 9 });
  return bomb;
}

let server: Server;
let base = '';
let other = ''; // the same server under another origin (localhost instead of 127.0.0.1)
const requests: { url: string; headers: IncomingHttpHeaders }[] = [];
const endless = { written: 0, closed: false };

function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/rss+xml', ...headers });
  res.end(body);
}

const routes: Record<string, (res: ServerResponse, headers: IncomingHttpHeaders) => void> = {
  '/feed.xml': (res, headers) => {
    if (headers['if-none-match'] === '"v1"') return send(res, 304, '', { etag: '"v1"' });
    send(res, 200, RSS, { etag: '"v1"', 'last-modified': 'Sat, 05 Dec 2026 06:00:00 GMT' });
  },
  '/since.xml': (res, headers) => {
    if (headers['if-modified-since'] === 'Sat, 05 Dec 2026 06:00:00 GMT') return send(res, 304, ''); // no validators repeated
    send(res, 200, RSS, { 'last-modified': 'Sat, 05 Dec 2026 06:00:00 GMT' });
  },
  '/missing.xml': (res) => send(res, 404, 'Not here', { 'content-type': 'text/plain' }),
  '/broken.xml': (res) => send(res, 500, '<h1>Oops</h1>', { 'content-type': 'text/html' }),
  '/gone.xml': (res) => send(res, 410, ''),
  '/as-html.xml': (res) => send(res, 200, RSS, { 'content-type': 'text/html; charset=utf-8' }),
  '/as-octets.xml': (res) => send(res, 200, RSS, { 'content-type': 'application/octet-stream' }),
  '/no-type.xml': (res) => {
    res.writeHead(200);
    res.end(RSS);
  },
  '/page.html': (res) => send(res, 200, '<!doctype html><html><body>Hi</body></html>', { 'content-type': 'text/html' }),
  '/gzip.xml': (res) => send(res, 200, gzipSync(RSS), { 'content-encoding': 'gzip' }),
  '/latin1-header.xml': (res) => send(res, 200, latin1Rss(''), { 'content-type': 'text/xml; charset="windows-1252"' }),
  '/latin1-declared.xml': (res) =>
    send(res, 200, latin1Rss('<?xml version="1.0" encoding="windows-1252"?>'), { 'content-type': 'text/xml; charset=utf-8' }),
  '/utf8-declared.xml': (res) =>
    send(res, 200, Buffer.from('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Café</title></channel></rss>'), {
      'content-type': 'application/rss+xml; charset=iso-8859-1',
    }),
  '/feed.json': (res) =>
    send(res, 200, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Café', items: [] }), {
      'content-type': 'application/feed+json; charset=iso-8859-1',
    }),
  '/hop1': (res) => send(res, 301, '', { location: '/hop2' }),
  '/hop2': (res) => send(res, 302, '', { location: '/posts/feed.xml' }),
  '/posts/feed.xml': (res) => send(res, 200, RSS),
  '/loop-a': (res) => send(res, 307, '', { location: '/loop-b' }),
  '/loop-b': (res) => send(res, 308, '', { location: '/loop-a' }),
  '/to-file': (res) => send(res, 302, '', { location: 'file:///etc/passwd' }),
  '/no-location': (res) => send(res, 302, ''),
  '/to-other-origin': (res) => send(res, 302, '', { location: `${other}/echo-auth` }),
  '/to-same-origin': (res) => send(res, 302, '', { location: '/echo-auth' }),
  '/echo-auth': (res, headers) =>
    send(res, 200, `<rss version="2.0"><channel><title>${headers.authorization ?? 'none'}</title></channel></rss>`),
  '/slow-headers.xml': (res) => {
    const timer = setTimeout(() => send(res, 200, RSS), 5000);
    res.on('close', () => clearTimeout(timer));
  },
  '/slow-body.xml': (res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.write('<rss version="2.0"><channel><title>');
    const timer = setInterval(() => res.write('.'), 50); // never ends
    res.on('close', () => clearInterval(timer));
  },
  '/endless.xml': (res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = (): void => {
      while (!res.destroyed) {
        endless.written += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
    };
    res.on('close', () => (endless.closed = true));
    res.write('<rss version="2.0"><channel><title>');
    pump();
  },
  '/gzip-bomb.xml': (res) => send(res, 200, gzipBomb(), { 'content-encoding': 'gzip' }),
  '/announced-huge.xml': (res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(100 * 1024 * 1024) });
    res.write('<rss');
  },
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ url: path, headers: req.headers });
    (routes[path] ?? ((r: ServerResponse) => send(r, 404, 'no route', { 'content-type': 'text/plain' })))(res, req.headers);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  other = `http://localhost:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function rejection(promise: Promise<unknown>): Promise<FeedFetchError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FeedFetchError);
    expect(error).toBeInstanceOf(FeedDocumentError);
    return error as FeedFetchError;
  }
  throw new Error('expected fetchFeed to reject');
}

function lastRequest(path: string): IncomingHttpHeaders {
  const found = requests.filter((r) => r.url === path).at(-1);
  if (found === undefined) throw new Error(`no request for ${path}`);
  return found.headers;
}

describe('fetchFeed', () => {
  it('fetches and parses a feed, with the validators for the next poll', async () => {
    const result = await fetchFeed(`${base}/feed.xml`);
    expect(result.notModified).toBe(false);
    if (result.notModified) return;
    expect(result).toMatchObject({ url: `${base}/feed.xml`, status: 200, etag: '"v1"', lastModified: 'Sat, 05 Dec 2026 06:00:00 GMT' });
    expect(result.feed.title).toBe('Harbour news');
    expect(result.feed.articles[0]!.link).toBe(`${base}/posts/high-tide.html`); // the URL is the base
    const headers = lastRequest('/feed.xml');
    expect(headers.accept).toContain('application/rss+xml');
    expect(headers['if-none-match']).toBeUndefined();
  });

  it('a 304 round trip: the last validators out, notModified back, no feed', async () => {
    const first = await fetchFeed(`${base}/feed.xml`);
    const second = await fetchFeed(`${base}/feed.xml`, { etag: first.etag, lastModified: first.lastModified });
    expect(lastRequest('/feed.xml')['if-none-match']).toBe('"v1"');
    expect(lastRequest('/feed.xml')['if-modified-since']).toBe('Sat, 05 Dec 2026 06:00:00 GMT');
    expect(second).toEqual({ notModified: true, feed: null, url: `${base}/feed.xml`, status: 304, etag: '"v1"', lastModified: 'Sat, 05 Dec 2026 06:00:00 GMT' });
  });

  it('a 304 that repeats no validators keeps the ones sent', async () => {
    const first = await fetchFeed(`${base}/since.xml`);
    expect(first.etag).toBeNull();
    const second = await fetchFeed(`${base}/since.xml`, { lastModified: first.lastModified });
    expect(second).toMatchObject({ notModified: true, etag: null, lastModified: 'Sat, 05 Dec 2026 06:00:00 GMT' });
  });

  it('an error status is FETCH_STATUS with the status, the body never parsed', async () => {
    for (const [path, status, text] of [['/missing.xml', 404, 'HTTP 404 Not Found'], ['/broken.xml', 500, 'HTTP 500 Internal Server Error'], ['/gone.xml', 410, 'HTTP 410 Gone']] as const) {
      const error = await rejection(fetchFeed(`${base}${path}`));
      expect(error).toMatchObject({ code: 'FETCH_STATUS', status, message: text, url: `${base}${path}` });
    }
  });

  it('follows redirects, and the final URL is the base URL', async () => {
    const result = await fetchFeed(`${base}/hop1`);
    if (result.notModified) throw new Error('unexpected 304');
    expect(result.url).toBe(`${base}/posts/feed.xml`);
    expect(result.feed.articles[0]!.link).toBe(`${base}/posts/posts/high-tide.html`);
  });

  it('refuses redirect loops, too many redirects, and redirects away from http(s)', async () => {
    const loop = await rejection(fetchFeed(`${base}/loop-a`));
    expect(loop.code).toBe('FETCH_REDIRECTS');
    expect(loop.message).toContain('a redirect loop');
    const many = await rejection(fetchFeed(`${base}/hop1`, { maxRedirects: 1 }));
    expect(many).toMatchObject({ code: 'FETCH_REDIRECTS', message: 'More than 1 redirects (maxRedirects)' });
    const none = await rejection(fetchFeed(`${base}/hop1`, { maxRedirects: 0 }));
    expect(none.code).toBe('FETCH_REDIRECTS');
    const file = await rejection(fetchFeed(`${base}/to-file`));
    expect(file.message).toContain('which is not an http or https URL');
    const bare = await rejection(fetchFeed(`${base}/no-location`));
    expect(bare).toMatchObject({ code: 'FETCH_STATUS', status: 302 });
  });

  it('sends credentials to the same origin only', async () => {
    const headers = { authorization: 'Bearer secret', 'user-agent': 'harbour-reader/1.0' };
    const same = await fetchFeed(`${base}/to-same-origin`, { headers });
    const cross = await fetchFeed(`${base}/to-other-origin`, { headers });
    expect(same.feed?.title).toBe('Bearer secret');
    expect(cross.feed?.title).toBe('none');
    expect(lastRequest('/echo-auth')['user-agent']).toBe('harbour-reader/1.0');
  });

  it('reads compressed bodies (fetch decompresses them)', async () => {
    const result = await fetchFeed(`${base}/gzip.xml`);
    expect(lastRequest('/gzip.xml')['accept-encoding']).toContain('gzip');
    expect(result.feed?.title).toBe('Harbour news');
  });

  it('tolerates a wrong or missing Content-Type: the document decides', async () => {
    for (const path of ['/as-html.xml', '/as-octets.xml', '/no-type.xml']) {
      expect((await fetchFeed(`${base}${path}`)).feed?.title).toBe('Harbour news');
    }
    const page = await fetchFeed(`${base}/page.html`).catch((error: unknown) => error);
    expect(page).toBeInstanceOf(FeedDocumentError);
    expect(page).not.toBeInstanceOf(FeedFetchError);
    expect((page as FeedDocumentError).code).toBe('NOT_A_FEED');
  });

  it('charset: the document\'s BOM or declaration first, then the header, then UTF-8', async () => {
    expect((await fetchFeed(`${base}/latin1-header.xml`)).feed?.title).toBe('Café €'); // header only: windows-1252
    expect((await fetchFeed(`${base}/latin1-declared.xml`)).feed?.title).toBe('Café €'); // declaration beats header
    expect((await fetchFeed(`${base}/utf8-declared.xml`)).feed?.title).toBe('Café'); // declaration beats header
    expect((await fetchFeed(`${base}/feed.json`)).feed?.title).toBe('Café'); // JSON is UTF-8
  });

  it('gives up on slow headers and on a body that never ends arriving (FETCH_TIMEOUT)', async () => {
    for (const path of ['/slow-headers.xml', '/slow-body.xml']) {
      const started = Date.now();
      const error = await rejection(fetchFeed(`${base}${path}`, { timeoutMs: 300 }));
      expect(error).toMatchObject({ code: 'FETCH_TIMEOUT', message: 'No complete response within 300 ms (timeoutMs)' });
      expect(Date.now() - started).toBeLessThan(3000);
    }
  });

  it('cuts an endless body off at maxBytes without reading the rest (FETCH_TOO_LARGE)', async () => {
    const maxBytes = 1024 * 1024;
    const error = await rejection(fetchFeed(`${base}/endless.xml`, { maxBytes }));
    expect(error).toMatchObject({ code: 'FETCH_TOO_LARGE', status: 200, message: `The response is larger than maxBytes (${maxBytes} bytes)` });
    await expect.poll(() => endless.closed).toBe(true);
    // What the server managed to write: the cap plus what socket buffers held, not an endless stream.
    expect(endless.written).toBeLessThan(maxBytes + 8 * 1024 * 1024);
  });

  it('applies maxBytes to the decompressed body: a gzip bomb stops at the cap', async () => {
    const error = await rejection(fetchFeed(`${base}/gzip-bomb.xml`, { maxBytes: 1024 * 1024 }));
    expect(gzipBomb().length).toBeLessThan(200_000);
    expect(error.code).toBe('FETCH_TOO_LARGE');
  });

  it('refuses an announced Content-Length over maxBytes before reading the body', async () => {
    const started = Date.now();
    const error = await rejection(fetchFeed(`${base}/announced-huge.xml`, { maxBytes: 1000 }));
    expect(error.code).toBe('FETCH_TOO_LARGE');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('stops when the caller aborts (FETCH_ABORTED), also before the request', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('shutting down')), 100);
    const error = await rejection(fetchFeed(`${base}/slow-body.xml`, { signal: controller.signal }));
    expect(error.code).toBe('FETCH_ABORTED');
    expect((error.cause as Error).message).toBe('shutting down');
    const early = await rejection(fetchFeed(`${base}/feed.xml`, { signal: AbortSignal.abort() }));
    expect(early.code).toBe('FETCH_ABORTED');
  });

  it('reports a server that does not answer (FETCH_NETWORK)', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await rejection(fetchFeed(`http://127.0.0.1:${port}/feed.xml`));
    expect(error.code).toBe('FETCH_NETWORK');
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('refuses what is not an http(s) URL (FETCH_URL) and options of the wrong type (INVALID_OPTION)', async () => {
    for (const url of ['ftp://example.com/feed.xml', 'feed.xml', 'file:///etc/passwd', 'javascript:alert(1)', 42 as unknown as string]) {
      expect((await rejection(fetchFeed(url))).code).toBe('FETCH_URL');
    }
    for (const options of [{ timeoutMs: -1 }, { maxRedirects: 1.5 }, { etag: 5 }, { headers: { a: 1 } }, { headers: { 'x-evil': 'a\r\nhost: b' } }, { headers: { 'bad name': 'v' } }, { fetch: 'no' }] as unknown as FetchFeedOptions[]) {
      const error = await fetchFeed(`${base}/feed.xml`, options).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'INVALID_OPTION' });
    }
    const hostile = new Proxy({}, { get: () => { throw new Error('trap'); } }) as FetchFeedOptions;
    expect(await fetchFeed(`${base}/feed.xml`, hostile).catch((e: unknown) => e)).toMatchObject({ code: 'INVALID_OPTION' });
  });

  it('in a browser, whose fetch hides redirects (opaqueredirect), lets fetch follow them', async () => {
    const modes: (string | undefined)[] = [];
    const browserLike: typeof fetch = async (_input, init) => {
      modes.push(init?.redirect);
      if (init?.redirect === 'manual') {
        const opaque = new Response(null, { status: 200 });
        Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
        return opaque;
      }
      const followed = new Response(RSS, { status: 200 });
      Object.defineProperty(followed, 'url', { value: 'https://cdn.example.net/feeds/main.xml' });
      return followed;
    };
    const result = await fetchFeed('https://example.net/feed', { fetch: browserLike });
    expect(modes).toEqual(['manual', 'follow']);
    expect(result.url).toBe('https://cdn.example.net/feeds/main.xml');
    expect(result.feed?.articles[0]?.link).toBe('https://cdn.example.net/feeds/posts/high-tide.html');
  });

  it('uses the fetch it is given (any runtime, or a test double)', async () => {
    const seen: string[] = [];
    const fake: typeof fetch = async (input) => {
      seen.push(String(input));
      return new Response(RSS, { status: 200, headers: { etag: 'W/"7"' } });
    };
    const result = await fetchFeed('https://feeds.example.net/rss', { fetch: fake });
    expect(seen).toEqual(['https://feeds.example.net/rss']);
    expect(result).toMatchObject({ notModified: false, url: 'https://feeds.example.net/rss', etag: 'W/"7"' });
    expect(result.feed?.articles[0]?.link).toBe('https://feeds.example.net/posts/high-tide.html');
  });
});
