// Lenient mode: every fault it reads past is a warning with a stable code and the fault's position;
// strict mode throws for the same documents; what cannot be read past throws in both.
import { describe, expect, it } from 'vitest';
import {
  FeedDocumentError, FeedParseError, FeedXmlError, parseAtom, parseFeed, parseOpml, parseRss, type ParseWarning,
} from '../../src/index.js';
import { MAX_WARNINGS } from '../../src/warnings.js';
import { parseXml } from '../../src/xml/index.js';
import { attack } from '../security/bounds.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { docPage, readmeSection, repoRoot, thrown } from '../helpers.js';

const ATOM = 'http://www.w3.org/2005/Atom';
const lenient = { strict: false } as const;

/** The warnings as code@line:column, for compact assertions on positions. */
const placed = (warnings: ParseWarning[]) => warnings.map((w) => `${w.code}@${w.line}:${w.column}`);

describe('RSS faults lenient mode reads past', () => {
  it('items outside the channel: read in document order, each noted where it starts', () => {
    const doc = `<rss version="2.0">
<channel><title>T</title><item><title>in</title></item></channel>
  <item><title>after</title></item>
<item><title>last</title></item>
</rss>`;
    expect(parseRss(doc).items.map((i) => i.title)).toEqual(['in']); // strict: Atoma reads the channel's only
    for (const read of [parseRss(doc, lenient), parseFeed(doc)]) {
      const titles = 'items' in read ? read.items.map((i) => i.title) : read.articles.map((a) => a.title);
      expect(titles).toEqual(['in', 'after', 'last']);
      expect(placed(read.warnings)).toEqual(['RSS_ITEM_OUTSIDE_CHANNEL@3:3', 'RSS_ITEM_OUTSIDE_CHANNEL@4:1']);
      expect(read.warnings[0]!.message).toMatch(/outside the <channel>/);
    }
  });

  it('no channel at all: the root holds the channel elements', () => {
    const doc = '<rss version="2.0">\n <title>Bare</title><item><title>a</title></item></rss>';
    expect(thrown(() => parseRss(doc)).code).toBe('RSS_NO_CHANNEL');
    const read = parseRss(doc, lenient);
    expect(read.title).toBe('Bare');
    expect(read.items.map((i) => i.title)).toEqual(['a']);
    expect(placed(read.warnings)).toEqual(['RSS_NO_CHANNEL@1:1', 'RSS_ITEM_OUTSIDE_CHANNEL@2:21']);
  });

  it('more than one channel: the first gives the metadata, all give items', () => {
    const doc = '<rss version="2.0"><channel><title>One</title><item><title>a</title></item></channel>\n<channel><title>Two</title><item><title>b</title></item></channel></rss>';
    expect(parseRss(doc).items.map((i) => i.title)).toEqual(['a']);
    const read = parseRss(doc, lenient);
    expect(read.title).toBe('One');
    expect(read.items.map((i) => i.title)).toEqual(['a', 'b']);
    expect(placed(read.warnings)).toEqual(['RSS_MULTIPLE_CHANNELS@2:1']);
  });

  it('an unknown version: read as 2.0', () => {
    const doc = '<rss version="1.0"><channel><title>Odd</title></channel></rss>';
    expect(thrown(() => parseRss(doc)).code).toBe('RSS_VERSION');
    const read = parseRss(doc, lenient);
    expect(read).toMatchObject({ version: '1.0', title: 'Odd' });
    expect(placed(read.warnings)).toEqual(['RSS_VERSION@1:1']);
  });
});

describe('Atom faults lenient mode reads past', () => {
  it('a feed without an id: its self link, else its alternate, else \'\'', () => {
    const doc = (links: string) => `<feed xmlns="${ATOM}">\n  <title>T</title>${links}<entry><title>e</title></entry></feed>`;
    expect(thrown(() => parseAtom(doc(''))).code).toBe('ATOM_NO_ID');
    const self = parseAtom(doc('<link href="https://s.example/"/><link rel="self" href="https://s.example/feed"/>'), lenient);
    expect(self.id).toBe('https://s.example/feed');
    expect(placed(self.warnings)).toEqual(['ATOM_NO_ID@1:1']);
    expect(parseAtom(doc('<link href="https://s.example/"/>'), lenient).id).toBe('https://s.example/');
    expect(parseAtom(doc(''), lenient).id).toBe('');
    // The unified article id falls back to link, then a digest, as for any entry without an id.
    const feed = parseFeed(doc(''));
    expect(feed.title).toBe('T');
    expect(feed.articles[0]!.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it("Atom's shape without its namespace", () => {
    const doc = '<?xml version="1.0"?>\n<feed><id>urn:f</id><title>Plain</title><entry><id>urn:e</id><title>one</title></entry></feed>';
    expect(thrown(() => parseAtom(doc)).code).toBe('ATOM_NOT_ATOM');
    expect(thrown(() => parseFeed(doc, { strict: true })).code).toBe('NOT_A_FEED');
    for (const read of [parseAtom(doc, lenient), parseFeed(doc)]) {
      expect(placed(read.warnings)).toEqual(['ATOM_NO_NAMESPACE@2:1']);
    }
    expect(parseAtom(doc, lenient)).toMatchObject({ version: '1.0', id: 'urn:f', entries: [{ id: 'urn:e', title: { value: 'one' } }] });
  });

  it("a <feed> in a namespace that is not Atom's: read in that namespace", () => {
    // A misspelt URI (lower-case "atom"): Atom 1.0.
    const typo = '<feed xmlns="http://www.w3.org/2005/atom">\n<id>urn:f</id><title>Typo</title><entry><id>urn:e</id><title>one</title></entry></feed>';
    expect(thrown(() => parseAtom(typo)).code).toBe('ATOM_NOT_ATOM');
    expect(thrown(() => parseFeed(typo, { strict: true })).code).toBe('NOT_A_FEED');
    for (const read of [parseAtom(typo, lenient), parseFeed(typo)]) {
      expect(placed(read.warnings)).toEqual(['ATOM_NAMESPACE@1:1']);
      expect(read.warnings[0]!.message).toContain('"http://www.w3.org/2005/atom"');
    }
    expect(parseFeed(typo)).toMatchObject({ title: 'Typo', articles: [{ id: 'urn:e', title: 'one' }] });
    // An early draft's namespace with version="0.3": Atom 0.3's element names (issued, modified, tagline).
    const draft = `<feed version="0.3" xmlns="http://purl.org/echo/"><title>Draft</title><tagline>Old</tagline>
<entry><id>urn:d</id><title>first</title><issued>2003-08-01T10:00:00Z</issued><modified>2003-08-02T10:00:00Z</modified></entry></feed>`;
    const feed = parseFeed(draft);
    expect(feed).toMatchObject({ title: 'Draft', subtitle: 'Old', articles: [{ id: 'urn:d', title: 'first' }] });
    expect(feed.articles[0]!.publishedAt).toEqual(new Date('2003-08-01T10:00:00Z'));
    expect(feed.warnings.map((w) => w.code)).toEqual(['ATOM_NAMESPACE', 'ATOM_NO_ID']);
    // Elements in other namespaces stay foreign; an <entry> root in an unknown namespace is no feed.
    const mixed = parseFeed(`<feed xmlns="urn:x:feeds"><a:title xmlns:a="${ATOM}">Not ours</a:title><title>Ours</title></feed>`);
    expect(mixed.title).toBe('Ours');
    expect(thrown(() => parseFeed('<entry xmlns="urn:x:feeds"><title>t</title></entry>')).code).toBe('NOT_A_FEED');
  });

  it('a link that holds its URL as text instead of in href: read as its href, whatever its rel', () => {
    const doc = `<feed xmlns="${ATOM}"><id>urn:f</id><title>T</title>
<entry><id>urn:e</id><link rel="enclosure" type="audio/mpeg">https://e.org/ep.mp3</link>
<link>https://e.org/post</link><link href="https://e.org/alt" rel="alternate" type="text/html"/></entry>
<entry><id>urn:e2</id><link rel="alternate" href="">https://e.org/empty-href</link><link>javascript:alert(1)</link></entry></feed>`;
    const strict = parseAtom(doc);
    expect(strict.entries[0]!.links.map((l) => l.href)).toEqual(['https://e.org/alt']);
    expect(strict.warnings).toEqual([]);
    const read = parseAtom(doc, lenient);
    expect(read.entries[0]!.links.map((l) => [l.rel, l.href])).toEqual([
      ['enclosure', 'https://e.org/ep.mp3'], [null, 'https://e.org/post'], ['alternate', 'https://e.org/alt'],
    ]);
    // An href attribute that is there, even empty, is the link's own; unsafe text is no URL.
    expect(read.entries[1]!.links).toEqual([]);
    expect(placed(read.warnings)).toEqual(['ATOM_LINK_TEXT@2:22', 'ATOM_LINK_TEXT@3:1']);
    const [article] = parseFeed(doc).articles;
    expect([article!.link, article!.attachments.map((a) => a.link)]).toEqual(['https://e.org/post', ['https://e.org/ep.mp3']]);
  });

  it('an entry document: a feed of that one entry, its source giving the feed\'s fields', () => {
    const doc = `<entry xmlns="${ATOM}">\n<id>urn:e</id><title>Solo</title><source><id>urn:s</id><title>Origin</title><author><name>A</name></author></source></entry>`;
    expect(thrown(() => parseAtom(doc)).code).toBe('ATOM_NOT_ATOM');
    const read = parseAtom(doc, lenient);
    expect(read).toMatchObject({ id: 'urn:s', title: { value: 'Origin' }, entries: [{ id: 'urn:e', authors: [{ name: 'A' }] }] });
    expect(placed(read.warnings)).toEqual(['ATOM_ENTRY_DOCUMENT@1:1']);
    const feed = parseFeed(`<entry xmlns="${ATOM}"><id>urn:e</id><title>Solo</title></entry>`);
    expect(feed).toMatchObject({ format: 'atom', title: '', articles: [{ id: 'urn:e', title: 'Solo' }] });
  });
});

describe('XML faults the reader tolerates are warnings in lenient mode only', () => {
  const doc = '<rss version="2.0"><channel><title>A & B</title>\n<description>&bogus;x</description></channel></rss>';

  it('lists them with positions, in document order, after or before format faults alike', () => {
    expect(parseRss(doc).warnings).toEqual([]);
    expect(placed(parseRss(doc, lenient).warnings)).toEqual(['XML_BARE_AMPERSAND@1:38', 'XML_UNDECLARED_ENTITY@2:14']);
    const mixed = `<rss version="2.0"><channel/><item><title>a & b</title></item></rss>`;
    expect(placed(parseFeed(mixed).warnings)).toEqual(['RSS_ITEM_OUTSIDE_CHANNEL@1:30', 'XML_BARE_AMPERSAND@1:45']);
  });

  it('does not list a DOCTYPE, which is no fault', () => {
    const withDoctype = '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91"><channel><title>t</title></channel></rss>';
    expect(parseRss(withDoctype, lenient).warnings).toEqual([]);
  });

  it('keeps at most MAX_WARNINGS, then says how many more there were', () => {
    const many = `<rss version="2.0"><channel><description>${'& '.repeat(MAX_WARNINGS + 5)}</description></channel></rss>`;
    const warnings = parseRss(many, lenient).warnings;
    expect(warnings).toHaveLength(MAX_WARNINGS + 1);
    expect(warnings.slice(0, MAX_WARNINGS).every((w) => w.code === 'XML_BARE_AMPERSAND' && w.line === 1)).toBe(true);
    // The count comes last, without a place: lenient mode's TOO_MANY_WARNINGS, or the XML
    // reader's own count of the faults of that kind it left out.
    expect(warnings.at(-1)).toMatchObject({ message: expect.stringMatching(/^5 more /), line: null, column: null });
  });

  it('applies to OPML too', () => {
    const opml = '<opml version="2.0"><head><title>A & B</title></head><body/></opml>';
    expect(parseOpml(opml).warnings).toEqual([]);
    expect(placed(parseOpml(opml, lenient).warnings)).toEqual(['XML_BARE_AMPERSAND@1:36']);
  });
});

describe('what lenient mode still throws', () => {
  it('not XML, not a feed, and every limit', () => {
    expect(thrown(() => parseFeed('just words'))).toBeInstanceOf(FeedXmlError);
    expect(thrown(() => parseFeed('<html><body/></html>')).code).toBe('NOT_A_FEED');
    expect(thrown(() => parseRss(`<feed xmlns="${ATOM}"/>`, lenient))).toBeInstanceOf(FeedParseError);
    expect(thrown(() => parseAtom('<rss version="2.0"/>', lenient)).code).toBe('ATOM_NOT_ATOM');
    const deep = `<rss version="2.0"><channel>${'<x>'.repeat(50)}${'</x>'.repeat(50)}</channel></rss>`;
    expect(thrown(() => parseFeed(deep, { maxDepth: 20 })).code).toBe('LIMIT_DEPTH');
    expect(thrown(() => parseRss(deep, { strict: false, maxBytes: 100 })).code).toBe('LIMIT_BYTES');
    expect(thrown(() => parseOpml('<opml/>'.padEnd(200, ' '), { strict: false, maxBytes: 10 }))).toBeInstanceOf(FeedDocumentError);
  });

  it('the strict option overrides each entry point\'s default', () => {
    const outside = '<rss version="2.0"><channel/><item/></rss>';
    expect(parseRss(outside, { strict: false }).warnings).toHaveLength(1);
    expect(parseFeed(outside, { strict: true }).warnings).toEqual([]);
    expect(parseFeed(outside, { strict: 'no' as unknown as boolean }).warnings).toHaveLength(1); // not a boolean: the default
  });
});

describe('lenient mode stays linear in input size', () => {
  const cpuMs = (call: () => unknown) => {
    const before = process.cpuUsage();
    call();
    const spent = process.cpuUsage(before);
    return (spent.user + spent.system) / 1000;
  };
  // Many children of the root before the channel, many items outside it, many channels, and a
  // warning for each. Measured against the XML reader alone on the same 40,000-element document:
  // mapping costs a small multiple of reading (a quadratic step would cost hundreds of times).
  const shapes: Record<string, (n: number) => string> = {
    'junk before the channel': (n) => `<rss version="2.0">${'<x/>'.repeat(n)}<channel>${'<item><title>t</title></item>'.repeat(n)}</channel></rss>`,
    'items outside the channel': (n) => `<rss version="2.0"><channel/>${'<item><title>t</title></item>'.repeat(n)}</rss>`,
    'many channels': (n) => `<rss version="2.0">${'<channel><item/></channel>'.repeat(n)}</rss>`,
    'Atom entries without a namespace': (n) => `<feed>${'<entry><title>t</title></entry>'.repeat(n)}</feed>`,
  };
  for (const [name, shape] of Object.entries(shapes)) {
    it(name, () => {
      const doc = shape(40_000);
      // The best of two runs each: the machine may be shared, and a collection may land anywhere.
      const best = (call: () => unknown) => Math.min(cpuMs(call), cpuMs(call));
      const reading = best(() => parseXml(doc));
      for (const strict of [true, false]) {
        const parsing = best(() => {
          try {
            parseFeed(doc, { strict });
          } catch {
            // strict mode may refuse the shape: the time to refuse is measured too
          }
        });
        expect(parsing / Math.max(reading, 5), `${name}, strict ${strict}`).toBeLessThan(12);
      }
    });
  }
});

describe('the documentation of lenient mode', () => {
  it('lists every warning code a format room records, and the README links it', () => {
    const page = docPage('lenient.md');
    const codes = new Set<string>();
    for (const room of ['rss', 'atom', 'opml', 'simple']) {
      for (const file of readdirSync(join(repoRoot, 'src', room))) {
        const source = readFileSync(join(repoRoot, 'src', room, file), 'utf8');
        for (const m of source.matchAll(/tolerate\([^,]+,\s*'([A-Z0-9_]+)'/g)) codes.add(m[1]!);
      }
    }
    expect(codes.size).toBeGreaterThanOrEqual(8);
    for (const code of [...codes, 'TOO_MANY_WARNINGS']) expect(page, code).toContain(`| \`${code}\` |`);
    expect(readmeSection('Strict and lenient mode')).toContain('docs/lenient.md');
  });
});

describe('the fault lists lenient mode keeps', () => {
  it('hold MAX_WARNINGS faults of the XML reader however many there are, and keep the format faults apart', async () => {
    const { FaultList, leniencyOf, warningsOfParse } = await import('../../src/warnings.js');
    const list = new FaultList();
    for (let i = 0; i < 100_000; i++) list.push({ code: 'XML_BARE_AMPERSAND', message: 'm', offset: i });
    expect([list.length, list.dropped]).toEqual([MAX_WARNINGS, 100_000 - MAX_WARNINGS]);
    expect(list.filter(() => true)).not.toBeInstanceOf(FaultList);
    // A root-level fault found after the reader filled its list is still kept, in document order.
    const leniency = leniencyOf(false);
    for (let i = 1; i <= 5000; i++) leniency.faults!.push({ code: 'XML_BARE_AMPERSAND', message: 'm', offset: i });
    leniency.formatFaults!.push({ code: 'ATOM_NO_ID', message: 'no id', offset: 0 });
    const warnings = warningsOfParse(leniency, 'x'.repeat(6000));
    expect(warnings[0]!.code).toBe('ATOM_NO_ID');
    expect(warnings).toHaveLength(MAX_WARNINGS + 1);
    expect(warnings.at(-1)!.message).toBe(`${5001 - MAX_WARNINGS} more warnings were left out`);
  });

  it('keep the faults without a place after the placed ones, each (one per kind at most)', async () => {
    const { leniencyOf, warningsOfParse } = await import('../../src/warnings.js');
    const leniency = leniencyOf(false);
    for (let i = 1; i <= MAX_WARNINGS + 10; i++) leniency.faults!.push({ code: 'XML_STRAY_END_TAG', message: 'm', offset: i });
    leniency.faults!.push({ code: 'XML_STRAY_END_TAG', message: '7 more faults of this kind were left out', offset: -1 });
    const warnings = warningsOfParse(leniency, 'x'.repeat(2000));
    expect(warnings.slice(-2)).toEqual([
      { code: 'XML_STRAY_END_TAG', message: '7 more faults of this kind were left out', line: null, column: null },
      { code: 'TOO_MANY_WARNINGS', message: '10 more warnings were left out', line: null, column: null },
    ]);
  });

  it('keep a document of four million bare ampersands within bounded memory', () => {
    const doc = `<rss version="2.0"><channel><description>${'&'.repeat(4_000_000)}</description></channel></rss>`;
    parseFeed(doc, { strict: true }); // warm up: the sanitizer's and the reader's first allocations are not the faults'
    // Kept, four million faults would take about 200 MB.
    const warnings = attack(() => parseFeed(doc), { cpuMs: 10_000, peakMb: 64 }).value!.warnings;
    expect(warnings).toHaveLength(MAX_WARNINGS + 1);
    expect(warnings.at(-1)!.message).toMatch(new RegExp(`^${4_000_000 - MAX_WARNINGS} more `));
  });
});

describe('bytes that are not UTF-8 and declare no encoding', () => {
  const bytes = Uint8Array.from('<rss version="2.0"><channel><title>Caf\u00e9 \u201cquoted\u201d</title></channel></rss>', (c) =>
    c === '\u201c' ? 0x93 : c === '\u201d' ? 0x94 : c.charCodeAt(0));

  it('are read as windows-1252 in lenient mode, with a warning without a place', () => {
    const feed = parseFeed(bytes);
    expect(feed.title).toBe('Caf\u00e9 \u201cquoted\u201d');
    expect(feed.warnings).toEqual([{ code: 'XML_ENCODING_FALLBACK', message: expect.stringContaining('windows-1252'), line: null, column: null }]);
  });

  it('keep U+FFFD in strict mode, without a warning', () => {
    const channel = parseRss(bytes);
    expect(channel.title).toContain('\ufffd');
    expect(channel.warnings).toEqual([]);
  });
});
