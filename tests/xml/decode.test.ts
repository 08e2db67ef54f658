import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/xml/decode.js';
import { FeedXmlError } from '../../src/errors.js';
import { parseFeed, parseRss } from '../../src/index.js';
import { parseXml, readText, type XmlFault } from '../../src/xml/index.js';
import { fixture, thrown } from '../helpers.js';

const ascii = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
const withBytes = (prefix: string, bytes: number[], suffix: string) =>
  new Uint8Array([...ascii(prefix), ...bytes, ...ascii(suffix)]);

describe('decodeBytes', () => {
  it('reads UTF-8 without a declaration', () => {
    const bytes = new TextEncoder().encode('<rss>é ☃ 😀</rss>');
    expect(decodeBytes(bytes)).toMatchObject({ text: '<rss>é ☃ 😀</rss>', encoding: 'utf-8', lossy: false });
  });

  it('strips a UTF-8 BOM and ignores a conflicting declaration', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<?xml version="1.0" encoding="iso-8859-1"?><a>é</a>')]);
    expect(decodeBytes(bytes).text).toBe('<?xml version="1.0" encoding="iso-8859-1"?><a>é</a>');
  });

  it('reads UTF-16 LE and BE by their BOMs', () => {
    const le = decodeBytes(fixture('atom/utf-16le-bom.xml'));
    const be = decodeBytes(fixture('atom/utf-16be-bom.xml'));
    expect(le.encoding).toBe('utf-16le');
    expect(be.encoding).toBe('utf-16be');
    expect(le.text).toContain('Привет 😀');
    expect(be.text).toBe(le.text);
  });

  it('reads UTF-16 without a BOM from the zero bytes around "<"', () => {
    const text = '<feed>Ω</feed>';
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) le[i * 2] = text.charCodeAt(i) & 0xff, (le[i * 2 + 1] = text.charCodeAt(i) >> 8);
    expect(decodeBytes(le).text).toBe(text);
  });

  it('maps windows-1252 0x80–0x9F to the WHATWG characters (curly quotes, €, —)', () => {
    const bytes = withBytes('<?xml version="1.0" encoding="windows-1252"?><t>', [0x93, 0x94, 0x80, 0x97, 0x85, 0xe9], '</t>');
    expect(decodeBytes(bytes).text).toContain('<t>\u201c\u201d\u20ac\u2014\u2026é</t>');
  });

  it('reads ISO-8859-1 and US-ASCII labels as windows-1252, as WHATWG says', () => {
    for (const label of ['ISO-8859-1', 'latin1', 'us-ascii']) {
      const bytes = withBytes(`<?xml version="1.0" encoding="${label}"?><t>`, [0x93, 0x80, 0x94], '</t>');
      const decoded = decodeBytes(bytes);
      expect(decoded.encoding).toBe('windows-1252');
      expect(decoded.text).toContain('<t>\u201c€\u201d</t>');
    }
  });

  it('reads Shift_JIS, EUC-KR and KOI8-R by their declarations', () => {
    expect(decodeBytes(fixture('rss/shift_jis.xml')).text).toContain('日本語のフィード');
    const koi8 = withBytes('<?xml version="1.0" encoding="KOI8-R"?><t>', [0xf0, 0xd2, 0xc9], '</t>');
    expect(decodeBytes(koi8).text).toContain('<t>При</t>');
  });

  it('turns bytes invalid in the encoding into U+FFFD and says so', () => {
    const decoded = decodeBytes(withBytes('<t>', [0xff, 0xfe, 0xc3], '</t>'));
    expect(decoded.text).toBe('<t>\uFFFD\uFFFD\uFFFD</t>');
    expect(decoded.lossy).toBe(true);
  });

  it('rejects an encoding label nobody knows with XML_ENCODING', () => {
    const error = thrown(() => decodeBytes(ascii('<?xml version="1.0" encoding="x-klingon"?><rss/>')));
    expect(error).toBeInstanceOf(FeedXmlError);
    expect(error.code).toBe('XML_ENCODING');
  });

  it('accepts an ArrayBuffer', () => {
    const bytes = new TextEncoder().encode('<a>ok</a>');
    expect(decodeBytes(bytes.buffer.slice(0)).text).toBe('<a>ok</a>');
  });
});

describe('lenient fallback to windows-1252', () => {
  // A feed saved in windows-1252 by a tool that writes no XML declaration: “Café” — 5 €.
  const cp1252 = withBytes('<rss><channel><title>', [0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x97, 0x20, 0x35, 0x20, 0x80], '</title></channel></rss>');

  it('reads undeclared bytes that are not UTF-8 as windows-1252 and records XML_ENCODING_FALLBACK', () => {
    const faults: XmlFault[] = [];
    const doc = parseXml(cp1252, { recover: true, faults });
    expect(doc.text).toBe('<rss><channel><title>\u201cCafé\u201d \u2014 5 €</title></channel></rss>');
    expect(doc.encoding).toBe('windows-1252');
    expect(doc.lossy).toBe(false);
    expect(faults).toEqual([{ code: 'XML_ENCODING_FALLBACK', message: expect.stringContaining('windows-1252'), offset: -1 }]);
  });

  it('falls back without a faults list too, and readText takes the same options', () => {
    expect(parseXml(cp1252, { recover: true }).text).toContain('\u201cCafé\u201d');
    const faults: XmlFault[] = [];
    expect(readText(cp1252, 1 << 20, { recover: true, faults }).encoding).toBe('windows-1252');
    expect(faults.map((f) => f.code)).toEqual(['XML_ENCODING_FALLBACK']);
  });

  it('leaves strict mode as it was: U+FFFD, lossy, no fault', () => {
    const faults: XmlFault[] = [];
    const doc = parseXml(cp1252, { faults });
    expect(doc.text).toContain('<title>\uFFFDCaf\uFFFD \uFFFD 5 \uFFFD</title>'); // E9 94 is one maximal subpart
    expect(doc.lossy).toBe(true);
    expect(faults).toEqual([]);
  });

  it('never overrides a BOM, a declared encoding, or valid UTF-8', () => {
    const declared = withBytes('<?xml version="1.0" encoding="utf-8"?><a>', [0xe9], '</a>');
    const bom = withBytes('\xef\xbb\xbf<a>', [0xe9], '</a>');
    const utf8 = new TextEncoder().encode('<a>Café “€”</a>');
    for (const bytes of [declared, bom]) {
      const faults: XmlFault[] = [];
      const doc = parseXml(bytes, { recover: true, faults });
      expect(doc.text).toContain('<a>\uFFFD</a>');
      expect(doc.encoding).toBe('utf-8');
      expect(faults).toEqual([]);
    }
    const faults: XmlFault[] = [];
    expect(parseXml(utf8, { recover: true, faults }).text).toBe('<a>Café “€”</a>');
    expect(faults).toEqual([]);
  });

  it('reads the undeclared windows-1252 fixture feed', () => {
    const faults: XmlFault[] = [];
    const doc = parseXml(fixture('rss/undeclared-windows-1252.xml'), { recover: true, faults });
    expect(doc.text).toContain('<title>\u201cCafé\u201d \u2014 crème brûlée</title>');
    expect(doc.text).toContain('Menu du jour\u2026 5 €');
    expect(faults.map((f) => f.code)).toEqual(['XML_ENCODING_FALLBACK']);
  });

  it('keeps UTF-8 with a few stray bytes as UTF-8: windows-1252 would garble every other character', () => {
    const utf8 = new TextEncoder().encode('<rss><channel><title>Crème brûlée à la café — “déjà vu” ');
    const mixed = new Uint8Array([...utf8, 0xe9, ...ascii('</title></channel></rss>')]);
    const faults: XmlFault[] = [];
    const doc = parseXml(mixed, { recover: true, faults });
    expect(doc.text).toContain('<title>Crème brûlée à la café — “déjà vu” \uFFFD</title>');
    expect([doc.encoding, doc.lossy, faults]).toEqual(['utf-8', true, []]);
    // One valid sequence against two stray bytes: windows-1252 wins.
    const latin = new Uint8Array([...ascii('<a>'), 0xe9, 0xe8, 0xc3, 0xa9, ...ascii('</a>')]);
    expect(parseXml(latin, { recover: true }).text).toBe('<a>\u00e9\u00e8\u00c3\u00a9</a>');
  });

  it('reaches the parsers: a warning in lenient mode, U+FFFD in strict mode', () => {
    const bytes = fixture('rss/undeclared-windows-1252.xml');
    const lenient = parseRss(bytes, { strict: false });
    expect(lenient.title).toBe('\u201cCafé\u201d \u2014 crème brûlée');
    expect(lenient.warnings).toEqual([{ code: 'XML_ENCODING_FALLBACK', message: expect.any(String), line: null, column: null }]);
    expect(parseFeed(bytes).warnings.map((w) => w.code)).toEqual(['XML_ENCODING_FALLBACK']);
    const strict = parseRss(bytes);
    expect(strict.title).toBe('\uFFFDCaf\uFFFD \uFFFD cr\uFFFDme br\uFFFDl\uFFFDe'); // é” (E9 94) is one maximal subpart
    expect(strict.warnings).toEqual([]);
  });

  it('decodes 8 MB of undeclared windows-1252 in bounded time', () => {
    const bytes = new Uint8Array((8 << 20) + 7).fill(0xe9);
    bytes.set(ascii('<a>'), 0);
    bytes.set(ascii('</a>'), bytes.length - 4);
    const started = performance.now();
    const doc = parseXml(bytes, { recover: true, maxBytes: 16 << 20 });
    expect(doc.text.length).toBe(bytes.length);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe('an encoding label no decoder knows', () => {
  // A feed saved in the DOS code page 850 (no WHATWG decoder): the markup is ASCII, "é" is 0x82.
  const dos = withBytes('<?xml version="1.0" encoding="cp850"?>\n<rss version="2.0"><channel><title>Caf', [0x82],
    '</title><item><title>one</title></item><item><title>two</title></item></channel></rss>');

  it('throws XML_ENCODING unless the read is told to read past it', () => {
    expect(thrown(() => parseXml(dos)).code).toBe('XML_ENCODING');
    expect(thrown(() => parseXml(dos, { recover: true })).code).toBe('XML_ENCODING'); // the validator's read
    const faults: XmlFault[] = [];
    const doc = parseXml(dos, { recover: true, readUnknownEncoding: true, faults });
    // Not UTF-8: windows-1252, as for undeclared bytes; the declaration is kept as written.
    expect([doc.encoding, doc.declaredEncoding, doc.lossy]).toEqual(['windows-1252', 'cp850', false]);
    expect(faults.map((f) => [f.code, f.offset])).toEqual([['XML_ENCODING_UNKNOWN', 0], ['XML_ENCODING_FALLBACK', -1]]);
    expect(faults[0]!.message).toContain('"cp850"');
  });

  it('reads ASCII or UTF-8 under an unknown label as UTF-8, with the one warning', () => {
    const utf8 = new TextEncoder().encode('<?xml version="1.0" encoding="utf8x"?><a>Café</a>');
    const faults: XmlFault[] = [];
    expect(parseXml(utf8, { readUnknownEncoding: true, faults }).text).toContain('<a>Café</a>');
    expect(faults.map((f) => f.code)).toEqual(['XML_ENCODING_UNKNOWN']);
  });

  it('reaches the parsers: lenient parseFeed reads every item, strict mode throws as before', () => {
    const feed = parseFeed(dos);
    expect(feed.articles.map((a) => a.title)).toEqual(['one', 'two']);
    expect(feed.warnings.map((w) => `${w.code}@${w.line}:${w.column}`)).toEqual(['XML_ENCODING_UNKNOWN@1:1', 'XML_ENCODING_FALLBACK@null:null']);
    expect(thrown(() => parseRss(dos)).code).toBe('XML_ENCODING');
    expect(thrown(() => parseFeed(dos, { strict: true })).code).toBe('XML_ENCODING');
    expect(parseRss(dos, { strict: false }).items).toHaveLength(2);
  });
});
