// Apple Podcasts tags: simple values through a table per level, plus owner, image and the category tree.
import { textOf, urlAttr, urlOf } from '../../common/fields.js';
import type { ParseOptions } from '../../options.js';
import type { XmlElement } from '../../xml/index.js';
import { fieldTable, readByTable } from '../table.js';
import { durationOf, flagOf } from '../values.js';
import type { ItunesCategory, ItunesChannel, ItunesItem, ItunesOwner } from './model.js';

/**
 * Apple's URI, its https form, the capitalised spellings podcast feeds still declare, and the one
 * early podcast tools bound the prefix to.
 */
export const ITUNES_URIS = [
  'http://www.itunes.com/dtds/podcast-1.0.dtd',
  'https://www.itunes.com/dtds/podcast-1.0.dtd',
  'http://www.itunes.com/DTDs/Podcast-1.0.dtd',
  'http://www.itunes.com/DTDs/PodCast-1.0.dtd',
  'http://example.com/DTDs/PodCast-1.0.dtd',
];
const ITUNES: ReadonlySet<string> = new Set(ITUNES_URIS);

/** Categories nest one level in Apple's list; deeper nesting is read to this depth and no further. */
const MAX_CATEGORY_DEPTH = 4;

const CHANNEL_TABLE = fieldTable({
  author: ['author', 'text'], type: ['type', 'text'], title: ['title', 'text'], summary: ['summary', 'text'],
  subtitle: ['subtitle', 'text'], keywords: ['keywords', 'keywords'], complete: ['complete', 'flag'], block: ['block', 'flag'],
  'new-feed-url': ['newFeedUrl', 'url'],
});

const ITEM_TABLE = fieldTable({
  episode: ['episode', 'integer'], season: ['season', 'integer'], episodeType: ['episodeType', 'text'],
  title: ['title', 'text'], author: ['author', 'text'], summary: ['summary', 'text'], subtitle: ['subtitle', 'text'],
  keywords: ['keywords', 'keywords'], block: ['block', 'flag'],
});

/** 'explicit' and 'clean' are the values Apple documents today; yes/no and true/false, the older ones. */
function explicitOf(text: string | null): boolean | null {
  const value = text?.trim().toLowerCase();
  if (value === 'explicit') return true;
  if (value === 'clean') return false;
  return flagOf(text);
}

export const knowsItunesChannel = (local: string): boolean =>
  local === 'owner' || local === 'image' || local === 'link' || local === 'category' || local === 'explicit' || CHANNEL_TABLE.has(local);
export const knowsItunesItem = (local: string): boolean =>
  local === 'duration' || local === 'image' || local === 'link' || local === 'explicit' || ITEM_TABLE.has(local);

/**
 * The artwork URL: `href` as Apple documents it, else a `url` attribute (a common slip), else the
 * element's text. The first iTunes specification wrote it `<itunes:link rel="image" href="…">`.
 */
function imageOf(element: XmlElement): string | null {
  if (element.local === 'link') return element.attr('rel')?.trim().toLowerCase() === 'image' ? urlAttr(element, 'href') : null;
  return urlAttr(element, 'href') ?? urlAttr(element, 'url') ?? urlOf(element);
}

export function readItunesChannel(element: XmlElement, itunes: ItunesChannel | null, options: ParseOptions): ItunesChannel | null {
  const local = element.local;
  if (!knowsItunesChannel(local)) return itunes;
  itunes ??= {
    author: null, owner: null, image: null, categories: [], explicit: null, type: null, title: null, summary: null,
    subtitle: null, keywords: [], complete: null, block: null, newFeedUrl: null,
  };
  switch (local) {
    case 'owner': itunes.owner ??= ownerOf(element); break;
    case 'image': case 'link': itunes.image ??= imageOf(element); break;
    case 'explicit': itunes.explicit ??= explicitOf(textOf(element)); break;
    case 'category': {
      const category = categoryOf(element, 1);
      if (category !== null) itunes.categories.push(category);
      break;
    }
    default: readByTable(element, itunes, CHANNEL_TABLE, options);
  }
  return itunes;
}

export function readItunesItem(element: XmlElement, itunes: ItunesItem | null, options: ParseOptions): ItunesItem | null {
  const local = element.local;
  if (!knowsItunesItem(local)) return itunes;
  itunes ??= {
    duration: null, episode: null, season: null, episodeType: null, image: null, explicit: null, title: null, author: null,
    summary: null, subtitle: null, keywords: [], block: null,
  };
  switch (local) {
    case 'duration': itunes.duration ??= durationOf(textOf(element)); break;
    case 'image': case 'link': itunes.image ??= imageOf(element); break;
    case 'explicit': itunes.explicit ??= explicitOf(textOf(element)); break;
    default: readByTable(element, itunes, ITEM_TABLE, options);
  }
  return itunes;
}

function ownerOf(element: XmlElement): ItunesOwner | null {
  let name: string | null = null;
  let email: string | null = null;
  for (const child of element.children) {
    if (typeof child === 'string' || !ITUNES.has(child.ns)) continue;
    if (child.local === 'name') name ??= textOf(child);
    else if (child.local === 'email') email ??= textOf(child);
  }
  return name === null && email === null ? null : { name, email };
}

function categoryOf(element: XmlElement, depth: number): ItunesCategory | null {
  const text = element.attr('text')?.trim();
  if (!text) return null;
  const subcategories: ItunesCategory[] = [];
  if (depth < MAX_CATEGORY_DEPTH) {
    for (const child of element.children) {
      if (typeof child === 'string' || child.local !== 'category' || !ITUNES.has(child.ns)) continue;
      const sub = categoryOf(child, depth + 1);
      if (sub !== null) subcategories.push(sub);
    }
  }
  return { text, subcategories };
}
