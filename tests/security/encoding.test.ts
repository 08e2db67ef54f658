// Bytes and characters that are not what they claim: invalid UTF-8 and UTF-16, NUL bytes, lone
// surrogates and hostile encoding labels. Read (invalid bytes become U+FFFD) or refused, never a crash.
import { describe, expect, it } from 'vitest';
import { FeedXmlError, parseAtom, parseFeed, parseRss } from '../../src/index.js';
import { attack, attackEach, refused } from './bounds.js';
import { atom, rss, utf8, XML_ENTRY_POINTS } from './documents.js';

/** A document's UTF-8 bytes with `bytes` spliced in at every `@`. */
function withBytes(template: string, bytes: number[]): Uint8Array {
  const parts = template.split('@').map(utf8);
  const out: number[] = [];
  parts.forEach((part, i) => {
    out.push(...part);
    if (i < parts.length - 1) out.push(...bytes);
  });
  return new Uint8Array(out);
}

function utf16(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  if (bom) view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16((i + (bom ? 1 : 0)) * 2, text.charCodeAt(i), littleEndian);
  return out;
}

const everyEntryPoint = (input: string | Uint8Array) => XML_ENTRY_POINTS.map(([, read]) => () => read(input));

describe('invalid UTF-8', () => {
  const SEQUENCES = [[0xff], [0xfe, 0xfe], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80],
    [0xe2, 0x82], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xc3], [0xef, 0xbf, 0xbe]];
  const template = rss('<item><title>a@b</title><link>https://example.com/@</link><description t="@"><![CDATA[@]]>@</description><x@y/></item>');

  it('becomes U+FFFD wherever it appears, in every entry point', () => {
    const calls = SEQUENCES.flatMap((sequence) => everyEntryPoint(withBytes(template, sequence)));
    attackEach(calls, { cpuMs: 500 });
    expect(parseRss(withBytes(template, [0xff])).items[0]!.title).toBe('a\uFFFDb');
  });

  it('reads 8 MB of invalid bytes in bounded time and memory', () => {
    const junk = new Uint8Array(8 * 1024 * 1024).fill(0xff);
    for (const call of everyEntryPoint(junk)) attack(call, { cpuMs: 2000, retainedMb: 128 });
    refused(() => parseRss(junk), { code: 'XML_MALFORMED', type: FeedXmlError }, { cpuMs: 1000 });
  });
});

describe('invalid UTF-16', () => {
  const doc = atom('<entry><id>e</id><title>x\uD800y\uDC00z</title></entry>');

  it('reads lone surrogates, odd lengths and a bare BOM, in every entry point', () => {
    const le = utf16(doc, true);
    const be = utf16(doc, false);
    const inputs = [le, be, le.subarray(0, le.length - 1), be.subarray(0, 3), new Uint8Array([0xff, 0xfe]), new Uint8Array([0xfe, 0xff, 0x00]),
      utf16(doc, true, false), utf16(doc, false, false), utf16('<rss>\uDFFF\uD800</rss>', true)];
    attackEach(inputs.flatMap(everyEntryPoint), { cpuMs: 500 });
    expect(parseAtom(le).entries[0]!.title!.value).toBe('x\uFFFDy\uFFFDz');
  });

  it('reads 16 MB of UTF-16 in bounded time', () => {
    const big = utf16(rss(`<item><description>${'\u00e9\u4e2d'.repeat(4_000_000)}</description></item>`), true);
    attack(() => parseRss(big, { sanitize: false }), { cpuMs: 2000, retainedMb: 128 });
  });
});

describe('NUL bytes and control characters', () => {
  it('are dropped from text and attributes, and refused in structure, in every entry point', () => {
    const inputs = [
      rss('<item><title>a\u0000b\u0001c\u001fd</title><link t="\u0000">https://example.com/</link></item>'),
      rss('<item><ti\u0000tle>t</ti\u0000tle></item>'),
      rss('<item>\u0000<title>t</title></item>'),
      '<\u0000rss/>',
      '\u0000'.repeat(1_000_000),
      rss(`<item><title>${'\u0000'.repeat(1_000_000)}</title></item>`),
      withBytes(rss('<item><title>@</title></item>'), new Array(100_000).fill(0)),
    ];
    attackEach(inputs.flatMap(everyEntryPoint), { cpuMs: 2000 });
    expect(parseRss(inputs[0]!).items[0]!.title).toBe('abcd');
  });
});

describe('lone surrogates in strings', () => {
  it('pass through every field, URL and digest without throwing', () => {
    const s = '\uD800x\uDFFF';
    const docs = [
      rss(`<item><title>${s}</title><link>https://example.com/${s}</link><enclosure url="https://example.com/${s}.mp3"/>` +
        `<description>&lt;a href="/${s}"&gt;${s}&lt;/a&gt;</description></item>`),
      atom(`<entry><id>${s}</id><title type="html">${s}</title><link href="${s}"/><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${s}</div></content></entry>`),
      `{"version":"https://jsonfeed.org/version/1.1","title":"${s}","items":[{"id":"${s}","url":"/${s}","content_html":"<a href='/${s}'>${s}</a>",` +
        `"attachments":[{"url":"https://example.com/%E0%A4%A/${s}"}]}]}`,
    ];
    const calls = docs.flatMap((doc) => [...everyEntryPoint(doc), () => parseFeed(doc, { baseUrl: `https://example.com/${s}/` })]);
    attackEach(calls, { cpuMs: 500 });
  });
});

describe('encoding labels', () => {
  const labels = ['utf-7', 'UTF-32', 'x-user-defined', 'iso-2022-kr', 'hz-gb-2312', 'replacement', 'utf-16', 'UTF-16BE', 'ebcdic-cp-us',
    'x'.repeat(64), 'x'.repeat(65), 'windows-1252"', 'koi8-u', 'gb18030', 'iso-2022-jp', 'shift_jis', '__proto__', 'constructor'];

  it('are read with a WHATWG decoder or refused with XML_ENCODING, in every entry point', () => {
    const calls = labels.flatMap((label) =>
      everyEntryPoint(utf8(`<?xml version="1.0" encoding="${label}"?>` + rss('<item><title>caf\u00e9 \u00a9</title></item>'))),
    );
    const results = attackEach(calls, { cpuMs: 1000 });
    const codes = new Set(results.map((r) => r.error?.code).filter((code) => code !== undefined));
    expect(codes.has('XML_ENCODING')).toBe(true);
  });

  it('decode each byte once: an ISO-2022-JP escape does not smuggle markup', () => {
    // ESC ( B around a tag: in a stateful encoding the bytes still decode to the same characters once.
    const bytes = withBytes('<?xml version="1.0" encoding="iso-2022-jp"?>' + rss('<item><title>@&lt;script&gt;@</title></item>'), [0x1b, 0x28, 0x42]);
    const { value } = attack(() => parseRss(bytes), { cpuMs: 100 });
    expect((value as ReturnType<typeof parseRss>).items[0]!.title).toBe('<script>');
  });
});
