// Media RSS (`media:`) as plain data: contents, groups and the optional elements each may carry.

/** media:title / media:description: plain text, or sanitized HTML when `type="html"`. */
export interface MediaText {
  type: 'plain' | 'html';
  value: string;
}

export interface MediaThumbnail {
  url: string;
  width: number | null;
  height: number | null;
  /** The time offset in the media it was taken from (NTP time, as written). */
  time: string | null;
}

export interface MediaPlayer {
  url: string;
  width: number | null;
  height: number | null;
}

export interface MediaCredit {
  name: string;
  role: string | null;
  scheme: string | null;
}

export interface MediaRating {
  value: string;
  scheme: string | null;
}

export interface MediaCategory {
  name: string;
  scheme: string | null;
  label: string | null;
}

export interface MediaRestriction {
  /** 'allow' or 'deny', as written. */
  relationship: string | null;
  /** 'country', 'uri' or 'sharing', as written. */
  type: string | null;
  /** The list of codes or URIs, or 'all' / 'none', as written. */
  value: string | null;
}

export interface MediaStarRating {
  average: number | null;
  count: number | null;
  min: number | null;
  max: number | null;
}

export interface MediaStatistics {
  views: number | null;
  favorites: number | null;
}

export interface MediaTag {
  name: string;
  /** 1 when the tag gives none. */
  weight: number;
}

export interface MediaCommunity {
  starRating: MediaStarRating | null;
  statistics: MediaStatistics | null;
  tags: MediaTag[];
}

export interface MediaCopyright {
  text: string | null;
  url: string | null;
}

export interface MediaHash {
  value: string;
  /** 'md5' (the default) or 'sha-1'. */
  algo: string;
}

/** media:text: a transcript, caption or lyrics line; plain text, or sanitized HTML when `type="html"`. */
export interface MediaTextTrack {
  type: 'plain' | 'html';
  value: string;
  lang: string | null;
  /** Start and end in the media (NTP time, as written). */
  start: string | null;
  end: string | null;
}

export interface MediaEmbed {
  url: string;
  width: number | null;
  height: number | null;
  params: { name: string; value: string }[];
}

export interface MediaStatus {
  /** 'active', 'blocked' or 'deleted', as written. */
  state: string | null;
  /** Why, as text or a URL, as written. */
  reason: string | null;
}

export interface MediaPrice {
  /** 'rent', 'purchase', 'package' or 'subscription', as written. */
  type: string | null;
  /** Where to read about the price. */
  info: string | null;
  price: number | null;
  /** ISO 4217. */
  currency: string | null;
}

export interface MediaLicense {
  name: string | null;
  type: string | null;
  href: string | null;
}

export interface MediaLink {
  type: string | null;
  href: string;
  lang: string | null;
}

export interface MediaScene {
  title: string | null;
  description: string | null;
  startTime: string | null;
  endTime: string | null;
}

/** The optional elements: on an item or channel, in a group, or in a content. */
export interface MediaDescriptive {
  title: MediaText | null;
  description: MediaText | null;
  keywords: string[];
  thumbnails: MediaThumbnail[];
  player: MediaPlayer | null;
  credits: MediaCredit[];
  ratings: MediaRating[];
  categories: MediaCategory[];
  restrictions: MediaRestriction[];
  community: MediaCommunity | null;
  copyright: MediaCopyright | null;
  hashes: MediaHash[];
  texts: MediaTextTrack[];
  /** media:comments, each media:comment's text. */
  comments: string[];
  embed: MediaEmbed | null;
  /** media:responses, each media:response's URL. */
  responses: string[];
  /** media:backLinks, each media:backLink's URL. */
  backLinks: string[];
  status: MediaStatus | null;
  prices: MediaPrice[];
  license: MediaLicense | null;
  subTitles: MediaLink[];
  peerLinks: MediaLink[];
  /** media:rights status: 'userCreated' or 'official', as written. */
  rights: string | null;
  scenes: MediaScene[];
}

export interface MediaContent extends MediaDescriptive {
  /** Null when the content is reachable only through its player. */
  url: string | null;
  fileSize: number | null;
  type: string | null;
  /** 'image', 'audio', 'video', 'document' or 'executable', as written. */
  medium: string | null;
  isDefault: boolean | null;
  /** 'full', 'sample' or 'nonstop', as written. */
  expression: string | null;
  /** Kilobits per second. */
  bitrate: number | null;
  framerate: number | null;
  samplingrate: number | null;
  channels: number | null;
  /** Seconds. */
  duration: number | null;
  height: number | null;
  width: number | null;
  lang: string | null;
}

export interface MediaGroup extends MediaDescriptive {
  contents: MediaContent[];
}

/** The media: elements of one item or channel. */
export interface MediaRss extends MediaDescriptive {
  contents: MediaContent[];
  groups: MediaGroup[];
}
