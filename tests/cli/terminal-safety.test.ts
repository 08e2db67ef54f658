// Nothing a document carries reaches the terminal raw: every C0 and C1 control and every bidi
// control, put into element names, attribute names and values, text, JSON keys and values, and
// file names, comes out escaped in every command and output format. Compressed and binary
// inputs are named, not quoted.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeControls } from '../../src/xml/clip.js';
import { atoma, ensureBuilt, type Run } from './run-cli.js';

const CODES = [
  ...Array.from({ length: 0x20 }, (_, i) => i),
  ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
  0x061c, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
];
const ALL = String.fromCodePoint(...CODES);
const DANGEROUS = new RegExp(`[${CODES.filter((c) => c !== 0x0a).map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`, 'u');
const TERMINAL_TITLE = '\x1b]0;pwned\x07\x1b[31mRED';

const documents: Record<string, string> = {
  'values.xml': `<?xml version="1.0"?>
<rss version="2.0"><channel><title>News ${ALL}</title><link>https://example.com/${ALL}</link>
<description>${ALL}</description><language>${ALL}</language><ttl>${ALL}</ttl>
<item><title>${ALL}</title><link>https://example.com/a${ALL}</link><description>&lt;p&gt;${ALL}&lt;/p&gt;</description>
<guid isPermaLink="${ALL}">${ALL}</guid><pubDate>${ALL}</pubDate><category domain="${ALL}">${ALL}</category>
<enclosure url="${ALL}" length="${ALL}" type="${ALL}"/></item></channel></rss>`,
  'names.xml': `<rss version="2.0"><channel><title>T</title><link>https://example.com/</link><description>D</description>
<x${ALL}y a${ALL}b="1" ${ALL}="2">text</x${ALL}y><item><title>I</title></item></channel></rss>`,
  'end-tag.xml': `<rss version="2.0"><channel><title>x</${TERMINAL_TITLE}></title></channel></rss>`,
  'bad-end-tag.xml': `<rss version="2.0"><channel><title>x</title${TERMINAL_TITLE}\u202e></channel></rss>`,
  'atom.xml': `<feed xmlns="http://www.w3.org/2005/Atom"><id>${ALL}</id><title type="${ALL}">${ALL}</title>
<updated>${ALL}</updated><link rel="${ALL}" href="${ALL}"/><entry><id>${ALL}</id><title>${ALL}</title>
<content type="html">${ALL}</content><author><name>${ALL}</name><email>${ALL}</email></author></entry></feed>`,
  'feed.json': JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: ALL,
    home_page_url: `https://example.com/${ALL}`,
    [`x${ALL}`]: ALL,
    items: [{ id: ALL, url: ALL, title: ALL, content_html: ALL, date_published: ALL, tags: [ALL], [ALL]: 1 }],
  }),
  'type.json': JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: 'a', [`tags`]: ALL }] }),
  [`name${ALL.replace(/[\0/]/g, '')}.xml`]: `<rss version="2.0"><channel><title>T</title></channel></rss>`,
};

let dir = '';
const paths: string[] = [];

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'atoma-terminal-'));
  for (const [name, text] of Object.entries(documents)) {
    const path = join(dir, name);
    writeFileSync(path, text);
    paths.push(path);
  }
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectNothingRaw(run: Run): void {
  for (const [stream, text] of [['stdout', run.stdout], ['stderr', run.stderr]] as const) {
    const match = DANGEROUS.exec(text);
    expect(match, `${stream} carries U+${match?.[0]?.codePointAt(0)?.toString(16).padStart(4, '0')} raw`).toBeNull();
  }
}

describe('control and bidi characters reach the terminal escaped', () => {
  it('the escape is readable: \\x1b, \\u202e, \\n', () => {
    expect(escapeControls(`a${TERMINAL_TITLE}\u202eb\n`)).toBe('a\\x1b]0;pwned\\x07\\x1b[31mRED\\u202eb\\n');
    expect(escapeControls('plain text, unchanged')).toBe('plain text, unchanged');
  });

  for (const format of ['text', 'json', 'github']) {
    it(`atoma validate --format ${format}`, async () => {
      const run = await atoma(['validate', '--format', format, ...paths]);
      expect(run.code).toBe(1);
      expect(run.stdout.length).toBeGreaterThan(500);
      expectNothingRaw(run);
    });
  }

  it('atoma validate: the issues quote the document, escaped', async () => {
    const run = await atoma(['validate', join(dir, 'values.xml'), join(dir, 'names.xml'), join(dir, 'bad-end-tag.xml')]);
    expectNothingRaw(run);
    expect(run.stdout).toContain('</x\\x00\\x01');
    expect(run.stdout).toContain('The ttl (minutes) "\\x7f\\x80');
    expect(run.stdout).toContain('\\u202e');
  });

  for (const name of Object.keys(documents)) {
    for (const flags of [[], ['--simple'], ['--no-sanitize']]) {
      it(`atoma parse ${name} ${flags.join(' ')}`, async () => {
        const run = await atoma(['parse', join(dir, name), ...flags]);
        expectNothingRaw(run);
        expect(run.stdout + run.stderr).not.toBe('');
        if (run.code === 0) JSON.parse(run.stdout); // the escapes keep the JSON valid
      });
    }
  }

  it('atoma parse: an error message quoting an end tag shows the escape sequences', async () => {
    const run = await atoma(['parse', '-'], `<rss version="2.0"><channel></channel${TERMINAL_TITLE}\u202e></rss>`);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('but found </channel\\x1b]0;pwned\\x07\\x1b[31mRED\\u202e>');
    expectNothingRaw(run);
  });

  it('atoma parse from standard input, and unknown options', async () => {
    expectNothingRaw(await atoma(['parse', '-'], documents['values.xml']));
    expectNothingRaw(await atoma(['validate', `--${ALL.replace(/\0/g, '')}`, 'x.xml']));
    expectNothingRaw(await atoma(['validate', `missing${ALL.replace(/\0/g, '')}.xml`]));
  });
});

describe('compressed and binary input is named, not quoted', () => {
  const gzip = gzipSync(Buffer.from(`<rss version="2.0"><channel><title>${TERMINAL_TITLE}</title></channel></rss>`));
  const binary = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256);

  it('gzip: validate says so, with a stable code, exit 2', async () => {
    const run = await atoma(['validate', '-'], gzip);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('This looks like gzip-compressed data (decompress it first: gunzip), not a feed  INPUT_BINARY');
    expectNothingRaw(run);
  });

  it('gzip and binary: parse says so on stderr, and prints nothing on stdout', async () => {
    for (const input of [gzip, binary]) {
      const run = await atoma(['parse', '-'], input);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/This looks like (gzip-compressed data|binary data).*\(INPUT_BINARY\)/);
      expectNothingRaw(run);
    }
  });

  it('a zip archive, and binary data in every output format', async () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...binary]);
    for (const format of ['text', 'json', 'github']) {
      const run = await atoma(['validate', '--format', format, '-'], zip);
      expect(run.stdout).toContain('a zip archive');
      expectNothingRaw(run);
    }
  });

  it('UTF-16 feeds are text, not binary', async () => {
    const utf16 = Buffer.from(`\ufeff<rss version="2.0"><channel><title>T</title><link>https://e.com/</link><description>D</description></channel></rss>`, 'utf16le');
    const run = await atoma(['parse', '-'], utf16);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).title).toBe('T');
  });
});
