// What the reader tolerates that XML does not allow: each read past with a fault of its own code,
// so the validator reports it; and well-formed shapes the reader once rejected or misread.
import { describe, expect, it } from 'vitest';
import { FaultLog, innerHtml, LineIndex, parseXml, positionOf, type XmlFault } from '../../src/xml/index.js';
import { thrown } from '../helpers.js';

function faultsOf(xml: string): XmlFault[] {
  const faults: XmlFault[] = [];
  parseXml(xml, { faults });
  return faults;
}

describe('every tolerated fault has a code, at its place', () => {
  // [document, code, the text the fault points at]
  const cases: [string, string, string][] = [
    ['<r a="1 < 2"/>', 'XML_LT_IN_ATTRIBUTE', '< 2'],
    ['<r><!-- a -- b --></r>', 'XML_COMMENT_DOUBLE_HYPHEN', '<!--'],
    ['<r><!-- a ---></r>', 'XML_COMMENT_DOUBLE_HYPHEN', '<!--'],
    ['<r>a ]]> b</r>', 'XML_CDATA_END_IN_TEXT', ']]>'],
    ['<r>&#0;</r>', 'XML_INVALID_CHARACTER_REFERENCE', '&#0;'],
    ['<r>x&#xD800;</r>', 'XML_INVALID_CHARACTER_REFERENCE', '&#xD800;'],
    ['<r>x&#x110000;</r>', 'XML_INVALID_CHARACTER_REFERENCE', '&#x110000;'],
    ['<r a="&#1;"/>', 'XML_INVALID_CHARACTER_REFERENCE', '&#1;'],
    ['<r>&#X41;</r>', 'XML_UPPERCASE_HEX_REFERENCE', '&#X41;'],
    ['<r / a="1"/>', 'XML_SLASH_IN_TAG', '/ a'],
    ['<r><a:b:c xmlns:a="urn:a"/></r>', 'XML_INVALID_QNAME', '<a:b:c'],
    ['<r x:y:z="1" xmlns:x="urn:x"/>', 'XML_INVALID_QNAME', 'x:y:z'],
    ['<r><:a/></r>', 'XML_INVALID_QNAME', '<:a'],
    ['<r xmlns:p=""/>', 'XML_EMPTY_NAMESPACE', '<r'],
    ['<r xmlns:xml="urn:x"/>', 'XML_RESERVED_PREFIX', '<r'],
    ['<r xmlns:xmlns="urn:x"/>', 'XML_RESERVED_PREFIX', '<r'],
    ['<r xmlns:p="http://www.w3.org/XML/1998/namespace"/>', 'XML_RESERVED_PREFIX', '<r'],
    ['<r/><?xml version="1.0"?>', 'XML_DECLARATION_POSITION', '<?xml'],
    [' <?xml version="1.0"?><r/>', 'XML_DECLARATION_POSITION', '<?xml'],
    ['<!DOCTYPE r><!DOCTYPE r><r/>', 'XML_DOCTYPE_POSITION', '<!DOCTYPE r><r/>'],
    ['<r><!DOCTYPE r></r>', 'XML_DOCTYPE_POSITION', '<!DOCTYPE'],
    ['<x/><rss/>', 'XML_OUTSIDE_ROOT', '<x/>'],
    ['<rss/><x>t</x>', 'XML_OUTSIDE_ROOT', '<x>'],
    ['<rss/><![CDATA[x]]>', 'XML_JUNK', '<![CDATA['],
    ['<r></ r>', 'XML_END_TAG_SPACE', '</ r>'],
    ['<r a="1"b="2"/>', 'XML_ATTRIBUTE_SPACE', 'b="2"'],
    ["<r a='1'b='2'/>", 'XML_ATTRIBUTE_SPACE', "b='2'"],
    ['<r><a$b/></r>', 'XML_INVALID_NAME', '<a$b'],
    ['<r b(c="1"/>', 'XML_INVALID_NAME', 'b(c'],
    ['<r ="1"/>', 'XML_INVALID_NAME', '="1"'],
    ['<r><?pi-ok x?><? no-target?></r>', 'XML_INVALID_NAME', '<? no'],
    ['<?XML version="1.0"?><r/>', 'XML_INVALID_NAME', '<?XML'],
    ['<r><description>a<br>b</description></r>', 'XML_UNCLOSED_HTML', '<br>'],
    ['<!DOCTYPE r [<!ENTITY a "1"> junk <!ELEMENT r ANY>]><r/>', 'XML_DOCTYPE_MALFORMED', 'junk'],
    ['<!DOCTYPE r [<!ENT=ITY e "v">]><r/>', 'XML_DOCTYPE_MALFORMED', '<!ENT'],
    ['<?xml verion="1.0"?><r/>', 'XML_DECLARATION_MALFORMED', '<?xml'],
    ['<?xml version="1.0" encoding=UTF-8?><r/>', 'XML_DECLARATION_MALFORMED', '<?xml'],
  ];
  for (const [xml, code, at] of cases) {
    it(`${code}: ${xml}`, () => {
      const found = faultsOf(xml).filter((f) => f.code === code);
      expect(found.map((f) => f.offset)).toContain(xml.indexOf(at));
    });
  }

  it('records nothing for well-formed documents that use the same characters lawfully', () => {
    const clean = [
      '<?xml version="1.0"?>\n<!DOCTYPE r>\n<r a="1 &lt; 2" b=\'x\'><!-- a - b --><![CDATA[ ]]]]><![CDATA[>]]>&#x41;&#65;&#x10FFFF;</r>\n<!-- after -->\n',
      '<r xmlns:p="urn:p" xmlns:xml="http://www.w3.org/XML/1998/namespace" p:a="1"><p:b/><?xml-stylesheet href="a"?></r >',
      '<r><description><br/><br></br><img src="a"></img>text</description></r>',
    ];
    // (A DOCTYPE is noted, as it always was, for the validator's entity checks; it is no fault.)
    for (const xml of clean) expect(faultsOf(xml).filter((f) => f.code !== 'XML_DOCTYPE'), xml).toEqual([]);
  });
});

describe('well-formed shapes once rejected or misread', () => {
  it('reads a quote inside a processing instruction in the DOCTYPE internal subset', () => {
    expect(parseXml(`<!DOCTYPE a [<?pi it's?>]><a/>`).root.local).toBe('a');
    const subset = `<!DOCTYPE a PUBLIC "-//x" 'a.dtd' [ %pe; <!-- it's ] --> <!ATTLIST a b CDATA "it's]>"> <?pi "?> <!NOTATION n SYSTEM "n">\n]>`;
    expect(faultsOf(`${subset}<a/>`).map((f) => f.code)).toEqual(['XML_DOCTYPE']);
    expect(parseXml(`<!DOCTYPE a [<?pi "]>"?><!ENTITY e "v">]><a>&e;</a>`).declaredEntities).toEqual(new Set(['e']));
  });

  it('reads the end tag of an HTML void element inside an HTML container while one of that name is open outside it', () => {
    const nested = parseXml('<r><link><title><link></link></title></link></r>').root;
    expect(nested.child('', 'link')!.child('', 'title')!.elements().map((e) => e.name)).toEqual(['link']);
    for (const name of ['link', 'source', 'img', 'br', 'meta', 'x:source']) {
      const xml = `<r xmlns:x="urn:x"><${name}><title><${name} a="1"></${name}>after</title></${name}></r>`;
      const faults: XmlFault[] = [];
      expect(parseXml(xml, { faults }).root.elements()[0]!.child('', 'title')!.text(), name).toBe('after');
      expect(faults, name).toEqual([]);
    }
  });

  it('reads the Atom shape: a video source inside xhtml content of an entry with a source', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><source><title type="xhtml">` +
      `<div xmlns="http://www.w3.org/1999/xhtml"><video><source src="a.mp4"></source></video></div></title></source></entry></feed>`;
    const title = parseXml(atom).root.elements()[0]!.elements()[0]!.elements()[0]!;
    expect(innerHtml(title)).toBe('<div><video><source src="a.mp4" /></video></div>');
  });

  it('still drops a stray void end tag there, and says so', () => {
    const faults: XmlFault[] = [];
    const root = parseXml('<r><link><title>a</br>b</title></link></r>', { faults }).root;
    expect(root.text()).toBe('ab');
    expect(faults.map((f) => f.code)).toEqual(['XML_STRAY_END_TAG']);
    expect(thrown(() => parseXml('<r><link><title>a</link></r>')).code).toBe('XML_MALFORMED');
  });

  it('binds a prefix declared twice on one element to its first declaration, as the attribute list keeps the first', () => {
    const faults: XmlFault[] = [];
    const root = parseXml('<r xmlns:p="urn:first" xmlns:p="urn:second"><p:x p:a="1"/></r>', { faults }).root;
    expect(root.elements()[0]!.ns).toBe('urn:first');
    expect(root.elements()[0]!.attr('a', 'urn:first')).toBe('1');
    expect(root.attr('p', 'http://www.w3.org/2000/xmlns/')).toBe('urn:first');
    expect(faults.map((f) => f.code)).toEqual(['XML_DUPLICATE_ATTRIBUTE']);
  });

  it('decodes numeric references with leading zeros beyond eight digits', () => {
    expect(parseXml('<r>&#000000065;&#x0000000042;&#00000000000000000000067;</r>').root.text()).toBe('ABC');
  });

  it('ignores a rebinding of the xml prefix: xml:lang keeps its meaning', () => {
    expect(parseXml('<r xmlns:xml="urn:x" xml:lang="de"><a/></r>').root.elements()[0]!.lang).toBe('de');
  });
});

describe('line numbers', () => {
  it('count a lone carriage return as a line break, like CRLF and LF', () => {
    const text = 'a\rb\r\nc\nd';
    const index = new LineIndex(text);
    for (const [offset, position] of [[2, [2, 1]], [5, [3, 1]], [7, [4, 1]], [3, [2, 2]]] as const) {
      expect([index.positionOf(offset).line, index.positionOf(offset).column]).toEqual(position);
      expect([positionOf(text, offset).line, positionOf(text, offset).column]).toEqual(position);
    }
    const error = thrown(() => parseXml('<rss>\r<channel>\r\r</rss>'));
    expect([error.line, error.column]).toEqual([4, 1]);
  });
});

describe('xml:base', () => {
  it('resolves each element against its own parent base, however often the same value repeats', () => {
    const xml = '<feed xml:base="http://a.example/x/"><e xml:base="p/"><l xml:base="q/"/></e><g xml:base="http://b.example/y/"><e xml:base="p/"><l xml:base="q/"/></e></g><e xml:base="p/"/></feed>';
    const root = parseXml(xml).root;
    const bases: string[] = [];
    const walk = (e: typeof root) => {
      bases.push(e.base ?? '');
      e.elements().forEach(walk);
    };
    walk(root);
    expect(bases).toEqual([
      'http://a.example/x/', 'http://a.example/x/p/', 'http://a.example/x/p/q/',
      'http://b.example/y/', 'http://b.example/y/p/', 'http://b.example/y/p/q/', 'http://a.example/x/p/',
    ]);
  });
});

describe('FaultLog', () => {
  it('keeps the first faults of each code and counts the rest in one fault of that code', () => {
    const faults: XmlFault[] = [];
    const log = new FaultLog(faults, 2);
    for (let i = 0; i < 5; i++) log.add('A', 'a', i);
    log.add('B', 'b', 9);
    log.finish();
    expect(faults).toEqual([
      { code: 'A', message: 'a', offset: 0 }, { code: 'A', message: 'a', offset: 1 }, { code: 'B', message: 'b', offset: 9 },
      { code: 'A', message: '3 more faults of this kind were left out', offset: -1 },
    ]);
  });

  it('bounds what a document of a million bare ampersands costs', () => {
    const faults = faultsOf(`<r>${'& '.repeat(1_000_000)}</r>`);
    expect(faults).toHaveLength(1001);
  });
});

describe('namespace declarations', () => {
  it('note a fault in a declaration once, though it is read twice (as a binding and as an attribute)', () => {
    expect(faultsOf('<r xmlns:p="urn:a&b"><p:x/></r>').map((f) => f.code)).toEqual(['XML_BARE_AMPERSAND']);
  });
});
