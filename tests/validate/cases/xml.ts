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
    code: 'XML_MALFORMED', severity: 'error', name: 'a mismatched end tag',
    bad: rss('<pubDate>Thu, 29 Feb 2024 12:00:00 +0100</pubDate>', '<pubDate>Thu, 29 Feb 2024 12:00:00 +0100</pubdate>'), at: '</pubdate>', good: R,
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
    code: 'NOT_A_FEED', severity: 'error', name: 'an RSS 1.0 (RDF) feed',
    bad: '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel/></rdf:RDF>', at: '<rdf:RDF', good: R,
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
