import { describe, expect, it } from 'vitest';
import { parseXml, innerHtml, XML_NS, type XmlFault } from '../../src/xml/index.js';
import { FeedXmlError } from '../../src/errors.js';
import { thrown } from '../helpers.js';

const root = (xml: string, options = {}) => parseXml(xml, options).root;

describe('element view', () => {
  it('names elements and attributes by namespace URI and local name, in document order', () => {
    const r = root('<a:feed xmlns:a="urn:a" xmlns:b="urn:b"><a:x b:k="1" k="2">one</a:x><b:x/><a:x>two</a:x></a:feed>');
    expect([r.ns, r.local, r.name]).toEqual(['urn:a', 'feed', 'a:feed']);
    expect(r.childrenNamed('urn:a', 'x').map((e) => e.text())).toEqual(['one', 'two']);
    expect(r.elements().map((e) => `${e.ns}|${e.local}`)).toEqual(['urn:a|x', 'urn:b|x', 'urn:a|x']);
    const x = r.child('urn:a', 'x')!;
    expect([x.attr('k', 'urn:b'), x.attr('k')]).toEqual(['1', '2']);
  });

  it('applies default namespaces to elements but not to attributes', () => {
    const r = root('<feed xmlns="urn:d" type="t"><inner xmlns=""><leaf/></inner></feed>');
    expect(r.ns).toBe('urn:d');
    expect(r.attr('type')).toBe('t');
    expect(r.child('', 'inner')!.child('', 'leaf')).not.toBeNull();
  });

  it('inherits xml:lang and resolves nested xml:base against the document URL', () => {
    const r = root(
      '<feed xml:lang="en" xml:base="/blog/"><entry xml:base="2024/" xml:lang="de"><link/></entry><other/></feed>',
      { baseUrl: 'https://example.org/index.xml' },
    );
    const entry = r.child('', 'entry')!;
    expect(r.base).toBe('https://example.org/blog/');
    expect(entry.base).toBe('https://example.org/blog/2024/');
    expect(entry.child('', 'link')!.lang).toBe('de');
    expect(r.child('', 'other')!.lang).toBe('en');
    expect(entry.attr('lang', XML_NS)).toBe('de');
  });

  it('keeps text and CDATA in order and concatenates them', () => {
    const r = root('<d>a &lt; <![CDATA[<b>&amp;</b>]]> z</d>');
    expect(r.text()).toBe('a < <b>&amp;</b> z');
  });

  it('normalizes CRLF and drops control characters XML forbids', () => {
    expect(root('<d>a\r\nb\rc\u0001\u000bd</d>').text()).toBe('a\nb\ncd');
  });
});

describe('entities', () => {
  it('decodes the five XML entities and numeric references exactly once', () => {
    expect(root('<t>&#x26;amp; &amp;lt; &lt;&gt;&quot;&apos; &#169;&#x2603;</t>').text()).toBe('&amp; &lt; <>"\' ©☃');
  });

  it('decodes undeclared HTML named entities from a fixed table', () => {
    expect(root('<t>&nbsp;&eacute;&mdash;&hellip;&euro;&Omega;</t>').text()).toBe('\u00a0é—…€Ω');
  });

  it('leaves unknown names, bare ampersands and bad numbers as written', () => {
    expect(root('<t>&doesnotexist; AT&T &amp &#xZZ;</t>').text()).toBe('&doesnotexist; AT&T &amp &#xZZ;');
    // References to code points XML does not allow become U+FFFD rather than disappearing, however many digits.
    expect(root('<t>&#0;&#xD800;&#99999999;&#1;&#123456789;</t>').text()).toBe('\uFFFD'.repeat(5));
  });

  it('never expands entities declared in a DOCTYPE, even ones shadowing HTML names', () => {
    const xml = '<!DOCTYPE r [<!ENTITY nbsp "EXPANDED"><!ENTITY a "&b;&b;"><!ENTITY b "x">]><r x="&a;">&nbsp;&a;</r>';
    const r = root(xml);
    expect(r.text()).toBe('&nbsp;&a;');
    expect(r.attr('x')).toBe('&a;');
    expect(parseXml(xml).declaredEntities).toEqual(new Set(['nbsp', 'a', 'b']));
  });

  it('decodes references in attributes and normalizes their whitespace', () => {
    expect(root('<t v="a&amp;b\tc\nd&#10;e"/>').attr('v')).toBe('a&b c d\ne');
  });

  it('has no prototype: entity names like __proto__ decode to nothing', () => {
    expect(root('<t>&__proto__;&constructor;&toString;</t>').text()).toBe('&__proto__;&constructor;&toString;');
  });
});

describe('tolerated faults', () => {
  it('skips a BOM, whitespace and junk before the root element', () => {
    expect(root('\ufeff  \n<rss><a/></rss>').local).toBe('rss');
    expect(root('Warning: cache miss in feed.php on line 3\n<?xml version="1.0"?><rss/>').local).toBe('rss');
    expect(root('<br><b>Notice</b>: x<br>\n<rss version="2.0"><channel/></rss>', {}).local).toBe('rss');
  });

  it('reads a "<" that starts no tag as text', () => {
    expect(root('<t>1 < 2 and 3 <= 4</t>').text()).toBe('1 < 2 and 3 <= 4');
  });

  it('repairs unclosed HTML inside content elements', () => {
    const r = root('<item><description><p>one<br>two<p>three</description><title>t</title></item>');
    const description = r.child('', 'description')!;
    expect(innerHtml(description)).toBe('<p>one<br />two<p>three</p></p>');
    expect(r.child('', 'title')!.text()).toBe('t');
  });

  it('ignores stray end tags inside content elements', () => {
    expect(root('<item><description>a</b>b</description></item>').child('', 'description')!.text()).toBe('ab');
  });

  it('reads the elements of an <rss> given a default namespace in no namespace, and says so', () => {
    const faults: XmlFault[] = [];
    const doc = '<rss xmlns="http://backend.userland.com/rss2" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
      + '<dc:creator>Ana</dc:creator><atom:link xmlns:atom="http://www.w3.org/2005/Atom" href="x"/><x xmlns="urn:other"/></channel></rss>';
    const rss = parseXml(doc, { faults }).root;
    const channel = rss.child('', 'channel')!;
    expect([rss.ns, channel.ns]).toEqual(['', '']);
    expect(channel.elements().map((e) => e.ns)).toEqual(['http://purl.org/dc/elements/1.1/', 'http://www.w3.org/2005/Atom', 'urn:other']);
    expect(faults.map((f) => [f.code, f.offset])).toEqual([['RSS_NAMESPACE', 0]]);
    expect(parseXml('<feed xmlns="http://www.w3.org/2005/Atom"><rss/></feed>').root.elements()[0]!.ns).toBe('http://www.w3.org/2005/Atom');
  });

  it('reports every tolerated fault to a collector', () => {
    const faults: XmlFault[] = [];
    parseXml('<!DOCTYPE x [<!ENTITY e "v">]>junk<r a=1 b>&e; & &bogus; <x:y/><description><b></description></r>', { faults });
    expect(faults.map((f) => f.code).sort()).toEqual([
      'XML_ATTRIBUTE_NO_VALUE',
      'XML_BARE_AMPERSAND',
      'XML_DOCTYPE',
      'XML_ENTITY_NOT_EXPANDED',
      'XML_JUNK',
      'XML_UNBOUND_PREFIX',
      'XML_UNCLOSED_HTML',
      'XML_UNDECLARED_ENTITY',
      'XML_UNQUOTED_ATTRIBUTE',
    ]);
  });
});

describe('malformed documents', () => {
  const malformed = (xml: string) => {
    const error = thrown(() => parseXml(xml));
    expect(error).toBeInstanceOf(FeedXmlError);
    expect(error.code).toBe('XML_MALFORMED');
    return error;
  };

  it('reports a mismatched end tag with its line and column', () => {
    const error = malformed('<rss>\n  <channel>\n    <link>x</channel>\n</rss>');
    expect([error.line, error.column]).toEqual([3, 12]);
    expect(error.message).toContain('Expected </link> but found </channel>');
  });

  it('reports a missing end tag at the end of the document', () => {
    const error = malformed('<rss>\n<channel>\n</rss>');
    expect(error.line).toBe(3);
    malformed('<rss><channel></channel>');
  });

  it('reports an end tag outside a content element that was never closed', () => {
    const error = malformed('<rss>\n<item>\n<title>Unclosed</item>\n</rss>');
    expect(error.message).toContain('Expected </title> but found </item>');
    expect([error.line, error.column]).toEqual([3, 16]);
  });

  it('rejects text that is not XML, and unterminated constructs', () => {
    malformed('This is not an XML document');
    malformed('{"version": "https://jsonfeed.org/version/1.1"}');
    malformed('<rss><![CDATA[never closed</rss>');
    malformed('<rss><!-- never closed</rss>');
    malformed('<rss><?pi never closed</rss>');
    malformed('<rss><item attr="never closed></item></rss>');
    malformed('<rss></channel></rss>');
    malformed('');
  });
});

describe('limits', () => {
  it('rejects nesting deeper than maxDepth with LIMIT_DEPTH', () => {
    const deep = '<a>'.repeat(300) + '</a>'.repeat(300);
    expect(thrown(() => parseXml(deep)).code).toBe('LIMIT_DEPTH');
    expect(parseXml(deep, { maxDepth: 400 }).root.local).toBe('a');
    expect(thrown(() => parseXml('<a><b><c/></b></a>', { maxDepth: 2 })).code).toBe('LIMIT_DEPTH');
  });

  it('rejects input over maxBytes, counting UTF-8 bytes of strings', () => {
    expect(thrown(() => parseXml('<a>' + 'x'.repeat(100) + '</a>', { maxBytes: 50 })).code).toBe('LIMIT_BYTES');
    expect(thrown(() => parseXml('<a>' + 'é'.repeat(20) + '</a>', { maxBytes: 45 })).code).toBe('LIMIT_BYTES');
    expect(parseXml('<a>' + 'é'.repeat(19) + '</a>', { maxBytes: 45 }).root.text()).toHaveLength(19);
    expect(thrown(() => parseXml(new Uint8Array(51), { maxBytes: 50 })).code).toBe('LIMIT_BYTES');
  });

  it('rejects long text, many attributes and many elements', () => {
    expect(thrown(() => parseXml(`<a>${'x'.repeat(101)}</a>`, { maxTextLength: 100 })).code).toBe('LIMIT_TEXT');
    expect(thrown(() => parseXml(`<a v="${'x'.repeat(101)}"/>`, { maxTextLength: 100 })).code).toBe('LIMIT_TEXT');
    const attributes = Array.from({ length: 20 }, (_, i) => `a${i}="1"`).join(' ');
    expect(thrown(() => parseXml(`<a ${attributes}/>`, { maxAttributes: 10 })).code).toBe('LIMIT_ATTRIBUTES');
    expect(thrown(() => parseXml(`<a>${'<b/>'.repeat(20)}</a>`, { maxElements: 10 })).code).toBe('LIMIT_ELEMENTS');
  });

  it('rejects a limit that is not a positive number', () => {
    expect(thrown(() => parseXml('<a/>', { maxDepth: -1 })).code).toBe('INVALID_OPTION');
  });
});

describe('innerHtml', () => {
  it('serializes xhtml without prefixes or namespace declarations, escaping text and attributes', () => {
    const r = root('<c><x:div xmlns:x="http://www.w3.org/1999/xhtml"><x:p class="a&quot;b">1 &lt; 2 &amp; <x:br/>3</x:p></x:div></c>');
    expect(innerHtml(r.elements()[0]!)).toBe('<p class="a&quot;b">1 &lt; 2 &amp; <br />3</p>');
  });

  it('handles nesting at the depth limit without recursion', () => {
    const depth = 250;
    const r = root('<a>' + '<b>'.repeat(depth) + 'x' + '</b>'.repeat(depth) + '</a>');
    expect(innerHtml(r)).toBe('<b>'.repeat(depth) + 'x' + '</b>'.repeat(depth));
  });
});
