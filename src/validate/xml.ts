// Document-level XML checks: the faults the reader tolerated, the XML declaration, the encoding,
// and characters XML forbids (which the reader drops silently).
import { encodingName, XML_NS, type XmlDocument, type XmlElement, type XmlFault } from '../xml/index.js';
import { checkNoSurroundingWhitespace, checkUrl, quote } from './checks.js';
import { checkHtmlEntities } from './entities.js';
import type { Issues } from './report.js';
import { iriReferenceProblem, isLanguageTag } from './values.js';

// Faults that make a document not well-formed XML; the rest are reported as warnings.
const WARNING_FAULTS = new Set(['XML_ENTITY_NOT_EXPANDED']);
// Noted by the reader but not a problem in itself (a DOCTYPE is allowed; its entities are checked apart).
const IGNORED_FAULTS = new Set(['XML_DOCTYPE']);

const FAULT_ADVICE: Readonly<Record<string, string>> = {
  XML_BARE_AMPERSAND: 'escape it, or wrap the text in CDATA',
  XML_UNDECLARED_ENTITY: 'XML knows only &amp; &lt; &gt; &quot; &apos;: use a numeric reference such as &#160;',
  XML_ENTITY_NOT_EXPANDED: 'feed readers do not expand DOCTYPE entities: write the text itself',
  XML_JUNK: 'remove everything before the XML declaration and after the root element',
  XML_BARE_LT: 'write "&lt;" or wrap the text in CDATA',
  XML_UNQUOTED_ATTRIBUTE: 'quote attribute values',
  XML_ATTRIBUTE_NO_VALUE: 'give the attribute a quoted value',
  XML_DUPLICATE_ATTRIBUTE: 'keep one of the attributes',
  XML_UNBOUND_PREFIX: 'declare the prefix with an xmlns: attribute',
  XML_UNCLOSED_HTML: 'escape the HTML or wrap it in CDATA',
  XML_STRAY_END_TAG: 'escape the HTML or wrap it in CDATA',
  XML_BOGUS_DECLARATION: 'remove it or make it a comment',
  RSS_NAMESPACE: 'remove the xmlns attribute from <rss>',
  XML_LT_IN_ATTRIBUTE: 'write "&lt;" in attribute values',
  XML_COMMENT_DOUBLE_HYPHEN: 'remove the "--" from the comment',
  XML_CDATA_END_IN_TEXT: 'write "]]&gt;", or wrap the text in CDATA',
  XML_INVALID_CHARACTER_REFERENCE: 'remove the reference, or refer to a real character',
  XML_UPPERCASE_HEX_REFERENCE: 'write "&#x", not "&#X"',
  XML_SLASH_IN_TAG: 'remove the "/", or put it just before ">" to close the element',
  XML_INVALID_NAME: 'names start with a letter or "_" and hold letters, digits, ".", "-" and "_"',
  XML_INVALID_QNAME: 'use at most one colon, between a prefix and a local name',
  XML_EMPTY_NAMESPACE: 'bind the prefix to a namespace URI, or remove the declaration',
  XML_RESERVED_PREFIX: 'remove the declaration: the xml and xmlns prefixes are predefined',
  XML_DECLARATION_MALFORMED: 'write <?xml version="1.0" encoding="UTF-8"?>',
  XML_DECLARATION_POSITION: 'make <?xml …?> the very first characters of the file, and write it once',
  XML_DOCTYPE_POSITION: 'write one DOCTYPE, before the root element',
  XML_DOCTYPE_MALFORMED: 'a DOCTYPE holds only declarations, comments and processing instructions',
  XML_OUTSIDE_ROOT: 'a document has one root element: remove the others',
  XML_END_TAG_SPACE: 'write "</name>" with no space after "</"',
  XML_ATTRIBUTE_SPACE: 'put a space between attributes',
  XML_MISMATCHED_END_TAG: 'close every element, innermost first',
  XML_UNCLOSED_ELEMENT: 'close every element before the document ends',
  XML_UNTERMINATED_CDATA: 'end the CDATA section with "]]>"',
  XML_UNTERMINATED_COMMENT: 'end the comment with "-->"',
  XML_UNTERMINATED_PI: 'end the processing instruction with "?>"',
  XML_TRUNCATED: 'the document is cut off: publish it whole',
};

export function checkFaults(faults: readonly XmlFault[], text: string, issues: Issues): void {
  for (const fault of faults) {
    if (IGNORED_FAULTS.has(fault.code)) continue;
    const advice = FAULT_ADVICE[fault.code];
    const message = advice === undefined ? fault.message : `${fault.message}: ${advice}`;
    // Junk is noted where its text run starts; point at its first visible character.
    const offset = fault.code === 'XML_JUNK' ? fault.offset + (/^\s*/.exec(text.slice(fault.offset, fault.offset + 4096))?.[0].length ?? 0) : fault.offset;
    // A fault with no place (the count of those left out) is listed without a position.
    issues.add(WARNING_FAULTS.has(fault.code) ? 'warning' : 'error', fault.code, message, offset < 0 ? {} : { offset });
  }
}

const DECLARATION = /^<\?xml(\s[^?>]{0,300})?\?>/;
const VERSION = /\bversion\s*=\s*["']([^"']*)["']/;
const ENCODING = /\bencoding\s*=\s*["']([^"']*)["']/;

/** The XML declaration, version 1.0 (the reader notes one out of place). Returns its encoding label. */
function checkDeclaration(doc: XmlDocument, issues: Issues): string | null {
  const text = doc.text;
  const at = text.indexOf('<?xml');
  if (at === -1 || at > doc.root.start || !/^<\?xml\s/.test(text.slice(at, at + 6))) return null;
  // The reader notes a declaration that is not well-formed (XML_DECLARATION_MALFORMED).
  const m = DECLARATION.exec(text.slice(at, at + 320));
  if (m === null) return null;
  const version = VERSION.exec(m[1] ?? '')?.[1];
  if (version !== '1.0') {
    issues.error('XML_VERSION', `XML version "${version ?? ''}" is not supported by feed readers: declare version="1.0"`, { offset: at });
  }
  return ENCODING.exec(m[1] ?? '')?.[1] ?? null;
}


/** Encoding: declared vs. what the bytes were read as; bytes invalid in the encoding. */
function checkEncoding(doc: XmlDocument, declared: string | null, fromBytes: boolean, issues: Issues): void {
  if (!fromBytes) return; // a string was decoded by the caller; its declaration no longer applies
  if (doc.lossy) {
    const at = doc.text.indexOf('\uFFFD');
    issues.error(
      'XML_ENCODING_INVALID_BYTES',
      `Some bytes are not valid ${doc.encoding}: declare the encoding the file is really saved in, or save it as UTF-8`,
      { offset: at === -1 ? 0 : at },
    );
  }
  if (declared !== null) {
    const canonical = encodingName(declared);
    // "UTF-16" names both byte orders; the byte order mark says which.
    const sameFamily = canonical?.startsWith('utf-16') === true && doc.encoding.startsWith('utf-16');
    if (canonical !== null && canonical !== doc.encoding && !sameFamily) {
      issues.warning(
        'XML_ENCODING_MISMATCH',
        `The XML declaration says "${declared}" but the document was read as ${doc.encoding} (from its byte order mark or bytes)`,
        { offset: doc.text.indexOf('<?xml') },
      );
    }
  }
}

// Characters XML 1.0 does not allow at all (§2.2), even as references.
const FORBIDDEN_CHARACTER = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;

function checkCharacters(text: string, issues: Issues): void {
  FORBIDDEN_CHARACTER.lastIndex = 0;
  const first = FORBIDDEN_CHARACTER.exec(text);
  if (first === null) return;
  let count = 1;
  while (FORBIDDEN_CHARACTER.exec(text) !== null) count++;
  const code = first[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  const more = count > 1 ? ` (${count} such characters in all)` : '';
  issues.error('XML_FORBIDDEN_CHARACTER', `The character U+${code} is not allowed in XML${more}: remove it`, { offset: first.index });
}

// The xml prefix is reserved, so these attributes are found in the text as written.
const XML_ATTRIBUTE = /\sxml:(lang|base)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Whether some xml:lang or xml:base value in the text looks wrong: only then is the tree walked for positions. */
function hasSuspectXmlAttribute(text: string): boolean {
  if (!text.includes('xml:')) return false;
  const seen = new Set<string>();
  XML_ATTRIBUTE.lastIndex = 0;
  for (let m = XML_ATTRIBUTE.exec(text); m !== null; m = XML_ATTRIBUTE.exec(text)) {
    const key = `${m[1]} ${m[2] ?? m[3]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // Escaped or odd values are judged on the decoded attribute, in the walk.
    const raw = m[2] ?? m[3]!;
    const value = raw.trim();
    if (value.includes('&') || value.includes('<')) return true;
    if (m[1] === 'base' && value !== raw) return true;
    if (m[1] === 'lang' ? value !== '' && !isLanguageTag(value) : iriReferenceProblem(value) !== null) return true;
  }
  return false;
}

/** xml:lang must be a language tag (or empty), xml:base a URI reference, on every element. */
function checkXmlAttributes(root: XmlElement, issues: Issues): void {
  const stack: XmlElement[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    for (const a of element.attributes) {
      if (a.ns !== XML_NS) continue;
      const value = a.value.trim();
      if (a.local === 'lang' && value !== '' && !isLanguageTag(value)) {
        issues.error('LANGUAGE_INVALID', `xml:lang ${quote(value)} is not a language tag such as "en" or "en-US"`, issues.at(element, a.name));
      } else if (a.local === 'base' && checkNoSurroundingWhitespace(a.value, 'xml:base', issues, issues.at(element, a.name))) {
        checkUrl(value, 'reference', 'xml:base', issues, issues.at(element, a.name));
      }
    }
    for (const child of element.children) if (typeof child !== 'string') stack.push(child);
  }
}

export function checkXmlDocument(doc: XmlDocument, faults: readonly XmlFault[], fromBytes: boolean, issues: Issues): void {
  const declared = checkDeclaration(doc, issues);
  checkEncoding(doc, declared, fromBytes, issues);
  checkCharacters(doc.text, issues);
  checkFaults(faults, doc.text, issues);
  checkHtmlEntities(doc.text, doc.declaredEntities, issues);
  if (hasSuspectXmlAttribute(doc.text)) checkXmlAttributes(doc.root, issues);
  if (doc.declaredEntities.size > 0) {
    const names = [...doc.declaredEntities].slice(0, 5).join(', ');
    issues.warning(
      'XML_ENTITY_DECLARATION',
      `The DOCTYPE declares entities (${names}); feed readers do not expand them, for safety`,
      { offset: Math.max(0, doc.text.indexOf('<!DOCTYPE')) },
    );
  }
}
