// parseFeed draws on the namespace fields when the core elements are silent (docs/namespaces.md).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed, parseRss } from '../../src/index.js';

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
const rss = (channel: string, item: string) => parseFeed(`<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:dcterms="http://purl.org/dc/terms/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
  xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>t</title>${channel}<item>${item}</item></channel></rss>`);

describe('parseFeed and the namespaces', () => {
  it('a podcast: show image, authors, hubs, next page; episode durations in every form and images', () => {
    const feed = parseFeed(fixture('rss/podcast-namespaces.xml'));
    expect(feed).toMatchObject({
      image: 'https://cdn.tides.example.org/art/show-3000.jpg', authors: ['Ines Marsh'], feedUrl: 'https://tides.example.org/feed.xml',
      hubs: ['https://pubsub.example.net/'], nextPageUrl: 'https://tides.example.org/feed.xml?page=2',
    });
    expect(feed.articles.map((a) => a.attachments.map((x) => x.durationInSeconds))).toEqual([[3725], [2925], [245]]);
    expect(feed.articles[0]!.image).toBe('https://cdn.tides.example.org/art/12.jpg');
    expect(feed.articles[0]!.authors).toEqual(['Ines Marsh and Tom Reef']);
    // An episode with no description: itunes:summary, escaped, is its content.
    expect(feed.articles[1]!.content).toBe('Half moon, small tides: the quiet weeks.');
  });

  it('Media RSS: group contents as attachments, images as the article image, HTML media:description as content', () => {
    const [fog, gulls, sounds] = parseFeed(fixture('rss/media-rss.xml')).articles;
    expect(fog!.attachments.map((a) => [a.link, a.mimeType, a.sizeInBytes, a.durationInSeconds])).toEqual([
      ['https://cdn.photos.example.com/fog/1080.mp4', 'video/mp4', 53477376, 95],
      ['https://cdn.photos.example.com/fog/480.mp4', 'video/mp4', 10695475, 95],
    ]);
    expect(fog!.image).toBe('https://cdn.photos.example.com/fog/thumb.jpg');
    expect(fog!.content).toBe('<p>Morning fog, <b>8 March</b>.</p>');
    expect(fog!.authors).toEqual(['Ana Lind']);
    expect(fog!.publishedAt).toEqual(new Date('2024-03-08T06:15:00Z'));
    // The media:content image is the picture; the enclosure stays an attachment.
    expect(gulls!.image).toBe('https://cdn.photos.example.com/gulls/2048.jpg');
    expect(gulls!.attachments.map((a) => a.link)).toEqual(['https://cdn.photos.example.com/gulls/raw.dng']);
    // The same URL as enclosure and media:content is one attachment, with the duration of the second.
    expect(sounds!.attachments).toEqual([{
      link: 'https://cdn.photos.example.com/sounds.mp3', mimeType: 'audio/mpeg', title: 'sounds.mp3', sizeInBytes: 3145728, durationInSeconds: 188,
    }]);
    expect(sounds!.content).toBe('Ten minutes of halyards, gulls and diesel.');
  });

  it('a blog: dc:creator authors, dc:date and dcterms dates, atom:updated for the feed', () => {
    const feed = parseFeed(fixture('rss/blog-namespaces.xml'));
    expect(feed).toMatchObject({ authors: ['Harbour Master'], updatedAt: new Date('2024-03-09T10:00:00Z'), hubs: ['https://quay.superfeedr.example.com/'] });
    const [dredging, pilots] = feed.articles;
    expect(dredging).toMatchObject({
      authors: ['Morag Keeper', 'Sam Pilot'], publishedAt: new Date('2024-03-08T17:30:00Z'), updatedAt: new Date('2024-03-09T08:00:00Z'),
    });
    expect(pilots).toMatchObject({ authors: ['Harbour Master'], publishedAt: new Date('2024-03-07T12:00:00Z'), updatedAt: null });
  });

  it('RSS 1.0: dc:creator authors, dc:date dates, dc:subject categories, content:encoded, unknown modules as extensions', () => {
    const feed = parseFeed(fixture('rss/rdf-namespaces.xml'));
    expect(feed).toMatchObject({ authors: ['Pier Editors'], updatedAt: new Date('2024-03-09T08:00:00Z') });
    expect(feed.articles.map((a) => [a.authors, a.publishedAt, a.categories])).toEqual([
      [['Morag Keeper'], new Date('2024-03-08T17:30:00Z'), ['harbour']],
      [['Sam Pilot'], new Date('2024-03-07T09:00:00Z'), []],
    ]);
    expect(feed.articles[0]!.content).toBe('<p>Six <em>new</em> buoys mark the channel.</p>');
    const channel = parseRss(fixture('rss/rdf-namespaces.xml'));
    expect(channel.sy).toEqual({ updatePeriod: 'hourly', updateFrequency: 1, updateBase: new Date('1970-01-01T00:00:00Z') });
    expect(channel.items[0]!.slash).toEqual({ section: 'news', department: 'more-lights-please', comments: 7, hitParade: [] });
    expect(channel.items[0]!.extensions.map((e) => [e.ns, e.local])).toEqual([['http://purl.org/rss/1.0/modules/taxonomy/', 'topics']]);
  });

  it("YouTube's Atom: media:description is the content, the thumbnail the image", () => {
    const [video] = parseFeed(fixture('atom/youtube-media.xml')).articles;
    expect(video!.content).toBe('A 300-metre container ship comes in on the morning tide.\nFilmed from the lighthouse.');
    expect(video!.image).toBe('https://i1.ytimg.com/vi/dQw4harbour/hqdefault.jpg');
    expect(video!.summary).toBeNull();
  });

  it('precedence: the core element first, then dc, then itunes; RSS "email (Name)" forms give the name', () => {
    const both = rss('', '<author>jo@e.org (Jo Doe)</author><dc:creator>Dee</dc:creator><itunes:author>Ita</itunes:author>');
    expect(both.articles[0]!.authors).toEqual(['Jo Doe']);
    expect(rss('', '<dc:creator>Dee</dc:creator><itunes:author>Ita</itunes:author>').articles[0]!.authors).toEqual(['Dee']);
    expect(rss('', '<itunes:author>Ita</itunes:author>').articles[0]!.authors).toEqual(['Ita']);
    expect(rss('', '<author>Jo Doe &lt;jo@e.org&gt;</author>').articles[0]!.authors).toEqual(['Jo Doe']);
    expect(rss('', '<author>jo@e.org</author>').articles[0]!.authors).toEqual(['jo@e.org']);
    // The quoted mailbox form: the quotes delimit the display name, they are not part of it.
    expect(rss('', '<author>"Doe, Jo" &lt;jo@e.org&gt;</author>').articles[0]!.authors).toEqual(['Doe, Jo']);
    expect(rss('', '<dc:creator>"Jo" &lt;jo@e.org&gt;</dc:creator>').articles[0]!.authors).toEqual(['Jo']);
    expect(rss('', '<author>"Jo Doe"</author>').articles[0]!.authors).toEqual(['"Jo Doe"']);
    expect(rss('<managingEditor>ed@e.org (Ed)</managingEditor><itunes:author>Ita</itunes:author>', '').authors).toEqual(['Ed']);
    // A channel <author> (not RSS, but written by some generators) after managingEditor, before the namespaces.
    expect(rss('<author>Chan Author &lt;ca@e.org&gt;</author><dc:creator>Dee</dc:creator>', '').authors).toEqual(['Chan Author']);
    expect(rss('<managingEditor>ed@e.org (Ed)</managingEditor><author>Chan</author>', '').authors).toEqual(['Ed']);
    expect(rss('', '<author>Item only</author>').authors).toEqual([]);
  });

  it('a channel without title, link or language takes dc:title, atom:link rel="alternate" and dc:language', () => {
    const doc = (channel: string) => parseFeed(`<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:atom="http://www.w3.org/2005/Atom"><channel>${channel}<item><title>One</title></item></channel></rss>`);
    const filled = doc(`<dc:title>Harbour Log</dc:title><dc:language>en-GB</dc:language>
  <atom:link rel="self" href="https://h.example/feed.xml"/><atom:link rel="alternate" type="text/html" href="https://h.example/"/>`);
    expect([filled.title, filled.link, filled.feedUrl, filled.language]).toEqual(['Harbour Log', 'https://h.example/', 'https://h.example/feed.xml', 'en-GB']);
    // The core elements win.
    const core = doc(`<title>Core</title><link>https://core.example/</link><language>fr</language><dc:title>DC</dc:title>
  <dc:language>en</dc:language><atom:link rel="alternate" href="https://other.example/"/>`);
    expect([core.title, core.link, core.language]).toEqual(['Core', 'https://core.example/', 'fr']);
    // xml:lang on the root or the channel is the language of last resort.
    const lang = (root: string, channel: string) =>
      parseFeed(`<rss version="2.0"${root}><channel${channel}><title>t</title></channel></rss>`).language;
    expect([lang(' xml:lang="en-US"', ''), lang('', ' xml:lang="de"'), lang(' xml:lang="en"', ' xml:lang=""'), lang('', '')]).toEqual(['en-US', 'de', null, null]);
    // With neither a title nor dc:title, the title falls back to the (alternate) link.
    expect(doc('<atom:link rel="alternate" href="https://h.example/"/>').title).toBe('https://h.example/');
  });

  it('precedence of dates: pubDate, then dc:date, then dcterms:issued; updated from atom:updated, then dcterms:modified', () => {
    const a = rss('', '<pubDate>Fri, 08 Mar 2024 10:00:00 GMT</pubDate><dc:date>2020-01-01T00:00:00Z</dc:date>').articles[0]!;
    expect(a.publishedAt).toEqual(new Date('2024-03-08T10:00:00Z'));
    const b = rss('', '<dcterms:issued>2021-01-01T00:00:00Z</dcterms:issued><dcterms:modified>2022-01-01T00:00:00Z</dcterms:modified>').articles[0]!;
    expect([b.publishedAt, b.updatedAt]).toEqual([new Date('2021-01-01T00:00:00Z'), new Date('2022-01-01T00:00:00Z')]);
    const c = rss('', '<atom:updated>2023-01-01T00:00:00Z</atom:updated><dcterms:modified>2022-01-01T00:00:00Z</dcterms:modified>').articles[0]!;
    expect([c.publishedAt, c.updatedAt]).toEqual([new Date('2023-01-01T00:00:00Z'), new Date('2023-01-01T00:00:00Z')]);
  });

  it('titles from media:title, itunes:title or dc:title when the item has none; dc:subject among the categories', () => {
    expect(rss('', '<media:group><media:title>From media</media:title></media:group><itunes:title>It</itunes:title>').articles[0]!.title).toBe('From media');
    expect(rss('', '<itunes:title>It</itunes:title><dc:title>Dc</dc:title>').articles[0]!.title).toBe('It');
    expect(rss('', '<title>Core</title><dc:title>Dc</dc:title>').articles[0]!.title).toBe('Core');
    const article = rss('', '<category>Tides</category><dc:subject>Ships</dc:subject><dc:subject>Tides</dc:subject>').articles[0]!;
    expect(article.categories).toEqual(['Tides', 'Ships']);
  });

  it('precedence of images: the RSS image before itunes:image; media:thumbnail before itunes:image for articles', () => {
    const feed = rss('<image><url>https://e.org/rss.png</url><link>https://e.org/</link></image><itunes:image href="https://e.org/it.png"/>',
      '<itunes:image href="https://e.org/it-item.png"/><media:thumbnail url="https://e.org/thumb.png"/>');
    expect(feed.image).toBe('https://e.org/rss.png');
    expect(feed.articles[0]!.image).toBe('https://e.org/thumb.png');
    const podcast = parseFeed(`<rss xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><title>t</title>
      <podcast:images srcset="https://e.org/show-1500.jpg 1500w"/><item><podcast:images srcset="https://e.org/ep.jpg 600w"/></item></channel></rss>`);
    expect([podcast.image, podcast.articles[0]!.image]).toEqual(['https://e.org/show-1500.jpg', 'https://e.org/ep.jpg']);
    const enclosureOnly = rss('', '<enclosure url="https://e.org/pic.png" type="image/png" length="10"/>');
    expect(enclosureOnly.articles[0]!.image).toBe('https://e.org/pic.png');
  });

  it('Dublin Core fills a silent channel and item: dc:title, dc:description (text, escaped as content)', () => {
    const rdf = parseFeed(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
      xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://tides.example.org/">
      <dc:title>Tide Tables</dc:title><dc:description>High and low water, daily</dc:description><dc:language>en-GB</dc:language></channel>
      <item rdf:about="https://tides.example.org/12"><title>Spring tide</title><dc:description>Range &lt; 5 m &amp; rising</dc:description></item>
      </rdf:RDF>`);
    expect([rdf.title, rdf.subtitle, rdf.language]).toEqual(['Tide Tables', 'High and low water, daily', 'en-GB']);
    expect(rdf.articles[0]!.content).toBe('Range &lt; 5 m &amp; rising');
    // The core elements come first; dc:description comes before media:description.
    const core = rss('<description>Core &lt;b&gt;text&lt;/b&gt;</description><dc:title>Dc</dc:title><dc:description>Dc text</dc:description>'
      + '<language>fr</language><dc:language>de</dc:language>', '<description>Item body</description><dc:description>Dc body</dc:description>');
    expect([core.title, core.subtitle, core.language, core.articles[0]!.content]).toEqual(['t', 'Core text', 'fr', 'Item body']);
    const media = rss('', '<dc:description>Dc body</dc:description><media:description>Media body</media:description>');
    expect(media.articles[0]!.content).toBe('Dc body');
    const atom = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"><id>f</id>
      <dc:title>Harbour log</dc:title><dc:description>Ships in and out</dc:description><dc:language>nl</dc:language></feed>`);
    expect([atom.title, atom.subtitle, atom.language]).toEqual(['Harbour log', 'Ships in and out', 'nl']);
  });

  it("a podcast without a channel description: itunes:subtitle, else itunes:summary, is the feed's subtitle", () => {
    expect(rss('<itunes:summary>Long text</itunes:summary><itunes:subtitle>Short text</itunes:subtitle>', '').subtitle).toBe('Short text');
    expect(rss('<itunes:summary>Long text</itunes:summary>', '').subtitle).toBe('Long text');
    expect(rss('<dc:description>Dc text</dc:description><itunes:subtitle>Short text</itunes:subtitle>', '').subtitle).toBe('Dc text');
    expect(rss('<description>Core</description><itunes:subtitle>Short text</itunes:subtitle>', '').subtitle).toBe('Core');
  });

  it('iTunes artwork written with a url attribute, or as the first specification\'s itunes:link rel="image"', () => {
    const slip = rss('<itunes:image url="https://e.org/show.png"/>', '<itunes:image url="https://e.org/ep.png"/>');
    expect([slip.image, slip.articles[0]!.image]).toEqual(['https://e.org/show.png', 'https://e.org/ep.png']);
    const old = rss('<itunes:link rel="image" type="image/jpeg" href="https://e.org/old.jpg">show</itunes:link>',
      '<itunes:link rel="image" href="https://e.org/old-ep.jpg"/>');
    expect([old.image, old.articles[0]!.image]).toEqual(['https://e.org/old.jpg', 'https://e.org/old-ep.jpg']);
    // href wins over url; an itunes:link with another rel is no artwork; unsafe URLs stay out.
    expect(rss('<itunes:image url="https://e.org/u.png" href="https://e.org/h.png"/>', '').image).toBe('https://e.org/h.png');
    expect(rss('<itunes:link rel="enclosure" href="https://e.org/x.mp3"/>', '').image).toBeNull();
    expect(rss('<itunes:image url="javascript:alert(1)"/>', '').image).toBeNull();
  });

  it("Atom: an entry's own dc:creator comes before the feed's inherited author", () => {
    const feed = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"><id>f</id>
      <author><name>Feed</name></author><entry><id>1</id><dc:creator>Dee</dc:creator></entry><entry><id>2</id></entry>
      <entry><id>3</id><author><name>Own</name></author><dc:creator>Dee</dc:creator></entry></feed>`);
    expect(feed.articles.map((a) => a.authors)).toEqual([['Dee'], ['Feed'], ['Own']]);
  });

  it("Atom's out-of-line content: a media file is an attachment, a page the link when there is none", () => {
    const feed = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><id>f</id><title>t</title>
      <entry><id>1</id><content type="video/mp4" src="https://e.org/tide.mp4"/><summary>Low water</summary></entry>
      <entry><id>2</id><link rel="enclosure" type="video/mp4" href="https://e.org/tide.mp4"/><content type="video/mp4" src="https://e.org/tide.mp4"/></entry>
      <entry><id>3</id><content type="text/html" src="https://e.org/3.html"/></entry>
      <entry><id>4</id><link href="https://e.org/4"/><content type="html" src="https://e.org/4.html"/></entry></feed>`);
    const [media, duplicate, page, linked] = feed.articles;
    expect(media!.attachments).toEqual([{ link: 'https://e.org/tide.mp4', mimeType: 'video/mp4', title: 'tide.mp4', sizeInBytes: null, durationInSeconds: null }]);
    expect([media!.link, media!.content]).toEqual([null, 'Low water']);
    expect(duplicate!.attachments.map((a) => a.link)).toEqual(['https://e.org/tide.mp4']);
    expect([page!.link, page!.attachments]).toEqual(['https://e.org/3.html', []]);
    expect(linked!.link).toBe('https://e.org/4');
  });

  it('JSON Feed: image, authors and next page from its own fields', () => {
    const feed = parseFeed({
      version: 'https://jsonfeed.org/version/1.1', title: 't', next_url: 'https://e.org/2.json', authors: [{ name: 'A' }],
      items: [{ id: '1', content_text: 'x', image: 'https://e.org/i.png' }],
    });
    expect(feed).toMatchObject({ authors: ['A'], hubs: [], nextPageUrl: 'https://e.org/2.json' });
    expect(feed.articles[0]!.image).toBe('https://e.org/i.png');
  });
});
