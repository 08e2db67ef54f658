// Apple Podcasts (`itunes:`) tags as plain data, for the show (channel) and for an episode (item).

export interface ItunesOwner {
  name: string | null;
  email: string | null;
}

/** A category and its subcategories (the tree of nested itunes:category elements). */
export interface ItunesCategory {
  text: string;
  subcategories: ItunesCategory[];
}

export interface ItunesChannel {
  author: string | null;
  owner: ItunesOwner | null;
  /** The `href` of itunes:image. */
  image: string | null;
  categories: ItunesCategory[];
  /** 'yes', 'true' and 'explicit' → true; 'no', 'false' and 'clean' → false. */
  explicit: boolean | null;
  /** 'episodic' or 'serial', as written. */
  type: string | null;
  title: string | null;
  summary: string | null;
  subtitle: string | null;
  keywords: string[];
  complete: boolean | null;
  block: boolean | null;
  newFeedUrl: string | null;
}

export interface ItunesItem {
  /** Seconds, from `3725`, `62:05` or `1:02:05`. */
  duration: number | null;
  episode: number | null;
  season: number | null;
  /** 'full', 'trailer' or 'bonus', as written. */
  episodeType: string | null;
  image: string | null;
  explicit: boolean | null;
  title: string | null;
  author: string | null;
  summary: string | null;
  subtitle: string | null;
  keywords: string[];
  block: boolean | null;
}
