// Podcasting 2.0: each tag of the namespace's phase 1–6 lists that a show or an episode carries.
import { attrOf, integerOf, textOf, urlAttr } from '../../common/fields.js';
import { resolveUrl } from '../../html/core.js';
import type { ParseOptions } from '../../options.js';
import type { XmlElement } from '../../xml/index.js';
import { amountOf, dateAttr, flagOf, listOf } from '../values.js';
import type {
  PodcastAlternateEnclosure, PodcastChannel, PodcastImage, PodcastItem, PodcastRemoteItem, PodcastValue,
} from './model.js';

/** The namespace's URI (with and without https), and the GitHub page early feeds bound the prefix to. */
export const PODCAST_URIS = [
  'https://podcastindex.org/namespace/1.0',
  'http://podcastindex.org/namespace/1.0',
  'https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md',
];
const PODCAST: ReadonlySet<string> = new Set(PODCAST_URIS);

type Shared = PodcastChannel | PodcastItem;

/** Elements both levels read the same way; true when `element` was one. */
function readShared(element: XmlElement, target: Shared): boolean {
  switch (element.local) {
    case 'person': {
      const name = textOf(element);
      if (name !== null) {
        target.persons.push({
          name, role: attrOf(element, 'role'), group: attrOf(element, 'group'), img: urlAttr(element, 'img'), href: urlAttr(element, 'href'),
        });
      }
      return true;
    }
    case 'location':
      target.location ??= {
        name: textOf(element), geo: attrOf(element, 'geo'), osm: attrOf(element, 'osm'), rel: attrOf(element, 'rel'),
        country: attrOf(element, 'country'),
      };
      return true;
    case 'license': {
      const name = textOf(element);
      const url = urlAttr(element, 'url');
      if (name !== null || url !== null) target.license ??= { name, url };
      return true;
    }
    case 'value': target.value ??= valueOf(element); return true;
    case 'images': if (target.images.length === 0) target.images = imagesOf(element); return true;
    case 'txt': {
      const value = textOf(element);
      if (value !== null) target.txts.push({ value, purpose: attrOf(element, 'purpose') });
      return true;
    }
  }
  return false;
}

const CHANNEL_ONLY: ReadonlySet<string> = new Set(['guid', 'locked', 'funding', 'trailer', 'medium', 'podroll', 'updateFrequency']);
const ITEM_ONLY: ReadonlySet<string> = new Set(['transcript', 'chapters', 'soundbite', 'season', 'episode', 'alternateEnclosure']);
const SHARED: ReadonlySet<string> = new Set(['person', 'location', 'license', 'value', 'images', 'txt']);

export const knowsPodcastChannel = (local: string): boolean => CHANNEL_ONLY.has(local) || SHARED.has(local);
export const knowsPodcastItem = (local: string): boolean => ITEM_ONLY.has(local) || SHARED.has(local);

export function readPodcastChannel(element: XmlElement, podcast: PodcastChannel | null, options: ParseOptions): PodcastChannel | null {
  const local = element.local;
  if (!knowsPodcastChannel(local)) return podcast;
  podcast ??= {
    guid: null, locked: null, funding: [], persons: [], location: null, trailers: [], license: null, medium: null, images: [],
    txts: [], podroll: [], updateFrequency: null, value: null,
  };
  switch (local) {
    case 'guid': podcast.guid ??= textOf(element); break;
    case 'locked': podcast.locked ??= { locked: flagOf(textOf(element)), owner: attrOf(element, 'owner') }; break;
    case 'funding': {
      const url = urlAttr(element, 'url');
      if (url !== null) podcast.funding.push({ url, text: textOf(element) });
      break;
    }
    case 'trailer': {
      const url = urlAttr(element, 'url');
      if (url !== null) {
        podcast.trailers.push({
          title: textOf(element), url, pubdate: dateAttr(element, 'pubdate', options),
          length: integerOf(element.attr('length')), type: attrOf(element, 'type'), season: integerOf(element.attr('season')),
        });
      }
      break;
    }
    case 'medium': podcast.medium ??= textOf(element); break;
    case 'podroll':
      if (podcast.podroll.length === 0) {
        for (const child of element.children) {
          if (typeof child === 'string' || child.local !== 'remoteItem' || !PODCAST.has(child.ns)) continue;
          const remote = remoteItemOf(child);
          if (remote !== null) podcast.podroll.push(remote);
        }
      }
      break;
    case 'updateFrequency':
      podcast.updateFrequency ??= {
        text: textOf(element), complete: flagOf(element.attr('complete')),
        dtstart: dateAttr(element, 'dtstart', options), rrule: attrOf(element, 'rrule'),
      };
      break;
    default: readShared(element, podcast);
  }
  return podcast;
}

export function readPodcastItem(element: XmlElement, podcast: PodcastItem | null, options: ParseOptions): PodcastItem | null {
  const local = element.local;
  if (!knowsPodcastItem(local)) return podcast;
  podcast ??= {
    transcripts: [], chapters: null, soundbites: [], persons: [], location: null, season: null, episode: null, license: null,
    alternateEnclosures: [], value: null, images: [], txts: [],
  };
  switch (local) {
    case 'transcript': {
      const url = urlAttr(element, 'url');
      if (url !== null) {
        podcast.transcripts.push({ url, type: attrOf(element, 'type'), language: attrOf(element, 'language'), rel: attrOf(element, 'rel') });
      }
      break;
    }
    case 'chapters': {
      const url = urlAttr(element, 'url');
      if (url !== null) podcast.chapters ??= { url, type: attrOf(element, 'type') };
      break;
    }
    case 'soundbite': {
      const startTime = amountOf(element.attr('startTime'));
      const duration = amountOf(element.attr('duration'));
      if (startTime !== null && duration !== null) podcast.soundbites.push({ startTime, duration, title: textOf(element) });
      break;
    }
    case 'season': {
      const number = integerOf(textOf(element));
      if (number !== null) podcast.season ??= { number, name: attrOf(element, 'name') };
      break;
    }
    case 'episode': {
      const number = amountOf(textOf(element));
      if (number !== null) podcast.episode ??= { number, display: attrOf(element, 'display') };
      break;
    }
    case 'alternateEnclosure': podcast.alternateEnclosures.push(alternateEnclosureOf(element)); break;
    default: readShared(element, podcast);
  }
  return podcast;
}

function remoteItemOf(element: XmlElement): PodcastRemoteItem | null {
  const feedGuid = attrOf(element, 'feedGuid');
  if (feedGuid === null) return null;
  return { feedGuid, feedUrl: urlAttr(element, 'feedUrl'), itemGuid: attrOf(element, 'itemGuid'), medium: attrOf(element, 'medium') };
}

function valueOf(element: XmlElement): PodcastValue {
  const value: PodcastValue = {
    type: attrOf(element, 'type'), method: attrOf(element, 'method'), suggested: amountOf(element.attr('suggested')), recipients: [],
  };
  for (const child of element.children) {
    if (typeof child === 'string' || child.local !== 'valueRecipient' || !PODCAST.has(child.ns)) continue;
    const address = attrOf(child, 'address');
    if (address === null) continue;
    value.recipients.push({
      name: attrOf(child, 'name'), customKey: attrOf(child, 'customKey'), customValue: attrOf(child, 'customValue'),
      type: attrOf(child, 'type'), address, split: amountOf(child.attr('split')), fee: flagOf(child.attr('fee')),
    });
  }
  return value;
}

/** srcset: 'url 1500w, url 600w' → candidates; a candidate whose URL is unsafe is left out. */
function imagesOf(element: XmlElement): PodcastImage[] {
  const images: PodcastImage[] = [];
  for (const candidate of listOf(element.attr('srcset'))) {
    const [href, descriptor] = candidate.split(/\s+/, 2) as [string, string | undefined];
    const url = resolveUrl(href, element.base);
    if (url !== null) images.push({ url, descriptor: descriptor ?? null });
  }
  return images;
}

function alternateEnclosureOf(element: XmlElement): PodcastAlternateEnclosure {
  const enclosure: PodcastAlternateEnclosure = {
    type: attrOf(element, 'type'), length: integerOf(element.attr('length')), bitrate: amountOf(element.attr('bitrate')),
    height: integerOf(element.attr('height')), lang: attrOf(element, 'lang'), title: attrOf(element, 'title'),
    rel: attrOf(element, 'rel'), codecs: attrOf(element, 'codecs'), default: flagOf(element.attr('default')),
    sources: [], integrity: null,
  };
  for (const child of element.children) {
    if (typeof child === 'string' || !PODCAST.has(child.ns)) continue;
    if (child.local === 'source') {
      const uri = urlAttr(child, 'uri');
      if (uri !== null) enclosure.sources.push({ uri, contentType: attrOf(child, 'contentType') });
    } else if (child.local === 'integrity') {
      const type = attrOf(child, 'type');
      const value = attrOf(child, 'value');
      if (type !== null && value !== null) enclosure.integrity ??= { type, value };
    }
  }
  return enclosure;
}
