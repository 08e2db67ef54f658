// Apple's podcast namespace (itunes:): the values Apple documents, and the category list.
import type { XmlElement } from '../xml/index.js';
import { appleCategoryStanding } from './apple-categories.js';
import { quote, valueOf } from './checks.js';
import { checkElementRules, type ElementRules } from './extension-values.js';
import type { Issues } from './report.js';
import { isEmailAddress } from './values.js';

export const ITUNES_NS = 'http://www.itunes.com/dtds/podcast-1.0.dtd';

const YES_NO = ['yes', 'no', 'true', 'false'];

/** Elements by where they may stand; `both` may be in a channel or an item. */
export const ITUNES_PLACES = {
  channel: ['category', 'complete', 'new-feed-url', 'owner', 'type', 'applepodcastsverify'],
  item: ['duration', 'episode', 'episodeType', 'season', 'order', 'isClosedCaptioned'],
  both: ['author', 'block', 'explicit', 'image', 'keywords', 'subtitle', 'summary', 'title', 'link', 'name', 'email'],
} as const;

/** Elements a channel or item has at most one of (categories repeat). */
export const ITUNES_ONCE: ReadonlySet<string> = new Set([
  'author', 'block', 'complete', 'explicit', 'image', 'new-feed-url', 'owner', 'subtitle', 'summary', 'type', 'title', 'keywords',
  'duration', 'episode', 'episodeType', 'season', 'order', 'isClosedCaptioned',
]);

const RULES: Readonly<Record<string, ElementRules>> = {
  explicit: { text: ['yes', 'no', 'clean', 'true', 'false'] },
  block: { text: YES_NO },
  complete: { text: YES_NO },
  isClosedCaptioned: { text: YES_NO },
  duration: { text: 'duration' },
  episode: { text: 'positive' },
  season: { text: 'positive' },
  order: { text: 'integer' },
  episodeType: { text: ['full', 'trailer', 'bonus'] },
  type: { text: ['episodic', 'serial'] },
  'new-feed-url': { text: 'url' },
  image: { required: ['href'], attributes: { href: 'url' } },
};

/**
 * A channel that speaks iTunes should give what Apple's directory shows: artwork, a category and
 * the explicit flag (warnings, as the W3C validator gives them; the podcast profile makes them errors).
 */
export function checkItunesChannel(channel: XmlElement, issues: Issues): void {
  let speaksItunes = false;
  for (const child of channel.children) {
    if (typeof child !== 'string' && child.ns === ITUNES_NS) {
      speaksItunes = true;
      break;
    }
  }
  if (!speaksItunes) return;
  const missing = ['image', 'category', 'explicit'].filter((name) => channel.child(ITUNES_NS, name) === null);
  if (missing.length > 0) {
    issues.warning(
      'ITUNES_MISSING_RECOMMENDED',
      `The channel uses iTunes elements but has no ${missing.map((name) => `<itunes:${name}>`).join(', ')}, which Apple Podcasts shows`,
      issues.at(channel),
    );
  }
}

/** The lengths Apple's directory takes: the notes, and the subtitle and keywords shown beside them. */
const MAX_LENGTH: Readonly<Record<string, number>> = { summary: 4000, subtitle: 255, keywords: 255 };

export function checkItunesElement(element: XmlElement, issues: Issues): void {
  const rules = RULES[element.local];
  if (rules !== undefined) checkElementRules(element, rules, 'ITUNES', issues);
  switch (element.local) {
    case 'image': return checkImageFormat(element, issues);
    case 'category': return checkCategory(element, null, issues);
    case 'owner': return checkOwner(element, issues);
  }
  const limit = MAX_LENGTH[element.local];
  if (limit !== undefined) {
    const length = valueOf(element).length;
    if (length > limit) {
      issues.error('ITUNES_TOO_LONG', `<${element.name}> is ${length} characters long; Apple takes at most ${limit}`, issues.at(element));
    }
  }
}

/** Apple takes JPEG and PNG artwork; a URL that plainly names another format will be refused. */
function checkImageFormat(image: XmlElement, issues: Issues): void {
  const href = image.attr('href')?.trim();
  if (href === undefined) return;
  const extension = /\.([A-Za-z0-9]{2,5})$/.exec(href.replace(/[?#].*$/, ''))?.[1]?.toLowerCase();
  if (extension !== undefined && ['gif', 'webp', 'svg', 'bmp', 'tif', 'tiff', 'heic', 'avif'].includes(extension)) {
    issues.warning('ITUNES_IMAGE_FORMAT', `The artwork ${quote(href)} is a .${extension} file: Apple Podcasts takes JPEG or PNG`, issues.at(image, 'href'));
  }
}

function checkCategory(category: XmlElement, parent: string | null, issues: Issues): void {
  const text = category.attr('text')?.trim();
  if (text === undefined || text === '') {
    issues.error('ITUNES_MISSING_ATTRIBUTE', `<${category.name}> must have a non-empty "text" attribute`, issues.at(category));
    return;
  }
  const standing = appleCategoryStanding(text, parent);
  const what = parent === null ? `${quote(text)}` : `${quote(text)} (under ${quote(parent)})`;
  if (standing === 'obsolete') {
    issues.warning('ITUNES_OBSOLETE_CATEGORY', `The category ${what} is from Apple's list before 2019: choose one from the current list`, issues.at(category, 'text'));
  } else if (standing === 'unknown') {
    issues.error('ITUNES_INVALID_CATEGORY', `The category ${what} is not one of Apple's podcast categories (they are case-sensitive)`, issues.at(category, 'text'));
  }
  for (const child of category.childrenNamed(ITUNES_NS, 'category')) {
    if (parent !== null) {
      issues.error('ITUNES_INVALID_CATEGORY', 'Apple categories nest one level deep: a subcategory cannot hold another', issues.at(child));
      continue;
    }
    checkCategory(child, text, issues);
  }
}

function checkOwner(owner: XmlElement, issues: Issues): void {
  const email = owner.child(ITUNES_NS, 'email');
  if (email === null) {
    issues.warning('ITUNES_MISSING_EMAIL', `<${owner.name}> has no <itunes:email>: directories use it to confirm who owns the show`, issues.at(owner));
  } else if (!isEmailAddress(valueOf(email))) {
    issues.error('EMAIL_INVALID', `The owner's e-mail address ${quote(valueOf(email))} is not of the form "name@example.com"`, issues.at(email));
  }
}
