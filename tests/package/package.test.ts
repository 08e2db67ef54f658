// The published shape, checked the way the ecosystem checks it, on the built package (npm test builds first).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';

const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });
const built = existsSync(`${repoRoot}/dist/index.js`) && existsSync(`${repoRoot}/dist/cjs/index.js`);
const feed = '<rss version="2.0"><channel><title>T</title><item><title>I</title></item></channel></rss>';

describe.runIf(built)('the built package', () => {
  it('works with import (ESM), including atoma/node', () => {
    const out = node([
      '--input-type=module',
      '-e',
      `import { parseRss, parseFeed, FeedXmlError } from 'atoma'; import { parseRssFile } from 'atoma/node';
       const c = parseRss(${JSON.stringify(feed)});
       const f = await parseRssFile('fixtures/rss/sample.xml');
       let code; try { parseRss('<rss>'); } catch (e) { code = e instanceof FeedXmlError && e.code; }
       console.log(JSON.stringify([c.items[0].title, f.title, parseFeed(${JSON.stringify(feed)}).format, code]));`,
    ]);
    expect(JSON.parse(out)).toEqual(['I', 'The Lighthouse Log', 'rss', 'XML_MALFORMED']);
  });

  it('works with require (CommonJS), including atoma/node', () => {
    const out = node([
      '-e',
      `const { parseRss, FeedParseError } = require('atoma'); const { parseFeedFile } = require('atoma/node');
       let code; try { parseRss('<rss version="9"><channel/></rss>'); } catch (e) { code = e instanceof FeedParseError && e.code; }
       parseFeedFile('fixtures/rss/sample.xml').then((f) => console.log(JSON.stringify([parseRss(${JSON.stringify(feed)}).title, f.articles.length, code])));`,
    ]);
    expect(JSON.parse(out)).toEqual(['T', 3, 'RSS_VERSION']);
  });

  it('serves atoma/core to import and require: the parsers without a sanitizer', () => {
    const esm = node([
      '--input-type=module',
      '-e',
      `import { parseFeed, FeedDocumentError } from 'atoma/core';
       let code; try { parseFeed(${JSON.stringify(feed)}); } catch (e) { code = e instanceof FeedDocumentError && e.code; }
       console.log(JSON.stringify([parseFeed(${JSON.stringify(feed)}, { sanitize: false }).articles[0].title, code]));`,
    ]);
    expect(JSON.parse(esm)).toEqual(['I', 'INVALID_OPTION']);
    const cjs = node(['-e', `const { parseRss } = require('atoma/core'); console.log(JSON.stringify(parseRss(${JSON.stringify(feed)}, { sanitize: false }).title));`]);
    expect(JSON.parse(cjs)).toBe('T');
  });

  it('passes publint', async () => {
    const { publint } = await import('publint');
    const { messages } = await publint({ pkgDir: repoRoot, strict: true, level: 'warning' });
    expect(messages.map((m) => `${m.code} ${m.path.join('.')}`)).toEqual([]);
  });

  it('has types that resolve on every row of arethetypeswrong (node10, node16 from CJS and ESM, bundler)', () => {
    const attw = createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json').replace(/package\.json$/, 'dist/index.js');
    // Exits non-zero on any problem; node10 resolves atoma/node through typesVersions.
    const out = execFileSync(process.execPath, [attw, '--pack', '.', '--format', 'json'], { cwd: repoRoot, encoding: 'utf8' });
    const { problems } = JSON.parse(out) as { problems: Record<string, unknown[]> };
    expect(Object.values(problems).flat()).toEqual([]);
  }, 60_000);

  it('instanceof holds across the ESM and CommonJS copies loaded in one program', () => {
    const out = node([
      '--input-type=module',
      '-e',
      `import * as esm from 'atoma'; import { createRequire } from 'node:module';
       const cjs = createRequire(import.meta.url)('atoma');
       const caught = (f) => { try { f(); } catch (e) { return e; } };
       const fromCjs = caught(() => cjs.parseRss('<rss>'));
       const fromEsm = caught(() => esm.parseRss('<rss version="9"><channel/></rss>'));
       console.log(JSON.stringify([
         esm.FeedXmlError !== cjs.FeedXmlError,
         fromCjs instanceof esm.FeedXmlError, fromCjs instanceof esm.FeedDocumentError, fromCjs instanceof esm.FeedParseError,
         fromEsm instanceof cjs.FeedParseError, fromEsm instanceof cjs.FeedDocumentError, fromEsm instanceof Error,
         Object.assign(new Error('x'), { code: 'XML_MALFORMED' }) instanceof esm.FeedDocumentError,
         Object.keys(fromCjs).includes('code'), JSON.stringify(fromCjs) === JSON.stringify({ code: 'XML_MALFORMED', name: 'FeedXmlError', line: 1, column: 6 }),
       ]));`,
    ]);
    expect(JSON.parse(out)).toEqual([true, true, true, false, true, false, true, false, true, true]);
  });

  it('ships the LICENSE and the docs the README links and shows (docs/bench.svg)', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: repoRoot, encoding: 'utf8' });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'docs/bench.svg', 'docs/fetch.md', 'dist/index.js', 'dist/node.d.ts']));
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('tests/'))).toEqual([]);
  });
});

it.skipIf(built)('skipped: dist/ is not built (run npm run build)', () => {});
