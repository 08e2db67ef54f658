// RSS 1.0 and 0.90 rules (the RDF-based RSS): the structure each specification requires, over
// the element view. RSS 1.0 names every channel, image, item and text input by rdf:about.
import { RDF_NS, RSS_090_NS, RSS_1_NS } from '../rss/index.js';
import type { XmlElement } from '../xml/index.js';
import { checkUrl, valueOf } from './checks.js';
import { checkExtensions } from './extensions.js';
import type { Issues } from './report.js';
import { checkChildren, checkLeaf, requireChildren, schema, type ElementSchema } from './structure.js';

interface Dialect {
  ns: string;
  name: string;
  /** Whether channel, image, item and textinput must carry rdf:about (1.0 only). */
  about: boolean;
  root: ElementSchema;
  channel: ElementSchema;
  image: ElementSchema;
  item: ElementSchema;
  textinput: ElementSchema;
  leaf: ElementSchema;
}

function dialect(ns: string, name: string, about: boolean, channelExtras: Record<string, 'one'>, itemExtras: Record<string, 'one'>): Dialect {
  const of = (children: Parameters<typeof schema>[3]) => schema(ns, 'RSS', name, children);
  return {
    ns, name, about,
    root: of({ channel: 'one', image: 'one', item: 'many', textinput: 'one' }),
    channel: of({ title: 'one', link: 'one', description: 'one', ...channelExtras }),
    image: of({ title: 'one', url: 'one', link: 'one' }),
    item: of({ title: 'one', link: 'one', ...itemExtras }),
    textinput: of({ title: 'one', description: 'one', name: 'one', link: 'one' }),
    leaf: of({}),
  };
}

const DIALECTS: ReadonlyMap<string, Dialect> = new Map([
  [RSS_1_NS, dialect(RSS_1_NS, 'RSS 1.0', true, { items: 'one', image: 'one', textinput: 'one' }, { description: 'one' })],
  [RSS_090_NS, dialect(RSS_090_NS, 'RSS 0.90', false, {}, {})],
]);

const REQUIRED = {
  channel: ['title', 'link', 'description'],
  image: ['title', 'url', 'link'],
  item: ['title', 'link'],
  textinput: ['title', 'description', 'name', 'link'],
} as const;

/** The rules of an rdf:RDF root. */
export function checkRdf(root: XmlElement, issues: Issues): void {
  const ns = root.children.find((c): c is XmlElement => typeof c !== 'string' && DIALECTS.has(c.ns))?.ns ?? RSS_1_NS;
  const rss = DIALECTS.get(ns)!;
  const found = checkChildren(root, rss.root, issues);
  requireChildren(root, found, ['channel'], 'RSS', issues);
  let items = 0;
  for (const child of root.children) {
    if (typeof child === 'string' || child.ns !== ns) continue;
    if (child.local === 'channel') checkPart(child, 'channel', rss, issues);
    else if (child.local === 'image') checkPart(child, 'image', rss, issues);
    else if (child.local === 'textinput') checkPart(child, 'textinput', rss, issues);
    else if (child.local === 'item') {
      items++;
      checkPart(child, 'item', rss, issues);
    }
  }
  if (items === 0) issues.error('RSS_MISSING_ELEMENT', `<${root.name}> has no <item>: ${rss.name} requires at least one`, issues.at(root));
  const channel = found.get('channel');
  if (rss.about && channel !== undefined) checkItemsSeq(channel, ns, issues);
}

function checkPart(element: XmlElement, kind: keyof typeof REQUIRED, rss: Dialect, issues: Issues): void {
  const found = checkChildren(element, rss[kind], issues);
  requireChildren(element, found, kind === 'channel' && rss.about ? [...REQUIRED.channel, 'items'] : REQUIRED[kind], 'RSS', issues);
  if (rss.about) {
    const about = element.attr('about', RDF_NS)?.trim() ?? '';
    if (about === '') issues.error('RSS_MISSING_ATTRIBUTE', `<${element.name}> must have a non-empty rdf:about attribute`, issues.at(element));
    else checkUrl(about, 'uri', `The rdf:about of <${element.name}>`, issues, issues.at(element, 'rdf:about'));
  }
  for (const [local, child] of found) {
    if (local === 'items' || ((local === 'image' || local === 'textinput') && kind === 'channel')) continue;
    checkLeaf(child, rss.leaf, issues);
    const value = valueOf(child);
    if ((local === 'link' || local === 'url') && value !== '') {
      checkUrl(value, 'http', `<${child.name}>`, issues, issues.at(child));
    }
  }
  if (kind === 'channel' || kind === 'item') {
    checkExtensions(element, kind, issues);
  }
}


/** RSS 1.0's channel lists its items in <items><rdf:Seq><rdf:li resource="…"/>. */
function checkItemsSeq(channel: XmlElement, ns: string, issues: Issues): void {
  const items = channel.child(ns, 'items');
  if (items === null) return;
  if (items.child(RDF_NS, 'Seq') === null) {
    issues.error('RSS_MISSING_ELEMENT', `<${items.name}> has no <rdf:Seq>, which is required`, issues.at(items));
  }
}
