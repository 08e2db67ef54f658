// Every ```ts sample of the README and of docs/ compiles under strict TypeScript against the built
// package's types, as a user would import it ('atoma', 'atoma/node'), and runs without an error.
// Network and files come from the project's fixtures: fetch() is replaced by one that serves them.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';

interface Sample {
  /** Where it is written: `README.md:63`. */
  where: string;
  code: string;
  file: string;
}

/** The ```ts blocks of one Markdown file, with the line each starts on. */
function samplesOf(markdown: string, name: string): Omit<Sample, 'file'>[] {
  const samples: Omit<Sample, 'file'>[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.trim() !== '```ts') continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end]?.trim() !== '```') end++;
    if (end === lines.length) throw new Error(`${name}:${start}: a \`\`\`ts block that never closes`);
    samples.push({ where: `${name}:${start + 1}`, code: lines.slice(start, end).join('\n') });
    i = end;
  }
  return samples;
}

const documents = ['README.md', ...readdirSync(join(repoRoot, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
const samples: Sample[] = documents.flatMap((name) =>
  samplesOf(readFileSync(join(repoRoot, name), 'utf8'), name).map((s, i) => ({
    ...s,
    file: `${name.replace(/\W+/g, '-')}-${i + 1}`,
  })),
);

/** The URLs samples fetch, and the fixture each one serves. */
const SERVED: Record<string, string> = {
  'https://example.com/feed.xml': 'rss/sample.xml',
  'https://example.com/atom.xml': 'atom/xhtml-base-lang.xml',
  'https://example.com/feed.json': 'json/feed-1.1.json',
  'https://example.com/subscriptions.opml': 'opml/subscriptions.opml',
};

const fetchFromFixtures = `
import { readFileSync } from 'node:fs';
const served = ${JSON.stringify(Object.fromEntries(Object.entries(SERVED).map(([url, path]) => [url, join(repoRoot, 'fixtures', path)])))};
globalThis.fetch = async (input) => {
  const url = String(input instanceof Request ? input.url : input);
  const path = served[url];
  if (path === undefined) throw new TypeError('fetch failed: samples may only fetch ' + Object.keys(served).join(', '));
  const response = new Response(readFileSync(path), { status: 200 });
  Object.defineProperty(response, 'url', { value: url });
  return response;
};
`;

/** The names the built 'atoma' entry exports, values and types, read from its declarations. */
function exportedNames(): Set<string> {
  const declarations = readFileSync(join(repoRoot, 'dist', 'index.d.ts'), 'utf8');
  const names = new Set<string>();
  for (const [, list] of declarations.matchAll(/export (?:type )?\{([^}]*)\}/g)) {
    for (const name of (list ?? '').split(',')) if (name.trim() !== '') names.add(name.trim().replace(/^type /, ''));
  }
  return names;
}

/**
 * Checks appended to a sample that documents the API itself: a documented `declare function` or
 * `declare const` must accept the real export, and a documented interface, type or class must be
 * the real one (each assignable to the other), so the README's reference cannot drift from the code.
 */
function driftChecks(code: string, exported: Set<string>): string {
  const checks: string[] = [];
  const seen = new Set<string>();
  const equal = (a: string, b: string, name: string) =>
    `const documented_${name}_is_atoma_${name}: [${a}] extends [${b}] ? ([${b}] extends [${a}] ? true : false) : false = true;`;
  for (const [, kind, name] of code.matchAll(/^(?:declare )?(function|const|class|interface|type) (\w+)/gm)) {
    if (name === undefined || seen.has(name) || !exported.has(name)) continue;
    seen.add(name);
    if (kind === 'function' || kind === 'const') checks.push(`const documented_${name}_accepts_atoma_${name}: typeof ${name} = atoma__.${name};`);
    else if (kind === 'class') checks.push(equal(`InstanceType<typeof ${name}>`, `InstanceType<typeof atoma__.${name}>`, name));
    else checks.push(equal(name, `atoma__.${name}`, name));
  }
  return checks.length === 0 ? '' : `import * as atoma__ from 'atoma';\n${checks.join('\n')}\n`;
}

const built = existsSync(join(repoRoot, 'dist', 'index.d.ts')) && existsSync(join(repoRoot, 'dist', 'node.js'));
let dir = '';
/** The one tsc run over every sample (it emits the JavaScript the runs use, errors or not). */
let compiled: SpawnSyncReturns<string>;

describe.runIf(built)('the samples of the README and docs/', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'atoma-samples-'));
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(repoRoot, join(dir, 'node_modules', 'atoma'), 'dir');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
    writeFileSync(join(dir, 'fetch-from-fixtures.mjs'), fetchFromFixtures);
    copyFileSync(join(repoRoot, 'fixtures', 'rss', 'sample.xml'), join(dir, 'feed.xml'));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          target: 'ES2022',
          lib: ['ES2022'],
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          types: ['node'],
          typeRoots: [join(repoRoot, 'node_modules', '@types')],
          skipLibCheck: true,
          outDir: 'out',
          rootDir: '.',
        },
        include: ['samples'],
      }),
    );
    mkdirSync(join(dir, 'samples'));
    const exported = exportedNames();
    for (const sample of samples) {
      writeFileSync(join(dir, 'samples', `${sample.file}.ts`), `${sample.code}\nexport {};\n${driftChecks(sample.code, exported)}`);
    }
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    compiled = spawnSync(process.execPath, [tsc, '-p', dir, '--pretty', 'false'], { encoding: 'utf8', cwd: dir });
  }, 120_000);
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('finds the samples', () => {
    expect(samples.filter((s) => s.where.startsWith('README.md')).length).toBeGreaterThanOrEqual(8);
    expect(samples.some((s) => s.where.startsWith('docs/'))).toBe(true);
  });

  it('compiles every sample under strict TypeScript against the built types', () => {
    // Diagnostics name the temporary file and the line in it: point them at the document instead.
    const diagnostics = (compiled.stdout + compiled.stderr)
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((text) => {
        const match = /^samples\/(.+?)\.ts\((\d+),(\d+)\): (.*)$/.exec(text);
        const sample = match && samples.find((s) => s.file === match[1]);
        if (!match || !sample) return text;
        const line = Number(match[2]);
        const [name, first] = sample.where.split(':');
        const codeLines = sample.code.split('\n').length;
        if (line <= codeLines) return `${name}:${Number(first) + line - 1}:${match[3]} ${match[4]}`;
        // A drift check: quote it, it names what differs.
        const check = readFileSync(join(dir, 'samples', `${sample.file}.ts`), 'utf8').split('\n')[line - 1]?.slice(0, 90);
        return `${sample.where} (the block): ${match[4]} in ${check}`;
      });
    expect(diagnostics).toEqual([]);
    expect(compiled.status).toBe(0);
  });

  describe('runs', () => {
    for (const sample of samples) {
      it(sample.where, () => {
        const out = join(dir, 'out', 'samples', `${sample.file}.js`);
        expect(existsSync(out), 'compiled').toBe(true);
        const run = spawnSync(process.execPath, ['--import', './fetch-from-fixtures.mjs', out], {
          cwd: dir,
          encoding: 'utf8',
          timeout: 20_000,
        });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
      });
    }
  });
});
