// Every code validateFeed can report, its severity, and the W3C Feed Validation Service message
// it corresponds to (its documentation's message name), where there is one. docs/validation.md
// (and docs/lenient.md, for the faults lenient parsing reads past) explains each; a test holds
// the lists equal.
import type { Severity } from './report.js';

const E = 'error';
const W = 'warning';

const TABLE = [
  // Reading the document
  ['XML_MALFORMED', E, 'SAXError'], ['XML_ENCODING', E, 'UnknownEncoding'], ['XML_ENCODING_INVALID_BYTES', E, 'UnicodeError'],
  ['XML_ENCODING_MISMATCH', W, 'EncodingMismatch'], ['XML_DECLARATION_POSITION', E, 'WPBlankLine'],
  ['XML_DECLARATION_MALFORMED', E, 'SAXError'], ['XML_VERSION', E, 'BadXmlVersion'], ['XML_FORBIDDEN_CHARACTER', E, 'SAXError'],
  ['XML_BARE_AMPERSAND', E, 'SAXError'], ['XML_BARE_LT', E, 'SAXError'], ['XML_UNDECLARED_ENTITY', E, 'UndefinedNamedEntity'],
  ['XML_HTML_ENTITY', E, 'UndefinedNamedEntity'], ['XML_ENTITY_DECLARATION', W, null], ['XML_ENTITY_NOT_EXPANDED', W, null],
  ['XML_JUNK', E, 'SAXError'], ['XML_UNQUOTED_ATTRIBUTE', E, 'SAXError'], ['XML_ATTRIBUTE_NO_VALUE', E, 'SAXError'],
  ['XML_DUPLICATE_ATTRIBUTE', E, 'SAXError'], ['XML_UNBOUND_PREFIX', E, 'UndeclaredPrefix'], ['XML_UNCLOSED_HTML', E, 'SAXError'],
  ['XML_STRAY_END_TAG', E, 'SAXError'], ['XML_BOGUS_DECLARATION', E, 'SAXError'],
  ['XML_MISMATCHED_END_TAG', E, 'SAXError'], ['XML_UNCLOSED_ELEMENT', E, 'SAXError'], ['XML_TRUNCATED', E, 'SAXError'],
  ['XML_UNTERMINATED_CDATA', E, 'SAXError'], ['XML_UNTERMINATED_COMMENT', E, 'SAXError'], ['XML_UNTERMINATED_PI', E, 'SAXError'],
  ['XML_LT_IN_ATTRIBUTE', E, 'SAXError'], ['XML_COMMENT_DOUBLE_HYPHEN', E, 'SAXError'], ['XML_CDATA_END_IN_TEXT', E, 'SAXError'],
  ['XML_INVALID_CHARACTER_REFERENCE', E, 'SAXError'], ['XML_UPPERCASE_HEX_REFERENCE', E, 'SAXError'],
  ['XML_SLASH_IN_TAG', E, 'SAXError'], ['XML_INVALID_NAME', E, 'SAXError'], ['XML_INVALID_QNAME', E, 'SAXError'],
  ['XML_EMPTY_NAMESPACE', E, 'SAXError'], ['XML_RESERVED_PREFIX', E, 'SAXError'], ['XML_DOCTYPE_POSITION', E, 'SAXError'],
  ['XML_DOCTYPE_MALFORMED', E, 'SAXError'], ['XML_OUTSIDE_ROOT', E, 'SAXError'], ['XML_END_TAG_SPACE', E, 'SAXError'],
  ['XML_ATTRIBUTE_SPACE', E, 'SAXError'],
  ['LIMIT_BYTES', E, 'ValidatorLimit'],
  ['LIMIT_DEPTH', E, 'ValidatorLimit'], ['LIMIT_TEXT', E, 'ValidatorLimit'], ['LIMIT_ATTRIBUTES', E, 'ValidatorLimit'],
  ['LIMIT_ELEMENTS', E, 'ValidatorLimit'], ['NOT_A_FEED', E, null], ['LANGUAGE_INVALID', E, 'InvalidLanguage'],
  ['TOO_MANY_ISSUES', W, null], ['VALIDATION_FAILED', E, null],
  // Values (all formats)
  ['URL_INVALID', E, 'InvalidIRI'], ['URL_NOT_ABSOLUTE', E, 'InvalidFullLink'], ['URL_NOT_HTTP', E, 'InvalidURLAttribute'],
  ['URL_UNKNOWN_SCHEME', W, 'SchemeNotIANARegistered'], ['URL_NOT_CANONICAL', W, 'NonCanonicalURI'],
  ['VALUE_WHITESPACE', E, 'UnexpectedWhitespace'], ['DATE_INVALID', E, 'InvalidRFC2822Date'], ['DATE_NOT_RFC822', E, 'InvalidRFC2822Date'],
  ['DATE_PROBLEMATIC', W, 'ProblematicalRFC822Date'], ['DATE_WRONG_WEEKDAY', E, 'IncorrectDOW'], ['DATE_NOT_RFC3339', E, 'InvalidRFC3339Date'],
  ['DATE_NOT_W3CDTF', E, 'InvalidW3CDTFDate'], ['EMAIL_INVALID', E, 'InvalidContact'], ['EMAIL_FORMAT', W, 'EmailFormat'],
  ['INTEGER_INVALID', E, 'InvalidNonNegativeInteger'], ['MIME_TYPE_INVALID', E, 'InvalidMIMEType'], ['HTML_SCRIPT', W, 'SecurityRisk'],
  ['HTML_EVENT_HANDLER', W, 'SecurityRiskAttr'], ['HTML_EMBED', W, 'SecurityRisk'], ['HTML_IN_TEXT', W, 'ContainsHTML'],
  ['HTML_RELATIVE_URL', W, 'ContainsRelRef'], ['SELF_LINK_RELATIVE', W, 'RelativeSelf'], ['SELF_LINK_MISMATCH', W, 'SelfDoesntMatchLocation'],
  // RSS 2.0
  ['RSS_VERSION', E, 'InvalidRSSVersion'], ['RSS_NO_CHANNEL', E, 'MissingElement'], ['RSS_MISSING_VERSION', E, 'MissingAttribute'],
  ['RSS_NAMESPACE', E, 'InvalidNamespace'], ['RSS_MISSING_ELEMENT', E, 'MissingElement'], ['RSS_EMPTY_ELEMENT', W, 'NotBlank'],
  ['RSS_MISSING_ATTRIBUTE', E, 'MissingAttribute'], ['RSS_UNKNOWN_ELEMENT', E, 'UndefinedElement'],
  ['RSS_UNKNOWN_ATTRIBUTE', E, 'UnexpectedAttribute'], ['RSS_DUPLICATE_ELEMENT', E, 'DuplicateElement'],
  ['RSS_UNEXPECTED_TEXT', E, 'UnexpectedText'], ['RSS_ITEM_EMPTY', E, 'ItemMustContainTitleOrDescription'],
  ['RSS_IMAGE_SIZE', E, 'InvalidWidth'], ['RSS_INVALID_VALUE', E, 'InvalidValue'], ['RSS_HOUR_24', W, 'UseZeroForMidnight'],
  ['RSS_DUPLICATE_VALUE', E, 'DuplicateValue'], ['RSS_INVALID_PERMALINK', E, 'InvalidBooleanAttribute'],
  ['RSS_GUID_NOT_URL', E, 'InvalidHttpGUID'], ['RSS_DUPLICATE_GUID', E, 'DuplicateValue'], ['RSS_MISSING_GUID', W, 'MissingGuid'],
  ['RSS_DUPLICATE_ENCLOSURE', W, 'DuplicateEnclosure'], ['RSS_MISPLACED_ITEM', W, 'MisplacedItem'],
  ['RSS_MISSING_ATOM_SELF', W, 'MissingAtomSelfLink'], ['RSS_VERSION_ELEMENT', W, null], ['RSS_AVOID_TEXT_INPUT', W, 'AvoidTextInput'],
  ['RSS_IMAGE_FORMAT', W, 'ImageUrlFormat'], ['RSS_IMAGE_MISMATCH', W, 'ImageLinkDoesntMatch'],
  ['RSS_DOCTYPE_VERSION', E, 'InvalidDoctype'],
  // Atom 1.0
  ['ATOM_NAMESPACE', E, 'InvalidNamespace'], ['ATOM_OBSOLETE_VERSION', E, 'ObsoleteNamespace'], ['ATOM_MISSING_ELEMENT', E, 'MissingElement'],
  ['ATOM_MISSING_ATTRIBUTE', E, 'MissingAttribute'], ['ATOM_UNKNOWN_ELEMENT', E, 'UndefinedElement'],
  ['ATOM_UNKNOWN_ATTRIBUTE', E, 'UnexpectedAttribute'], ['ATOM_DUPLICATE_ELEMENT', E, 'DuplicateElement'],
  ['ATOM_UNEXPECTED_TEXT', E, 'UnexpectedText'], ['ATOM_MISSING_AUTHOR', E, 'MissingElement'],
  ['ATOM_MISSING_ALTERNATE', E, 'MissingContentOrAlternate'], ['ATOM_MISSING_SUMMARY', E, 'MissingSummary'],
  ['ATOM_MISSING_TEXTUAL_CONTENT', W, 'MissingTextualContent'], ['ATOM_MISPLACED_METADATA', E, 'MisplacedMetadata'],
  ['ATOM_INVALID_TYPE', E, 'InvalidTextType'], ['ATOM_XHTML_DIV', E, 'MissingXhtmlDiv'], ['ATOM_XHTML_NAMESPACE', E, 'MisplacedXHTMLContent'],
  ['ATOM_UNESCAPED_MARKUP', E, 'NotEscaped'], ['ATOM_UNDECLARED_HTML', W, 'ContainsUndeclaredHTML'], ['ATOM_ESCAPED_XHTML', W, 'NotInline'],
  ['ATOM_HTML_FRAGMENT', W, 'HtmlFragment'], ['ATOM_NOT_BASE64', E, 'NotBase64'], ['ATOM_CONTENT_NOT_EMPTY', E, null],
  ['ATOM_MISSING_TYPE', W, 'MissingTypeAttr'], ['ATOM_DUPLICATE_ENTRY_ID', W, 'DuplicateEntries'],
  ['ATOM_DUPLICATE_UPDATED', W, 'DuplicateUpdated'], ['ATOM_DUPLICATE_ALTERNATE', E, 'DuplicateAtomLink'],
  ['ATOM_UNREGISTERED_REL', W, 'UnregisteredAtomLinkRel'], ['ATOM_MISSING_SELF', W, 'MissingSelf'], ['ATOM_SELF_NOT_ATOM', W, 'SelfNotAtom'],
  ['ATOM_LINK_NOT_EMPTY', W, 'AtomLinkNotEmpty'], ['ATOM_ENCLOSURE_LENGTH', W, null], ['ATOM_SOURCE_INCOMPLETE', W, 'MissingSourceElement'],
  // Extension namespaces
  ['EXTENSION_UNKNOWN_ELEMENT', E, 'UndefinedElement'], ['EXTENSION_MISPLACED', E, 'UndefinedElement'],
  ['EXTENSION_INVALID_VALUE', E, 'InvalidUpdatePeriod'], ['EXTENSION_MISSING_ATTRIBUTE', E, 'MissingAttribute'],
  ['EXTENSION_MISSING_ELEMENT', E, 'MissingElement'], ['EXTENSION_UNKNOWN_ATTRIBUTE', E, 'UnexpectedAttribute'],
  ['EXTENSION_DUPLICATE_ELEMENT', E, 'DuplicateElement'], ['EXTENSION_DUPLICATE_VALUE', E, 'DuplicateValue'], ['UNKNOWN_NAMESPACE', W, null], ['MEDIA_NAMESPACE', W, 'MediaRssNamespace'],
  ['ITUNES_INVALID_VALUE', E, 'InvalidYesNoClean'], ['ITUNES_MISSING_ATTRIBUTE', E, 'MissingAttribute'],
  ['ITUNES_INVALID_CATEGORY', E, 'InvalidItunesCategory'], ['ITUNES_OBSOLETE_CATEGORY', W, 'ObsoleteItunesCategory'],
  ['ITUNES_MISSING_EMAIL', W, 'MissingItunesEmail'], ['ITUNES_MISSING_RECOMMENDED', W, 'MissingItunesElement'], ['ITUNES_IMAGE_FORMAT', W, 'UnsupportedItunesFormat'], ['ITUNES_TOO_LONG', E, 'TooLong'],
  ['MEDIA_INVALID_VALUE', E, 'InvalidMediaMedium'], ['MEDIA_MISSING_ATTRIBUTE', E, 'MissingAttribute'],
  ['MEDIA_GROUP_SINGLE', E, 'MediaGroupWithoutAlternatives'], ['MEDIA_DEPRECATED', W, 'DeprecatedMediaAdult'],
  ['PODCAST_INVALID_VALUE', E, null], ['PODCAST_MISSING_ATTRIBUTE', E, null], ['PODCAST_MISSING_ELEMENT', E, null],
  // The podcast profile
  ['PODCAST_NOT_RSS', E, null], ['SHOW_MISSING_TITLE', E, null], ['SHOW_MISSING_DESCRIPTION', E, null], ['SHOW_MISSING_ARTWORK', E, null],
  ['SHOW_MISSING_LANGUAGE', E, null], ['SHOW_MISSING_CATEGORY', E, null], ['SHOW_MISSING_EXPLICIT', E, null], ['SHOW_MISSING_OWNER', W, null],
  ['SHOW_NO_EPISODES', E, null], ['EPISODE_MISSING_TITLE', E, null], ['EPISODE_MISSING_ENCLOSURE', E, null],
  ['EPISODE_ENCLOSURE_TYPE', E, null], ['EPISODE_UNKNOWN_LENGTH', W, null],
  // Faults lenient parsing reads past (docs/lenient.md)
  ['RSS_ITEM_NESTED', E, 'UndefinedElement'], ['RSS_ITEM_OUTSIDE_CHANNEL', E, 'UndefinedElement'], ['RSS_MULTIPLE_CHANNELS', E, 'DuplicateElement'],
  ['RSS_RDF_NO_NAMESPACE', E, 'MissingNamespace'], ['ATOM_NO_ID', E, 'MissingElement'], ['ATOM_NO_NAMESPACE', E, 'InvalidNamespace'],
  ['ATOM_ENTRY_DOCUMENT', E, null], ['ATOM_ENTRY_NESTED', E, 'UndefinedElement'], ['ATOM_BAD_BASE64', E, 'NotBase64'], ['ATOM_LINK_TEXT', E, 'MissingAttribute'],
  // JSON Feed
  ['JSON_MALFORMED', E, null], ['JSON_NO_VERSION', E, null], ['JSON_VERSION', E, null], ['JSON_NO_TITLE', E, null], ['JSON_NO_ITEMS', E, null],
  ['JSON_ITEM_NO_ID', E, null], ['JSON_ITEM_NO_CONTENT', E, null], ['JSON_MISSING_FIELD', E, null], ['JSON_AUTHOR_EMPTY', E, null],
  ['JSON_WRONG_TYPE', E, null], ['JSON_ID_NOT_STRING', W, null], ['JSON_DUPLICATE_ID', W, null], ['JSON_DEPRECATED_FIELD', W, null],
  ['JSON_UNKNOWN_FIELD', W, null],
  // OPML
  ['OPML_VERSION', E, 'InvalidOPMLVersion'], ['OPML_MISSING_ELEMENT', E, 'MissingElement'], ['OPML_EMPTY_BODY', E, 'MissingElement'],
  ['OPML_MISSING_ATTRIBUTE', E, 'MissingAttribute'], ['OPML_MISSING_XMLURL', E, 'MissingXmlURL'], ['OPML_INVALID_VALUE', E, 'InvalidTrueFalse'],
  ['OPML_UNKNOWN_ELEMENT', E, 'UndefinedElement'], ['OPML_DUPLICATE_ELEMENT', E, 'DuplicateElement'], ['OPML_UNEXPECTED_TEXT', E, 'UnexpectedText'],
] as const;

/** A code of the table (src/codes.ts's ValidationCode adds the warnings' and errors' codes). */
export type ValidationTableCode = (typeof TABLE)[number][0];

export interface ValidationCodeInfo {
  code: ValidationTableCode;
  severity: Severity;
  /** The W3C Feed Validation Service's message for the same problem (its documentation's name), or null. */
  w3c: string | null;
}

/** Every code, in the order docs/validation.md lists them. */
export const VALIDATION_CODES: readonly ValidationCodeInfo[] = Object.freeze(
  TABLE.map(([code, severity, w3c]) => Object.freeze({ code, severity, w3c })),
);
