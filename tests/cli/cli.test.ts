// The built `atoma` command, run as a child process: every output format and exit status,
// standard input, and URLs served by a local HTTP server (a feed, a 404, a redirect, a slow
// response, an oversized body).
import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';
import { atoma, ensureBuilt } from './run-cli.js';
const fixture = (name: string) => join(repoRoot, 'fixtures', name);
const VALID_RSS = fixture('validate/valid-rss.xml');
const VALID_ATOM = fixture('validate/valid-atom.xml');
const validRss = readFileSync(VALID_RSS, 'utf8');
const brokenRss = validRss.replace('<ttl>60</ttl>', '<ttl>often</ttl>');
const warningOnlyRss = validRss.replace('<atom:link href="https://harbour.example.com/feed.xml" rel="self" type="application/rss+xml"/>', '');

let server: Server;
let base = '';
let inFlight = 0;
let mostInFlight = 0;

function send(res: ServerResponse, status: number, body: string, type = 'application/rss+xml'): void {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

beforeAll(async () => {
  ensureBuilt();
  server = createServer((req, res) => {
    inFlight++;
    mostInFlight = Math.max(mostInFlight, inFlight);
    res.on('close', () => inFlight--);
    const url = req.url ?? '/';
    if (url === '/feed.xml') return send(res, 200, validRss);
    if (url === '/broken.xml') return send(res, 200, brokenRss);
    if (url === '/missing.xml') return send(res, 404, 'Not here', 'text/plain');
    if (url === '/old/feed.atom') {
      res.writeHead(301, { location: '/new/feed.atom' });
      return res.end();
    }
    if (url === '/loop') {
      res.writeHead(302, { location: '/loop' });
      return res.end();
    }
    if (url === '/new/feed.atom') {
      return send(res, 200, readFileSync(VALID_ATOM, 'utf8').replace('href="https://lighthouse.example.org/2024/clockwork"', 'href="clockwork.html"'), 'application/atom+xml');
    }
    if (url === '/slow.xml') {
      const timer = setTimeout(() => send(res, 200, validRss), 5000);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    if (url === '/huge.xml') return send(res, 200, validRss + ' '.repeat(200_000));
    if (url === '/huge-chunked.xml') {
      // No content-length: the limit must hold while the body streams in.
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = ' '.repeat(16_384);
      let sent = 0;
      const pump = () => {
        if (res.destroyed) return;
        if (sent++ > 100) return res.end();
        res.write(chunk, pump);
      };
      return res.write(validRss, pump);
    }
    const numbered = /^\/slowish\/(\d+)\.xml$/.exec(url);
    if (numbered) {
      const body = Number(numbered[1]) % 2 === 0 ? validRss : brokenRss;
      setTimeout(() => send(res, 200, body), 60);
      return;
    }
    send(res, 404, 'Not here', 'text/plain');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('atoma --help, --version and bad usage', () => {
  it('prints the version from package.json', async () => {
    const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
    expect(await atoma(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('prints help on stdout with --help, for any command', async () => {
    for (const args of [['--help'], ['-h'], ['validate', '--help'], ['parse', '-h']]) {
      const run = await atoma(args);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('atoma validate FILE|DIR|GLOB|URL|-...');
      expect(run.stderr).toBe('');
    }
  });

  it('exits 2 with the help on stderr for bad usage', async () => {
    for (const args of [[], ['frobnicate'], ['validate'], ['validate', VALID_RSS, '--format', 'xml'], ['validate', VALID_RSS, '--bogus'], ['parse', 'a', 'b'], ['validate', '-', '-'], ['validate', VALID_RSS, '--timeout', 'soon']]) {
      const run = await atoma(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^atoma: .+\n\nUsage:/);
    }
  });
});

describe('atoma validate --profile podcast', () => {
  it('passes a show that meets the directories\' requirements', async () => {
    const run = await atoma(['validate', '--profile', 'podcast', fixture('validate/valid-podcast.xml')]);
    expect(run).toEqual({ code: 0, stdout: '1 input checked: no problems\n', stderr: '' });
  });

  it('fails a valid RSS feed that is no podcast, naming what is missing', async () => {
    const plain = await atoma(['validate', VALID_RSS]);
    expect(plain.code).toBe(0);
    const run = await atoma(['validate', '--profile', 'podcast', '--format', 'json', VALID_RSS]);
    expect(run.code).toBe(1);
    const codes = (JSON.parse(run.stdout) as { issues: { code: string }[] }[])[0]!.issues.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['SHOW_MISSING_ARTWORK', 'SHOW_MISSING_CATEGORY', 'SHOW_MISSING_EXPLICIT']));
  });

  it('refuses a profile it does not know (exit 2)', async () => {
    const run = await atoma(['validate', '--profile', 'video', VALID_RSS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--profile must be podcast, not "video"');
  });
});

describe('atoma validate: output formats and exit statuses', () => {
  it('exits 0 and says so when every input is valid', async () => {
    const run = await atoma(['validate', VALID_RSS, VALID_ATOM]);
    expect(run).toEqual({ code: 0, stdout: '2 inputs checked: no problems\n', stderr: '' });
  });

  it('prints problems like a linter, with a summary, and exits 1 on an error', async () => {
    const run = await atoma(['validate', '-'], brokenRss);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^<stdin>:18:5 {2}error {2}The ttl \(minutes\) "often" is not a whole number \(channel\/ttl\) {2}INTEGER_INVALID$/);
    expect(lines.at(-1)).toBe('1 input checked: 1 error, 0 warnings; 1 of 1 invalid');
    expect(run.stderr).toBe('');
  });

  it('passes warnings, unless --strict', async () => {
    expect((await atoma(['validate', '-'], warningOnlyRss)).code).toBe(0);
    const strict = await atoma(['validate', '--strict', '-'], warningOnlyRss);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('warning  The channel has no <atom:link rel="self"');
  });

  it('lists errors only with --quiet (warnings too with --strict)', async () => {
    const both = brokenRss.replace('<atom:link href="https://harbour.example.com/feed.xml" rel="self" type="application/rss+xml"/>', '');
    const quiet = await atoma(['validate', '--quiet', '-'], both);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toContain('INTEGER_INVALID');
    expect(quiet.stdout).not.toContain('RSS_MISSING_ATOM_SELF');
    expect((await atoma(['validate', '--quiet', '--strict', '-'], both)).stdout).toContain('RSS_MISSING_ATOM_SELF');
  });

  it('writes JSON: one {input, format, valid, issues} per input, in order', async () => {
    const run = await atoma(['validate', '--format', 'json', VALID_RSS, '-'], brokenRss);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as { input: string; format: string; valid: boolean; issues: { code: string; line: number; column: number; path: string }[] }[];
    expect(results).toEqual([
      { input: VALID_RSS, format: 'rss', valid: true, issues: [] },
      {
        input: '<stdin>', format: 'rss', valid: false,
        issues: [{ severity: 'error', code: 'INTEGER_INVALID', message: 'The ttl (minutes) "often" is not a whole number', line: 18, column: 5, path: 'channel/ttl' }],
      },
    ]);
  });

  it('writes GitHub workflow annotations', async () => {
    const tricky = brokenRss.replace('<ttl>often</ttl>', '<ttl>often, 100%</ttl>');
    const run = await atoma(['validate', '--format', 'github', '-'], tricky);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('::error file=<stdin>,line=18,col=5,title=INTEGER_INVALID::The ttl (minutes) "often, 100%25" is not a whole number (channel/ttl)\n' +
      '1 input checked: 1 error, 0 warnings; 1 of 1 invalid\n'); // the summary, a plain line in the workflow log
    const warnings = await atoma(['validate', '--format', 'github', '-'], warningOnlyRss);
    expect(warnings.stdout).toMatch(/^::warning file=<stdin>,line=3,col=3,title=RSS_MISSING_ATOM_SELF::/);
    expect(warnings.code).toBe(0);
  });

  it('exits 2 when an input cannot be read, and still reports the others', async () => {
    const run = await atoma(['validate', join(repoRoot, 'fixtures', 'no-such-feed.xml'), VALID_RSS]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('no-such-feed.xml  error  No such file  INPUT_NOT_FOUND');
    expect(run.stdout).toContain('2 inputs checked: 1 error, 0 warnings; 1 of 2 invalid; 1 could not be read');
  });

  it('shows no progress line when stderr is not a terminal', async () => {
    const run = await atoma(['validate', VALID_RSS, VALID_ATOM, VALID_RSS]);
    expect(run.stderr).toBe('');
  });
});

describe('atoma validate on URLs', () => {
  it('fetches a feed, and compares its self link with the address it was read from', async () => {
    const run = await atoma(['validate', `${base}/feed.xml`]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/warning {2}The rel="self" link "https:\/\/harbour\.example\.com\/feed\.xml" is not the address .* {2}SELF_LINK_MISMATCH$/);
  });

  it('reports an HTTP error status as unreadable (exit 2)', async () => {
    const run = await atoma(['validate', '--format', 'json', `${base}/missing.xml`]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual([
      { input: `${base}/missing.xml`, format: null, valid: false, issues: [{ severity: 'error', code: 'FETCH_STATUS', message: 'HTTP 404 Not Found' }] },
    ]);
  });

  it('follows redirects, and refuses a redirect loop', async () => {
    const run = await atoma(['validate', `${base}/old/feed.atom`]);
    expect(run.code).toBe(0);
    const loop = await atoma(['validate', `${base}/loop`]);
    expect(loop.code).toBe(2);
    expect(loop.stdout).toContain(`HTTP 302 Found redirects back to ${base}/loop: a redirect loop  FETCH_REDIRECTS`);
  });

  it('gives up on a slow response after --timeout', async () => {
    const started = Date.now();
    const run = await atoma(['validate', '--timeout', '0.5', `${base}/slow.xml`]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('FETCH_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('refuses a body over --max-bytes, whether the size is announced or streamed', async () => {
    for (const path of ['/huge.xml', '/huge-chunked.xml']) {
      const run = await atoma(['validate', '--max-bytes', '50000', `${base}${path}`]);
      expect(run.code, path).toBe(2);
      expect(run.stdout).toContain('The input is larger than 50000 bytes (see --max-bytes)  INPUT_TOO_LARGE');
    }
  });

  it('reports a server that does not answer as unreadable', async () => {
    const closed = await atoma(['validate', 'http://127.0.0.1:9/feed.xml']);
    expect(closed.code).toBe(2);
    expect(closed.stdout).toContain('FETCH_NETWORK');
  });

  it('checks many inputs at most --concurrency at a time, and reports them in the order given', async () => {
    mostInFlight = 0;
    const urls = Array.from({ length: 10 }, (_, i) => `${base}/slowish/${i}.xml`);
    const run = await atoma(['validate', '--concurrency', '3', '--format', 'json', ...urls]);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as { input: string; valid: boolean }[];
    expect(results.map((r) => r.input)).toEqual(urls);
    expect(results.map((r) => r.valid)).toEqual(urls.map((_, i) => i % 2 === 0));
    expect(mostInFlight).toBeGreaterThan(1);
    expect(mostInFlight).toBeLessThanOrEqual(3);
  });
});

describe('atoma parse', () => {
  it('prints the format\'s own model as JSON', async () => {
    const run = await atoma(['parse', VALID_RSS]);
    expect(run.code).toBe(0);
    const channel = JSON.parse(run.stdout) as { title: string; items: { pubDate: string }[]; ttl: number };
    expect(channel).toMatchObject({ title: 'Harbour Notes', ttl: 60 });
    expect(channel.items[0]?.pubDate).toBe('2024-03-04T07:30:00.000Z');
  });

  it('prints the unified Feed with --simple (what npm start shows)', async () => {
    const run = await atoma(['parse', fixture('rss/sample.xml'), '--simple']);
    expect(run.code).toBe(0);
    const feed = JSON.parse(run.stdout) as { format: string; title: string; articles: unknown[] };
    expect(feed).toMatchObject({ format: 'rss', title: 'The Lighthouse Log' });
    expect(feed.articles.length).toBeGreaterThan(0);
  });

  it('sanitizes HTML unless --no-sanitize', async () => {
    const scripted = validRss.replace('<p>The highest tides', '<p>The highest tides<script>track()</script>');
    const clean = JSON.parse((await atoma(['parse', '-'], scripted)).stdout) as { items: { contentEncoded: string }[] };
    expect(clean.items[0]?.contentEncoded).not.toContain('<script');
    const raw = JSON.parse((await atoma(['parse', '--no-sanitize', '-'], scripted)).stdout) as { items: { contentEncoded: string }[] };
    expect(raw.items[0]?.contentEncoded).toContain('<script>track()</script>');
  });

  it('reads a broken feed with --lenient, listing what it read past; strict by default', async () => {
    const broken = validRss.replace('</channel>', '').replace('</rss>', '');
    const strict = await atoma(['parse', '-'], broken);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('XML_MALFORMED');
    const lenient = await atoma(['parse', '--lenient', '-'], broken);
    expect(lenient.code).toBe(0);
    const channel = JSON.parse(lenient.stdout) as { title: string; warnings: { code: string; line: number }[] };
    expect(channel.title).toBe('Harbour Notes');
    expect(channel.warnings.map((w) => w.code)).toContain('XML_UNCLOSED_ELEMENT');
  });

  it('reads JSON Feed and OPML too', async () => {
    const json = JSON.parse((await atoma(['parse', fixture('validate/valid-feed.json')])).stdout) as { version: string; items: unknown[] };
    expect(json).toMatchObject({ version: 'https://jsonfeed.org/version/1.1' });
    expect(json.items).toHaveLength(2);
    const opml = JSON.parse((await atoma(['parse', fixture('validate/valid-opml.xml')])).stdout) as { title: string };
    expect(opml.title).toBe('Reading list');
  });

  it('resolves relative URLs against the final URL after redirects', async () => {
    const run = await atoma(['parse', `${base}/old/feed.atom`]);
    expect(run.code).toBe(0);
    const feed = JSON.parse(run.stdout) as { entries: { links: { href: string }[] }[] };
    expect(feed.entries[1]?.links[0]?.href).toBe(`${base}/new/clockwork.html`);
  });

  it('exits 1 for a document that is not a feed, 2 for one that cannot be read', async () => {
    const notFeed = await atoma(['parse', '-'], '<html><body>hello</body></html>');
    expect(notFeed.code).toBe(1);
    expect(notFeed.stderr).toMatch(/^atoma: <stdin>: .+ \(NOT_A_FEED\)\n$/);
    expect(notFeed.stdout).toBe('');
    const missing = await atoma(['parse', `${base}/missing.xml`]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('HTTP 404 Not Found (FETCH_STATUS)');
  });
});
