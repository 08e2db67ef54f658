// The edge claim, on an edge runtime: the built package bundled as an application would bundle it
// (esbuild; atoma/core for --platform=neutral, the full entry for --platform=browser), then run in
// @edge-runtime/vm, the Web-API-only context of Vercel's Edge Runtime (no require, no process, no
// Buffer, no Node built-ins). RSS and Atom are parsed there and compared with Node's results.
import { EdgeVM } from '@edge-runtime/vm';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as atoma from '../../src/index.js';
import { repoRoot } from '../helpers.js';
import { bundle, NEUTRAL_FULL_ENTRY, type BundleOptions } from './bundler.js';

const built = existsSync(`${repoRoot}/dist/core.js`) && existsSync(`${repoRoot}/dist/index.js`);

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
  <title>Edge notes</title><link>https://edge.example/</link><description>Short &lt;b&gt;notes&lt;/b&gt;</description>
  <item><title>Caf\u00e9 opening</title><link>https://edge.example/cafe</link><pubDate>Tue, 07 May 2024 09:30:00 +0200</pubDate>
    <description><![CDATA[<p onclick="steal()">Opening <a href="/menu">menu</a><script>track()</script></p>]]></description></item>
  <item><title>Second</title><guid>https://edge.example/2</guid><pubDate>Wed, 08 May 2024 10:00:00 EST</pubDate></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/blog/"><id>urn:uuid:feed</id>
  <title>Atom at the edge</title><updated>2024-05-07T10:00:00Z</updated>
  <entry><id>urn:uuid:1</id><title type="html">First &lt;em&gt;entry&lt;/em&gt;</title><updated>2024-05-07T10:00:00+02:00</updated>
    <link href="posts/1"/><content type="html">&lt;img src="img/a.png" onerror="x()"&gt; text</content></entry>
</feed>`;

/** Bundles `source` as a script that leaves its exports on globalThis.lib. */
async function bundleForVm(source: string, options: BundleOptions): Promise<string> {
  return (await bundle(source, { ...options, format: 'iife', minify: false })).code;
}

/** A fresh edge runtime with the bundle loaded; `run` evaluates an expression and returns its JSON. */
function edgeRuntimeWith(bundle: string): { run: (expression: string) => unknown; vm: EdgeVM } {
  const vm = new EdgeVM();
  vm.evaluate(`${bundle};globalThis.lib = lib;`);
  return { vm, run: (expression) => JSON.parse(vm.evaluate<string>(`JSON.stringify(${expression})`)) };
}

/** The JSON a Node parse gives, to compare with what came back from the VM. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

describe.runIf(built)('in the Edge Runtime (@edge-runtime/vm)', () => {
  it('is an edge-like context: Web APIs, no Node', () => {
    const vm = new EdgeVM();
    expect(vm.evaluate(`[typeof require, typeof process, typeof Buffer, typeof TextDecoder, typeof URL, typeof fetch].join()`))
      .toBe('undefined,undefined,undefined,function,function,function');
  });

  it('atoma/core, bundled for --platform=neutral, parses RSS and Atom with sanitize: false and with a sanitize function', async () => {
    const { run } = edgeRuntimeWith(await bundleForVm(`export * from 'atoma/core';`, { platform: 'neutral' }));
    const rss = run(`lib.parseFeed(${JSON.stringify(RSS)}, { sanitize: false })`);
    expect(rss).toEqual(asJson(atoma.parseFeed(RSS, { sanitize: false })));
    expect(rss).toMatchObject({
      format: 'rss', title: 'Edge notes', subtitle: 'Short notes',
      articles: [{ title: 'Caf\u00e9 opening', publishedAt: '2024-05-07T07:30:00.000Z' }, { publishedAt: '2024-05-08T15:00:00.000Z' }],
    });
    // Bytes, as a fetch Response's arrayBuffer() gives them, and a sanitize function of the caller's.
    const atom = run(`lib.parseAtom(new TextEncoder().encode(${JSON.stringify(ATOM)}).buffer,
      { sanitize: (html, { baseUrl }) => html.replace(/ on[a-z]+="[^"]*"/g, '') + ' @ ' + baseUrl })`) as { entries: { content: { value: string } }[] };
    expect(atom.entries[0]!.content.value).toBe('<img src="img/a.png"> text @ https://atom.example/blog/');
    expect(run(`(() => { try { lib.parseRss('<rss/>'); } catch (e) { return [e.name, e.code]; } })()`)).toEqual(['FeedDocumentError', 'INVALID_OPTION']);
    expect(run(`lib.validateFeed(${JSON.stringify(RSS)}).valid`)).toBe(true);
  }, 60_000);

  it('atoma/core, bundled for the browser, decodes with the runtime\'s TextDecoder and refuses what it lacks with XML_ENCODING', async () => {
    const vm = new EdgeVM();
    // A runtime whose decoder knows EUC-KR but not x-user-defined (the bundle takes TextDecoder as it loads).
    vm.evaluate(`globalThis.TextDecoder = class extends TextDecoder {
      constructor(label, options) { if (String(label).trim().toLowerCase() === 'x-user-defined') throw new RangeError('unsupported'); super(label, options); }
    };`);
    vm.evaluate(`${await bundleForVm(`export * from 'atoma/core';`, { platform: 'browser' })};globalThis.lib = lib;`);
    const feed = (encoding: string, title: string) =>
      `new Uint8Array([...new TextEncoder().encode('<?xml version="1.0" encoding="${encoding}"?><rss version="2.0"><channel><title>'), ${title}, ...new TextEncoder().encode('</title></channel></rss>')])`;
    const read = (encoding: string, title: string) => JSON.parse(vm.evaluate<string>(`(() => {
      try { return JSON.stringify(lib.parseFeed(${feed(encoding, title)}, { sanitize: false }).title); }
      catch (e) { return JSON.stringify([e.name, e.code]); } })()`)) as unknown;
    expect(read('euc-kr', '0xb9, 0xe6, 0xb0, 0xa2')).toBe('방각');
    expect(read('x-user-defined', '0x41, 0x80')).toEqual(['FeedXmlError', 'XML_ENCODING']);
  }, 60_000);

  it.each([
    ['--platform=browser', { platform: 'browser' }],
    ['--platform=neutral, main fields set, postcss an empty module', NEUTRAL_FULL_ENTRY],
  ] as [string, BundleOptions][])('the full atoma entry, bundled with %s, sanitizes there as it does in Node', async (_how, options) => {
    const { run } = edgeRuntimeWith(await bundleForVm(`export * from 'atoma';`, options));
    const rss = run(`lib.parseRss(${JSON.stringify(RSS)}, { baseUrl: 'https://edge.example/feed' })`);
    expect(rss).toEqual(asJson(atoma.parseRss(RSS, { baseUrl: 'https://edge.example/feed' })));
    expect((rss as { items: { description: string }[] }).items[0]!.description).toBe('<p>Opening <a href="https://edge.example/menu">menu</a></p>');
    const atom = run(`lib.parseFeed(${JSON.stringify(ATOM)})`);
    expect(atom).toEqual(asJson(atoma.parseFeed(ATOM)));
    expect(atom).toMatchObject({ title: 'Atom at the edge', articles: [{ title: 'First entry', content: '<img src="https://atom.example/blog/img/a.png" /> text' }] });
    // Markup only the full sanitizer reads (a style attribute, deep nesting), and an extended allowlist.
    const full = `<p style="color:red" title="t">x</p>${'<div>'.repeat(300)}deep`;
    expect(run(`lib.sanitizeHtml(${JSON.stringify(full)})`)).toBe(atoma.sanitizeHtml(full));
    const custom = run(`lib.createSanitizer({ iframeHosts: ['www.youtube.com'] })('<iframe src="https://www.youtube.com/embed/x"></iframe>', { baseUrl: null })`);
    expect(custom).toContain('<iframe src="https://www.youtube.com/embed/x" sandbox=');
  }, 60_000);
});

it.skipIf(built)('skipped: dist/ is not built (run npm run build)', () => {});
