// The dispatcher: rooms chosen by namespace URI only; other namespaces kept as capped extensions.
import { describe, expect, it } from 'vitest';
import { parseAtom, parseRss } from '../../src/index.js';
import { MAX_EXTENSIONS } from '../../src/namespaces/index.js';

describe('the namespace dispatcher', () => {
  it('reads an element by its URI whatever the prefix, including a default namespace', () => {
    const rss = parseRss(`<rss xmlns:media="http://purl.org/dc/elements/1.1/"><channel><item>
      <media:creator>Not media: Dublin Core</media:creator>
      <creator xmlns="http://purl.org/dc/elements/1.1/">Second</creator></item></channel></rss>`);
    expect(rss.items[0]!.dc?.creators).toEqual(['Not media: Dublin Core', 'Second']);
    expect(rss.items[0]!.media).toBeNull();
  });

  it('reads the usual prefixes a feed forgot to declare with their usual namespace', () => {
    const rss = parseRss('<rss><channel><item><podcast:transcript url="https://e.org/t.vtt"/><dcterms:modified>2024-01-01T00:00:00Z</dcterms:modified></item></channel></rss>');
    expect(rss.items[0]!.podcast?.transcripts[0]?.url).toBe('https://e.org/t.vtt');
    expect(rss.items[0]!.dcterms?.modified).toEqual(new Date('2024-01-01T00:00:00Z'));
  });

  it('keeps elements of unknown namespaces as extensions: URI, local name, attributes, text', () => {
    const atom = parseAtom(`<feed xmlns="http://www.w3.org/2005/Atom" xmlns:yt="http://www.youtube.com/xml/schemas/2015"><id>f</id>
      <yt:channelId>UC1</yt:channelId><entry><id>e</id><yt:videoId xmlns:q="urn:q" q:kind="short" plain=" v ">abc <yt:b>def</yt:b></yt:videoId></entry></feed>`);
    expect(atom.extensions).toEqual([{ ns: 'http://www.youtube.com/xml/schemas/2015', local: 'channelId', attributes: [], text: 'UC1' }]);
    expect(atom.entries[0]!.extensions).toEqual([{
      ns: 'http://www.youtube.com/xml/schemas/2015', local: 'videoId',
      attributes: [{ ns: 'urn:q', local: 'kind', value: 'short' }, { ns: '', local: 'plain', value: ' v ' }], text: 'abc def',
    }]);
  });

  it('caps extensions per element and attributes per extension', () => {
    const attributes = Array.from({ length: 100 }, (_, i) => `a${i}="${i}"`).join(' ');
    const many = Array.from({ length: 5000 }, (_, i) => `<x:e${i} ${i === 0 ? attributes : ''}>t</x:e${i}>`).join('');
    const rss = parseRss(`<rss xmlns:x="urn:x"><channel><item>${many}</item></channel></rss>`);
    const extensions = rss.items[0]!.extensions;
    expect(extensions).toHaveLength(MAX_EXTENSIONS);
    expect(extensions[0]!.attributes).toHaveLength(32);
    expect(extensions[MAX_EXTENSIONS - 1]!.local).toBe(`e${MAX_EXTENSIONS - 1}`);
  });

  it('gives every namespace field null and extensions [] when there is nothing foreign', () => {
    const item = parseRss('<rss><channel><item><title>t</title></item></channel></rss>').items[0]!;
    expect(item).toMatchObject({
      dc: null, dcterms: null, media: null, itunes: null, podcast: null, atom: null, slash: null, wfw: null, sy: null,
      georss: null, thr: null, feedburner: null, creativeCommons: null, extensions: [],
    });
  });

  it("reads an Atom entry's source and an RSS 0.91 channel like the others", () => {
    const atom = parseAtom(`<feed xmlns="http://www.w3.org/2005/Atom" xmlns:i="http://www.itunes.com/dtds/podcast-1.0.dtd"><id>f</id>
      <entry><id>e</id><source><id>s</id><i:author>Source author</i:author></source></entry></feed>`);
    expect(atom.entries[0]!.source?.itunes?.author).toBe('Source author');
    const rss = parseRss(`<rss version="0.91" xmlns:i="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>t</title>
      <i:author>A</i:author><item><title>x</title><i:duration>61</i:duration></item></channel></rss>`);
    expect([rss.itunes?.author, rss.items[0]!.itunes?.duration]).toEqual(['A', 61]);
  });

  it('is meaningful as JSON', () => {
    const rss = parseRss(`<rss xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><item><dc:date>2024-03-08T00:00:00Z</dc:date></item></channel></rss>`);
    expect(JSON.parse(JSON.stringify(rss.items[0])).dc.date).toBe('2024-03-08T00:00:00.000Z');
  });
});
