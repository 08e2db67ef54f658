// Every stable code atoma uses, as types: a typo in `error.code === 'XML_MALFORMD'` does not
// compile. To add a code, add it to the list of its kind below and to the README's (or the docs
// page's) table; tests/errors/codes.test.ts checks that every thrown code is in both.
import type { ValidationTableCode } from './validate/codes.js';


/** Codes of FeedXmlError: the XML could not be read. */
export type XmlErrorCode = 'XML_MALFORMED' | 'XML_ENCODING';

/** Codes of the size and shape limits (FeedXmlError, or FeedJsonError for JSON). */
export type LimitErrorCode = 'LIMIT_BYTES' | 'LIMIT_DEPTH' | 'LIMIT_TEXT' | 'LIMIT_ATTRIBUTES' | 'LIMIT_ELEMENTS';

/** Codes of FeedFetchError (`fetchFeed`). */
export type FetchErrorCode =
  | 'FETCH_URL' | 'FETCH_STATUS' | 'FETCH_TIMEOUT' | 'FETCH_ABORTED' | 'FETCH_TOO_LARGE' | 'FETCH_REDIRECTS' | 'FETCH_NETWORK';

/** Codes of FeedDocumentError and its subclasses: the input is not a readable document. */
export type DocumentErrorCode =
  | XmlErrorCode
  | LimitErrorCode
  | FetchErrorCode
  | 'JSON_MALFORMED'
  | 'INVALID_INPUT'
  | 'INVALID_OPTION'
  | 'NOT_A_FEED'
  | 'FILE_UNREADABLE';

/** Codes of FeedParseError: a readable document that is not a valid feed of its kind. */
export type ParseErrorCode =
  | 'RSS_NOT_RSS' | 'RSS_VERSION' | 'RSS_NO_CHANNEL'
  | 'ATOM_NOT_ATOM' | 'ATOM_NO_ID' | 'ATOM_BAD_BASE64'
  | 'OPML_NOT_OPML'
  | 'JSON_NOT_OBJECT' | 'JSON_NO_VERSION' | 'JSON_VERSION' | 'JSON_NO_TITLE' | 'JSON_ITEM_NO_ID' | 'JSON_UNREADABLE'
  | `JSON_TYPE_${string}`
  | 'SANITIZE_FAILED' | 'SANITIZE_RESULT';

/** The `code` of any error atoma throws. */
export type ErrorCode = DocumentErrorCode | ParseErrorCode;

/** Codes of the XML faults the reader tolerates or recovers from (warnings, and validation issues). */
export type XmlFaultCode =
  | 'RSS_NAMESPACE' | 'XML_ATTRIBUTE_NO_VALUE' | 'XML_ATTRIBUTE_SPACE' | 'XML_BARE_AMPERSAND'
  | 'XML_BARE_LT' | 'XML_BOGUS_DECLARATION' | 'XML_CDATA_END_IN_TEXT' | 'XML_COMMENT_DOUBLE_HYPHEN'
  | 'XML_DECLARATION_MALFORMED' | 'XML_DECLARATION_POSITION' | 'XML_DOCTYPE' | 'XML_DOCTYPE_MALFORMED'
  | 'XML_DOCTYPE_POSITION' | 'XML_DUPLICATE_ATTRIBUTE' | 'XML_EMPTY_NAMESPACE' | 'XML_ENCODING_FALLBACK'
  | 'XML_ENCODING_UNKNOWN'
  | 'XML_END_TAG_SPACE' | 'XML_ENTITY_NOT_EXPANDED' | 'XML_INVALID_CHARACTER_REFERENCE' | 'XML_INVALID_NAME'
  | 'XML_INVALID_QNAME' | 'XML_JUNK' | 'XML_LT_IN_ATTRIBUTE' | 'XML_MISMATCHED_END_TAG' | 'XML_OUTSIDE_ROOT'
  | 'XML_RESERVED_PREFIX' | 'XML_SLASH_IN_TAG' | 'XML_STRAY_END_TAG' | 'XML_TRUNCATED'
  | 'XML_UNBOUND_PREFIX' | 'XML_UNCLOSED_ELEMENT' | 'XML_UNCLOSED_HTML' | 'XML_UNDECLARED_ENTITY'
  | 'XML_UNQUOTED_ATTRIBUTE' | 'XML_UNTERMINATED_CDATA' | 'XML_UNTERMINATED_COMMENT' | 'XML_UNTERMINATED_PI'
  | 'XML_UPPERCASE_HEX_REFERENCE';

/** Codes of the format-level faults lenient mode reads past (docs/lenient.md). */
export type LenientCode =
  | 'ATOM_BAD_BASE64' | 'ATOM_ENTRY_DOCUMENT' | 'ATOM_LINK_TEXT' | 'ATOM_NAMESPACE' | 'ATOM_NO_ID' | 'ATOM_NO_NAMESPACE'
  | 'RSS_ITEM_OUTSIDE_CHANNEL' | 'RSS_MULTIPLE_CHANNELS' | 'RSS_NO_CHANNEL' | 'RSS_RDF_NO_NAMESPACE' | 'RSS_VERSION'
  | 'JSON_NO_TITLE' | 'JSON_ITEM_NO_ID' | 'JSON_VERSION' | `JSON_TYPE_${string}`;

/** The `code` of a ParseWarning. */
export type WarningCode = XmlFaultCode | LenientCode | 'TOO_MANY_WARNINGS';

/** Codes only validateFeed reports: its rule table (src/validate/codes.ts; docs/validation.md lists each with its fix). */
export type ValidationRuleCode = ValidationTableCode;

/** The `code` of a ValidationIssue: a rule's, a tolerated fault's, or the error a parse would throw. */
export type ValidationCode = ValidationRuleCode | WarningCode | ErrorCode | 'TOO_MANY_ISSUES' | 'VALIDATION_FAILED';
