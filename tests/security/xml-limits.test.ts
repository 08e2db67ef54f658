// Size, nesting and count attacks on the XML reader: each is refused with a LIMIT_* code, or read,
// quickly and in bounded memory — never a hang, a stack overflow or an out-of-memory crash.
import { describe, expect, it } from 'vitest';
import { FeedXmlError, parseAtom, parseFeed, parseJsonFeed, parseOpml, parseRss, validateFeed } from '../../src/index.js';
import { DEFAULT_LIMITS } from '../../src/xml/index.js';
import { attack, attackEach, refused, survived } from './bounds.js';
import { atom, flat, nested, rss, utf8, XML_ENTRY_POINTS } from './documents.js';

const raw = { sanitize: false } as const;

/** Runs `doc` through every XML entry point, all within the budget; returns parseRss's error code (if any). */
function everywhere(doc: string | Uint8Array, cpuMs: number, retainedMb = 64): string | undefined {
  const results = attackEach(XML_ENTRY_POINTS.map(([, read]) => () => read(doc)), { cpuMs, retainedMb });
  return results[0]!.error?.code;
}

describe('nesting', () => {
  it('refuses 100,000 nested elements with LIMIT_DEPTH, in every entry point', () => {
    expect(everywhere(flat(nested('<a>', '</a>', 100_000)), 1000)).toBe('LIMIT_DEPTH');
    expect(everywhere(rss(`<item><description>${nested('<div>', '</div>', 100_000)}</description></item>`), 1000)).toBe('LIMIT_DEPTH');
    expect(everywhere(atom(`<entry><content type="xhtml">${nested('<div xmlns="http://www.w3.org/1999/xhtml">', '</div>', 100_000)}</content></entry>`), 1000))
      .toBe('LIMIT_DEPTH');
  });

  it('refuses 100,000 unclosed elements at the depth limit, not at the end of the document', () => {
    const doc = flat('<a>'.repeat(100_000));
    const error = refused(() => parseRss(doc), { code: 'LIMIT_DEPTH', type: FeedXmlError }, { cpuMs: 200 });
    expect((error as FeedXmlError).column).toBe(3 * DEFAULT_LIMITS.maxDepth + 1);
  });

  it('reads 100,000 levels when the caller raises maxDepth, without recursion', () => {
    const doc = rss(`<item><title>t</title><description>${nested('<b>', '</b>', 100_000)}</description></item>`);
    const channel = survived(() => parseRss(doc, { ...raw, maxDepth: 200_000 }), { cpuMs: 1500, retainedMb: 128 });
    expect(channel.items[0]!.description).toHaveLength(doc.length - rss('<item><title>t</title><description></description></item>').length);
  });

  it('reads one level of an Atom source, however deeply sources nest in sources', () => {
    const depth = DEFAULT_LIMITS.maxDepth - 5;
    const sources = nested('<source><id>urn:s</id><title>s</title>', '</source>', depth, '');
    const feed = survived(() => parseAtom(atom(`<entry><id>e</id>${sources}</entry>`.repeat(100))), { cpuMs: 500 });
    expect(feed.entries[0]!.source?.id).toBe('urn:s');
    expect(JSON.stringify(feed).length).toBeLessThan(100_000);
  });

  it('reads Atom xhtml content at the default depth limit, serialized without recursion', () => {
    const deep = nested('<b>', '</b>', DEFAULT_LIMITS.maxDepth - 6);
    const doc = atom(`<entry><id>e</id><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${deep}</div></content></entry>`.repeat(200));
    const feed = survived(() => parseAtom(doc, raw), { cpuMs: 1000 });
    expect(feed.entries).toHaveLength(200);
    expect(feed.entries[0]!.content!.value).toBe(deep);
  });
});

describe('sizes', () => {
  const fiftyMegabytes = 50 * 1024 * 1024;

  it('refuses a 50 MB attribute by maxBytes before reading it, as text or bytes', () => {
    const doc = flat(`<rss version="2.0" a="${'x'.repeat(fiftyMegabytes)}"><channel/></rss>`);
    expect(everywhere(doc, 300, 8)).toBe('LIMIT_BYTES');
    expect(everywhere(utf8(doc), 300, 8)).toBe('LIMIT_BYTES');
  });

  it('refuses a 50 MB attribute by maxTextLength when maxBytes is raised', () => {
    const doc = flat(`<rss version="2.0"><channel><item><enclosure url="${'x'.repeat(fiftyMegabytes)}"/></item></channel></rss>`);
    refused(() => parseRss(doc, { maxBytes: 2 * fiftyMegabytes }), { code: 'LIMIT_TEXT' }, { cpuMs: 500, retainedMb: 8 });
  });

  it('refuses long text, also when it is made of many CDATA sections and references', () => {
    const max = DEFAULT_LIMITS.maxTextLength;
    refused(() => parseRss(rss(`<description>${'x'.repeat(max + 1)}</description>`)), { code: 'LIMIT_TEXT' }, { cpuMs: 300 });
    const pieces = '<![CDATA[' + 'x'.repeat(1000) + ']]>&amp;';
    refused(() => parseRss(rss(`<description>${pieces.repeat(Math.ceil(max / 1000) + 1)}</description>`)), { code: 'LIMIT_TEXT' }, { cpuMs: 1000 });
  });

  it('counts the UTF-8 bytes of a string against maxBytes', () => {
    const doc = rss(`<description>${'\u{1F600}'.repeat(8 * 1024 * 1024 + 1)}</description>`);
    refused(() => parseRss(doc), { code: 'LIMIT_BYTES' }, { cpuMs: 500, retainedMb: 8 });
  });
});

describe('counts', () => {
  it('refuses a million tiny RSS items with LIMIT_ELEMENTS', () => {
    const doc = rss('<item/>'.repeat(1_000_000));
    refused(() => parseRss(doc), { code: 'LIMIT_ELEMENTS', type: FeedXmlError }, { cpuMs: 3000, retainedMb: 16, peakMb: 1024 });
  });

  // The costliest documents the default limits let through: a million elements, each an object.
  it('refuses a million tiny Atom entries with LIMIT_ELEMENTS, parsed, unified or validated', () => {
    const doc = atom('<entry/>'.repeat(1_000_000));
    refused(() => parseFeed(doc), { code: 'LIMIT_ELEMENTS' }, { cpuMs: 3000, retainedMb: 16 });
    expect(survived(() => validateFeed(doc), { cpuMs: 3000, retainedMb: 16 }).valid).toBe(false);
  });

  it('reads an OPML list just under the element limit within the documented bounds', () => {
    const doc = flat(`<opml version="2.0"><head/><body>${'<outline text="x"/>'.repeat(DEFAULT_LIMITS.maxElements - 10)}</body></opml>`);
    const opml = survived(() => parseOpml(doc), { cpuMs: 8000, retainedMb: 768, peakMb: 1024 });
    expect(opml.outlines).toHaveLength(DEFAULT_LIMITS.maxElements - 10);
  });

  it('reads 50,000 items in bounded time and memory', () => {
    const doc = rss('<item><title>t</title><link>https://example.com/a</link><guid>g</guid></item>'.repeat(50_000));
    const channel = survived(() => parseRss(doc), { cpuMs: 2000, retainedMb: 128 });
    expect(channel.items).toHaveLength(50_000);
  });

  it('refuses more than maxAttributes attributes on one element', () => {
    const attributes = Array.from({ length: DEFAULT_LIMITS.maxAttributes + 1 }, (_, i) => `a${i}=""`).join(' ');
    expect(everywhere(`<rss ${attributes}><channel/></rss>`, 300)).toBe('LIMIT_ATTRIBUTES');
  });

  it('bounds the attributes of a whole document by maxElements', () => {
    // 1,024 distinct attributes on each of 1,000 elements: more attributes than maxElements.
    const names = Array.from({ length: DEFAULT_LIMITS.maxAttributes }, (_, i) => `a${i.toString(36)}`).join(' ');
    const doc = rss(`<x ${names}/>`.repeat(1000));
    const error = refused(() => parseRss(doc), { code: 'LIMIT_ATTRIBUTES' }, { cpuMs: 3000, retainedMb: 16, peakMb: 1024 });
    expect(error.message).toContain('maxElements');
  });

  it('checks duplicate attributes in linear time (1,024 distinct ones on each of 1,000 elements)', () => {
    const names = Array.from({ length: DEFAULT_LIMITS.maxAttributes }, (_, i) => `a${i.toString(36)}`).join(' ');
    const doc = rss(`<x ${names}/>`.repeat(900));
    survived(() => parseRss(doc), { cpuMs: 2000, retainedMb: 256 });
  });

  it('keeps namespace declarations linear: 1,000 prefixes declared on each of 250 nested elements', () => {
    const declarations = Array.from({ length: 1000 }, (_, i) => `xmlns:p${i}="urn:p${i}"`).join(' ');
    const doc = rss(`<item>${nested(`<x ${declarations}>`, '</x>', 240, '<p999:y p0:a="1"/>')}</item>`);
    survived(() => parseRss(doc), { cpuMs: 2000, retainedMb: 64 });
  });

  it('restores namespace bindings when elements close, whichever way they close', () => {
    const doc = atom(
      '<entry><id>e</id><x xmlns="urn:other"><title>not atom</title></x><y xmlns="urn:other"/><title>atom</title>' +
      '<summary><p xmlns="urn:other"><b></summary><content>c</content></entry>',
    );
    const entry = parseAtom(doc, raw).entries[0]!;
    expect(entry.title?.value).toBe('atom');
    expect(entry.content?.value).toBe('c');
  });
});

describe('decoding work', () => {
  it('reads a million bare ampersands in linear time (regression: the ";" search was unbounded)', () => {
    for (const text of ['&'.repeat(1_000_000), '&amp'.repeat(1_000_000), '&#x41'.repeat(500_000)]) {
      const channel = survived(() => parseRss(rss(`<description>${text}</description>`), raw), { cpuMs: 1000 });
      expect(channel.description).toHaveLength(text.length);
    }
  });

  it('validates a million bare ampersands in bounded time and memory, the faults included', () => {
    survived(() => validateFeed(rss(`<description>${'& '.repeat(1_000_000)}</description>`)), { cpuMs: 4000, retainedMb: 64 });
  });

  it('reads a million "<" that start no tag, and a million stray end tags inside content', () => {
    survived(() => parseRss(rss(`<description>${'< '.repeat(1_000_000)}</description>`), raw), { cpuMs: 1500 });
    survived(() => parseRss(rss(`<description>${'</x>'.repeat(1_000_000)}</description>`), raw), { cpuMs: 1500 });
  });

  it('ignores millions of stray end tags under deep nesting in linear time (regression: each searched the whole stack)', () => {
    const depth = DEFAULT_LIMITS.maxDepth - 6;
    const docs = [
      rss(`<item><description>${'<b>'.repeat(depth)}${'</x>'.repeat(2_000_000)}</description></item>`),
      rss(`${'<a>'.repeat(depth)}<description>${'</x>'.repeat(2_000_000)}</description>${'</a>'.repeat(depth)}`),
    ];
    for (const doc of docs) survived(() => parseRss(doc, raw), { cpuMs: 1500 });
  });

  it('repairs unclosed HTML at the depth limit many times over in linear time', () => {
    const broken = `<description>${'<b>'.repeat(DEFAULT_LIMITS.maxDepth - 4)}${'</i>'.repeat(1000)}</description>`;
    survived(() => parseRss(rss(broken.repeat(200)), raw), { cpuMs: 1500 });
  });
});

describe('unterminated constructs', () => {
  const tail = 'x'.repeat(1_000_000);
  const openers = ['<![CDATA[', '<!--', '<?pi ', '<!DOCTYPE rss [', '<item a="', "<item a='", '<item ', '</item', '<!bogus '];

  it('refuses each with XML_MALFORMED at once, in every entry point', () => {
    for (const opener of openers) {
      const doc = flat(`<rss version="2.0"><channel>${opener}${tail}`);
      const [parsed] = attackEach(XML_ENTRY_POINTS.map(([, read]) => () => read(doc)), { cpuMs: 500, retainedMb: 16 });
      expect(parsed!.error?.code, opener).toBe('XML_MALFORMED');
    }
  });

  it('refuses a million openers in a row just as fast', () => {
    for (const opener of openers) {
      const doc = flat(`<rss><channel>${opener.repeat(200_000)}`);
      const { error } = attack(() => parseRss(doc), { cpuMs: 500, retainedMb: 16 });
      expect(error, opener).toBeInstanceOf(FeedXmlError);
    }
  });
});

describe('error messages', () => {
  const long = 'n'.repeat(5_000_000);
  const docs = () => [
    `<rss><channel><${long}`, `<rss><channel><${long}></x></channel></rss>`, `<${long}/>`, `<rss version="${long}"><channel/></rss>`,
    `<rss><channel><item a="1" a="2" ${long}="x" ${long}="y"/></channel></rss>`, `<rss><channel></${long}></channel></rss>`,
    `<feed xmlns="http://www.w3.org/2005/Atom"><${long}:x/></feed>`,
  ].map(flat);

  function expectShort(entryPoints: typeof XML_ENTRY_POINTS): void {
    const calls = docs().flatMap((doc) => entryPoints.map(([, read]) => () => read(doc)));
    for (const { value, error } of attackEach(calls, { cpuMs: 2000, retainedMb: 64 })) {
      if (error) expect(error.message.length).toBeLessThan(1000);
      else expect(JSON.stringify(value ?? null).length).toBeLessThan(100_000);
    }
  }

  it('quote at most a short piece of a huge name or value (XML reader, RSS, Atom, detection)', () => {
    expectShort(XML_ENTRY_POINTS.filter(([name]) => ['parseRss', 'parseAtom', 'detectFormat'].includes(name)));
  });

  it('quote at most a short piece of a huge name or value (OPML, unified, validation)', () => {
    expectShort(XML_ENTRY_POINTS.filter(([name]) => ['parseOpml', 'parseFeed', 'validateFeed'].includes(name)));
  });
});

describe('options', () => {
  it('refuses limits that are not positive numbers with INVALID_OPTION', () => {
    for (const maxDepth of [0, -1, Number.NaN, '5', null]) {
      const options = { maxDepth } as unknown as { maxDepth: number };
      refused(() => parseRss(rss(''), options), { code: 'INVALID_OPTION' }, { cpuMs: 50 });
    }
  });

  it('lets the caller lower every limit', () => {
    const doc = rss('<item><title a="1" b="2">title</title></item>'.repeat(3));
    refused(() => parseRss(doc, { maxBytes: 100 }), { code: 'LIMIT_BYTES' }, { cpuMs: 50 });
    refused(() => parseRss(doc, { maxDepth: 3 }), { code: 'LIMIT_DEPTH' }, { cpuMs: 50 });
    refused(() => parseRss(doc, { maxTextLength: 3 }), { code: 'LIMIT_TEXT' }, { cpuMs: 50 });
    refused(() => parseRss(doc, { maxAttributes: 1 }), { code: 'LIMIT_ATTRIBUTES' }, { cpuMs: 50 });
    refused(() => parseRss(doc, { maxElements: 5 }), { code: 'LIMIT_ELEMENTS' }, { cpuMs: 50 });
  });

  it('applies the same options to JSON Feed and to validation', () => {
    // Five containers: the feed object, its items array and three items.
    const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 't', items: [{ id: '1' }, { id: '2' }, { id: '3' }] });
    refused(() => parseJsonFeed(json, { maxElements: 4 }), { code: 'LIMIT_ELEMENTS' }, { cpuMs: 50 });
    refused(() => parseJsonFeed(json, { maxDepth: 2 }), { code: 'LIMIT_DEPTH' }, { cpuMs: 50 });
    expect(parseJsonFeed(json, { maxElements: 5 }).items).toHaveLength(3);
    const codes = (options: object) => validateFeed(rss('<item><title>t</title></item>'.repeat(3)), options).issues.map((i) => i.code);
    expect(codes({ maxElements: 5 })).toContain('LIMIT_ELEMENTS');
    expect(codes({ maxTextLength: 3 })).toContain('LIMIT_TEXT');
    expect(codes({})).not.toContain('LIMIT_ELEMENTS');
  });
});
