// Recovery mode: broken structure read the way a tree builder reads it, each recovery a fault.
import { describe, expect, it } from 'vitest';
import { FeedXmlError } from '../../src/errors.js';
import { MAX_FAULTS_PER_CODE, parseXml, type XmlElement, type XmlFault } from '../../src/xml/index.js';
import { thrown } from '../helpers.js';

function recovered(xml: string, options: Parameters<typeof parseXml>[1] = {}) {
  const faults: XmlFault[] = [];
  const doc = parseXml(xml, { ...options, recover: true, faults });
  return { root: doc.root, faults, codes: faults.map((f) => f.code), at: (code: string) => faults.find((f) => f.code === code)?.offset };
}

/** The tree as compact markup: names and text, to compare shapes. */
function shape(element: XmlElement): string {
  return `<${element.name}>${element.children.map((c) => (typeof c === 'string' ? c : shape(c))).join('')}</${element.name}>`;
}

describe('recover: end tags', () => {
  it('closes the elements between an end tag and the open ancestor it matches', () => {
    const xml = '<rss><channel><item><title>One</item><item><title>Two</title></item></channel></rss>';
    const { root, codes, at } = recovered(xml);
    expect(shape(root)).toBe('<rss><channel><item><title>One</title></item><item><title>Two</title></item></channel></rss>');
    expect(codes).toEqual(['XML_MISMATCHED_END_TAG']);
    expect(at('XML_MISMATCHED_END_TAG')).toBe(xml.indexOf('</item>'));
  });

  it('drops an end tag that matches no open element', () => {
    const xml = '<rss><channel></chanel><title>T</title></channel></rss></rss>';
    const { root, faults } = recovered(xml);
    expect(shape(root)).toBe('<rss><channel><title>T</title></channel></rss>');
    expect(faults.map((f) => [f.code, f.offset])).toEqual([
      ['XML_STRAY_END_TAG', xml.indexOf('</chanel>')],
      ['XML_STRAY_END_TAG', xml.lastIndexOf('</rss>')],
    ]);
  });

  it('closes through an HTML container when the end tag belongs outside it', () => {
    const xml = '<rss><item><description><p>Text</item><item><title>Next</title></item></rss>';
    const { root, codes } = recovered(xml);
    expect(root.elements().map((e) => e.name)).toEqual(['item', 'item']);
    expect(root.elements()[0]!.child('', 'description')!.text()).toBe('Text');
    expect(codes).toEqual(['XML_MISMATCHED_END_TAG']);
    expect(thrown(() => parseXml(xml)).code).toBe('XML_MALFORMED');
  });

  it('hands each element it closes to onElementEnd, innermost first, so streamed items are not lost', () => {
    const ended: string[] = [];
    const faults: XmlFault[] = [];
    parseXml('<rss><channel><item><title>A</channel></rss>', {
      recover: true, faults, onElementEnd: (e) => (ended.push(e.name), false),
    });
    expect(ended).toEqual(['title', 'item', 'channel', 'rss']);
  });
});

describe('recover: the end of the input', () => {
  it('closes elements still open, one fault each at its start tag', () => {
    const xml = '<rss>\n<channel>\n<item><title>Last';
    const { root, faults } = recovered(xml);
    expect(shape(root)).toBe('<rss>\n<channel>\n<item><title>Last</title></item></channel></rss>');
    expect(faults.map((f) => [f.code, f.offset])).toEqual([
      ['XML_UNCLOSED_ELEMENT', xml.indexOf('<title>')],
      ['XML_UNCLOSED_ELEMENT', xml.indexOf('<item>')],
      ['XML_UNCLOSED_ELEMENT', xml.indexOf('<channel>')],
      ['XML_UNCLOSED_ELEMENT', 0],
    ]);
  });

  it('reads a truncated last end tag as the end of the innermost element', () => {
    const { root, codes } = recovered('<rss><channel><title>T</title></channel></rs');
    expect(shape(root)).toBe('<rss><channel><title>T</title></channel></rss>');
    expect(codes).toEqual(['XML_TRUNCATED']);
    expect(recovered('<rss><channel></chan').codes).toEqual(['XML_TRUNCATED', 'XML_UNCLOSED_ELEMENT']);
  });

  it('runs an unterminated CDATA section, comment or processing instruction to the end', () => {
    const cdata = recovered('<rss><d><![CDATA[<p>cut off');
    expect(cdata.root.text()).toBe('<p>cut off');
    expect(cdata.codes).toEqual(['XML_UNTERMINATED_CDATA', 'XML_UNCLOSED_ELEMENT', 'XML_UNCLOSED_ELEMENT']);
    expect(cdata.at('XML_UNTERMINATED_CDATA')).toBe(8);
    const comment = recovered('<rss><d>kept</d><!-- <d>lost</d>');
    expect(shape(comment.root)).toBe('<rss><d>kept</d></rss>');
    expect(comment.codes).toEqual(['XML_UNTERMINATED_COMMENT', 'XML_UNCLOSED_ELEMENT']);
    expect(recovered('<rss><d>kept</d><?pi never').codes).toEqual(['XML_UNTERMINATED_PI', 'XML_UNCLOSED_ELEMENT']);
  });

  it('drops a start tag or attribute cut off by the end', () => {
    expect(shape(recovered('<rss><a>x</a><b href="http://exa').root)).toBe('<rss><a>x</a></rss>');
    expect(recovered('<rss><a>x</a><b href="http://exa').codes).toEqual(['XML_TRUNCATED', 'XML_UNCLOSED_ELEMENT']);
    expect(recovered('<rss><a>x</a><b').codes).toEqual(['XML_TRUNCATED', 'XML_UNCLOSED_ELEMENT']);
  });
});

describe('recover: what still throws', () => {
  it('throws XML_MALFORMED without recover, exactly as before', () => {
    for (const xml of ['<rss><a></b></rss>', '<rss><a>', '<rss></a></rss>', '<rss><![CDATA[x', '<rss><!-- x', '<rss><?x', '<rss></rs', '<rss><a b="x']) {
      expect(thrown(() => parseXml(xml, { faults: [] })).code, xml).toBe('XML_MALFORMED');
    }
  });

  it('throws for input that is not XML at all, and for a document cut off in its DOCTYPE', () => {
    for (const xml of ['', 'Just some text', '{"version": 1}', '<!DOCTYPE rss [ <!ENTITY a "b">']) {
      const error = thrown(() => parseXml(xml, { recover: true, faults: [] }));
      expect(error).toBeInstanceOf(FeedXmlError);
      expect(error.code, xml).toBe('XML_MALFORMED');
    }
  });

  it('keeps every limit', () => {
    const options = { recover: true, faults: [] };
    expect(thrown(() => parseXml('<a>'.repeat(300), options)).code).toBe('LIMIT_DEPTH');
    expect(thrown(() => parseXml(`<a>${'<b>'.repeat(20)}`, { ...options, maxElements: 10 })).code).toBe('LIMIT_ELEMENTS');
    expect(thrown(() => parseXml(`<a><![CDATA[${'x'.repeat(200)}`, { ...options, maxTextLength: 100 })).code).toBe('LIMIT_TEXT');
    expect(thrown(() => parseXml(`<a>${'x'.repeat(200)}`, { ...options, maxBytes: 100 })).code).toBe('LIMIT_BYTES');
  });

  it('still refuses to expand DOCTYPE entities', () => {
    const { root, codes } = recovered('<!DOCTYPE r [<!ENTITY e "EXPANDED">]><r>&e;</r>');
    expect(root.text()).toBe('&e;');
    expect(codes).toEqual(['XML_DOCTYPE', 'XML_ENTITY_NOT_EXPANDED']);
  });
});

describe('recover: cost', () => {
  // Each broken shape is timed against a well-formed document with as many elements, read the
  // same way: on a shared machine a ratio of two timings of one size is steadier than a ratio of
  // two sizes, and a reader quadratic in the broken shape still fails it a hundred times over.
  /** CPU milliseconds of the faster of two runs. */
  function cost(run: () => void): number {
    let best = Infinity;
    for (let i = 0; i < 2; i++) {
      const before = process.cpuUsage();
      run();
      const used = process.cpuUsage(before);
      best = Math.min(best, (used.user + used.system) / 1000);
    }
    return best;
  }
  const read = (xml: string, maxDepth = 256) => () => parseXml(xml, { recover: true, faults: [], maxDepth });

  it('keeps a million stray end tags to bounded faults, in the time of as many elements', () => {
    const strays = `<rss>${'</x>'.repeat(1_000_000)}</rss>`;
    const faults: XmlFault[] = [];
    parseXml(strays, { recover: true, faults });
    expect(faults).toHaveLength(MAX_FAULTS_PER_CODE + 1);
    expect(faults.at(-1)).toEqual({ code: 'XML_STRAY_END_TAG', message: expect.stringContaining(`${1_000_000 - MAX_FAULTS_PER_CODE} more`), offset: -1 });
    const n = 300_000;
    expect(cost(read(`<rss>${'</x>'.repeat(n)}</rss>`)) / Math.max(cost(read(`<rss>${'<x/>'.repeat(n)}</rss>`)), 1)).toBeLessThan(3);
  });

  it('closes deep unclosed nesting in the time of as many closed elements', () => {
    const n = 50_000;
    const ratio = cost(read(`<rss>${'<a><b/>text'.repeat(n)}`, n + 2)) / Math.max(cost(read(`<rss>${'<a><b/>text</a>'.repeat(n)}</rss>`)), 1);
    expect(ratio).toBeLessThan(3);
    const faults: XmlFault[] = [];
    parseXml(`<rss>${'<a>'.repeat(5000)}`, { recover: true, faults, maxDepth: 6000 });
    expect(faults.filter((f) => f.code === 'XML_UNCLOSED_ELEMENT')).toHaveLength(MAX_FAULTS_PER_CODE + 1);
  });

  it('stays linear when every end tag closes many elements', () => {
    const n = 20_000;
    const mismatched = `<rss>${'<a><b><c><d>'.repeat(n)}${'</a>'.repeat(n)}</rss>`;
    const closed = `<rss>${'<a><b><c><d></d></c></b></a>'.repeat(n)}</rss>`;
    expect(cost(read(mismatched, 4 * n + 2)) / Math.max(cost(read(closed)), 1)).toBeLessThan(3);
  });
});

describe('hostile DOCTYPE shapes', () => {
  it('reads a DOCTYPE full of "%" or of garbage in one pass', () => {
    for (const filler of ['%', '%a', 'x', '<!']) {
      const doc = `<!DOCTYPE r [${filler.repeat(2_000_000 / filler.length)}]><r/>`;
      const before = process.cpuUsage();
      const faults: XmlFault[] = [];
      expect(parseXml(doc, { faults }).root.local).toBe('r');
      const used = process.cpuUsage(before);
      expect((used.user + used.system) / 1000, filler).toBeLessThan(2000);
      expect(faults.map((f) => f.code)).toEqual(['XML_DOCTYPE', 'XML_DOCTYPE_MALFORMED']);
    }
  });
});
