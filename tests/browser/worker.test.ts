// A Web Worker in headless Chromium: the bundled entry parses RSS and Atom where there is no DOM,
// as a worker-based feed reader would run it, legacy encodings with the browser's own decoders.
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/index.js';
import { CHROMIUM, hasChromium, openHarness, useChromiumHarness } from './harness.js';

const RSS = `<rss version="2.0"><channel><title>Worker</title><link>https://w.example/</link>
<item><title>One</title><link>https://w.example/1</link><pubDate>Tue, 07 May 2024 09:30:00 GMT</pubDate>
<description>&lt;p onclick="x()"&gt;Hi &lt;a href="/a"&gt;a&lt;/a&gt;&lt;/p&gt;</description></item></channel></rss>`;
const ATOM = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://a.example/"><id>urn:f</id><title>A</title>
<entry><id>urn:e</id><title>E</title><content type="html">&lt;img src="i.png"&gt;</content></entry></feed>`;

// Titles in legacy multi-byte encodings, the cells Node's own ICU decoders get wrong among them: a
// browser bundle decodes them with the browser's TextDecoder, Node with @exodus/bytes' tables.
const LEGACY: [encoding: string, title: number[], expected: string][] = [
  ['euc-kr', [0x8c, 0x63, 0xb9, 0xe6, 0xb0, 0xa2, 0xc7, 0xcf], '똠방각하'],
  ['big5', [0x87, 0x40, 0xa4, 0x40], '\u43f0一'],
  ['gbk', [0xa2, 0xe3, 0xd6, 0xd0], '€中'],
  ['shift_jis', [0x82, 0xa0, 0x93, 0xfa], 'あ日'],
  ['euc-jp', [0xa4, 0xa2, 0xc6, 0xfc], 'あ日'],
];
const legacyFeed = ([encoding, title]: (typeof LEGACY)[number]) => [
  ...new TextEncoder().encode(`<?xml version="1.0" encoding="${encoding}"?><rss version="2.0"><channel><title>`),
  ...title,
  ...new TextEncoder().encode('</title></channel></rss>'),
];

describe.skipIf(!hasChromium)('in a Web Worker in headless Chromium', () => {
  const harness = useChromiumHarness();

  it('parses RSS and Atom (bytes and text) with the bundled entry, as Node does', async () => {
    const { page } = await openHarness(harness.browser, harness.server);
    const legacy = LEGACY.map(legacyFeed);
    const result = await page.evaluate(async ({ rss, atom, legacy }) => {
      const scope = globalThis as unknown as {
        location: { origin: string };
        Blob: new (parts: string[], options: { type: string }) => object;
        URL: { createObjectURL(blob: object): string };
        Worker: new (url: string, options: { type: string }) => {
          onmessage: ((event: { data: unknown }) => void) | null;
          onerror: ((event: { message: string }) => void) | null;
          postMessage(message: unknown): void;
        };
      };
      const source = `import * as atoma from '${scope.location.origin}/atoma.js';
        self.onmessage = (event) => {
          const { rss, atom, legacy } = event.data;
          postMessage(JSON.stringify({
            hasDocument: typeof document !== 'undefined',
            rss: atoma.parseFeed(rss),
            atom: atoma.parseFeed(new TextEncoder().encode(atom)),
            legacy: legacy.map((bytes) => atoma.parseFeed(new Uint8Array(bytes)).title),
          }));
        };`;
      const worker = new scope.Worker(scope.URL.createObjectURL(new scope.Blob([source], { type: 'text/javascript' })), { type: 'module' });
      return new Promise<string>((resolve, reject) => {
        worker.onmessage = (event) => resolve(event.data as string);
        worker.onerror = (event) => reject(new Error(event.message));
        worker.postMessage({ rss, atom, legacy });
      });
    }, { rss: RSS, atom: ATOM, legacy });
    const parsed = JSON.parse(result) as { hasDocument: boolean; rss: unknown; atom: unknown; legacy: string[] };
    expect(parsed.hasDocument).toBe(false);
    expect(parsed.rss).toEqual(JSON.parse(JSON.stringify(parseFeed(RSS))));
    expect(parsed.atom).toEqual(JSON.parse(JSON.stringify(parseFeed(ATOM))));
    expect(parsed.rss).toMatchObject({ articles: [{ content: '<p>Hi <a href="/a">a</a></p>', publishedAt: '2024-05-07T09:30:00.000Z' }] });
    const expected = LEGACY.map(([, , title]) => title);
    expect(parsed.legacy).toEqual(expected);
    expect(legacy.map((bytes) => parseFeed(new Uint8Array(bytes)).title)).toEqual(expected);
  }, 60_000);
});

if (!hasChromium) {
  describe('in a Web Worker in headless Chromium', () => {
    it.skip(`skipped: no Chromium at ${CHROMIUM} (install it with \`apt-get install chromium\`; CI's .ci/run does)`, () => undefined);
  });
  console.warn(`[browser worker test] skipped: no Chromium at ${CHROMIUM}; install it with \`apt-get install chromium\``);
}
