import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed, parseRss } from '../../src/index.js';
import { variants } from './documents.js';

const fixture = readFileSync(new URL('../../fixtures/rss/podcast-namespaces.xml', import.meta.url), 'utf8');

const CHANNEL = `<itunes:author>Ines Marsh</itunes:author>
<itunes:owner><itunes:name>Tide Tables Ltd</itunes:name><itunes:email>shows@tides.example.org</itunes:email></itunes:owner>
<itunes:image href="art/show.jpg"/><itunes:category text="Science"><itunes:category text="Earth Sciences"/></itunes:category>
<itunes:category text="Education"/><itunes:category>no text attribute</itunes:category><itunes:explicit>clean</itunes:explicit>
<itunes:type>serial</itunes:type><itunes:title>Tide Tables</itunes:title><itunes:summary>Weekly.</itunes:summary>
<itunes:subtitle>Sea</itunes:subtitle><itunes:keywords>sea, tides</itunes:keywords><itunes:complete>Yes</itunes:complete>
<itunes:block>no</itunes:block><itunes:new-feed-url>https://new.example.org/feed.xml</itunes:new-feed-url>`;

const ITEM = `<itunes:duration>1:02:05</itunes:duration><itunes:episode>12</itunes:episode><itunes:season>2</itunes:season>
<itunes:episodeType>full</itunes:episodeType><itunes:image href="https://cdn.example.org/12.jpg"/><itunes:explicit>yes</itunes:explicit>
<itunes:title>Spring</itunes:title><itunes:author>Tom</itunes:author><itunes:summary>Moon.</itunes:summary>
<itunes:subtitle>Moon and sea</itunes:subtitle><itunes:keywords>moon,tide</itunes:keywords><itunes:block>Yes</itunes:block>`;

describe('iTunes (itunes:)', () => {
  for (const v of variants(['itunes'], CHANNEL, ITEM, { options: { baseUrl: 'https://tides.example.org/' } })) {
    it(`reads every show and episode tag: ${v.label}`, () => {
      expect(v.channel.itunes).toEqual({
        author: 'Ines Marsh', owner: { name: 'Tide Tables Ltd', email: 'shows@tides.example.org' },
        image: 'https://tides.example.org/art/show.jpg',
        categories: [{ text: 'Science', subcategories: [{ text: 'Earth Sciences', subcategories: [] }] }, { text: 'Education', subcategories: [] }],
        explicit: false, type: 'serial', title: 'Tide Tables', summary: 'Weekly.', subtitle: 'Sea', keywords: ['sea', 'tides'],
        complete: true, block: false, newFeedUrl: 'https://new.example.org/feed.xml',
      });
      expect(v.item.itunes).toEqual({
        duration: 3725, episode: 12, season: 2, episodeType: 'full', image: 'https://cdn.example.org/12.jpg', explicit: true,
        title: 'Spring', author: 'Tom', summary: 'Moon.', subtitle: 'Moon and sea', keywords: ['moon', 'tide'], block: true,
      });
    });
  }

  it('reads the fixture podcast', () => {
    const channel = parseRss(fixture);
    expect(channel.itunes?.categories.map((c) => c.text)).toEqual(['Science', 'Education']);
    expect(channel.items.map((item) => item.itunes?.duration)).toEqual([3725, 2925, 245]);
    expect(channel.items[2]!.itunes?.episodeType).toBe('trailer');
  });

  it('reads the historical URIs, and never an itunes prefix bound to another URI', () => {
    for (const uri of ['http://example.com/DTDs/PodCast-1.0.dtd', 'https://www.itunes.com/dtds/podcast-1.0.dtd', 'http://www.itunes.com/DTDs/PodCast-1.0.dtd']) {
      const rss = parseRss(`<rss xmlns:it="${uri}"><channel><it:author>A</it:author></channel></rss>`);
      expect(rss.itunes?.author, uri).toBe('A');
    }
    // An episode's itunes:author under the capitalised URI is its author in the unified model.
    const episode = parseFeed(`<rss version="2.0" xmlns:itunes="http://www.itunes.com/DTDs/PodCast-1.0.dtd"><channel><title>Show</title>
<item><title>Episode</title><itunes:author>Host Name</itunes:author><itunes:duration>1:02</itunes:duration></item></channel></rss>`);
    expect(episode.articles[0]!.authors).toEqual(['Host Name']);
    const impostor = parseRss('<rss xmlns:itunes="http://example.org/not-itunes"><channel><itunes:author>A</itunes:author></channel></rss>');
    expect(impostor.itunes).toBeNull();
    expect(impostor.extensions).toEqual([{ ns: 'http://example.org/not-itunes', local: 'author', attributes: [], text: 'A' }]);
  });

  it('leaves out what it cannot read: bad numbers, flags, URLs and category nesting past four levels', () => {
    let categories = '<itunes:category text="L5"/>';
    for (let i = 4; i >= 1; i--) categories = `<itunes:category text="L${i}">${categories}</itunes:category>`;
    const [v] = variants(['itunes'], `${categories}<itunes:image href="javascript:alert(1)"/><itunes:explicit>maybe</itunes:explicit>`,
      '<itunes:duration>1:75:00</itunes:duration><itunes:episode>-3</itunes:episode><itunes:season>two</itunes:season><itunes:block>perhaps</itunes:block>');
    const tree = v!.channel.itunes!.categories[0]!;
    expect(tree.subcategories[0]!.subcategories[0]!.subcategories[0]).toEqual({ text: 'L4', subcategories: [] });
    expect(v!.channel.itunes).toMatchObject({ image: null, explicit: null });
    expect(v!.item.itunes).toMatchObject({ duration: null, episode: null, season: null, block: null });
  });
});
