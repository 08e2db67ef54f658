// The namespace fields every channel/feed and item/entry model carries, one per namespace room.
import type { AtomInRss } from './atom/model.js';
import type { CreativeCommons } from './creative-commons/model.js';
import type { DublinCore, DublinCoreTerms } from './dc/model.js';
import type { FeedBurner } from './feedburner/model.js';
import type { GeoRss } from './georss/model.js';
import type { ItunesChannel, ItunesItem } from './itunes/model.js';
import type { MediaRss } from './media/model.js';
import type { PodcastChannel, PodcastItem } from './podcast/model.js';
import type { Slash } from './slash/model.js';
import type { Syndication } from './sy/model.js';
import type { Thread } from './thr/model.js';
import type { Wfw } from './wfw/model.js';

export interface ExtensionAttribute {
  /** Namespace URI ('' for an unprefixed attribute). */
  ns: string;
  local: string;
  value: string;
}

/** An element no namespace room reads (another namespace's, or one its room does not know), in a generic form. */
export interface Extension {
  /** Namespace URI. */
  ns: string;
  local: string;
  /** Its attributes (namespace declarations left out). */
  attributes: ExtensionAttribute[];
  /** Its text and its descendants' text, trimmed; null when empty. */
  text: string | null;
}

/** The fields both levels share; each is null when the element has nothing of that namespace. */
interface SharedNamespaces {
  dc: DublinCore | null;
  dcterms: DublinCoreTerms | null;
  media: MediaRss | null;
  /** atom: elements inside RSS (links, updated, …); always null on Atom models, whose own elements these are. */
  atom: AtomInRss | null;
  slash: Slash | null;
  wfw: Wfw | null;
  sy: Syndication | null;
  georss: GeoRss | null;
  thr: Thread | null;
  feedburner: FeedBurner | null;
  creativeCommons: CreativeCommons | null;
  /** Elements no room reads, in document order (at most 64). */
  extensions: Extension[];
}

/** Namespace fields of a channel (RSS) or feed (Atom). */
export interface ChannelNamespaces extends SharedNamespaces {
  itunes: ItunesChannel | null;
  podcast: PodcastChannel | null;
}

/** Namespace fields of an item (RSS) or entry (Atom). */
export interface ItemNamespaces extends SharedNamespaces {
  itunes: ItunesItem | null;
  podcast: PodcastItem | null;
}
