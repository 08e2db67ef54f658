// Document-level rules: XML well-formedness, declaration, encoding, entities, the root element.
import { baseline, edit, positionIn, type RuleCase } from './case.js';

const R = baseline('valid-rss.xml');
const rss = (from: string, to: string) => edit(R, from, to);
const TITLE = '<title>Spring tides this week</title>';
const withTitle = (title: string) => rss(TITLE, `<title>${title}</title>`);
const bytes = (text: string) => new TextEncoder().encode(text);
const after = (at: { line: number; column: number }, columns: number) => ({ line: at.line, column: at.column + columns });

/** The baseline as bytes, with one byte sequence put in place of `from`. */
function withBytes(from: string, inserted: number[]): Uint8Array {
  const at = R.indexOf(from);
  const before = bytes(R.slice(0, at));
  const after = bytes(R.slice(at + from.length));
  return new Uint8Array([...before, ...inserted, ...after]);
}

/** The baseline as UTF-16LE bytes with a byte order mark, declaring `encoding`. */
function utf16WithDeclaration(encoding: string): Uint8Array {
  const text = R.replace('encoding="UTF-8"', `encoding="${encoding}"`);
  const body = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    body[2 * i] = text.charCodeAt(i) & 0xff;
    body[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return new Uint8Array([0xff, 0xfe, ...body]);
}

const DOCTYPE = '<!DOCTYPE rss [\n  <!ENTITY place "Harbour">\n]>\n';
const withDoctype = (title: string) => rss('<rss version', `${DOCTYPE}<rss version`).replace(TITLE, `<title>${title}</title>`);

export const xmlCases: RuleCase[] = [
  {
    code: 'XML_MALFORMED', severity: 'error', name: 'a document cut off in its DOCTYPE (nothing to recover)',
    bad: `${R.slice(0, R.indexOf('<rss'))}<!DOCTYPE rss [\n  <!ENTITY place "Harbour">\n`, at: '<!DOCTYPE', good: R,
  },
  {
    code: 'XML_MISMATCHED_END_TAG', severity: 'error', name: 'an end tag that closes an element left open',
    bad: rss('<dc:date>2024-03-04T07:30:00Z</dc:date>', '<dc:date>2024-03-04T07:30:00Z'), at: '</item>', good: R,
  },
  {
    code: 'XML_UNCLOSED_ELEMENT', severity: 'error', name: 'the root element never closed',
    bad: rss('</rss>', ''), at: '<rss', good: R,
  },
  {
    code: 'XML_TRUNCATED', severity: 'error', name: 'a document cut off inside its last end tag',
    bad: rss('</rss>', '</rs'), at: '</rs', good: R,
  },
  {
    code: 'XML_UNTERMINATED_CDATA', severity: 'error', name: 'a document cut off inside a CDATA section',
    bad: R.slice(0, R.indexOf('<![CDATA[') + 20), at: '<![CDATA[', good: R,
  },
  {
    code: 'XML_UNTERMINATED_COMMENT', severity: 'error', name: 'a comment that never ends',
    bad: `${R}<!-- generated in 12 ms`, at: '<!--', good: R,
  },
  {
    code: 'XML_UNTERMINATED_PI', severity: 'error', name: 'a processing instruction that never ends',
    bad: `${R}<?cache hit`, at: '<?cache', good: R,
  },
  {
    code: 'XML_LT_IN_ATTRIBUTE', severity: 'error', name: 'a "<" in an attribute value',
    bad: rss('domain="https://harbour.example.com/topics"', 'domain="https://harbour.example.com/topics?<b>"'), at: '<b>"', good: R,
  },
  {
    code: 'XML_COMMENT_DOUBLE_HYPHEN', severity: 'error', name: '"--" inside a comment',
    bad: rss('<ttl>60</ttl>', '<ttl>60</ttl>\n    <!-- tides -- weekly -->'), at: '<!--', good: R,
  },
  {
    code: 'XML_CDATA_END_IN_TEXT', severity: 'error', name: '"]]>" in text',
    bad: withTitle('Spring ]]> tides'), at: ']]>', good: R,
  },
  {
    code: 'XML_INVALID_CHARACTER_REFERENCE', severity: 'error', name: 'a reference to U+0000',
    bad: withTitle('Spring &#0; tides'), at: '&#0;', good: R,
  },
  {
    code: 'XML_UPPERCASE_HEX_REFERENCE', severity: 'error', name: 'a hexadecimal reference with a capital X',
    bad: withTitle('Spring &#X2014; tides'), at: '&#X2014;', good: R,
  },
  {
    code: 'XML_SLASH_IN_TAG', severity: 'error', name: 'a "/" inside a start tag',
    bad: rss('<guid isPermaLink="true">', '<guid / isPermaLink="true">'), at: '/ isPermaLink', good: R,
  },
  {
    code: 'XML_INVALID_NAME', severity: 'error', name: 'an element name with a character names cannot have',
    bad: rss('<ttl>60</ttl>', '<ttl>60</ttl>\n    <tide@level>3</tide@level>'), at: '<tide@level>', good: R,
  },
  {
    code: 'XML_INVALID_QNAME', severity: 'error', name: 'an attribute name with two colons',
    bad: rss('<guid isPermaLink="true">', '<guid dc:x:y="1" isPermaLink="true">'), at: 'dc:x:y', good: R,
  },
  {
    code: 'XML_EMPTY_NAMESPACE', severity: 'error', name: 'a prefix bound to an empty namespace',
    bad: rss('<channel>', '<channel xmlns:sy="">'), at: '<channel xmlns:sy', good: R,
  },
  {
    code: 'XML_RESERVED_PREFIX', severity: 'error', name: 'the xml prefix rebound',
    bad: rss('<channel>', '<channel xmlns:xml="urn:x">'), at: '<channel xmlns:xml', good: R,
  },
  {
    code: 'XML_DOCTYPE_POSITION', severity: 'error', name: 'a DOCTYPE inside the root element',
    bad: rss('<channel>', '<channel><!DOCTYPE rss>'), at: '<!DOCTYPE', good: R,
  },
  {
    code: 'XML_DOCTYPE_MALFORMED', severity: 'error', name: 'a DOCTYPE with text that is no declaration',
    bad: rss('<rss version', '<!DOCTYPE rss [ harbour ]>\n<rss version'), at: 'harbour', good: R,
  },
  {
    code: 'XML_OUTSIDE_ROOT', severity: 'error', name: 'a second element after the root',
    bad: `${R}<rss version="2.0"/>\n`, at: '<rss version="2.0"/>', good: R,
  },
  {
    code: 'XML_END_TAG_SPACE', severity: 'error', name: 'a space after "</"',
    bad: rss('<ttl>60</ttl>', '<ttl>60</ ttl>'), at: '</ ttl>', good: R,
  },
  {
    code: 'XML_ATTRIBUTE_SPACE', severity: 'error', name: 'attributes with no space between them',
    bad: rss('tides.mp3" length=', 'tides.mp3"length='), at: 'length="482133"', good: R,
  },
  {
    code: 'XML_ENCODING', severity: 'error', name: 'an encoding nobody knows',
    bad: bytes(R.replace('encoding="UTF-8"', 'encoding="klingon-8"')), good: bytes(R),
  },
  {
    code: 'LIMIT_BYTES', severity: 'error', name: 'a document over maxBytes',
    bad: R + ' '.repeat(200), options: { maxBytes: R.length + 100 }, good: R,
  },
  {
    code: 'LIMIT_DEPTH', severity: 'error', name: 'elements nested deeper than maxDepth',
    bad: rss('<ttl>60</ttl>', '<x:a xmlns:x="urn:x"><x:b><x:c><x:d><x:e/></x:d></x:c></x:b></x:a>'), options: { maxDepth: 6 },
    at: '<x:e', good: R,
  },
  {
    code: 'XML_BARE_AMPERSAND', severity: 'error', name: 'a bare ampersand',
    bad: withTitle('Tides & currents'), at: '& currents', good: R,
  },
  {
    code: 'XML_UNDECLARED_ENTITY', severity: 'error', name: 'an entity no one declared',
    bad: withTitle('Tides &tidal; currents'), at: '&tidal;', good: R,
  },
  {
    code: 'XML_HTML_ENTITY', severity: 'error', name: 'an HTML entity',
    bad: withTitle('Caf&eacute; tides &eacute;'), at: '&eacute;', good: R,
  },
  {
    code: 'XML_ENTITY_DECLARATION', severity: 'warning', name: 'a DOCTYPE that declares entities',
    bad: withDoctype('Spring tides'), at: '<!DOCTYPE', good: R,
  },
  {
    code: 'XML_ENTITY_NOT_EXPANDED', severity: 'warning', name: 'a reference to a declared entity',
    bad: withDoctype('&place; tides'), at: '&place;', good: R,
  },
  {
    code: 'XML_JUNK', severity: 'error', name: 'text after the root element',
    bad: `${R}trailing words\n`, at: 'trailing words', good: R,
  },
  {
    code: 'XML_BARE_LT', severity: 'error', name: 'a "<" that starts no tag',
    bad: withTitle('Tides < 2 m'), at: '< 2 m', good: R,
  },
  {
    code: 'XML_UNQUOTED_ATTRIBUTE', severity: 'error', name: 'an unquoted attribute value',
    bad: rss('<guid isPermaLink="true">', '<guid isPermaLink=true>'), at: 'isPermaLink=true', good: R,
  },
  {
    code: 'XML_ATTRIBUTE_NO_VALUE', severity: 'error', name: 'an attribute with no value',
    bad: rss('<guid isPermaLink="true">', '<guid isPermaLink>'), at: 'isPermaLink>', good: R,
  },
  {
    code: 'XML_DUPLICATE_ATTRIBUTE', severity: 'error', name: 'an attribute written twice',
    bad: rss('<guid isPermaLink="true">', '<guid isPermaLink="true" isPermaLink="false">'), at: 'false">', good: R,
  },
  {
    code: 'XML_UNBOUND_PREFIX', severity: 'error', name: 'a prefix without a namespace declaration',
    bad: rss('<ttl>60</ttl>', '<ttl>60</ttl>\n    <sy:updatePeriod>hourly</sy:updatePeriod>'), at: '<sy:updatePeriod>', good: R,
  },
  {
    code: 'XML_UNCLOSED_HTML', severity: 'error', name: 'unescaped HTML left open in a description',
    bad: rss('<description>Forty new berths for visiting boats.</description>', '<description><p>Forty <b>new</p> berths</description>'), at: '</p> berths', good: R,
  },
  {
    code: 'XML_UNCLOSED_HTML', severity: 'error', name: 'an unescaped <br> in a description (not well-formed XML)',
    bad: rss('<description>Forty new berths for visiting boats.</description>', '<description>Forty new<br>berths</description>'), at: '<br>', good: R,
  },
  {
    code: 'XML_STRAY_END_TAG', severity: 'error', name: 'an end tag with no start in a description',
    bad: rss('<description>Forty new berths for visiting boats.</description>', '<description>Forty new</b> berths</description>'), at: '</b> berths', good: R,
  },
  {
    code: 'XML_BOGUS_DECLARATION', severity: 'error', name: 'an unknown "<!" declaration',
    bad: rss('<ttl>60</ttl>', '<ttl>60</ttl>\n    <!ELEMENTAL fire>'), at: '<!ELEMENTAL', good: R,
  },
  {
    code: 'XML_FORBIDDEN_CHARACTER', severity: 'error', name: 'a control character',
    bad: withTitle('Spring\u0007tides'), at: '\u0007', good: R,
  },
  {
    code: 'XML_DECLARATION_POSITION', severity: 'error', name: 'blank lines before the XML declaration',
    bad: `\n\n${R}`, at: '<?xml', good: R,
  },
  {
    code: 'XML_DECLARATION_MALFORMED', severity: 'error', name: 'an XML declaration that is not one',
    bad: R.replace('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0" encoding="UTF-8" ?please?>'), at: '<?xml', good: R,
  },
  {
    code: 'XML_VERSION', severity: 'error', name: 'XML 1.1',
    bad: R.replace('version="1.0"', 'version="1.1"'), at: '<?xml', good: R,
  },
  {
    code: 'XML_ENCODING_INVALID_BYTES', severity: 'error', name: 'Latin-1 bytes in a UTF-8 document',
    bad: withBytes('Spring tides', [0x53, 0x70, 0x72, 0x69, 0x6e, 0x67, 0x20, 0xe9, 0x74, 0xe9]), at: after(positionIn(R, 'Spring tides'), 'Spring '.length), good: bytes(R),
  },
  {
    code: 'XML_ENCODING_MISMATCH', severity: 'warning', name: 'a UTF-16 byte order mark on a document that says ISO-8859-1',
    bad: utf16WithDeclaration('ISO-8859-1'), at: { line: 1, column: 1 }, good: utf16WithDeclaration('UTF-16'),
  },
  {
    code: 'LANGUAGE_INVALID', severity: 'error', name: 'an xml:lang that is not a language tag',
    bad: rss('<channel>', '<channel xml:lang="en_GB">'), at: '<channel', path: 'channel/@xml:lang', good: R,
  },
  {
    code: 'URL_INVALID', severity: 'error', name: 'an xml:base that is not a URL',
    bad: rss('<channel>', '<channel xml:base="invalid iri">'), at: '<channel', path: 'channel/@xml:base', good: R,
  },
  {
    code: 'NOT_A_FEED', severity: 'error', name: 'an HTML page',
    bad: '<!DOCTYPE html>\n<html><head><title>Harbour</title></head><body>Hello</body></html>', at: '<html>', good: R,
  },
  {
    code: 'ATOM_OBSOLETE_VERSION', severity: 'error', name: 'an Atom 0.3 feed',
    bad: '<feed version="0.3" xmlns="http://purl.org/atom/ns#">\n  <title>Old</title>\n</feed>', at: '<feed', good: baseline('valid-atom.xml'),
  },
  {
    code: 'ATOM_NAMESPACE', severity: 'error', name: 'the Atom namespace in the wrong case',
    bad: baseline('valid-atom.xml').replace('http://www.w3.org/2005/Atom', 'http://www.w3.org/2005/atom'), at: '<feed', good: baseline('valid-atom.xml'),
  },
  {
    code: 'TOO_MANY_ISSUES', severity: 'warning', name: 'more problems than a report lists',
    bad: rss('<ttl>60</ttl>', '<ttl>60</ttl>\n' + '    <refresh>60</refresh>\n'.repeat(1100)), good: R,
  },
];
