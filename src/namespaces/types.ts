// The namespace models, as the public surface exports them.
export type { ChannelNamespaces, Extension, ExtensionAttribute, ItemNamespaces } from './model.js';
export type { AtomInRss } from './atom/model.js';
export type { CreativeCommons } from './creative-commons/model.js';
export type { DublinCore, DublinCoreTerms } from './dc/model.js';
export type { FeedBurner } from './feedburner/model.js';
export type { GeoPoint, GeoRss } from './georss/model.js';
export type { ItunesCategory, ItunesChannel, ItunesItem, ItunesOwner } from './itunes/model.js';
export type {
  MediaCategory, MediaCommunity, MediaContent, MediaCopyright, MediaCredit, MediaDescriptive, MediaEmbed, MediaGroup, MediaHash,
  MediaLicense, MediaLink, MediaPlayer, MediaPrice, MediaRating, MediaRestriction, MediaRss, MediaScene, MediaStarRating,
  MediaStatistics, MediaStatus, MediaTag, MediaText, MediaTextTrack, MediaThumbnail,
} from './media/model.js';
export type {
  PodcastAlternateEnclosure, PodcastChannel, PodcastChapters, PodcastEpisode, PodcastFunding, PodcastImage, PodcastIntegrity,
  PodcastItem, PodcastLicense, PodcastLocation, PodcastLocked, PodcastPerson, PodcastRemoteItem, PodcastSeason, PodcastSoundbite,
  PodcastSource, PodcastTrailer, PodcastTranscript, PodcastTxt, PodcastUpdateFrequency, PodcastValue, PodcastValueRecipient,
} from './podcast/model.js';
export type { Slash } from './slash/model.js';
export type { Syndication } from './sy/model.js';
export type { Thread, ThreadInReplyTo } from './thr/model.js';
export type { Wfw } from './wfw/model.js';
