// FeedBurner (`feedburner:`): the original links behind FeedBurner's tracking redirects.
export interface FeedBurner {
  /** The item's own link, before FeedBurner replaced it. */
  origLink: string | null;
  /** The enclosure's own URL, before FeedBurner replaced it. */
  origEnclosureLink: string | null;
  /** The feed's FeedBurner name (the `uri` of feedburner:info). */
  info: string | null;
  browserFriendly: string | null;
  emailServiceId: string | null;
  feedburnerHostname: string | null;
}
