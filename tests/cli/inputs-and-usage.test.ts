// atoma's arguments: directories and globs, --base-url for files, unknown options with a
// suggestion, --strict's reason in the summary, and the summary line of --format github.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';
import { atoma, ensureBuilt } from './run-cli.js';

const validRss = readFileSync(join(repoRoot, 'fixtures/validate/valid-rss.xml'), 'utf8');
const validAtom = readFileSync(join(repoRoot, 'fixtures/validate/valid-atom.xml'), 'utf8');
const brokenRss = validRss.replace('<ttl>60</ttl>', '<ttl>often</ttl>');
const warningOnlyRss = validRss.replace(/<atom:link [^>]*rel="self"[^>]*\/>/, '');

let dir = '';

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'atoma-inputs-'));
  mkdirSync(join(dir, 'feeds', 'archive', '2024'), { recursive: true });
  mkdirSync(join(dir, 'feeds', '.hidden'));
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'feeds', 'news.xml'), validRss);
  writeFileSync(join(dir, 'feeds', 'posts.atom'), validAtom);
  writeFileSync(join(dir, 'feeds', 'broken.rss'), brokenRss);
  writeFileSync(join(dir, 'feeds', 'README.txt'), 'not a feed');
  writeFileSync(join(dir, 'feeds', 'archive', '2024', 'old.xml'), validRss);
  writeFileSync(join(dir, 'feeds', '.hidden', 'secret.xml'), brokenRss);
  mkdirSync(join(dir, 'feeds', 'node_modules', 'pkg'), { recursive: true });
  writeFileSync(join(dir, 'feeds', 'node_modules', 'pkg', 'test.xml'), brokenRss);
  writeFileSync(join(dir, 'relative.xml'), validRss.replace('<link>https://harbour.example.com/2024/03/spring-tides/</link>', '<link>2024/03/spring-tides/</link>'));
  writeFileSync(join(dir, 'warned.xml'), warningOnlyRss);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inputsOf = (stdout: string) => (JSON.parse(stdout) as { input: string }[]).map((r) => r.input.slice(dir.length + 1));

describe('atoma validate: directories and globs', () => {
  it('a directory stands for the feed files directly in it, sorted', async () => {
    const run = await atoma(['validate', '--format', 'json', join(dir, 'feeds')]);
    expect(inputsOf(run.stdout)).toEqual(['feeds/broken.rss', 'feeds/news.xml', 'feeds/posts.atom']);
    expect(run.code).toBe(1);
  });

  it('a glob stands for the files it matches; ** goes down any depth, hidden entries and node_modules skipped', async () => {
    const one = await atoma(['validate', '--format', 'json', join(dir, 'feeds/*.xml')]);
    expect(inputsOf(one.stdout)).toEqual(['feeds/news.xml']);
    expect(one.code).toBe(0);
    const deep = await atoma(['validate', '--format', 'json', join(dir, 'feeds/**/*.xml')]);
    expect(inputsOf(deep.stdout)).toEqual(['feeds/news.xml', 'feeds/archive/2024/old.xml']);
    const sets = await atoma(['validate', '--format', 'json', join(dir, 'feeds/[bn]*.?ss'), join(dir, 'feeds/n?ws.xml')]);
    expect(inputsOf(sets.stdout)).toEqual(['feeds/broken.rss', 'feeds/news.xml']);
  });

  it('a directory or glob that matches nothing is an input that cannot be read (exit 2)', async () => {
    const run = await atoma(['validate', join(dir, 'empty'), join(dir, 'feeds/news.xml'), join(dir, 'feeds/*.nothing')]);
    expect(run.code).toBe(2);
    const json = await atoma(['validate', '--format', 'json', join(dir, 'empty'), join(dir, 'feeds/news.xml'), join(dir, 'feeds/*.nothing')]);
    expect(inputsOf(json.stdout)).toEqual(['empty', 'feeds/news.xml', 'feeds/*.nothing']); // in the order given
    expect(run.stdout).toContain('No feed file matches');
    expect(run.stdout).toContain('INPUT_NOT_FOUND');
  });
});

describe('--base-url', () => {
  it('resolves a file\'s relative links (parse and validate)', async () => {
    const file = join(dir, 'relative.xml');
    const without = await atoma(['parse', file]);
    expect(JSON.parse(without.stdout).items[0].link).toBe('2024/03/spring-tides/');
    const parsed = await atoma(['parse', file, '--base-url', 'https://harbour.example.com/']);
    expect(JSON.parse(parsed.stdout).items[0].link).toBe('https://harbour.example.com/2024/03/spring-tides/');
    const fromStdin = await atoma(['parse', '-', '--base-url', 'https://harbour.example.com/feeds/'], readFileSync(file));
    expect(JSON.parse(fromStdin.stdout).items[0].link).toBe('https://harbour.example.com/feeds/2024/03/spring-tides/');
    const validated = await atoma(['validate', '--format', 'json', file, '--base-url', 'https://harbour.example.com/']);
    // RSS wants absolute links whatever the base: the validator still says so.
    expect(validated.stdout).toContain('URL_NOT_ABSOLUTE');
    expect(validated.code).toBe(1);
  });

  it('must be an absolute URL', async () => {
    const run = await atoma(['parse', join(dir, 'relative.xml'), '--base-url', 'harbour']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--base-url must be an absolute URL, not "harbour"');
  });
});

describe('usage errors say what to type instead', () => {
  it('an unknown option gets the nearest one of the command', async () => {
    for (const [args, message] of [
      [['validate', '--fromat', 'json', 'x.xml'], 'Unknown option --fromat for atoma validate: did you mean --format?'],
      [['validate', '--stric', 'x.xml'], 'Unknown option --stric for atoma validate: did you mean --strict?'],
      [['parse', '--simpel', 'x.xml'], 'Unknown option --simpel for atoma parse: did you mean --simple?'],
      [['parse', '--format', 'json', 'x.xml'], '--format is an option of atoma validate, not of atoma parse'],
      [['validate', '--simple', 'x.xml'], '--simple is an option of atoma parse, not of atoma validate'],
      [['validate', '--zzzzzz', 'x.xml'], 'Unknown option --zzzzzz for atoma validate (see atoma --help)'],
      [['validate', '--__proto__', 'x.xml'], 'Unknown option --__proto__ for atoma validate (see atoma --help)'],
      [['valdate', 'x.xml'], 'Unknown command "valdate": did you mean validate?'],
    ] as const) {
      const run = await atoma([...args]);
      expect(run.code).toBe(2);
      expect(run.stderr.split('\n')[0]).toBe(`atoma: ${message}`);
    }
  });
});

describe('the summary line', () => {
  it('says why --strict failed the run', async () => {
    const file = join(dir, 'warned.xml');
    const lax = await atoma(['validate', file]);
    expect(lax.code).toBe(0);
    expect(lax.stdout).not.toContain('--strict');
    const strict = await atoma(['validate', '--strict', file, join(dir, 'feeds/news.xml')]);
    expect(strict.code).toBe(1);
    expect(strict.stdout.trimEnd().split('\n').at(-1)).toBe(
      '2 inputs checked: 0 errors, 1 warning; 1 of 2 with warnings only, which fail the run under --strict',
    );
  });

  it('ends --format github too', async () => {
    const run = await atoma(['validate', '--format', 'github', join(dir, 'feeds')]);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^::error file=.*broken\.rss,line=\d+,col=\d+,title=INTEGER_INVALID::/);
    expect(lines.at(-1)).toBe('3 inputs checked: 1 error, 0 warnings; 1 of 3 invalid');
  });
});
