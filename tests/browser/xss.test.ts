// End to end in headless Chromium: every sanitized XSS vector inserted with innerHTML, with
// detectors for any script execution; and the built ESM entry parsing feeds inside the page.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../src/html/index.js';
import { loadXssVectors, xmlText } from '../html/vectors.js';
import {
  CHROMIUM, hasChromium, insertAndProvoke, openHarness, repoRoot, useChromiumHarness,
} from './harness.js';

const vectors = loadXssVectors();

function rssOf(htmls: readonly string[]): string {
  return `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title>${
    htmls.map((html, i) => `<item><guid isPermaLink="false">${i}</guid><description>${xmlText(html)}</description>${
      html.includes(']]>') ? '' : `<content:encoded><![CDATA[${html}]]></content:encoded>`}</item>`).join('')}</channel></rss>`;
}

function atomOf(htmls: readonly string[], base: string): string {
  return `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${base}"><id>urn:x</id><title>t</title>${
    htmls.map((html, i) => `<entry><id>urn:${i}</id><title type="html">${xmlText(html)}</title><summary type="html">${
      xmlText(html)}</summary><content type="html">${xmlText(html)}</content></entry>`).join('')}</feed>`;
}

describe('the built ESM entry', () => {
  it('imports no Node built-in, directly or through its own modules', () => {
    const entry = join(repoRoot, 'dist', 'index.js');
    expect(existsSync(entry), 'dist/index.js is missing: run `npm run build` first (npm test does)').toBe(true);
    const seen = new Set<string>();
    const bare = new Set<string>();
    const queue = [entry];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, specifier] of code.matchAll(/(?:^|\s)(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)) {
        if (specifier === undefined) continue;
        if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier));
        else bare.add(specifier);
      }
    }
    expect(seen.size).toBeGreaterThan(10);
    const builtins = ['fs', 'path', 'url', 'os', 'crypto', 'stream', 'buffer', 'util', 'events', 'http', 'https', 'zlib', 'module', 'child_process', 'worker_threads'];
    expect([...bare].filter((name) => name.startsWith('node:') || builtins.includes(name))).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('in headless Chromium', () => {
  const harness = useChromiumHarness();

  it('the detectors catch unsanitized script (control)', async () => {
    const { page, collect } = await openHarness(harness.browser, harness.server);
    await insertAndProvoke(page, [
      '<img src="/missing.png" onerror="alert(\'onerror\')">',
      '<div onmouseover="alert(\'mouseover\')">x</div>',
      '<a href="javascript:alert(\'link\')">x</a>',
      '<img src="/xss-control.png">',
      '<img src="/missing.png" onerror="notDefined()">',
      '<iframe srcdoc="<script>alert(\'frame\')</script>"></iframe>',
    ]);
    const found = await collect();
    expect(found.hits).toEqual(expect.arrayContaining(["alert(onerror)", "alert(mouseover)", "alert(link)"]));
    expect(found.hits.some((hit) => hit.startsWith('click on a javascript: link'))).toBe(true);
    expect(found.beacons).toEqual(['GET /xss-control.png']);
    expect(found.dialogs).toEqual(['alert(frame)']);
    expect(found.pageErrors.some((message) => message.includes('notDefined'))).toBe(true);
  }, 60_000);

  it('no sanitized vector runs script, loads a beacon or navigates', async () => {
    const { page, collect } = await openHarness(harness.browser, harness.server);
    const base = `${harness.server.origin}/feed/`;
    const sanitized = vectors.map((vector) => sanitizeHtml(vector.html, { baseUrl: base }));
    await insertAndProvoke(page, sanitized);
    const found = await collect();
    expect(found.elements).toBeGreaterThan(200);
    expect(found.links).toBeGreaterThan(50);
    expect({ ...found, elements: 0, links: 0 }).toEqual({
      hits: [], dialogs: [], pageErrors: [], beacons: [], navigations: [], popups: [], elements: 0, links: 0,
    });
  }, 60_000);

  it('the bundled entry sanitizes like Node and parses RSS and Atom feeds in the page', async () => {
    const { page, collect } = await openHarness(harness.browser, harness.server);
    const base = `${harness.server.origin}/feed/`;
    const htmls = vectors.map((vector) => vector.html);
    const inNode = htmls.map((html) => sanitizeHtml(html, { baseUrl: base }));
    // A string, so that the test runner's own module transform leaves this import alone.
    await page.evaluate("import('/atoma.js').then((module) => { globalThis.atoma = module; })");
    const result = await page.evaluate(({ htmls, rss, atom, base }) => {
      const { atoma } = globalThis as unknown as { atoma: typeof import('../../src/index.js') };
      const channel = atoma.parseRss(rss, { baseUrl: base });
      const feed = atoma.parseAtom(new TextEncoder().encode(atom));
      return {
        sanitized: htmls.map((html) => atoma.sanitizeHtml(html, { baseUrl: base })),
        items: channel.items.length,
        entries: feed.entries.length,
        rssHtml: channel.items.flatMap((item) => [item.description ?? '', item.contentEncoded ?? '']),
        atomHtml: feed.entries.flatMap((entry) => [entry.title?.value ?? '', entry.summary?.value ?? '', entry.content?.value ?? '']),
        atomContent: feed.entries.map((entry) => entry.content?.value ?? ''),
      };
    }, { htmls, rss: rssOf(htmls), atom: atomOf(htmls, base), base });
    expect(result.items).toBe(vectors.length);
    expect(result.entries).toBe(vectors.length);
    expect(result.sanitized).toEqual(inNode);
    expect(result.atomContent).toEqual(htmls.map((html) => sanitizeHtml(html.trim(), { baseUrl: base })));
    await insertAndProvoke(page, [...result.sanitized, ...result.rssHtml, ...result.atomHtml]);
    const found = await collect();
    expect(found.elements).toBeGreaterThan(1000);
    expect({ ...found, elements: 0, links: 0 }).toEqual({
      hits: [], dialogs: [], pageErrors: [], beacons: [], navigations: [], popups: [], elements: 0, links: 0,
    });
  }, 60_000);
});

if (!hasChromium) {
  describe('in headless Chromium', () => {
    it.skip(`skipped: no Chromium at ${CHROMIUM} (install it with \`apt-get install chromium\`; CI's .ci/run does)`, () => undefined);
  });
  console.warn(`[browser tests] skipped: no Chromium at ${CHROMIUM}; install it with \`apt-get install chromium\``);
}
