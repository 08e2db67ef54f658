// Every string field of every result is text, HTML or a URL, as docs/fields.md says. Each format is
// filled with hostile values in every element and attribute; every string in the results is walked
// and held to what its kind promises.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAtom, parseFeed, parseJsonFeed, parseOpml, parseRss, type ParseOptions } from '../../src/index.js';
import { isScriptUrl } from '../fuzz/harness.mjs';
import { auditSanitizedHtml } from '../html/audit.js';

type Kind = 'text' | 'HTML' | 'URL' | 'by type';
type Result = 'RssChannel' | 'AtomFeed' | 'JsonFeed' | 'Opml' | 'Feed' | 'Namespaces';

/** The tables of docs/fields.md: result → path → kind. */
function readTables(): Map<Result, Map<string, string>> {
  const text = readFileSync(new URL('../../docs/fields.md', import.meta.url), 'utf8');
  const tables = new Map<Result, Map<string, string>>();
  let current: Map<string, string> | null = null;
  for (const line of text.split('\n')) {
    const heading = /^## (\w+)/.exec(line);
    if (heading) {
      current = new Map();
      tables.set(heading[1] as Result, current);
      continue;
    }
    const row = /^\| `([^`]+)` \| (.+) \|$/.exec(line);
    if (row && current) current.set(row[1]!, row[2]!.trim());
  }
  return tables;
}

const TABLES = readTables();

const NAMESPACE_FIELDS = new Set([
  'dc', 'dcterms', 'media', 'itunes', 'podcast', 'atom', 'slash', 'wfw', 'sy', 'georss', 'thr', 'feedburner', 'creativeCommons', 'extensions[]',
]);
/** Namespace paths met in any result, as the Namespaces table writes them. */
const namespacePathsSeen = new Set<string>();

/** A channel's, item's, feed's or entry's namespace field as the Namespaces table writes it (`dc.title`), else null. */
function namespacePath(result: Result, path: string): string | null {
  if (result !== 'RssChannel' && result !== 'AtomFeed') return null;
  const key = path
    .replace(/^(?:items\[\]\.|entries\[\]\.)?(?:source\.)?/, '')
    .replace(/^media\.groups\[\]\./, 'media.')
    .replace(/^itunes\.categories\[\]\.(?:subcategories\[\]\.)+/, 'itunes.categories[].');
  return NAMESPACE_FIELDS.has(key.split('.')[0]!) ? key : null;
}

/** The table's kind for a walked path, following the "as …" rows for nested sources, outlines and namespaces. */
function kindOf(result: Result, path: string): string | undefined {
  const namespaced = namespacePath(result, path);
  if (namespaced !== null) {
    namespacePathsSeen.add(namespaced);
    return TABLES.get('Namespaces')!.get(namespaced);
  }
  const table = TABLES.get(result)!;
  let key = path;
  if (result === 'AtomFeed' && key.startsWith('entries[].source.')) key = key.slice('entries[].source.'.length);
  if (result === 'Opml') key = key.replace(/^(outlines\[\]\.)+/, 'outlines[].');
  const kind = table.get(key);
  if (kind === undefined || !kind.startsWith('as ')) return kind;
  return undefined;
}

/** Every string leaf with its path (`items[].title`) and the object holding it. */
function strings(value: unknown, path = '', holder: Record<string, unknown> | null = null): { path: string; value: string; holder: Record<string, unknown> | null }[] {
  if (typeof value === 'string') return [{ path, value, holder }];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, `${path}[]`, holder));
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  const record = value as Record<string, unknown>;
  return Object.entries(record).flatMap(([key, v]) => strings(v, path === '' ? key : `${path}.${key}`, record));
}

const HOSTILE_HTML = '<img src=x onerror=alert(1)><a href="javascript:alert(1)">j</a><script>alert(1)</script><svg onload=alert(1)>';
const HOSTILE_XHTML = '<img src="x" onerror="alert(1)"/><a href="javascript:alert(1)">j</a><script>alert(1)</script>';
/** What every element and attribute is filled with, one document per payload. */
const PAYLOADS = [
  HOSTILE_HTML,
  'javascript:alert(1)',
  ' jav\tascript:alert(1)',
  'https://example.com/a"><img src=x onerror=alert(1)>',
];
const OPTION_SETS: ParseOptions[] = [{}, { baseUrl: 'https://reader.example/feeds/' }];

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\t/g, '&#9;');

const NAMESPACES = 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
  + 'xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" '
  + 'xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:slash="http://purl.org/rss/1.0/modules/slash/" '
  + 'xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
  + 'xmlns:georss="http://www.georss.org/georss" xmlns:thr="http://purl.org/syndication/thread/1.0" '
  + 'xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0" '
  + 'xmlns:creativeCommons="http://backend.userland.com/creativeCommonsRssModule" xmlns:x="urn:x-unknown"';

const DC_ELEMENTS = ['title', 'creator', 'subject', 'description', 'publisher', 'contributor', 'type', 'format', 'identifier', 'source', 'language', 'relation', 'coverage', 'rights'];
const DCTERMS_TEXTS = [
  'abstract', 'accessRights', 'alternative', 'audience', 'bibliographicCitation', 'conformsTo', 'educationLevel', 'extent',
  'hasFormat', 'hasPart', 'hasVersion', 'isFormatOf', 'isPartOf', 'isReferencedBy', 'isReplacedBy', 'isRequiredBy',
  'isVersionOf', 'license', 'mediator', 'medium', 'provenance', 'references', 'replaces', 'requires', 'rightsHolder',
  'spatial', 'tableOfContents', 'temporal', 'valid',
];

/** Every namespace element and attribute that holds a string, filled with `p` (already escaped for XML). */
function namespaceElements(p: string, withAtom: boolean): string {
  const media = `<media:title type="plain">${p}</media:title><media:description type="html">${p}</media:description>
<media:keywords>${p}</media:keywords><media:thumbnail url="${p}" time="${p}"/><media:player url="${p}"/>
<media:credit role="${p}" scheme="${p}">${p}</media:credit><media:rating scheme="${p}">${p}</media:rating>
<media:category scheme="${p}" label="${p}">${p}</media:category><media:restriction relationship="${p}" type="${p}">${p}</media:restriction>
<media:community><media:tags>${p}</media:tags></media:community><media:copyright url="${p}">${p}</media:copyright><media:hash algo="${p}">${p}</media:hash>
<media:text type="html" lang="${p}" start="${p}" end="${p}">${p}</media:text><media:text>${p}</media:text>
<media:comments><media:comment>${p}</media:comment></media:comments>
<media:embed url="${p}"><media:param name="${p}">${p}</media:param></media:embed><media:responses><media:response>${p}</media:response></media:responses>
<media:backLinks><media:backLink>${p}</media:backLink></media:backLinks><media:status state="${p}" reason="${p}"/>
<media:price type="${p}" info="${p}" currency="${p}"/><media:license type="${p}" href="${p}">${p}</media:license>
<media:subTitle type="${p}" lang="${p}" href="${p}"/><media:peerLink type="${p}" href="${p}"/><media:rights status="${p}"/>
<media:scenes><media:scene><media:sceneTitle>${p}</media:sceneTitle><media:sceneDescription>${p}</media:sceneDescription>
<media:sceneStartTime>${p}</media:sceneStartTime><media:sceneEndTime>${p}</media:sceneEndTime></media:scene></media:scenes>`;
  const content = `<media:content url="${p}" type="${p}" medium="${p}" expression="${p}" lang="${p}">${media}</media:content>`;
  const podcast = `<podcast:person role="${p}" group="${p}" img="${p}" href="${p}">${p}</podcast:person>
<podcast:location geo="${p}" osm="${p}" rel="${p}" country="${p}">${p}</podcast:location><podcast:license url="${p}">${p}</podcast:license>
<podcast:value type="${p}" method="${p}"><podcast:valueRecipient name="${p}" customKey="${p}" customValue="${p}" type="${p}" address="${p}"/></podcast:value>
<podcast:images srcset="${p.replace(/,/g, '')} 2x"/><podcast:txt purpose="${p}">${p}</podcast:txt>
<podcast:guid>${p}</podcast:guid><podcast:locked owner="${p}">yes</podcast:locked><podcast:funding url="${p}">${p}</podcast:funding>
<podcast:trailer url="${p}" type="${p}">${p}</podcast:trailer><podcast:medium>${p}</podcast:medium>
<podcast:podroll><podcast:remoteItem feedGuid="${p}" feedUrl="${p}" itemGuid="${p}" medium="${p}"/></podcast:podroll>
<podcast:updateFrequency rrule="${p}">${p}</podcast:updateFrequency>
<podcast:transcript url="${p}" type="${p}" language="${p}" rel="${p}"/><podcast:chapters url="${p}" type="${p}"/>
<podcast:soundbite startTime="1" duration="2">${p}</podcast:soundbite><podcast:season name="${p}">2</podcast:season>
<podcast:episode display="${p}">3</podcast:episode>
<podcast:alternateEnclosure type="${p}" lang="${p}" title="${p}" rel="${p}" codecs="${p}"><podcast:source uri="${p}" contentType="${p}"/>
<podcast:integrity type="${p}" value="${p}"/></podcast:alternateEnclosure>`;
  const itunes = `<itunes:author>${p}</itunes:author><itunes:owner><itunes:name>${p}</itunes:name><itunes:email>${p}</itunes:email></itunes:owner>
<itunes:image href="${p}"/><itunes:category text="${p}"><itunes:category text="${p}"/></itunes:category><itunes:type>${p}</itunes:type>
<itunes:title>${p}</itunes:title><itunes:summary>${p}</itunes:summary><itunes:subtitle>${p}</itunes:subtitle>
<itunes:keywords>${p}</itunes:keywords><itunes:new-feed-url>${p}</itunes:new-feed-url><itunes:episodeType>${p}</itunes:episodeType>`;
  const atom = withAtom
    ? `<atom:link rel="${p}" href="${p}" type="${p}" hreflang="${p}" title="${p}"/><atom:id>${p}</atom:id>
<atom:author><atom:name>${p}</atom:name><atom:uri>${p}</atom:uri><atom:email>${p}</atom:email></atom:author>`
    : '';
  return `${DC_ELEMENTS.map((e) => `<dc:${e}>${p}</dc:${e}>`).join('')}
${[...DC_ELEMENTS, ...DCTERMS_TEXTS].map((e) => `<dcterms:${e}>${p}</dcterms:${e}>`).join('')}
${media}${content}<media:group>${media}${content}</media:group>${itunes}${podcast}${atom}
<slash:section>${p}</slash:section><slash:department>${p}</slash:department><wfw:commentRss>${p}</wfw:commentRss><wfw:comment>${p}</wfw:comment>
<sy:updatePeriod>${p}</sy:updatePeriod><georss:featuretypetag>${p}</georss:featuretypetag><georss:relationshiptag>${p}</georss:relationshiptag>
<georss:featurename>${p}</georss:featurename><thr:in-reply-to ref="${p}" href="${p}" type="${p}" source="${p}"/>
<feedburner:origLink>${p}</feedburner:origLink><feedburner:origEnclosureLink>${p}</feedburner:origEnclosureLink><feedburner:info uri="${p}"/>
<feedburner:browserFriendly>${p}</feedburner:browserFriendly><feedburner:emailServiceId>${p}</feedburner:emailServiceId>
<feedburner:feedburnerHostname>${p}</feedburner:feedburnerHostname><creativeCommons:license>${p}</creativeCommons:license>
<x:thing x:kind="${p}">${p}</x:thing>`;
}

function rssDocument(payload: string): string {
  const p = xml(payload);
  return `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" ${NAMESPACES}><channel>
${namespaceElements(p, true)}<atom:link rel="hub" href="${p}"/>
<title>${p}</title><link>${p}</link><description>${p}</description><language>${p}</language>
<copyright>${p}</copyright><managingEditor>${p}</managingEditor><webMaster>${p}</webMaster>
<category domain="${p}">${p}</category><generator>${p}</generator><docs>${p}</docs>
<image><url>${p}</url><title>${p}</title><link>${p}</link><description>${p}</description></image>
<textInput><title>${p}</title><description>${p}</description><name>${p}</name><link>${p}</link></textInput>
<content:encoded>${p}</content:encoded><atom:link rel="self" href="${p}"/>
<item><title>${p}</title><link>${p}</link><description>${p}</description><author>${p}</author>
<category domain="${p}">${p}</category><comments>${p}</comments><enclosure url="${p}" length="10" type="${p}"/>
<guid isPermaLink="true">${p}</guid><source url="${p}">${p}</source><content:encoded>${p}</content:encoded>${namespaceElements(p, true)}</item>
<item><title>${p}</title><guid>${p}</guid><description>${p}</description></item>
</channel></rss>`;
}

function atomDocument(payload: string): string {
  const p = xml(payload);
  const person = (tag: string) => `<${tag}><name>${p}</name><uri>${p}</uri><email>${p}</email></${tag}>`;
  const common = `<id>${p}</id>${person('author')}${person('contributor')}
<link rel="${p}" href="${p}" type="${p}" hreflang="${p}" title="${p}" length="5"/><category term="${p}" scheme="${p}" label="${p}"/>
<rights type="xhtml" xml:lang="${p}"><div xmlns="http://www.w3.org/1999/xhtml">${HOSTILE_XHTML}</div></rights>`;
  return `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${p}" ${NAMESPACES}>${namespaceElements(p, false)}
<title type="html">${p}</title><subtitle type="text">${p}</subtitle>${common}
<generator uri="${p}" version="${p}">${p}</generator><icon>${p}</icon><logo>${p}</logo><info type="html">${p}</info>
<entry><title type="text">${p}</title>${common}<summary type="html">${p}</summary><content type="html">${p}</content>
<source><title type="html">${p}</title>${common}<generator uri="${p}">${p}</generator><icon>${p}</icon><logo>${p}</logo></source></entry>
<entry><id>2</id><title type="html">${p}</title><summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${HOSTILE_XHTML}</div></summary>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${HOSTILE_XHTML}</div></content></entry>
<entry><id>3</id><content type="${p}" src="${p}"/></entry>
<entry><id>4</id><content type="text/plain">${p}</content></entry>
<entry><id>5</id>${namespaceElements(p, false)}</entry>
</feed>`;
}

/** RSS 1.0: the same hostile values through the RDF mapping (image and textinput beside the channel, rdf:about). */
function rdfDocument(payload: string): string {
  const p = xml(payload);
  return `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:atom="http://www.w3.org/2005/Atom" ${NAMESPACES}>
<channel rdf:about="${p}"><title>${p}</title><link>${p}</link><description>${p}</description>
${namespaceElements(p, true)}</channel>
<image><url>${p}</url><title>${p}</title><link>${p}</link></image>
<item rdf:about="${p}"><title>${p}</title><description>${p}</description><content:encoded>${p}</content:encoded></item>
<textinput><title>${p}</title><description>${p}</description><name>${p}</name><link>${p}</link></textinput>
<item rdf:about="ns"><title>namespaces</title>${namespaceElements(p, true)}</item></rdf:RDF>`;
}

/** Atom 0.3: every mode and MIME type of its content constructs, base64 included. */
function atom03Document(payload: string): string {
  const p = xml(payload);
  const b64 = Buffer.from(payload, 'utf8').toString('base64');
  const construct = (tag: string) => `<${tag} type="text/html" mode="escaped">${p}</${tag}>`;
  return `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><id>${p}</id>${construct('title')}${construct('tagline')}${construct('copyright')}
<info mode="xml" type="application/xhtml+xml"><div xmlns="http://www.w3.org/1999/xhtml">${HOSTILE_XHTML}</div></info>
<author><name>${p}</name><url>${p}</url><email>${p}</email></author><generator url="${p}" version="${p}">${p}</generator>
<entry><id>1</id><title mode="base64" type="text/html">${b64}</title><content type="text/html" mode="base64">${b64}</content></entry>
<entry><id>2</id><content mode="xml"><div xmlns="http://www.w3.org/1999/xhtml">${HOSTILE_XHTML}</div></content></entry>
<entry><id>3</id><content type="multipart/alternative"><content type="text/html" mode="escaped">${p}</content></content></entry>
<entry><id>4</id><content type="text/css" mode="base64">${b64}</content><summary type="${p}">${p}</summary></entry>
</feed>`;
}

function jsonDocument(payload: string): string {
  const person = { name: payload, url: payload, avatar: payload };
  const item = {
    id: payload, url: payload, external_url: payload, title: payload, content_html: payload, content_text: payload,
    summary: payload, image: payload, banner_image: payload, date_published: payload, date_modified: payload,
    author: person, authors: [person], language: payload, tags: [payload],
    attachments: [{ url: payload, mime_type: payload, title: payload, size_in_bytes: 1, duration_in_seconds: 1 }],
  };
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1', title: payload, home_page_url: payload, feed_url: payload,
    description: payload, user_comment: payload, next_url: payload, icon: payload, favicon: payload,
    author: person, authors: [person], language: payload, items: [item, { ...item, content_html: undefined }],
  });
}

function opmlDocument(payload: string): string {
  const p = xml(payload);
  const attributes = ['text', 'type', 'xmlUrl', 'description', 'htmlUrl', 'language', 'title', 'version'].map((a) => `${a}="${p}"`).join(' ');
  return `<?xml version="1.0"?><opml version="2.0"><head><title>${p}</title><ownerName>${p}</ownerName><ownerEmail>${p}</ownerEmail></head>
<body><outline ${attributes}><outline ${attributes}><outline ${attributes}/></outline></outline></body></opml>`;
}

/** Checks every string of `result` against its kind; returns the paths seen. */
function check(resultName: Result, result: unknown, label: string): Set<string> {
  const seen = new Set<string>();
  for (const { path, value, holder } of strings(result)) {
    const kind = kindOf(resultName, path);
    expect(kind, `${label}: ${path} is not in docs/fields.md`).toBeDefined();
    seen.add(path.startsWith('entries[].source.') ? path.slice('entries[].source.'.length) : path.replace(/^(outlines\[\]\.)+/, 'outlines[].'));
    let effective: Kind = kind as Kind;
    if (effective === 'by type') {
      const type = String(holder?.type ?? '').toLowerCase();
      effective = type === 'html' || type === 'xhtml' ? 'HTML' : 'text';
    }
    // Escaped plain text may carry &quot; and &#39;, harmless in text, which the audit (written for
    // sanitize-html's own serialization) does not expect.
    const html = value.replace(/&(?:quot|#39|#x27);/g, '');
    if (effective === 'HTML') expect(auditSanitizedHtml(html), `${label}: ${path} = ${JSON.stringify(value)}`).toEqual([]);
    if (effective === 'URL') expect(isScriptUrl(value), `${label}: ${path} = ${JSON.stringify(value)}`).toBe(false);
  }
  return seen;
}

const FORMATS: [Result, (doc: string, options: ParseOptions) => unknown, (payload: string) => string][] = [
  ['RssChannel', parseRss, rssDocument],
  ['AtomFeed', parseAtom, atomDocument],
  ['JsonFeed', parseJsonFeed, jsonDocument],
  ['Opml', parseOpml, opmlDocument],
];

describe('every string field is text, sanitized HTML or a safe URL (docs/fields.md)', () => {
  for (const [name, parse, documentOf] of FORMATS) {
    it(`${name}: every field, filled with hostile values`, () => {
      const seen = new Set<string>();
      for (const payload of PAYLOADS) {
        for (const options of OPTION_SETS) {
          for (const path of check(name, parse(documentOf(payload), options), `${name} ${JSON.stringify(payload)}`)) seen.add(path);
        }
      }
      // The documents reach every documented field, so the table cannot list a field that is not there.
      const documented = [...TABLES.get(name)!].filter(([path, kind]) => !kind.startsWith('as ') && !path.startsWith('warnings'));
      expect(documented.map(([path]) => path).filter((path) => !seen.has(path))).toEqual([]);
    });
  }

  it('RssChannel from RSS 1.0 and AtomFeed from Atom 0.3, filled with hostile values', () => {
    for (const payload of PAYLOADS) {
      for (const options of OPTION_SETS) {
        check('RssChannel', parseRss(rdfDocument(payload), options), `RSS 1.0 ${JSON.stringify(payload)}`);
        check('AtomFeed', parseAtom(atom03Document(payload), options), `Atom 0.3 ${JSON.stringify(payload)}`);
        check('Feed', parseFeed(rdfDocument(payload), options), `Feed from RSS 1.0 ${JSON.stringify(payload)}`);
        check('Feed', parseFeed(atom03Document(payload), options), `Feed from Atom 0.3 ${JSON.stringify(payload)}`);
      }
    }
  });

  it('Feed: every field, from RSS, Atom and JSON Feed filled with hostile values', () => {
    const seen = new Set<string>();
    for (const payload of PAYLOADS) {
      for (const options of OPTION_SETS) {
        for (const documentOf of [rssDocument, atomDocument, jsonDocument]) {
          for (const path of check('Feed', parseFeed(documentOf(payload), options), `Feed ${JSON.stringify(payload)}`)) seen.add(path);
        }
      }
    }
    const documented = [...TABLES.get('Feed')!.keys()].filter((path) => !path.startsWith('warnings'));
    expect(documented.filter((path) => !seen.has(path))).toEqual([]);
  });

  it('Namespaces: every documented namespace field is met in RSS or Atom results', () => {
    for (const [, parse, documentOf] of FORMATS.slice(0, 2)) {
      for (const payload of PAYLOADS) check(parse === parseRss ? 'RssChannel' : 'AtomFeed', parse(documentOf(payload), {}), 'namespaces');
    }
    const documented = [...TABLES.get('Namespaces')!.keys()];
    expect(documented.filter((path) => !namespacePathsSeen.has(path))).toEqual([]);
  });

  it("JSON Feed's plain-text summary reaches Article.summary escaped, never as markup", () => {
    const feed = parseFeed(JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 't',
      items: [{ id: '1', content_html: 'x', summary: '<img src=x onerror=alert(1)>' }],
    }));
    expect(feed.articles[0]!.summary).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });
});
