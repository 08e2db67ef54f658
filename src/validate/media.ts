// Media RSS (media:): attribute types and enumerations from the Media RSS specification.
import type { XmlElement } from '../xml/index.js';
import { quote } from './checks.js';
import { checkElementRules, type ElementRules } from './extension-values.js';
import type { Issues } from './report.js';

export const MEDIA_NS = 'http://search.yahoo.com/mrss/';
/** The namespace written without its final slash: a different namespace, which no reader knows. */
export const MEDIA_NS_WITHOUT_SLASH = 'http://search.yahoo.com/mrss';

export const MEDIA_ELEMENTS = new Set([
  'group', 'content', 'rating', 'title', 'description', 'keywords', 'thumbnail', 'category', 'hash', 'player', 'credit',
  'copyright', 'text', 'restriction', 'community', 'comments', 'comment', 'embed', 'param', 'responses', 'response',
  'backLinks', 'backLink', 'status', 'price', 'license', 'subTitle', 'peerLink', 'location', 'rights', 'scenes', 'scene',
  'sceneTitle', 'sceneDescription', 'sceneStartTime', 'sceneEndTime', 'starRating', 'statistics', 'tags', 'adult',
]);

const TEXT_TYPE: ElementRules = { attributes: { type: ['plain', 'html'] } };

const RULES: Readonly<Record<string, ElementRules>> = {
  content: {
    attributes: {
      url: 'url', fileSize: 'integer', type: 'mime', medium: ['image', 'audio', 'video', 'document', 'executable'],
      isDefault: ['true', 'false'], expression: ['sample', 'full', 'nonstop'], bitrate: 'number', framerate: 'number',
      samplingrate: 'number', channels: 'integer', duration: 'number', height: 'integer', width: 'integer', lang: 'language',
    },
  },
  thumbnail: { required: ['url'], attributes: { url: 'url', width: 'integer', height: 'integer', time: 'npt' } },
  player: { required: ['url'], attributes: { url: 'url', width: 'integer', height: 'integer' } },
  title: TEXT_TYPE,
  description: TEXT_TYPE,
  text: { attributes: { type: ['plain', 'html'], lang: 'language', start: 'npt', end: 'npt' } },
  restriction: { required: ['relationship'], attributes: { relationship: ['allow', 'deny'], type: ['country', 'uri', 'sharing'] } },
  hash: { attributes: { algo: ['md5', 'sha-1'] } },
  peerLink: { required: ['href'], attributes: { href: 'url' } },
  subTitle: { required: ['href'], attributes: { href: 'url', type: 'mime', lang: 'language' } },
  license: { attributes: { href: 'url', type: 'mime' } },
  embed: { attributes: { url: 'url', width: 'integer', height: 'integer' } },
  category: { attributes: { scheme: 'url' } },
  credit: { attributes: { scheme: 'url' } },
  copyright: { attributes: { url: 'url' } },
  status: { required: ['state'], attributes: { state: ['active', 'blocked', 'deleted'] } },
  price: { attributes: { type: ['rent', 'purchase', 'package', 'subscription'], price: 'decimal' } },
  rights: { attributes: { status: ['userCreated', 'official'] } },
  starRating: { attributes: { average: 'number', count: 'integer', min: 'integer', max: 'integer' } },
  statistics: { attributes: { views: 'integer', favorites: 'integer' } },
};

/** Checks one media: element (its media: descendants are checked one by one by the caller). */
export function checkMediaElement(element: XmlElement, issues: Issues): void {
  const rules = RULES[element.local];
  if (rules !== undefined) checkElementRules(element, rules, 'MEDIA', issues);
  switch (element.local) {
    case 'content':
      if (element.attr('url') === null && element.child(MEDIA_NS, 'player') === null) {
        issues.error('MEDIA_MISSING_ATTRIBUTE', `<${element.name}> needs a "url" attribute (or a <media:player> child)`, issues.at(element));
      }
      return;
    case 'rating': return checkRating(element, issues);
    case 'credit': return checkCredit(element, issues);
    case 'restriction': return checkRestriction(element, issues);
    case 'price': return checkCurrency(element, issues);
    case 'hash': return checkHash(element, issues);
    case 'group': return checkGroup(element, issues);
    case 'adult':
      issues.warning('MEDIA_DEPRECATED', `<${element.name}> was withdrawn from Media RSS: write <media:rating scheme="urn:simple">adult</media:rating>`, issues.at(element));
  }
}

// The rating schemes the specification names, with their values (urn:icra's are free-form labels).
const RATINGS: Readonly<Record<string, ReadonlySet<string>>> = {
  'urn:simple': new Set(['adult', 'nonadult']),
  'urn:mpaa': new Set(['g', 'pg', 'pg-13', 'r', 'nc-17']),
  'urn:v-chip': new Set(['tv-y', 'tv-y7', 'tv-y7-fv', 'tv-g', 'tv-pg', 'tv-14', 'tv-ma']),
};

/** A rating in one of the named schemes (urn:simple by default) takes that scheme's values. */
function checkRating(rating: XmlElement, issues: Issues): void {
  const scheme = rating.attr('scheme')?.trim() || 'urn:simple';
  const values = RATINGS[scheme.toLowerCase()];
  const value = rating.text().trim();
  if (values !== undefined && !values.has(value.toLowerCase())) {
    issues.error('MEDIA_INVALID_VALUE', `The ${scheme} rating ${quote(value)} is not one of ${[...values].map((v) => `"${v}"`).join(', ')}`, issues.at(rating));
  }
}

/** "role … Must be lowercase" (Media RSS, media:credit). */
function checkCredit(credit: XmlElement, issues: Issues): void {
  const role = credit.attr('role')?.trim();
  if (role !== undefined && role !== role.toLowerCase()) {
    issues.error('MEDIA_INVALID_VALUE', `The credit role ${quote(role)} must be lower case: write ${quote(role.toLowerCase())}`, issues.at(credit, 'role'));
  }
}

/**
 * A restriction lists ISO 3166 country codes (type="country") or URIs (type="uri"); without a type
 * only the literal values "all" and "none" may be given.
 */
function checkRestriction(restriction: XmlElement, issues: Issues): void {
  const type = restriction.attr('type')?.trim().toLowerCase();
  const value = restriction.text().trim();
  if (value === '' || /^(?:all|none)$/i.test(value) || (type !== undefined && type !== 'country' && type !== '')) return;
  const ok = type === 'country' && value.length <= 10_000 && /^[A-Za-z]{2}(?:\s+[A-Za-z]{2})*$/.test(value);
  if (!ok) {
    const expected = type === 'country' ? 'a space-separated list of two-letter country codes such as "au us", or "all" or "none"' : '"all" or "none" (give a type="country" or "uri" to list more)';
    issues.error('MEDIA_INVALID_VALUE', `The restriction ${quote(value)} is not ${expected}`, issues.at(restriction));
  }
}

/** A price's currency is an ISO 4217 code such as "EUR". */
function checkCurrency(price: XmlElement, issues: Issues): void {
  const currency = price.attr('currency')?.trim();
  if (currency !== undefined && currency !== '' && !/^[A-Za-z]{3}$/.test(currency)) {
    issues.error('MEDIA_INVALID_VALUE', `The currency ${quote(currency)} of <${price.name}> is not a three-letter ISO 4217 code such as "EUR"`, issues.at(price, 'currency'));
  }
}

// A digest in hex: 32 digits for MD5 (the default), 40 for SHA-1.
const DIGEST_LENGTH: Readonly<Record<string, number>> = { md5: 32, 'sha-1': 40 };

function checkHash(hash: XmlElement, issues: Issues): void {
  const algo = (hash.attr('algo')?.trim() ?? 'md5').toLowerCase();
  const length = DIGEST_LENGTH[algo];
  const value = hash.text().trim();
  if (length !== undefined && !new RegExp(`^[0-9a-fA-F]{${length}}$`).test(value)) {
    issues.error('MEDIA_INVALID_VALUE', `The ${algo} hash ${quote(value)} is not ${length} hexadecimal digits`, issues.at(hash));
  }
}

/** A group holds alternatives of one item: one media:content is no alternative. */
function checkGroup(group: XmlElement, issues: Issues): void {
  const contents = group.childrenNamed(MEDIA_NS, 'content');
  if (contents.length < 2) {
    issues.error('MEDIA_GROUP_SINGLE', `<${group.name}> must hold two or more <media:content> alternatives (it has ${contents.length})`, issues.at(group));
  }
}
