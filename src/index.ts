// The public surface of atoma: re-exports only. Runs anywhere (no Node built-ins).
export { FeedDocumentError, FeedFetchError, FeedJsonError, FeedParseError, FeedXmlError } from './errors.js';
export type {
  DocumentErrorCode, ErrorCode, FetchErrorCode, FormatWarningCode, LimitErrorCode, ParseErrorCode, ValidationCode, WarningCode,
  XmlErrorCode, XmlFaultCode,
} from './codes.js';
export type { FeedInput, ParseOptions } from './options.js';
export type { ParseWarning } from './warnings.js';
export { parseRss } from './rss/index.js';
export type { RssCategory, RssChannel, RssEnclosure, RssImage, RssItem, RssSource, RssTextInput } from './rss/index.js';
export { parseAtom } from './atom/index.js';
export type {
  AtomCategory, AtomContent, AtomEntry, AtomFeed, AtomGenerator, AtomLink, AtomPerson, AtomTextConstruct, AtomTextType,
} from './atom/index.js';
export { parseJsonFeed } from './json-feed/index.js';
export type { JsonFeed, JsonFeedAttachment, JsonFeedAuthor, JsonFeedItem } from './json-feed/index.js';
export { getFeedList, parseOpml } from './opml/index.js';
export type { Opml, OpmlOutline } from './opml/index.js';
export { detectFormat, parseFeed } from './simple/index.js';
export type { Article, Attachment, DocumentFormat, Feed, FeedFormat } from './simple/index.js';
export { validateFeed } from './validate/index.js';
export type { ValidationIssue, ValidationReport } from './validate/index.js';
export { parseDate } from './dates/index.js';
export { sanitizeHtml } from './html/index.js';
export { DEFAULT_LIMITS } from './xml/index.js';
export { fetchFeed } from './fetch/index.js';
export type { FetchFeedOptions, FetchFeedResult, FetchedFeed, NotModifiedFeed } from './fetch/index.js';
