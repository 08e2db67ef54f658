// The `atoma/core` entry: every parser of `atoma` without a bundled HTML sanitizer, for bundles
// that keep HTML as written (`sanitize: false`) or bring their own sanitize function. Re-exports
// only; runs anywhere (no Node built-ins, no dependency). Without `sanitize: false` or a function,
// the parsers of RSS, Atom, JSON Feed and parseFeed throw FeedDocumentError('INVALID_OPTION').
export { FeedDocumentError, FeedFetchError, FeedJsonError, FeedParseError, FeedXmlError } from './errors.js';
export type {
  DocumentErrorCode, ErrorCode, FetchErrorCode, LenientCode, LimitErrorCode, ParseErrorCode, ValidationCode, WarningCode,
  XmlErrorCode, XmlFaultCode,
} from './codes.js';
export type { FeedInput, ParseOptions, SanitizeContext, SanitizeFunction } from './options.js';
export type { ParseWarning } from './warnings.js';
export { parseRss } from './rss/index.js';
export type { RssCategory, RssChannel, RssEnclosure, RssImage, RssItem, RssSource, RssTextInput } from './rss/index.js';
export { parseAtom } from './atom/index.js';
export type {
  AtomCategory, AtomContent, AtomEntry, AtomFeed, AtomGenerator, AtomLink, AtomPerson, AtomTextConstruct, AtomTextType,
} from './atom/index.js';
export type {
  AtomInRss, ChannelNamespaces, CreativeCommons, DublinCore, DublinCoreTerms, Extension, ExtensionAttribute,
  FeedBurner, GeoPoint, GeoRss, ItemNamespaces, ItunesCategory, ItunesChannel, ItunesItem, ItunesOwner, MediaCategory,
  MediaCommunity, MediaContent, MediaCopyright, MediaCredit, MediaDescriptive, MediaEmbed, MediaGroup, MediaHash,
  MediaLicense, MediaLink, MediaPlayer, MediaPrice, MediaRating, MediaRestriction, MediaRss, MediaScene,
  MediaStarRating, MediaStatistics, MediaStatus, MediaTag, MediaText, MediaTextTrack, MediaThumbnail,
  PodcastAlternateEnclosure, PodcastChannel, PodcastChapters, PodcastEpisode, PodcastFunding, PodcastImage,
  PodcastIntegrity, PodcastItem, PodcastLicense, PodcastLocation, PodcastLocked, PodcastPerson, PodcastRemoteItem,
  PodcastSeason, PodcastSoundbite, PodcastSource, PodcastTrailer, PodcastTranscript, PodcastTxt,
  PodcastUpdateFrequency, PodcastValue, PodcastValueRecipient, Slash, Syndication, Thread, ThreadInReplyTo, Wfw,
} from './namespaces/index.js';
export { parseJsonFeed } from './json-feed/index.js';
export type { JsonFeed, JsonFeedAttachment, JsonFeedAuthor, JsonFeedItem } from './json-feed/index.js';
export { getFeedList, parseOpml } from './opml/index.js';
export type { Opml, OpmlOutline } from './opml/index.js';
export { detectFormat, parseFeed } from './simple/index.js';
export type { Article, Attachment, DocumentFormat, Feed, FeedFormat } from './simple/index.js';
export { validateFeed, VALIDATION_CODES } from './validate/index.js';
export type {
  ValidateOptions, ValidationCodeInfo, ValidationIssue, ValidationProfile, ValidationReport,
} from './validate/index.js';
export { parseDate } from './dates/index.js';
export { DEFAULT_LIMITS } from './xml/index.js';
