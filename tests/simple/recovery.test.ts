// Malformed XML through parseFeed: strict mode throws XML_MALFORMED; lenient mode (parseFeed's
// default) hands the XML reader `recover: true` and returns the feed with a positioned warning for
// each recovery.
import { describe, expect, it } from 'vitest';
import { FeedXmlError, parseAtom, parseFeed, parseRss } from '../../src/index.js';
import { thrown } from '../helpers.js';

const item = (n: number) => `<item><guid isPermaLink="false">g${n}</guid><title>Item ${n}</title></item>`;
const rss = (items: string, tail = '</channel></rss>') => `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>T</title>\n${items}${tail}`;

/**
 * Each recovery a tree builder makes, as a document, with the items a reader should get from it and
 * the warnings (code@line:column) lenient mode gives. Items are on line 3; one item is 69 characters.
 */
const BROKEN: Record<string, { doc: string; items: number; warnings: string[] }> = {
  'an end tag that closes open elements in between': {
    doc: rss(`${item(1)}<item><guid>g2</guid><category>c</item>${item(3)}`), items: 3,
    warnings: ['XML_MISMATCHED_END_TAG@3:102'], // </item> closes <category>
  },
  'a stray end tag': { doc: rss(`${item(1)}</enclosure>${item(2)}`), items: 2, warnings: ['XML_STRAY_END_TAG@3:70'] },
  'elements still open at the end of input': {
    doc: rss(`${item(1)}${item(2)}<item><guid>g3</guid>`, ''), items: 3,
    warnings: ['XML_UNCLOSED_ELEMENT@2:1', 'XML_UNCLOSED_ELEMENT@2:20', 'XML_UNCLOSED_ELEMENT@3:139'], // rss, channel, item
  },
  'a truncated last end tag': { doc: rss(`${item(1)}${item(2)}`, '</channel></rs'), items: 2, warnings: ['XML_TRUNCATED@3:149'] },
  'an unterminated CDATA section at the end': {
    doc: rss(`${item(1)}<item><guid>g2</guid><description><![CDATA[<p>cut`, ''), items: 2,
    warnings: [
      'XML_UNCLOSED_ELEMENT@2:1', 'XML_UNCLOSED_ELEMENT@2:20', 'XML_UNCLOSED_ELEMENT@3:70', 'XML_UNCLOSED_ELEMENT@3:91',
      'XML_UNTERMINATED_CDATA@3:104',
    ],
  },
  'an unterminated comment at the end': {
    doc: rss(`${item(1)}${item(2)}<!-- cut`, ''), items: 2,
    warnings: ['XML_UNCLOSED_ELEMENT@2:1', 'XML_UNCLOSED_ELEMENT@2:20', 'XML_UNTERMINATED_COMMENT@3:139'],
  },
};

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

describe('malformed XML recovered in lenient mode', () => {
  for (const [name, { doc, items, warnings }] of Object.entries(BROKEN)) {
    it(`${name}: the feed, and a warning at each recovery`, () => {
      const feed = parseFeed(doc);
      expect(feed.articles.map((a) => a.id)).toEqual(Array.from({ length: items }, (_, i) => `g${i + 1}`));
      expect(feed.warnings.map((w) => `${w.code}@${w.line}:${w.column}`)).toEqual(warnings);
      expect(feed.warnings.every((w) => w.message.length > 0)).toBe(true);
      const channel = parseRss(doc, { strict: false });
      expect(channel.items).toHaveLength(items);
      expect(channel.warnings).toEqual(feed.warnings);
    });
  }

  it('Atom too', () => {
    const atom = parseAtom('<feed xmlns="http://www.w3.org/2005/Atom"><id>f</id><entry><id>e1</id><title>a</entry><entry><id>e2</id>', { strict: false });
    expect(atom.entries.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(atom.warnings.length).toBeGreaterThanOrEqual(1);
  });
});
