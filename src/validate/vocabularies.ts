// The namespaces the validator has rules for, what each defines and where, and the namespaces
// feeds commonly carry that need no rules (known, so not reported as unknown).
import { ATOM_NS } from '../atom/index.js';
import type { XmlElement } from '../xml/index.js';
import { checkUrl } from './checks.js';
import type { ElementRules, ExtensionPrefix } from './extension-values.js';
import { APP_NS, APP_VOCABULARY } from './app.js';
import { FEEDSYNC_NS, FEEDSYNC_VOCABULARY } from './feedsync.js';
import { checkItunesElement, ITUNES_NS, ITUNES_ONCE, ITUNES_PLACES } from './itunes.js';
import { MEDIA_ELEMENTS, MEDIA_NS } from './media.js';
import { checkOpenSearchQuery } from './opensearch.js';
import { checkPodcastElement, PODCAST_NS, PODCAST_PLACES } from './podcast-namespace.js';
import type { Issues } from './report.js';
import { SIMPLE_LIST_NS, SIMPLE_LIST_VOCABULARY } from './simple-list.js';
import { THREAD_NS, THREAD_VOCABULARY } from './thread.js';

const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
const SY_NS = 'http://purl.org/rss/1.0/modules/syndication/';
const SLASH_NS = 'http://purl.org/rss/1.0/modules/slash/';
const WFW_NS = 'http://wellformedweb.org/CommentAPI/';

export interface Vocabulary {
  /** The usual prefix, for messages. */
  prefix: string;
  /** Names allowed only in a channel, only in an item. */
  channel: ReadonlySet<string>;
  item: ReadonlySet<string>;
  /** Every name the namespace defines; null when the namespace is open (names not listed are let be). */
  names: ReadonlySet<string> | null;
  /** Names that may appear once in a channel or item (a second one is an error). */
  once?: ReadonlySet<string>;
  /** Typed values, by local name. */
  rules?: Readonly<Record<string, ElementRules>>;
  /** Code prefix for the typed values. */
  codePrefix?: ExtensionPrefix;
  check?: (element: XmlElement, issues: Issues) => void;
}

const none = new Set<string>();
const ADMIN_NS = 'http://webns.net/mvcb/';
const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
// Elements of the RDF-flavoured modules whose value is an rdf:resource attribute.
const RDF_RESOURCE_ELEMENTS = new Set(['generatorAgent', 'errorReportsTo', 'license', 'about']);

/** admin:generatorAgent, admin:errorReportsTo, cc:license, trackback:about: the value is rdf:resource, a URI. */
function checkRdfResource(element: XmlElement, issues: Issues): void {
  if (!RDF_RESOURCE_ELEMENTS.has(element.local)) return;
  const resource = element.attr('resource', RDF_NS)?.trim();
  if (resource === undefined || resource === '') {
    issues.error('EXTENSION_MISSING_ATTRIBUTE', `<${element.name}> must give its URI in an rdf:resource attribute`, issues.at(element));
  } else {
    checkUrl(resource, 'uri', `The rdf:resource of <${element.name}>`, issues, issues.at(element, 'rdf:resource'));
  }
}

const SPELLED_OUT_COORDINATES: Readonly<Record<string, ElementRules>> = { latitude: { text: 'latitude' }, longitude: { text: 'longitude' } };

export const VOCABULARIES: ReadonlyMap<string, Vocabulary> = new Map<string, Vocabulary>([
  [ITUNES_NS, {
    prefix: 'itunes', channel: new Set(ITUNES_PLACES.channel), item: new Set(ITUNES_PLACES.item),
    names: new Set([...ITUNES_PLACES.channel, ...ITUNES_PLACES.item, ...ITUNES_PLACES.both]), once: ITUNES_ONCE, check: checkItunesElement,
  }],
  [PODCAST_NS, {
    prefix: 'podcast', channel: new Set(PODCAST_PLACES.channel), item: new Set(PODCAST_PLACES.item), names: null,
    check: checkPodcastElement,
  }],
  [MEDIA_NS, { prefix: 'media', channel: none, item: none, names: MEDIA_ELEMENTS }],
  [SY_NS, {
    prefix: 'sy', channel: new Set(['updatePeriod', 'updateFrequency', 'updateBase']), item: none,
    names: new Set(['updatePeriod', 'updateFrequency', 'updateBase']), once: new Set(['updatePeriod', 'updateFrequency', 'updateBase']), codePrefix: 'EXTENSION',
    rules: {
      updatePeriod: { text: ['hourly', 'daily', 'weekly', 'monthly', 'yearly'] },
      updateFrequency: { text: 'positive' },
      updateBase: { text: 'w3cdtf' },
    },
  }],
  [SLASH_NS, {
    prefix: 'slash', channel: none, item: new Set(['comments', 'department', 'section', 'hit_parade']),
    names: new Set(['comments', 'department', 'section', 'hit_parade']), once: new Set(['comments', 'department', 'section', 'hit_parade']),
    codePrefix: 'EXTENSION', rules: { comments: { text: 'integer' }, hit_parade: { text: 'integers' } },
  }],
  [CONTENT_NS, { prefix: 'content', channel: none, item: new Set(['encoded']), names: null }],
  [WFW_NS, {
    prefix: 'wfw', channel: none, item: new Set(['comment', 'commentRss']), names: null, once: new Set(['comment', 'commentRss']), codePrefix: 'EXTENSION',
    rules: { comment: { text: 'url' }, commentRss: { text: 'url' } },
  }],
  ['http://backend.userland.com/creativeCommonsRssModule', {
    prefix: 'creativeCommons', channel: none, item: none, names: null, codePrefix: 'EXTENSION', rules: { license: { text: 'url' } },
  }],
  ['http://madskills.com/public/xml/rss/module/trackback/', {
    prefix: 'trackback', channel: none, item: none, names: null, codePrefix: 'EXTENSION', rules: { ping: { text: 'url' } }, check: checkRdfResource,
  }],
  ['http://rssnamespace.org/feedburner/ext/1.0', {
    prefix: 'feedburner', channel: none, item: none, names: null, once: new Set(['origLink', 'origEnclosureLink']), codePrefix: 'EXTENSION',
    rules: { origLink: { text: 'url' }, origEnclosureLink: { text: 'url' } },
  }],
  ['http://www.w3.org/2003/01/geo/wgs84_pos#', {
    prefix: 'geo', channel: none, item: none, names: null, once: new Set(['lat', 'long']), codePrefix: 'EXTENSION', rules: { lat: { text: 'latitude' }, long: { text: 'longitude' } },
  }],
  // GeoURL and ICBM, older coordinate modules: the same latitude and longitude as geo:, spelled out.
  ['http://geourl.org/rss/module/', { prefix: 'geourl', channel: none, item: none, names: null, codePrefix: 'EXTENSION', rules: SPELLED_OUT_COORDINATES }],
  ['http://postneo.com/icbm', { prefix: 'icbm', channel: none, item: none, names: null, codePrefix: 'EXTENSION', rules: SPELLED_OUT_COORDINATES }],
  ['http://backend.userland.com/blogChannelModule', {
    prefix: 'blogChannel', channel: none, item: none, names: null, codePrefix: 'EXTENSION',
    rules: { blogRoll: { text: 'url' }, mySubscriptions: { text: 'url' }, blink: { text: 'url' }, changes: { text: 'url' } },
  }],
  ['http://a9.com/-/spec/opensearch/1.1/', {
    prefix: 'opensearch', channel: none, item: none, names: null, codePrefix: 'EXTENSION',
    rules: { totalResults: { text: 'integer' }, startIndex: { text: 'integer' }, itemsPerPage: { text: 'integer' } },
    check: checkOpenSearchQuery,
  }],
  ['http://a9.com/-/spec/opensearchrss/1.0/', {
    prefix: 'openSearch', channel: none, item: none, names: null, codePrefix: 'EXTENSION',
    rules: { totalResults: { text: 'integer' }, startIndex: { text: 'integer' }, itemsPerPage: { text: 'integer' } },
  }],
  [THREAD_NS, THREAD_VOCABULARY],
  [APP_NS, APP_VOCABULARY],
  [FEEDSYNC_NS, FEEDSYNC_VOCABULARY],
  [SIMPLE_LIST_NS, SIMPLE_LIST_VOCABULARY],
  ['http://www.bloglines.com/about/specs/fac-1.0', {
    prefix: 'access', channel: new Set(['restriction']), item: none, names: new Set(['restriction']), once: new Set(['restriction']),
    codePrefix: 'EXTENSION', rules: { restriction: { required: ['relationship'], attributes: { relationship: ['allow', 'deny'] } } },
  }],
  ['http://www.georss.org/georss', {
    prefix: 'georss', channel: none, item: none, names: null, codePrefix: 'EXTENSION',
    rules: {
      point: { text: 'point' }, line: { text: 'line' }, polygon: { text: 'polygon' }, box: { text: 'box' }, elev: { text: 'decimal' },
      floor: { text: 'integer' }, radius: { text: 'number' },
    },
  }],
  [ADMIN_NS, { prefix: 'admin', channel: none, item: none, names: null, check: checkRdfResource }],
  ['http://web.resource.org/cc/', { prefix: 'cc', channel: none, item: none, names: null, check: checkRdfResource }],
]);

// Namespaces feeds commonly carry that need no rules here: known, so not reported as unknown.
export const KNOWN_NAMESPACES: ReadonlySet<string> = new Set([
  ATOM_NS, 'http://purl.org/dc/elements/1.1/', 'http://purl.org/dc/terms/', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  'http://www.w3.org/2000/01/rdf-schema#', 'http://www.w3.org/1999/xhtml', 'http://www.opengis.net/gml',
  'http://creativecommons.org/ns#', 'http://www.google.com/schemas/play-podcasts/1.0', 'http://podlove.org/simple-chapters', 'http://www.spotify.com/ns/rss',
  'http://www.rawvoice.com/rawvoiceRssModule/', 'http://purl.org/syndication/history/1.0', 'http://xmlns.com/foaf/0.1/',
  'http://purl.org/rss/1.0/modules/annotate/', 'http://purl.org/rss/1.0/modules/event/', 'http://purl.org/rss/1.0/modules/taxonomy/',
  'http://purl.org/rss/1.0/modules/image/', 'http://purl.org/rss/1.0/modules/link/', 'http://purl.org/atompub/license#',
  'http://base.google.com/ns/1.0', 'http://www.youtube.com/xml/schemas/2015',
  'http://wordpress.org/export/1.2/', 'http://wordpress.org/export/1.2/excerpt/', 'http://search.yahoo.com/rss/',
  'http://www.w3.org/2005/10/Atom', 'urn:atom-extension:indexing', 'http://schemas.google.com/g/2005',
  'http://www.blogger.com/atom/ns#', 'http://purl.org/dc/dcmitype/', 'http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML',
]);
