// Podcasting 2.0 (`podcast:`) as plain data, for the show (channel) and for an episode (item).

export interface PodcastLocked {
  /** 'yes' → true, 'no' → false. */
  locked: boolean | null;
  owner: string | null;
}

export interface PodcastFunding {
  url: string;
  text: string | null;
}

export interface PodcastPerson {
  name: string;
  role: string | null;
  group: string | null;
  img: string | null;
  href: string | null;
}

export interface PodcastLocation {
  name: string | null;
  /** A geo: URI, as written. */
  geo: string | null;
  /** An OpenStreetMap reference, as written. */
  osm: string | null;
  rel: string | null;
  country: string | null;
}

export interface PodcastLicense {
  /** An SPDX identifier or a name. */
  name: string | null;
  url: string | null;
}

export interface PodcastValueRecipient {
  name: string | null;
  customKey: string | null;
  customValue: string | null;
  type: string | null;
  address: string;
  split: number | null;
  fee: boolean | null;
}

export interface PodcastValue {
  type: string | null;
  method: string | null;
  suggested: number | null;
  recipients: PodcastValueRecipient[];
}

/** One candidate of podcast:images' srcset. */
export interface PodcastImage {
  url: string;
  /** '1500w', '2x', or null. */
  descriptor: string | null;
}

export interface PodcastTxt {
  value: string;
  purpose: string | null;
}

export interface PodcastRemoteItem {
  feedGuid: string;
  feedUrl: string | null;
  itemGuid: string | null;
  medium: string | null;
}

export interface PodcastUpdateFrequency {
  /** The human-readable description. */
  text: string | null;
  complete: boolean | null;
  dtstart: Date | null;
  /** An RFC 5545 RRULE, as written. */
  rrule: string | null;
}

export interface PodcastTrailer {
  title: string | null;
  url: string;
  pubdate: Date | null;
  length: number | null;
  type: string | null;
  season: number | null;
}

export interface PodcastTranscript {
  url: string;
  type: string | null;
  language: string | null;
  rel: string | null;
}

export interface PodcastChapters {
  url: string;
  type: string | null;
}

export interface PodcastSoundbite {
  /** Seconds. */
  startTime: number;
  /** Seconds. */
  duration: number;
  title: string | null;
}

export interface PodcastSeason {
  number: number;
  name: string | null;
}

export interface PodcastEpisode {
  number: number;
  display: string | null;
}

export interface PodcastSource {
  uri: string;
  contentType: string | null;
}

export interface PodcastIntegrity {
  type: string;
  value: string;
}

export interface PodcastAlternateEnclosure {
  type: string | null;
  length: number | null;
  bitrate: number | null;
  height: number | null;
  lang: string | null;
  title: string | null;
  rel: string | null;
  codecs: string | null;
  default: boolean | null;
  sources: PodcastSource[];
  integrity: PodcastIntegrity | null;
}

/** Elements a show and an episode may both carry. */
interface PodcastShared {
  persons: PodcastPerson[];
  location: PodcastLocation | null;
  license: PodcastLicense | null;
  value: PodcastValue | null;
  images: PodcastImage[];
  txts: PodcastTxt[];
}

export interface PodcastChannel extends PodcastShared {
  guid: string | null;
  locked: PodcastLocked | null;
  funding: PodcastFunding[];
  trailers: PodcastTrailer[];
  /** 'podcast', 'music', 'video', 'audiobook', …, as written. */
  medium: string | null;
  podroll: PodcastRemoteItem[];
  updateFrequency: PodcastUpdateFrequency | null;
}

export interface PodcastItem extends PodcastShared {
  transcripts: PodcastTranscript[];
  chapters: PodcastChapters | null;
  soundbites: PodcastSoundbite[];
  season: PodcastSeason | null;
  episode: PodcastEpisode | null;
  alternateEnclosures: PodcastAlternateEnclosure[];
}
