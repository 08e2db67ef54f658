// Bundle sizes, measured the way an application bundles the package: esbuild, minified, ESM,
// tree-shaken from the built package (npm test builds first), gzip level 9. Three entries of atoma
// and the peers' equivalents, for browsers; atoma/core for --platform=neutral too (edge runtimes).
// docs/bundles.md reports the same numbers, and this test keeps them current.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docPage, repoRoot } from '../helpers.js';
import { bundle, NEUTRAL_FULL_ENTRY, type Bundle, type BundleOptions } from './bundler.js';

const built = existsSync(`${repoRoot}/dist/core.js`) && existsSync(`${repoRoot}/dist/index.js`);

const ENTRIES = {
  everything: `export * from 'atoma';`,
  core: `import { parseFeed } from 'atoma/core'; console.log(parseFeed(globalThis.input, { sanitize: false }));`,
  parseDate: `import { parseDate } from 'atoma'; console.log(parseDate(globalThis.input));`,
};

const PEERS = {
  'feedsmith parseFeed': `import { parseFeed } from 'feedsmith'; console.log(parseFeed(globalThis.input));`,
  'feedsmith parseFeed + sanitize-html': `import { parseFeed } from 'feedsmith'; import sanitize from 'sanitize-html';
    console.log(parseFeed(globalThis.input), sanitize(globalThis.html));`,
  '@rowanmanning/feed-parser parseFeed': `import { parseFeed } from '@rowanmanning/feed-parser'; console.log(parseFeed(globalThis.input));`,
  // rss-parser needs Node's http, https and url: bundlers take its own browser build instead.
  'rss-parser (its browser build)': `import Parser from 'rss-parser/dist/rss-parser.min.js'; console.log(new Parser().parseString(globalThis.input));`,
};

/** `| label | 12.3 KB | …` rows of docs/bundles.md: label → gzip bytes. */
function documentedSizes(): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const [, label, kb] of docPage('bundles.md').matchAll(/^\| ([^|]+?) \| [^|]+? \| ([0-9.]+) KB \|/gm)) {
    sizes.set(label!, Number(kb) * 1000);
  }
  return sizes;
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

describe.runIf(built)('bundle sizes (esbuild, minified, gzip -9)', () => {
  const measured = new Map<string, Bundle>();
  const measure = async (label: string, source: string, options: BundleOptions = {}) => {
    const result = await bundle(source, options);
    measured.set(label, result);
    console.log(`${label}: ${kb(result.minified)} minified, ${kb(result.gzip)} gzip`);
    return result;
  };

  it('everything of atoma: the parsers, the validator and the built-in sanitizer', async () => {
    const everything = await measure('atoma, everything', ENTRIES.everything);
    expect(everything.packages).toContain('sanitize-html');
    expect(everything.gzip).toBeLessThan(260_000);
  }, 60_000);

  it('parseFeed with sanitize: false from atoma/core: no sanitizer, no HTML parser, and it builds for --platform=neutral', async () => {
    // In a browser bundle the legacy encodings are the browser's own decoders (docs/bundles.md).
    const browser = await measure('atoma/core, parseFeed with sanitize: false', ENTRIES.core);
    expect(browser.packages).toEqual(['@exodus/bytes']);
    expect(browser.code).not.toMatch(/postcss|htmlparser2|sanitize-html/);
    expect(browser.gzip).toBeLessThan(55_000);
    expect(browser.gzip).toBeLessThan(measured.get('feedsmith parseFeed')?.gzip ?? 63_800);
    // Built for neutral platforms (edge runtimes, workers), it carries @exodus/bytes' own decoders and their tables.
    const neutral = await measure('atoma/core, parseFeed with sanitize: false, neutral', ENTRIES.core, { platform: 'neutral' });
    expect(neutral.packages).toEqual(['@exodus/bytes']);
    expect(neutral.code).not.toMatch(/postcss|htmlparser2|sanitize-html/);
    expect(neutral.gzip).toBeLessThan(145_000);
    expect(neutral.gzip - browser.gzip).toBeGreaterThan(60_000); // the multi-byte index tables
    const allOfCore = await measure('atoma/core, everything', `export * from 'atoma/core';`);
    expect(allOfCore.packages).toEqual(['@exodus/bytes']);
    expect(allOfCore.gzip).toBeLessThan(90_000);
  }, 60_000);

  it('parseDate alone', async () => {
    const date = await measure('atoma, parseDate alone', ENTRIES.parseDate);
    expect(date.packages).toEqual([]);
    expect(date.gzip).toBeLessThan(10_000);
    const fromCore = await bundle(ENTRIES.parseDate.replace(`'atoma'`, `'atoma/core'`), { platform: 'neutral' });
    expect(fromCore.gzip).toBe(date.gzip);
  }, 60_000);

  it('the atoma entry builds for --platform=neutral with main fields set and postcss as an empty module', async () => {
    await expect(bundle(ENTRIES.everything, { platform: 'neutral' })).rejects.toThrow(/Could not resolve/);
    await expect(bundle(ENTRIES.everything, { platform: 'neutral', mainFields: ['module', 'main'] })).rejects.toThrow(/Could not resolve "(fs|path|url)"/);
    const neutral = await measure('atoma, everything, neutral without postcss', ENTRIES.everything, NEUTRAL_FULL_ENTRY);
    expect(neutral.packages).toContain('sanitize-html');
    expect(neutral.packages).not.toContain('postcss');
    expect(neutral.gzip).toBeLessThan(345_000);
  }, 60_000);

  it("the peers' bundles, measured the same way", async () => {
    for (const [label, source] of Object.entries(PEERS)) {
      const peer = await measure(label, source);
      expect(peer.gzip, label).toBeGreaterThan(10_000);
    }
  }, 120_000);

  it('docs/bundles.md reports these sizes (within 10%)', () => {
    const documented = documentedSizes();
    expect([...documented.keys()].sort()).toEqual([...measured.keys()].sort());
    for (const [label, { gzip }] of measured) {
      const written = documented.get(label)!;
      expect(Math.abs(written - gzip) / gzip, `${label}: docs say ${kb(written)}, measured ${kb(gzip)}`).toBeLessThan(0.1);
    }
  });
});

it.skipIf(built)('skipped: dist/ is not built (run npm run build)', () => {});
