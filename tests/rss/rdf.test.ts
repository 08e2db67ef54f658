// RSS 1.0 and 0.90: rdf:RDF documents, read by parseRss into the same model as RSS 2.0.
import { describe, expect, it } from 'vitest';
import { FeedParseError, parseFeed, parseRss } from '../../src/index.js';
import { rssFromElement } from '../../src/rss/index.js';
import { leniencyOf } from '../../src/warnings.js';
import { parseXml } from '../../src/xml/index.js';
import { fixture, thrown } from '../helpers.js';

const raw = { sanitize: false } as const;
const RDF = 'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"';
const RSS1 = 'xmlns="http://purl.org/rss/1.0/"';

describe('parseRss on RSS 1.0', () => {
  const channel = parseRss(fixture('rss/rss-1.0.xml'), raw);

  it('reads the channel, its version, and the image and textinput beside it', () => {
    expect(channel).toMatchObject({
      version: '1.0',
      title: 'Tide Tables',
      link: 'https://tides.example.org/',
      description: 'High and low water for the harbour, every day.',
      language: null,
      pubDate: null,
      categories: [],
      warnings: [],
    });
    expect(channel.image).toEqual({
      url: 'https://tides.example.org/img/wave.png',
      title: 'Tide Tables',
      link: 'https://tides.example.org/',
      width: 88,
      height: 31,
      description: null,
    });
    expect(channel.textInput).toEqual({
      title: 'Search the tables',
      description: 'Find a date',
      name: 'q',
      link: 'https://tides.example.org/search',
    });
  });

  it('reads the items beside the channel in document order, rdf:about as their identity', () => {
    expect(channel.items.map((i) => i.title)).toEqual(['Tides for 1 June', 'Tides for 2 June', 'Tides for 3 June']);
    expect(channel.items.map((i) => i.guid)).toEqual([
      'https://tides.example.org/2004/06/01',
      'https://tides.example.org/2004/06/02',
      'urn:tides:2004-06-03',
    ]);
    // No <link>: an http(s) rdf:about stands in, as an http(s) guid does in RSS 2.0.
    expect(channel.items.map((i) => i.link)).toEqual([
      'https://tides.example.org/2004/06/01',
      'https://tides.example.org/2004/06/02',
      'https://tides.example.org/2004/06/03',
    ]);
    expect(channel.items[0]!.description).toBe('High water 06:12 <b>4.8 m</b>');
    expect(channel.items[1]!.contentEncoded).toBe('<p>High water <strong>06:58</strong>, low water 13:10.</p>');
  });

  it('gives the same channel whether its items are streamed (parseRss) or read from the tree', () => {
    expect(rssFromElement(parseXml(fixture('rss/rss-1.0.xml')).root, raw)).toEqual(channel);
  });

  it('is read by parseFeed', () => {
    const feed = parseFeed(fixture('rss/rss-1.0.xml'));
    expect(feed.format).toBe('rss');
    expect(feed.articles.map((a) => a.id)).toEqual(channel.items.map((i) => i.guid));
    expect(feed.image).toBe('https://tides.example.org/img/wave.png');
    expect(feed.warnings).toEqual([]);
  });

  it('reads the RSS elements by namespace, under any prefix, and ignores elements of other namespaces', () => {
    const doc = `<r:RDF ${RDF.replace('rdf', 'r')} xmlns:rss="http://purl.org/rss/1.0/">
      <rss:channel r:about="x"><rss:title>Prefixed</rss:title><title>no namespace: not RSS 1.0</title></rss:channel>
      <rss:item r:about="https://a.example/1"><rss:title>One</rss:title></rss:item>
      <item><title>no namespace: not an item</title></item>
    </r:RDF>`;
    const parsed = parseRss(doc);
    expect(parsed.title).toBe('Prefixed');
    expect(parsed.items.map((i) => i.title)).toEqual(['One']);
  });

  it('requires a channel in strict mode (RSS_NO_CHANNEL); reads the items without one in lenient mode', () => {
    const doc = `<rdf:RDF ${RDF} ${RSS1}><item rdf:about="https://a.example/1"><title>Alone</title></item></rdf:RDF>`;
    const error = thrown(() => parseRss(doc));
    expect(error).toBeInstanceOf(FeedParseError);
    expect(error.code).toBe('RSS_NO_CHANNEL');
    const lenient = parseRss(doc, { strict: false });
    expect(lenient.items.map((i) => i.title)).toEqual(['Alone']);
    expect(lenient.version).toBe('1.0');
    expect(lenient.warnings).toEqual([{ code: 'RSS_NO_CHANNEL', message: expect.any(String), line: 1, column: 1 }]);
  });

  it('refuses other roots', () => {
    expect(thrown(() => parseRss('<rdf:RDF xmlns:rdf="http://example.com/not-rdf"><channel/></rdf:RDF>')).code).toBe('RSS_NOT_RSS');
  });
});

describe('parseRss on RSS 0.90', () => {
  const channel = parseRss(fixture('rss/rss-0.90.xml'), raw);

  it('reads the channel, image, textinput and items', () => {
    expect(channel).toMatchObject({
      version: '0.90',
      title: 'Lighthouse Keeper',
      link: 'http://keeper.example.net/',
      description: 'Notes from the lamp room',
    });
    expect(channel.image).toMatchObject({ url: 'http://keeper.example.net/lamp.gif', link: 'http://keeper.example.net/', title: 'Lighthouse Keeper' });
    expect(channel.textInput).toEqual({
      title: 'Search',
      description: 'Search the log',
      name: 'text',
      link: 'http://keeper.example.net/search.cgi',
    });
    expect(channel.items).toMatchObject([
      { title: 'Lamp cleaned', link: 'http://keeper.example.net/1999/03/lamp.html', guid: null },
      { title: 'Fog horn tested', link: 'http://keeper.example.net/1999/03/horn.html', guid: null },
    ]);
  });
});

describe('RssChannel.version and textInput in <rss>', () => {
  it('is the declared version, trimmed, or null', () => {
    expect(parseRss('<rss version=" 2.0 "><channel/></rss>').version).toBe('2.0');
    expect(parseRss('<rss version="0.92"><channel/></rss>').version).toBe('0.92');
    expect(parseRss('<rss><channel/></rss>').version).toBeNull();
  });

  it('reads RSS 2.0 textInput and 0.91 textinput; one without a link is left out', () => {
    const doc = (name: string, body: string) => `<rss version="2.0"><channel><${name}>${body}</${name}></channel></rss>`;
    const full = '<title>Go</title><description>Search</description><name>q</name><link>https://s.example/find</link>';
    expect(parseRss(doc('textInput', full)).textInput).toEqual({ title: 'Go', description: 'Search', name: 'q', link: 'https://s.example/find' });
    expect(parseRss(doc('textinput', full)).textInput?.name).toBe('q');
    expect(parseRss(doc('textInput', '<title>Go</title>')).textInput).toBeNull();
    expect(parseRss(doc('textInput', '<link>javascript:alert(1)</link>')).textInput).toBeNull();
  });
});

describe('RSS 1.0 without its namespace (lenient mode)', () => {
  const doc = `<rdf:RDF ${RDF}>
  <channel rdf:about="https://n.example/"><title>No namespace</title><link>https://n.example/</link></channel>
  <image><url>https://n.example/i.png</url><link>https://n.example/</link></image>
  <item rdf:about="https://n.example/1"><title>One</title></item>
  <item rdf:about="urn:n:2"><title>Two</title><link>https://n.example/2</link></item>
</rdf:RDF>`;

  it('is RSS_NO_CHANNEL in strict mode', () => {
    expect(thrown(() => parseRss(doc)).code).toBe('RSS_NO_CHANNEL');
  });

  it('is read in lenient mode, with a warning at the root', () => {
    for (const channel of [parseRss(doc, { strict: false }), rssFromElement(parseXml(doc).root, {}, [], leniencyOf(false))]) {
      expect(channel).toMatchObject({ version: null, title: 'No namespace', image: { url: 'https://n.example/i.png' } });
      expect(channel.items.map((i) => [i.title, i.guid, i.link])).toEqual([
        ['One', 'https://n.example/1', 'https://n.example/1'],
        ['Two', 'urn:n:2', 'https://n.example/2'],
      ]);
    }
    const feed = parseFeed(doc);
    expect(feed.articles).toHaveLength(2);
    expect(feed.warnings).toEqual([{ code: 'RSS_RDF_NO_NAMESPACE', message: expect.any(String), line: 1, column: 1 }]);
  });

  it('reads RSS elements in an unknown namespace the same way, naming the namespace in the warning', () => {
    // An RSS 0.90-shaped document whose elements are in a namespace that is neither 0.90's nor 1.0's.
    const other = `<?xml version="1.0"?>
<rdf:RDF ${RDF} xmlns="http://feeds.example/rdf/simple/0.9/">
  <channel><title>Elsewhere</title><link>https://e.example/</link><description>Unknown namespace</description></channel>
  <image><title>Logo</title><url>https://e.example/logo.gif</url><link>https://e.example/</link></image>
  <item><title>First</title><link>https://e.example/1</link></item>
  <item><title>Second</title><link>https://e.example/2</link></item>
</rdf:RDF>`;
    expect(thrown(() => parseRss(other)).code).toBe('RSS_NO_CHANNEL');
    const channel = parseRss(other, { strict: false });
    expect(channel).toMatchObject({ version: null, title: 'Elsewhere', link: 'https://e.example/', image: { url: 'https://e.example/logo.gif' } });
    expect(channel.items.map((i) => [i.title, i.link])).toEqual([
      ['First', 'https://e.example/1'],
      ['Second', 'https://e.example/2'],
    ]);
    const feed = parseFeed(other);
    expect(feed.articles.map((a) => a.link)).toEqual(['https://e.example/1', 'https://e.example/2']);
    expect(feed.warnings).toEqual([
      { code: 'RSS_RDF_NO_NAMESPACE', message: expect.stringContaining('"http://feeds.example/rdf/simple/0.9/"'), line: 2, column: 1 },
    ]);
  });

  it('does not take namespace-less items for items of a namespaced RSS 1.0 document', () => {
    const mixed = `<rdf:RDF ${RDF} ${RSS1}><channel rdf:about="x"><title>t</title></channel><item rdf:about="https://a.example/1"><title>real</title></item><item xmlns=""><title>stray</title></item></rdf:RDF>`;
    expect(parseRss(mixed, { strict: false }).items.map((i) => i.title)).toEqual(['real']);
  });
});
