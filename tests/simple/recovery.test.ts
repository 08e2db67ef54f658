// Malformed XML through parseFeed: strict mode throws XML_MALFORMED; lenient mode (parseFeed's
// default) hands the XML reader `recover: true` and returns the feed with a positioned warning for
// each recovery. The lenient half runs once the XML reader recovers (it is said skipped until then).
import { describe, expect, it } from 'vitest';
import { FeedXmlError, parseAtom, parseFeed, parseRss } from '../../src/index.js';
import { parseXml } from '../../src/xml/index.js';
import { thrown } from '../helpers.js';

const item = (n: number) => `<item><guid isPermaLink="false">g${n}</guid><title>Item ${n}</title></item>`;
const rss = (items: string, tail = '</channel></rss>') => `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>T</title>\n${items}${tail}`;

/** Each recovery a tree builder makes, as a document, with the items a reader should get from it. */
const BROKEN: Record<string, { doc: string; items: number }> = {
  'an end tag that closes open elements in between': { doc: rss(`${item(1)}<item><guid>g2</guid><category>c</item>${item(3)}`), items: 3 },
  'a stray end tag': { doc: rss(`${item(1)}</enclosure>${item(2)}`), items: 2 },
  'elements still open at the end of input': { doc: rss(`${item(1)}${item(2)}<item><guid>g3</guid>`, ''), items: 3 },
  'a truncated last end tag': { doc: rss(`${item(1)}${item(2)}`, '</channel></rs'), items: 2 },
  'an unterminated CDATA section at the end': { doc: rss(`${item(1)}<item><guid>g2</guid><description><![CDATA[<p>cut`, ''), items: 2 },
  'an unterminated comment at the end': { doc: rss(`${item(1)}${item(2)}<!-- cut`, ''), items: 2 },
};

/** Whether the XML reader recovers from malformed structure yet (`recover: true`). */
const recovers = (() => {
  try {
    parseXml('<a><b></a>', { recover: true, faults: [] });
    return true;
  } catch {
    return false;
  }
})();

describe('malformed XML in strict mode', () => {
  for (const [name, { doc }] of Object.entries(BROKEN)) {
    it(`${name}: XML_MALFORMED with a position`, () => {
      for (const call of [() => parseRss(doc), () => parseFeed(doc, { strict: true })]) {
        const error = thrown(call);
        expect(error).toBeInstanceOf(FeedXmlError);
        expect(error.code).toBe('XML_MALFORMED');
        expect(error.line).toBeGreaterThanOrEqual(1);
      }
    });
  }
});

describe.skipIf(!recovers)('malformed XML recovered in lenient mode', () => {
  for (const [name, { doc, items }] of Object.entries(BROKEN)) {
    it(`${name}: the feed, and a positioned XML warning`, () => {
      const feed = parseFeed(doc);
      expect(feed.articles.map((a) => a.id)).toEqual(Array.from({ length: items }, (_, i) => `g${i + 1}`));
      expect(parseRss(doc, { strict: false }).items).toHaveLength(items);
      const xml = feed.warnings.filter((w) => w.code.startsWith('XML_'));
      expect(xml.length).toBeGreaterThanOrEqual(1);
      for (const w of xml) {
        expect(w.line).toBeGreaterThanOrEqual(2);
        expect(w.column).toBeGreaterThanOrEqual(1);
      }
    });
  }

  it('Atom too', () => {
    const atom = parseAtom('<feed xmlns="http://www.w3.org/2005/Atom"><id>f</id><entry><id>e1</id><title>a</entry><entry><id>e2</id>', { strict: false });
    expect(atom.entries.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(atom.warnings.length).toBeGreaterThanOrEqual(1);
  });
});

describe.skipIf(recovers)('malformed XML recovered in lenient mode', () => {
  it('is skipped: the XML reader does not recover yet (recover is passed, and ignored)', () => {
    expect(recovers).toBe(false);
  });
});
