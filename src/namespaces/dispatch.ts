// The one hook the format mappers call for each child outside their own namespace: the child's
// namespace URI picks the room that reads it (a prefix is never looked at); children of other
// namespaces are kept in a generic form. An element with no foreign child gets the empty fields only.
import type { ParseOptions } from '../options.js';
import { XMLNS_NS, type XmlElement } from '../xml/index.js';
import { ATOM_URIS, readAtomInRss } from './atom/read.js';
import { CONTENT_URIS, readContentEncoded } from './content/read.js';
import { CREATIVE_COMMONS_URIS, readCreativeCommons } from './creative-commons/read.js';
import { DC_URIS, DCTERMS_URIS, readDublinCore, readDublinCoreTerms } from './dc/read.js';
import { FEEDBURNER_URIS, readFeedBurner } from './feedburner/read.js';
import { GEORSS_URIS, readGeoRss } from './georss/read.js';
import { ITUNES_URIS, readItunesChannel, readItunesItem } from './itunes/read.js';
import { MEDIA_URIS, readMedia } from './media/read.js';
import type { ChannelNamespaces, Extension, ItemNamespaces } from './model.js';
import { PODCAST_URIS, readPodcastChannel, readPodcastItem } from './podcast/read.js';
import { readSlash, SLASH_URIS } from './slash/read.js';
import { readSyndication, SY_URIS } from './sy/read.js';
import { readThread, THR_URIS } from './thr/read.js';
import { readWfw, WFW_URIS } from './wfw/read.js';

/** Extensions kept per channel, item or entry; further ones are dropped. */
export const MAX_EXTENSIONS = 64;
/** Attributes kept per extension. */
export const MAX_EXTENSION_ATTRIBUTES = 32;

export type Level = 'channel' | 'item';

/** What the rooms read from one element's foreign children, filled as the mapper meets them. */
export interface Foreign {
  level: Level;
  contentEncoded: string | null;
  fields: ChannelNamespaces | ItemNamespaces;
}

type Room = (element: XmlElement, foreign: Foreign, options: ParseOptions) => void;

const ROOMS = new Map<string, Room>();
function room(uris: readonly string[], read: Room): void {
  for (const uri of uris) ROOMS.set(uri, read);
}
room(CONTENT_URIS, (e, f, o) => { f.contentEncoded ??= readContentEncoded(e, o); });
room(DC_URIS, (e, f, o) => { f.fields.dc = readDublinCore(e, f.fields.dc, o); });
room(DCTERMS_URIS, (e, f, o) => { f.fields.dcterms = readDublinCoreTerms(e, f.fields.dcterms, o); });
room(MEDIA_URIS, (e, f, o) => { f.fields.media = readMedia(e, f.fields.media, o); });
room(ATOM_URIS, (e, f, o) => { f.fields.atom = readAtomInRss(e, f.fields.atom, o); });
room(SLASH_URIS, (e, f, o) => { f.fields.slash = readSlash(e, f.fields.slash, o); });
room(WFW_URIS, (e, f, o) => { f.fields.wfw = readWfw(e, f.fields.wfw, o); });
room(SY_URIS, (e, f, o) => { f.fields.sy = readSyndication(e, f.fields.sy, o); });
room(GEORSS_URIS, (e, f) => { f.fields.georss = readGeoRss(e, f.fields.georss); });
room(THR_URIS, (e, f) => { f.fields.thr = readThread(e, f.fields.thr); });
room(FEEDBURNER_URIS, (e, f, o) => { f.fields.feedburner = readFeedBurner(e, f.fields.feedburner, o); });
room(CREATIVE_COMMONS_URIS, (e, f) => { f.fields.creativeCommons = readCreativeCommons(e, f.fields.creativeCommons); });
room(ITUNES_URIS, (e, f, o) => {
  if (f.level === 'channel') channel(f).itunes = readItunesChannel(e, channel(f).itunes, o);
  else item(f).itunes = readItunesItem(e, item(f).itunes, o);
});
room(PODCAST_URIS, (e, f, o) => {
  if (f.level === 'channel') channel(f).podcast = readPodcastChannel(e, channel(f).podcast, o);
  else item(f).podcast = readPodcastItem(e, item(f).podcast, o);
});

const channel = (foreign: Foreign) => foreign.fields as ChannelNamespaces;
const item = (foreign: Foreign) => foreign.fields as ItemNamespaces;

function emptyFields(): ChannelNamespaces & ItemNamespaces {
  return {
    dc: null, dcterms: null, media: null, itunes: null, podcast: null, atom: null, slash: null, wfw: null, sy: null,
    georss: null, thr: null, feedburner: null, creativeCommons: null, extensions: [],
  };
}

/**
 * Hands one child element of a channel, item, feed or entry to the room of its namespace, or keeps
 * it as an extension. Returns the accumulator, created on the first foreign child.
 */
export function readForeign(element: XmlElement, foreign: Foreign | null, level: Level, options: ParseOptions): Foreign {
  foreign ??= { level, contentEncoded: null, fields: emptyFields() };
  const read = ROOMS.get(element.ns);
  if (read !== undefined) read(element, foreign, options);
  else addExtension(foreign.fields.extensions, element);
  return foreign;
}

/** The namespace fields of a channel or feed (all null when it had no foreign child). */
export function channelNamespacesOf(foreign: Foreign | null): ChannelNamespaces {
  return foreign === null ? emptyFields() : (foreign.fields as ChannelNamespaces);
}

/** The namespace fields of an item or entry (all null when it had no foreign child). */
export function itemNamespacesOf(foreign: Foreign | null): ItemNamespaces {
  return foreign === null ? emptyFields() : (foreign.fields as ItemNamespaces);
}

function addExtension(extensions: Extension[], element: XmlElement): void {
  if (extensions.length >= MAX_EXTENSIONS) return;
  const attributes: Extension['attributes'] = [];
  for (const a of element.attributes) {
    if (a.ns === XMLNS_NS) continue;
    if (attributes.length === MAX_EXTENSION_ATTRIBUTES) break;
    attributes.push({ ns: a.ns, local: a.local, value: a.value });
  }
  const text = element.text().trim();
  extensions.push({ ns: element.ns, local: element.local, attributes, text: text === '' ? null : text });
}
