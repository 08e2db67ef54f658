// Namespace fragments placed in RSS 2.0 and Atom 1.0 documents, under the usual prefixes and under
// others, so that each room is shown to read by namespace URI in both formats.
import { parseAtom, parseRss, type ChannelNamespaces, type ItemNamespaces, type ParseOptions } from '../../src/index.js';

export const URIS = {
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  media: 'http://search.yahoo.com/mrss/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  podcast: 'https://podcastindex.org/namespace/1.0',
  atom: 'http://www.w3.org/2005/Atom',
  slash: 'http://purl.org/rss/1.0/modules/slash/',
  wfw: 'http://wellformedweb.org/CommentAPI/',
  sy: 'http://purl.org/rss/1.0/modules/syndication/',
  georss: 'http://www.georss.org/georss',
  gml: 'http://www.opengis.net/gml',
  thr: 'http://purl.org/syndication/thread/1.0',
  feedburner: 'http://rssnamespace.org/feedburner/ext/1.0',
  creativeCommons: 'http://backend.userland.com/creativeCommonsRssModule',
} as const;

export type Prefix = keyof typeof URIS;

/** Fragments are written with the usual prefixes; this rewrites them to `x0`, `x1`, … */
function renamed(fragment: string, prefixes: readonly Prefix[]): string {
  let out = fragment;
  prefixes.forEach((prefix, i) => {
    out = out.replace(new RegExp(`(</?)${prefix}:`, 'g'), `$1x${i}:`);
  });
  return out;
}

function declarations(prefixes: readonly Prefix[], odd: boolean): string {
  return prefixes.map((prefix, i) => ` xmlns:${odd ? `x${i}` : prefix}="${URIS[prefix]}"`).join('');
}

type Format = 'rss' | 'rss1' | 'atom' | 'atom03';
/** The formats every room is read in. */
const FORMATS: readonly Format[] = ['rss', 'rss1', 'atom', 'atom03'];

export interface Variant {
  label: string;
  channel: ChannelNamespaces;
  item: ItemNamespaces;
}

/**
 * The fragments read in RSS 2.0, RSS 1.0, Atom 1.0 and Atom 0.3, each with the usual prefixes and with others.
 * `prefixes` lists the prefixes the fragments use; `formats` may leave formats out (atom: in RSS).
 */
export function variants(
  prefixes: readonly Prefix[],
  channel: string,
  item: string,
  { formats = FORMATS, options = {} }: { formats?: readonly Format[]; options?: ParseOptions } = {},
): Variant[] {
  const found: Variant[] = [];
  for (const odd of [false, true]) {
    const c = odd ? renamed(channel, prefixes) : channel;
    const i = odd ? renamed(item, prefixes) : item;
    const names = odd ? 'other prefixes' : 'usual prefixes';
    if (formats.includes('rss')) {
      const doc = `<rss version="2.0"${declarations(prefixes, odd)}><channel><title>t</title>${c}<item><title>i</title>${i}</item></channel></rss>`;
      const result = parseRss(doc, options);
      found.push({ label: `RSS 2.0, ${names}`, channel: result, item: result.items[0]! });
    }
    if (formats.includes('rss1')) {
      const doc = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"${declarations(prefixes, odd)}>`
        + `<channel rdf:about="https://e.org/"><title>t</title><link>https://e.org/</link><description>d</description>${c}`
        + '<items><rdf:Seq><rdf:li rdf:resource="https://e.org/1"/></rdf:Seq></items></channel>'
        + `<item rdf:about="https://e.org/1"><title>i</title><link>https://e.org/1</link>${i}</item></rdf:RDF>`;
      const result = parseRss(doc, options);
      found.push({ label: `RSS 1.0, ${names}`, channel: result, item: result.items[0]! });
    }
    if (formats.includes('atom')) {
      const doc = `<feed xmlns="http://www.w3.org/2005/Atom"${declarations(prefixes, odd)}><id>f</id>${c}<entry><id>e</id>${i}</entry></feed>`;
      const result = parseAtom(doc, options);
      found.push({ label: `Atom 1.0, ${names}`, channel: result, item: result.entries[0]! });
    }
    if (formats.includes('atom03')) {
      const doc = `<feed version="0.3" xmlns="http://purl.org/atom/ns#"${declarations(prefixes, odd)}><id>f</id>${c}<entry><id>e</id>${i}</entry></feed>`;
      const result = parseAtom(doc, options);
      found.push({ label: `Atom 0.3, ${names}`, channel: result, item: result.entries[0]! });
    }
  }
  return found;
}
