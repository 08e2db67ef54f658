// Media RSS 1.5: contents, groups and the optional elements, from an item's or channel's children.
import { attrOf, htmlOf, integerOf, textOf, urlAttr, urlOf } from '../../common/fields.js';
import type { ParseOptions } from '../../options.js';
import type { XmlElement } from '../../xml/index.js';
import { amountOf, decimalOf, flagOf, listOf } from '../values.js';
import type {
  MediaCommunity, MediaContent, MediaDescriptive, MediaEmbed, MediaGroup, MediaRss, MediaStarRating, MediaStatistics, MediaTag, MediaText,
} from './model.js';

/** The specification's URI, and the forms feeds have bound the prefix to. */
export const MEDIA_URIS = [
  'http://search.yahoo.com/mrss/',
  'http://search.yahoo.com/mrss',
  'https://search.yahoo.com/mrss/',
  'http://video.search.yahoo.com/mrss',
  'http://tools.search.yahoo.com/mrss/',
];
const MEDIA: ReadonlySet<string> = new Set(MEDIA_URIS);

function emptyDescriptive(): MediaDescriptive {
  return {
    title: null, description: null, keywords: [], thumbnails: [], player: null, credits: [], ratings: [], categories: [],
    restrictions: [], community: null, copyright: null, hashes: [], texts: [], comments: [], embed: null, responses: [],
    backLinks: [], status: null, prices: [], license: null, subTitles: [], peerLinks: [], rights: null, scenes: [],
  };
}

export const knowsMedia = (local: string): boolean => local === 'content' || local === 'group' || DESCRIPTIVE.has(local);

/** Reads one media: child of an item or channel into `media` (created on the first element the room knows). */
export function readMedia(element: XmlElement, media: MediaRss | null, options: ParseOptions): MediaRss | null {
  const local = element.local;
  if (local === 'content') {
    media ??= emptyMedia();
    media.contents.push(contentOf(element, options));
  } else if (local === 'group') {
    media ??= emptyMedia();
    media.groups.push(groupOf(element, options));
  } else if (DESCRIPTIVE.has(local)) {
    media ??= emptyMedia();
    readDescriptive(element, media, options);
  }
  return media;
}

function emptyMedia(): MediaRss {
  return { contents: [], groups: [], ...emptyDescriptive() };
}

/** A group's contents and optional elements; a group inside a group (not in the specification) is left out. */
function groupOf(element: XmlElement, options: ParseOptions): MediaGroup {
  const group: MediaGroup = { contents: [], ...emptyDescriptive() };
  for (const child of element.children) {
    if (typeof child === 'string' || !MEDIA.has(child.ns)) continue;
    if (child.local === 'content') group.contents.push(contentOf(child, options));
    else readDescriptive(child, group, options);
  }
  return group;
}

function contentOf(element: XmlElement, options: ParseOptions): MediaContent {
  const content: MediaContent = {
    url: null, fileSize: null, type: null, medium: null, isDefault: null, expression: null, bitrate: null, framerate: null,
    samplingrate: null, channels: null, duration: null, height: null, width: null, lang: null,
    title: null, description: null, keywords: [], thumbnails: [], player: null, credits: [], ratings: [], categories: [],
    restrictions: [], community: null, copyright: null, hashes: [], texts: [], comments: [], embed: null, responses: [],
    backLinks: [], status: null, prices: [], license: null, subTitles: [], peerLinks: [], rights: null, scenes: [],
  };
  // One pass over the attributes: a content carries up to fourteen, and feeds carry many contents.
  for (const attribute of element.attributes) {
    if (attribute.ns !== '') continue;
    const value = attribute.value;
    switch (attribute.local) {
      case 'url': content.url = urlAttr(element, 'url'); break;
      case 'fileSize': content.fileSize = integerOf(value); break;
      case 'type': content.type = trimmed(value); break;
      case 'medium': content.medium = trimmed(value); break;
      case 'isDefault': content.isDefault = flagOf(value); break;
      case 'expression': content.expression = trimmed(value); break;
      case 'bitrate': content.bitrate = amountOf(value); break;
      case 'framerate': content.framerate = amountOf(value); break;
      case 'samplingrate': content.samplingrate = amountOf(value); break;
      case 'channels': content.channels = integerOf(value); break;
      case 'duration': content.duration = amountOf(value); break;
      case 'height': content.height = integerOf(value); break;
      case 'width': content.width = integerOf(value); break;
      case 'lang': content.lang = trimmed(value); break;
    }
  }
  // A content's own children are optional elements only: contents and groups do not nest.
  for (const child of element.children) {
    if (typeof child !== 'string' && MEDIA.has(child.ns)) readDescriptive(child, content, options);
  }
  return content;
}

function trimmed(value: string): string | null {
  const text = value.trim();
  return text === '' ? null : text;
}

const DESCRIPTIVE: ReadonlySet<string> = new Set([
  'title', 'description', 'keywords', 'thumbnail', 'player', 'credit', 'rating', 'category', 'restriction', 'community',
  'copyright', 'hash', 'text', 'comments', 'embed', 'responses', 'backLinks', 'status', 'price', 'license', 'subTitle', 'peerLink',
  'rights', 'scenes',
]);

/** One optional element into `target`; single elements: the first wins. */
function readDescriptive(element: XmlElement, target: MediaDescriptive, options: ParseOptions): void {
  switch (element.local) {
    case 'title': target.title ??= mediaTextOf(element, options); break;
    case 'description': target.description ??= mediaTextOf(element, options); break;
    case 'keywords': for (const keyword of listOf(textOf(element))) target.keywords.push(keyword); break;
    case 'thumbnail': {
      const url = urlAttr(element, 'url');
      if (url !== null) {
        target.thumbnails.push({
          url, width: integerOf(element.attr('width')), height: integerOf(element.attr('height')), time: attrOf(element, 'time'),
        });
      }
      break;
    }
    case 'player': {
      const url = urlAttr(element, 'url');
      if (url !== null) target.player ??= { url, width: integerOf(element.attr('width')), height: integerOf(element.attr('height')) };
      break;
    }
    case 'credit': {
      const name = textOf(element);
      if (name !== null) target.credits.push({ name, role: attrOf(element, 'role'), scheme: attrOf(element, 'scheme') });
      break;
    }
    case 'rating': {
      const value = textOf(element);
      if (value !== null) target.ratings.push({ value, scheme: attrOf(element, 'scheme') });
      break;
    }
    case 'category': {
      const name = textOf(element);
      if (name !== null) target.categories.push({ name, scheme: attrOf(element, 'scheme'), label: attrOf(element, 'label') });
      break;
    }
    case 'restriction':
      target.restrictions.push({ relationship: attrOf(element, 'relationship'), type: attrOf(element, 'type'), value: textOf(element) });
      break;
    case 'community': target.community ??= communityOf(element); break;
    case 'copyright': {
      const text = textOf(element);
      const url = urlAttr(element, 'url');
      if (text !== null || url !== null) target.copyright ??= { text, url };
      break;
    }
    case 'hash': {
      const value = textOf(element);
      if (value !== null) target.hashes.push({ value, algo: attrOf(element, 'algo') ?? 'md5' });
      break;
    }
    default: readMore(element, target, options);
  }
}

/** The optional elements of Media RSS 1.5 beyond the common ones. */
function readMore(element: XmlElement, target: MediaDescriptive, options: ParseOptions): void {
  switch (element.local) {
    case 'text': {
      const text = mediaTextOf(element, options);
      if (text !== null) {
        target.texts.push({ ...text, lang: attrOf(element, 'lang'), start: attrOf(element, 'start'), end: attrOf(element, 'end') });
      }
      break;
    }
    case 'comments':
      for (const comment of mediaChildren(element, 'comment')) {
        const text = textOf(comment);
        if (text !== null) target.comments.push(text);
      }
      break;
    case 'embed': {
      const url = urlAttr(element, 'url');
      if (url === null || target.embed !== null) break;
      const params: MediaEmbed['params'] = [];
      for (const param of mediaChildren(element, 'param')) {
        const name = attrOf(param, 'name');
        if (name !== null) params.push({ name, value: textOf(param) ?? '' });
      }
      target.embed = { url, width: integerOf(element.attr('width')), height: integerOf(element.attr('height')), params };
      break;
    }
    case 'responses': pushUrls(target.responses, mediaChildren(element, 'response')); break;
    case 'backLinks': pushUrls(target.backLinks, mediaChildren(element, 'backLink')); break;
    case 'status': target.status ??= { state: attrOf(element, 'state'), reason: attrOf(element, 'reason') }; break;
    case 'price':
      target.prices.push({
        type: attrOf(element, 'type'), info: urlAttr(element, 'info'), price: amountOf(element.attr('price')), currency: attrOf(element, 'currency'),
      });
      break;
    case 'license': {
      const name = textOf(element);
      const href = urlAttr(element, 'href');
      if (name !== null || href !== null) target.license ??= { name, type: attrOf(element, 'type'), href };
      break;
    }
    case 'subTitle':
    case 'peerLink': {
      const href = urlAttr(element, 'href');
      const list = element.local === 'subTitle' ? target.subTitles : target.peerLinks;
      if (href !== null) list.push({ type: attrOf(element, 'type'), href, lang: attrOf(element, 'lang') });
      break;
    }
    case 'rights': target.rights ??= attrOf(element, 'status'); break;
    case 'scenes':
      for (const scene of mediaChildren(element, 'scene')) {
        const field = (name: string) => textOf(firstMediaChild(scene, name));
        target.scenes.push({
          title: field('sceneTitle'), description: field('sceneDescription'), startTime: field('sceneStartTime'), endTime: field('sceneEndTime'),
        });
      }
      break;
  }
}

/** The children of `element` named `local` in a Media RSS namespace. */
function mediaChildren(element: XmlElement, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of element.children) {
    if (typeof child !== 'string' && child.local === local && MEDIA.has(child.ns)) found.push(child);
  }
  return found;
}

function firstMediaChild(element: XmlElement, local: string): XmlElement | null {
  for (const child of element.children) {
    if (typeof child !== 'string' && child.local === local && MEDIA.has(child.ns)) return child;
  }
  return null;
}

function pushUrls(target: string[], elements: XmlElement[]): void {
  for (const element of elements) {
    const url = urlOf(element);
    if (url !== null) target.push(url);
  }
}

/** Plain text, or sanitized HTML when the element says type="html"; null when empty. */
function mediaTextOf(element: XmlElement, options: ParseOptions): MediaText | null {
  if (element.attr('type')?.trim().toLowerCase() === 'html') {
    const value = htmlOf(element, options);
    return value === null || value === '' ? null : { type: 'html', value };
  }
  const value = textOf(element);
  return value === null ? null : { type: 'plain', value };
}

function communityOf(element: XmlElement): MediaCommunity {
  let starRating: MediaStarRating | null = null;
  let statistics: MediaStatistics | null = null;
  const tags: MediaTag[] = [];
  for (const child of element.children) {
    if (typeof child === 'string' || !MEDIA.has(child.ns)) continue;
    if (child.local === 'starRating') {
      starRating ??= {
        average: amountOf(child.attr('average')), count: integerOf(child.attr('count')),
        min: amountOf(child.attr('min')), max: amountOf(child.attr('max')),
      };
    } else if (child.local === 'statistics') {
      statistics ??= { views: integerOf(child.attr('views')), favorites: integerOf(child.attr('favorites')) };
    } else if (child.local === 'tags') {
      for (const part of listOf(textOf(child))) tags.push(tagOf(part));
    }
  }
  return { starRating, statistics, tags };
}

/** 'news: 5' → { name: 'news', weight: 5 }; a tag without a usable weight weighs 1. */
function tagOf(part: string): MediaTag {
  const colon = part.lastIndexOf(':');
  if (colon > 0) {
    const weight = decimalOf(part.slice(colon + 1));
    if (weight !== null) return { name: part.slice(0, colon).trim(), weight };
  }
  return { name: part, weight: 1 };
}
