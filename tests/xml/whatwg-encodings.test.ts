// Every legacy encoding of the WHATWG Encoding Standard, checked cell by cell against the
// standard's index tables (as shipped by the text-encoding dev dependency), through decodeBytes
// with an XML declaration, the way a feed arrives.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/xml/decode.js';
import { FeedXmlError } from '../../src/errors.js';
import { parseRss } from '../../src/index.js';
import { fixture, thrown } from '../helpers.js';

type Index = (number | null)[];
const INDEXES = (createRequire(import.meta.url)('text-encoding/lib/encoding-indexes.js') as {
  'encoding-indexes': Record<string, Index> & { 'gb18030-ranges': [number, number][] };
})['encoding-indexes'];

const LF = 0x0a;
const prolog = (label: string) => [...`<?xml version="1.0" encoding="${label}"?>`].map((c) => c.charCodeAt(0));

/** Decodes `body` as a document declaring `label`; returns the text after the declaration. */
function decodeBody(label: string, body: number[]): string {
  const head = prolog(label);
  const decoded = decodeBytes(new Uint8Array([...head, ...body]));
  return decoded.text.slice(head.length);
}

/**
 * One cell per line: `cells` are [bytes, expected text]. Returns the cells that differ as
 * `pointer: got ≠ expected`, so a failure names the cell.
 */
function mismatches(label: string, cells: [pointer: number, bytes: number[], expected: string][]): string[] {
  const body = cells.flatMap(([, bytes]) => [...bytes, LF]);
  const lines = decodeBody(label, body).split('\n');
  const out: string[] = [];
  cells.forEach(([pointer, , expected], i) => {
    if (lines[i] !== expected) out.push(`${pointer}: ${JSON.stringify(lines[i])} ≠ ${JSON.stringify(expected)}`);
  });
  if (lines.length !== cells.length + 1) out.push(`line count ${lines.length} ≠ ${cells.length + 1}`);
  return out;
}

const cp = (code: number) => String.fromCodePoint(code);
/** What an unmapped two-byte cell decodes to: U+FFFD, and an ASCII trail byte is not swallowed. */
const unmapped = (trail: number) => '\uFFFD' + (trail < 0x80 ? String.fromCharCode(trail) : '');

// GB18030-2022, adopted by the Encoding Standard in 2024: 18 pointers of index gb18030 moved from
// private-use code points to the characters Unicode has since encoded (text-encoding predates it).
const GB18030_2022: Record<number, number> = {
  0xa6d9: 0xfe10, 0xa6da: 0xfe12, 0xa6db: 0xfe11, 0xa6dc: 0xfe13, 0xa6dd: 0xfe14, 0xa6de: 0xfe15,
  0xa6df: 0xfe16, 0xa6ec: 0xfe17, 0xa6ed: 0xfe18, 0xa6f3: 0xfe19, 0xfe59: 0x9fb4, 0xfe61: 0x9fb5,
  0xfe66: 0x9fb6, 0xfe67: 0x9fb7, 0xfe6d: 0x9fb8, 0xfe7e: 0x9fb9, 0xfe90: 0x9fba, 0xfea0: 0x9fbb,
};

const SINGLE_BYTE = [
  'ibm866', 'iso-8859-2', 'iso-8859-3', 'iso-8859-4', 'iso-8859-5', 'iso-8859-6', 'iso-8859-7', 'iso-8859-8',
  'iso-8859-10', 'iso-8859-13', 'iso-8859-14', 'iso-8859-15', 'iso-8859-16', 'koi8-r', 'koi8-u', 'macintosh',
  'windows-874', 'windows-1250', 'windows-1251', 'windows-1252', 'windows-1253', 'windows-1254', 'windows-1255',
  'windows-1256', 'windows-1257', 'windows-1258', 'x-mac-cyrillic',
];

describe('single-byte encodings, every byte', () => {
  it.each(SINGLE_BYTE)('%s', (name) => {
    const index = INDEXES[name]!;
    const bytes = Array.from({ length: 256 }, (_, b) => b).filter((b) => b !== LF && b !== 0x0d);
    const cells = bytes.map((b): [number, number[], string] => [
      b,
      [b],
      b < 0x80 ? String.fromCharCode(b) : index[b - 0x80] == null ? '\uFFFD' : cp(index[b - 0x80]!),
    ]);
    expect(mismatches(name, cells)).toEqual([]);
    expect(decodeBytes(new Uint8Array(prolog(name))).encoding).toBe(name);
  });

  it('iso-8859-8-i reads as iso-8859-8 (the logical-order label)', () => {
    const bytes = Array.from({ length: 128 }, (_, i) => 0x80 + i);
    expect(decodeBody('iso-8859-8-i', bytes)).toBe(decodeBody('iso-8859-8', bytes));
  });

  it('x-user-defined maps 0x80–0xFF to U+F780–U+F7FF', () => {
    const bytes = Array.from({ length: 128 }, (_, i) => 0x80 + i);
    expect(decodeBody('x-user-defined', bytes)).toBe(bytes.map((b) => cp(0xf780 + b - 0x80)).join(''));
  });
});

describe('EUC-KR, every cell of index euc-kr', () => {
  it('decodes each pointer to its code point, an unmapped one to U+FFFD', () => {
    const index = INDEXES['euc-kr']!;
    const cells = index.map((code, p): [number, number[], string] => {
      const lead = Math.floor(p / 190) + 0x81;
      const trail = (p % 190) + 0x41;
      return [p, [lead, trail], code == null ? unmapped(trail) : cp(code)];
    });
    expect(cells).toHaveLength(23940);
    expect(mismatches('euc-kr', cells)).toEqual([]);
  });

  it('reads Korean that the ICU decoder garbles', () => {
    expect(decodeBody('euc-kr', [0x8c, 0x63, 0xb9, 0xe6, 0xb0, 0xa2, 0xc7, 0xcf])).toBe('똠방각하');
    expect(decodeBody('ks_c_5601-1987', [0x8c, 0x63])).toBe('똠');
  });
});

describe('Big5, every cell of index big5', () => {
  const SPECIAL: Record<number, string> = { 1133: '\u00CA\u0304', 1135: '\u00CA\u030C', 1164: '\u00EA\u0304', 1166: '\u00EA\u030C' };

  it('decodes each pointer (Hong Kong extensions included) to its code point', () => {
    const index = INDEXES.big5!;
    const cells: [number, number[], string][] = [];
    for (let p = 0; p < (0xfe - 0x81 + 1) * 157; p++) {
      const lead = Math.floor(p / 157) + 0x81;
      const t = p % 157;
      const trail = t < 0x3f ? t + 0x40 : t + 0x62;
      const code = index[p];
      cells.push([p, [lead, trail], SPECIAL[p] ?? (code == null ? unmapped(trail) : cp(code))]);
    }
    expect(mismatches('big5', cells)).toEqual([]);
  });

  it('reads HKSCS characters, not the private-use ones ICU gives', () => {
    // 8740 → U+43F0, 8840 → U+31C0, 8862 → Ê̄ (two code points): ICU reads U+F266, U+F303, U+F325.
    const text = decodeBody('big5-hkscs', [0x87, 0x40, 0x88, 0x40, 0x88, 0x62, 0x88, 0x64, 0xa4, 0xa4]);
    expect(text).toBe('\u43F0\u31C0\u00CA\u0304\u00CA\u030C中');
  });
});

describe('GBK and gb18030, every cell of index gb18030', () => {
  function cells(): [number, number[], string][] {
    const index = INDEXES.gb18030!;
    return index.map((code, p) => {
      const lead = Math.floor(p / 190) + 0x81;
      const t = p % 190;
      const trail = t < 0x3f ? t + 0x40 : t + 0x41;
      const updated = GB18030_2022[(lead << 8) | trail];
      return [p, [lead, trail], updated !== undefined ? cp(updated) : code == null ? unmapped(trail) : cp(code)];
    });
  }

  it.each(['gbk', 'gb18030'])('%s: each two-byte pointer (GB18030-2022 mappings included)', (name) => {
    expect(mismatches(name, cells())).toEqual([]);
  });

  it('reads 0x80 and A2E3 as € in GBK', () => {
    expect(decodeBody('gbk', [0x80, 0xa2, 0xe3])).toBe('€€');
    expect(decodeBody('gb2312', [0xa2, 0xe3, 0xd6, 0xd0])).toBe('€中');
  });

  it('gb18030: the first code point of every four-byte range', () => {
    const ranges = INDEXES['gb18030-ranges'];
    const rangeCells = ranges.map(([pointer, code]): [number, number[], string] => {
      const b1 = Math.floor(pointer / 12600);
      const b2 = Math.floor((pointer % 12600) / 1260);
      const b3 = Math.floor((pointer % 1260) / 10);
      const b4 = pointer % 10;
      return [pointer, [b1 + 0x81, b2 + 0x30, b3 + 0x81, b4 + 0x30], cp(code)];
    });
    // Pointer 189000 and up are the supplementary planes, from U+10000.
    rangeCells.push([189000, [0x90, 0x30, 0x81, 0x30], cp(0x10000)]);
    expect(mismatches('gb18030', rangeCells)).toEqual([]);
  });
});

describe('Shift_JIS, EUC-JP and ISO-2022-JP, every cell of index jis0208 (and jis0212)', () => {
  it('Shift_JIS: each pointer, the user-defined area, single bytes', () => {
    const index = INDEXES.jis0208!;
    const cells: [number, number[], string][] = [];
    for (const lead of [...range(0x81, 0x9f), ...range(0xe0, 0xfc)]) {
      for (const trail of [...range(0x40, 0x7e), ...range(0x80, 0xfc)]) {
        const p = (lead - (lead < 0xa0 ? 0x81 : 0xc1)) * 188 + trail - (trail < 0x7f ? 0x40 : 0x41);
        const expected = p >= 8836 && p <= 10715 ? cp(0xe000 + p - 8836) : index[p] == null ? unmapped(trail) : cp(index[p]!);
        cells.push([p, [lead, trail], expected]);
      }
    }
    expect(mismatches('shift_jis', cells)).toEqual([]);
    const singles = [...range(0, 0x80), ...range(0xa1, 0xdf)].filter((b) => b !== LF && b !== 0x0d);
    const singleCells = singles.map((b): [number, number[], string] => [b, [b], cp(b <= 0x80 ? b : 0xff61 + b - 0xa1)]);
    expect(mismatches('shift_jis', singleCells)).toEqual([]);
  });

  it('Shift_JIS: 0x7F is itself and an invalid trail byte does not swallow ASCII', () => {
    expect(decodeBody('shift_jis', [0x7f, 0x41])).toBe('\x7fA');
    expect(decodeBody('sjis', [0x81, 0x3c, 0x61, 0x3e])).toBe('\uFFFD<a>');
    expect(decodeBody('shift_jis', [0xa0, 0x3c])).toBe('\uFFFD<');
  });

  it('EUC-JP: each jis0208 pointer, half-width katakana, each jis0212 pointer', () => {
    const jis0208 = INDEXES.jis0208!;
    const cells: [number, number[], string][] = [];
    for (let p = 0; p < 94 * 94; p++) {
      const bytes = [Math.floor(p / 94) + 0xa1, (p % 94) + 0xa1];
      cells.push([p, bytes, jis0208[p] == null ? '\uFFFD' : cp(jis0208[p]!)]);
    }
    for (const b of range(0xa1, 0xdf)) cells.push([b, [0x8e, b], cp(0xff61 + b - 0xa1)]);
    expect(mismatches('euc-jp', cells)).toEqual([]);

    const jis0212 = INDEXES.jis0212!;
    const cells0212: [number, number[], string][] = [];
    for (let p = 0; p < 94 * 94; p++) {
      const bytes = [0x8f, Math.floor(p / 94) + 0xa1, (p % 94) + 0xa1];
      cells0212.push([p, bytes, jis0212[p] == null ? '\uFFFD' : cp(jis0212[p]!)]);
    }
    expect(mismatches('euc-jp', cells0212)).toEqual([]);
  });

  it('ISO-2022-JP: each jis0208 pointer after ESC $ B', () => {
    const jis0208 = INDEXES.jis0208!;
    const body = [0x1b, 0x24, 0x42];
    let expected = '';
    for (let p = 0; p < 94 * 94; p++) {
      body.push(Math.floor(p / 94) + 0x21, (p % 94) + 0x21);
      expected += jis0208[p] == null ? '\uFFFD' : cp(jis0208[p]!);
    }
    body.push(0x1b, 0x28, 0x42, 0x61);
    expect(decodeBody('iso-2022-jp', body)).toBe(expected + 'a');
  });
});

describe('labels', () => {
  it('labels WHATWG sends to the replacement decoder are refused, as unknown ones are', () => {
    for (const label of ['iso-2022-kr', 'hz-gb-2312', 'iso-2022-cn', 'x-klingon']) {
      const error = thrown(() => decodeBytes(new Uint8Array(prolog(label))));
      expect(error).toBeInstanceOf(FeedXmlError);
      expect(error.code).toBe('XML_ENCODING');
    }
  });

  it('names the encoding by its WHATWG name in lower case', () => {
    expect(decodeBytes(new Uint8Array(prolog('x-sjis'))).encoding).toBe('shift_jis');
    expect(decodeBytes(new Uint8Array(prolog('cseuckr'))).encoding).toBe('euc-kr');
    expect(decodeBytes(new Uint8Array(prolog('GB2312'))).encoding).toBe('gbk');
    expect(decodeBytes(new Uint8Array(prolog('latin1'))).encoding).toBe('windows-1252');
  });

  it('says when bytes were invalid in the declared encoding, and not otherwise', () => {
    const head = prolog('euc-kr');
    expect(decodeBytes(new Uint8Array([...head, 0xb0, 0xa2])).lossy).toBe(false);
    expect(decodeBytes(new Uint8Array([...head, 0xb0])).lossy).toBe(true);
    expect(decodeBytes(new Uint8Array([...prolog('gb18030'), 0x84, 0x31, 0xa4, 0x37])).text).toContain('\uFFFD');
    expect(decodeBytes(new Uint8Array([...prolog('gb18030'), 0x84, 0x31, 0xa4, 0x37])).lossy).toBe(false);
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

describe('feeds in legacy encodings, end to end', () => {
  it('reads a Korean blog feed in EUC-KR, its dates in Korean time', () => {
    const channel = parseRss(fixture('rss/euc-kr.xml'));
    expect(channel.title).toBe('똠방각하의 블로그');
    expect(channel.items.map((item) => [item.title, item.description, item.pubDate?.toISOString()])).toEqual([
      ['봄날의 산책', '뙤약볕 아래 걸었다.', '2004-05-27T16:31:15.000Z'],
      ['점심 메뉴', null, '2004-05-25T14:23:17.000Z'],
    ]);
  });

  it('reads a Hong Kong forum feed in Big5-HKSCS', () => {
    const channel = parseRss(fixture('rss/big5-hkscs.xml'));
    expect([channel.title, channel.description]).toEqual(['香港討論區', '我哋嘅新聞']);
    expect(channel.items[0]).toMatchObject({ title: '佢冇嚟㗎' });
    expect(channel.items[0]!.pubDate?.toISOString()).toBe('2004-05-28T05:05:00.000Z');
  });
});
