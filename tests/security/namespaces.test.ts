// Hostile namespace content: huge counts, wrong shapes, script URLs and deep nesting stay within
// bounded time and memory and give safe values.
import { describe, expect, it } from 'vitest';
import { parseAtom, parseFeed, parseRss } from '../../src/index.js';
import { isScriptUrl } from '../fuzz/harness.mjs';
import { survived } from './bounds.js';

const NS = 'xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
  + 'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0" '
  + 'xmlns:georss="http://www.georss.org/georss" xmlns:x="urn:unknown"';

describe('hostile namespace content', () => {
  it('a hundred thousand media:content, dc:creator and unknown elements in one item: linear, bounded', () => {
    const many = (s: string) => s.repeat(100_000);
    const doc = `<rss ${NS}><channel><item>${many('<media:content url="https://e.org/a.mp4" duration="5"/>')}${many('<dc:creator>A</dc:creator>')}
      ${many('<x:y a="1">t</x:y>')}<itunes:duration>1:00</itunes:duration></item></channel></rss>`;
    const feed = survived(() => parseFeed(doc), { cpuMs: 6000, retainedMb: 200 });
    const article = feed.articles[0]!;
    // The same URL a hundred thousand times is one attachment.
    expect(article.attachments).toHaveLength(1);
    expect(article.authors).toHaveLength(100_000);
  });

  it('GeoRSS with a million coordinates and category trees nested to the depth limit stay bounded', () => {
    const coordinates = '1 2 '.repeat(500_000);
    let categories = '';
    for (let i = 0; i < 250; i++) categories = `<itunes:category text="c${i}">${categories}</itunes:category>`;
    const doc = `<rss ${NS}><channel>${categories}<item><georss:line>${coordinates}</georss:line></item></channel></rss>`;
    const rss = survived(() => parseRss(doc), { cpuMs: 4000, retainedMb: 200 });
    expect(rss.items[0]!.georss?.line).toHaveLength(500_000);
    let depth = 0;
    for (let c = rss.itunes!.categories[0]; c !== undefined; c = c.subcategories[0]) depth++;
    expect(depth).toBe(4);
  });

  it('media:group nested to the depth limit: one level read, no recursion', () => {
    let nested = '<media:content url="https://e.org/deep.mp4"/>';
    for (let i = 0; i < 250; i++) nested = `<media:group>${nested}</media:group>`;
    const rss = survived(() => parseRss(`<rss ${NS}><channel><item>${nested}</item></channel></rss>`), { cpuMs: 1000 });
    expect(rss.items[0]!.media?.groups).toHaveLength(1);
  });

  it('wrong shapes: markup where text is expected, attributes where elements are, empty values', () => {
    const doc = `<rss ${NS}><channel><itunes:owner>just text</itunes:owner><itunes:image>art.jpg</itunes:image>
      <podcast:value><podcast:valueRecipient/></podcast:value><podcast:locked><b>yes</b></podcast:locked>
      <item><itunes:duration><b>1</b>:<i>00</i></itunes:duration><itunes:episode>1.5</itunes:episode><media:content/>
      <media:thumbnail/><dc:date><dc:date>2024</dc:date></dc:date><podcast:soundbite startTime="-1" duration="5"/>
      <podcast:images srcset=",,, ,"/><media:community><media:starRating average="NaN" count="1e9"/></media:community></item></channel></rss>`;
    const rss = parseRss(doc, { baseUrl: 'https://e.org/' });
    expect(rss.itunes).toMatchObject({ owner: null, image: 'https://e.org/art.jpg' });
    expect(rss.podcast).toMatchObject({ value: { recipients: [] }, locked: { locked: true, owner: null } });
    const item = rss.items[0]!;
    expect(item.itunes).toMatchObject({ duration: 60, episode: null });
    expect(item.media).toMatchObject({ contents: [expect.objectContaining({ url: null })], thumbnails: [] });
    expect(item.media!.community!.starRating).toEqual({ average: null, count: null, min: null, max: null });
    expect(item.dc?.date).toEqual(new Date('2024-01-01T00:00:00Z'));
    expect(item.podcast).toMatchObject({ soundbites: [], images: [] });
  });

  it('script URLs in every namespace URL field are dropped, in RSS and Atom', () => {
    const bad = 'javascript:alert(1)';
    const urls = `<media:content url="${bad}"/><media:thumbnail url="${bad}"/><media:player url="${bad}"/><itunes:image href="${bad}"/>
      <podcast:transcript url="${bad}"/><podcast:chapters url="${bad}"/><podcast:person href="${bad}" img="${bad}">P</podcast:person>
      <podcast:license url="${bad}">l</podcast:license><podcast:alternateEnclosure><podcast:source uri="${bad}"/></podcast:alternateEnclosure>`;
    const rss = parseRss(`<rss ${NS}><channel><item>${urls}</item></channel></rss>`);
    const atom = parseAtom(`<feed xmlns="http://www.w3.org/2005/Atom" ${NS}><id>f</id><entry><id>e</id>${urls}</entry></feed>`);
    for (const item of [rss.items[0]!, atom.entries[0]!]) {
      const json = JSON.stringify(item);
      expect(json).not.toContain('javascript');
      expect(item.podcast?.persons[0]).toMatchObject({ href: null, img: null });
    }
    const feed = parseFeed(`<rss ${NS}><channel><item>${urls}</item></channel></rss>`);
    for (const a of feed.articles[0]!.attachments) expect(isScriptUrl(a.link)).toBe(false);
    expect(feed.articles[0]!.image).toBeNull();
  });
});
