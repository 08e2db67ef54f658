import { describe, expect, it } from 'vitest';
import { FeedParseError, FeedXmlError, parseFeed, parseRss } from '../../src/index.js';
import { fixture, thrown } from '../helpers.js';

const raw = { sanitize: false } as const;
const rss = (channel: string, attrs = 'version="2.0"') => `<rss ${attrs}><channel>${channel}</channel></rss>`;

describe('parseRss on the RSS 2.0 specification sample', () => {
  const channel = parseRss(fixture('rss/rss2-spec-sample.xml'), raw);

  it('reads the channel', () => {
    expect(channel).toMatchObject({
      title: 'Liftoff News',
      link: 'http://liftoff.msfc.nasa.gov/',
      description: 'Liftoff to Space Exploration.',
      language: 'en-us',
      managingEditor: 'editor@example.com',
      webMaster: 'webmaster@example.com',
      generator: 'Weblog Editor 2.0',
      docs: 'http://blogs.law.harvard.edu/tech/rss',
      copyright: null,
      ttl: null,
      image: null,
      categories: [],
      contentEncoded: null,
    });
    expect(channel.pubDate?.toISOString()).toBe('2003-06-10T04:00:00.000Z');
    expect(channel.lastBuildDate?.toISOString()).toBe('2003-06-10T09:41:01.000Z');
  });

  it('reads the items, decoding escaped HTML once', () => {
    expect(channel.items).toHaveLength(4);
    const [first, second] = channel.items;
    expect(first).toMatchObject({
      title: 'Star City',
      link: 'http://liftoff.msfc.nasa.gov/news/2003/news-starcity.asp',
      guid: 'http://liftoff.msfc.nasa.gov/2003/06/03.html#item573',
      author: null,
      comments: null,
      enclosures: [],
      source: null,
    });
    expect(first!.description).toContain(`Russia's <a href="http://howe.iki.rssi.ru/GCTC/gctc_e.htm">Star City</a>.`);
    expect(first!.pubDate?.toISOString()).toBe('2003-06-03T09:39:21.000Z');
    // No <link>, no isPermaLink, and an absolute http guid: the guid is the link.
    expect(second).toMatchObject({ title: null, link: 'http://liftoff.msfc.nasa.gov/2003/05/30.html#item572' });
  });
});

describe('parseRss on the bundled blog feed', () => {
  const channel = parseRss(fixture('rss/sample.xml'));

  it('reads every channel element', () => {
    expect(channel).toMatchObject({
      title: 'The Lighthouse Log',
      language: 'en-gb',
      copyright: '© 2024 The Lighthouse Log',
      ttl: 60,
      categories: [
        { name: 'Astronomy', domain: 'https://lighthouse.example.net/topics' },
        { name: 'Weather', domain: null },
      ],
      image: {
        url: 'https://lighthouse.example.net/img/logo.png',
        title: 'The Lighthouse Log',
        link: 'https://lighthouse.example.net/',
        width: 120,
        height: 60,
        description: null,
      },
    });
  });

  it('reads enclosures, comments, authors and permalink guids', () => {
    const [aurora, storm, note] = channel.items;
    expect(aurora).toMatchObject({
      author: 'keeper@lighthouse.example.net (Morag Keeper)',
      comments: 'https://lighthouse.example.net/2024/03/aurora/#comments',
      categories: [{ name: 'Astronomy', domain: null }, { name: 'Photography', domain: null }],
    });
    expect(storm!.enclosures).toEqual([
      { url: 'https://media.lighthouse.example.net/audio/storm-2024-02.mp3', length: 4718592, type: 'audio/mpeg' },
    ]);
    expect(storm!.link).toBe('https://lighthouse.example.net/2024/02/storm/');
    expect(note).toMatchObject({ title: null, link: 'https://lighthouse.example.net/notes/swallows' });
  });

  it('sanitizes content:encoded by default', () => {
    expect(channel.items[0]!.contentEncoded).toContain('<em>green</em>');
    expect(channel.items[0]!.contentEncoded).not.toContain('<script');
  });
});

describe('versions and structure', () => {
  it('accepts 2.0, its variants, 0.91–0.94 and no version', () => {
    for (const attrs of ['version="2.0"', 'version="2.01"', 'version="2.0.1"', 'version=" 2.0 "', 'version="0.91"', 'version="0.92"', 'version="0.93"', 'version="0.94"', '']) {
      expect(parseRss(rss('<title>v</title>', attrs)).title).toBe('v');
    }
    const netscape = parseRss(fixture('rss/rss-091.xml'));
    expect(netscape.items.map((i) => i.link)).toEqual(['http://writetheweb.com/read.php?item=24', 'http://writetheweb.com/read.php?item=23']);
    expect(netscape.image).toMatchObject({ width: 88, height: 31 });
  });

  it('rejects other versions with RSS_VERSION', () => {
    for (const version of ['1.0', '0.90', '3.0', 'banana']) {
      const error = thrown(() => parseRss(rss('', `version="${version}"`)));
      expect(error).toBeInstanceOf(FeedParseError);
      expect(error.code).toBe('RSS_VERSION');
    }
  });

  it('rejects a document without <channel> with RSS_NO_CHANNEL, and other roots with RSS_NOT_RSS', () => {
    expect(thrown(() => parseRss('<rss version="2.0"><item/></rss>')).code).toBe('RSS_NO_CHANNEL');
    const atom = thrown(() => parseRss('<feed xmlns="http://www.w3.org/2005/Atom"><id>x</id></feed>'));
    expect(atom).toBeInstanceOf(FeedParseError);
    expect(atom.code).toBe('RSS_NOT_RSS');
  });

  it('reads an <rss> put in a default namespace as if it had none', () => {
    for (const ns of ['http://backend.userland.com/rss2', 'https://cyber.harvard.edu/rss/rss.html']) {
      const doc = `<rss xmlns="${ns}" version="2.0"><channel><title>Harbour news</title>`
        + '<link>https://harbour.example/</link><description>d</description>'
        + '<item><title>Tides</title><guid>https://harbour.example/tides</guid></item></channel></rss>';
      const channel = parseRss(doc);
      expect(channel.title).toBe('Harbour news');
      expect(channel.items.map((item) => [item.title, item.link])).toEqual([['Tides', 'https://harbour.example/tides']]);
      expect(parseFeed(doc).articles.map((article) => article.title)).toEqual(['Tides']);
    }
  });

  it('does not take an Atom feed whose root is named rss for RSS', () => {
    expect(thrown(() => parseRss('<rss xmlns="http://www.w3.org/2005/Atom"><channel/></rss>')).code).toBe('RSS_NOT_RSS');
  });

  it('throws FeedXmlError with a position for malformed XML', () => {
    const error = thrown(() => parseRss(fixture('rss/malformed-mismatch.xml')));
    expect(error).toBeInstanceOf(FeedXmlError);
    expect([error.code, error.line, error.column]).toEqual(['XML_MALFORMED', 6, 22]);
  });
});

describe('content:encoded is found by namespace, never by prefix', () => {
  const channel = parseRss(fixture('rss/content-prefix.xml'), raw);

  it('reads content:encoded under any prefix bound to the content module', () => {
    expect(channel.items.map((i) => i.contentEncoded)).toEqual([
      '<p>Real <strong>content</strong></p>',
      '<p>Escaped &amp; declared late</p>',
    ]);
  });
});

describe('encodings', () => {
  it('reads windows-1252 bytes with WHATWG curly quotes, euro and dashes', () => {
    const channel = parseRss(fixture('rss/windows-1252.xml'));
    expect(channel.title).toBe('Café \u201cquotes\u201d');
    expect(channel.items[0]!.title).toBe('Price: €5 — cheap');
    expect(channel.items[0]!.description).toBe('It\u2019s … fine');
  });

  it('reads ISO-8859-1-labelled bytes as windows-1252', () => {
    const channel = parseRss(fixture('rss/iso-8859-1.xml'));
    expect(channel.title).toBe('Naïve résumé');
    expect(channel.items[0]!.title).toBe('\u201cSmart\u201d — €');
  });

  it('reads Shift_JIS bytes', () => {
    const channel = parseRss(fixture('rss/shift_jis.xml'));
    expect(channel.title).toBe('日本語のフィード');
    expect(channel.items[0]!.title).toBe('ニュース記事');
  });

  it('gives the same result for a string and its UTF-8 bytes', () => {
    const text = new TextDecoder().decode(fixture('rss/sample.xml'));
    expect(JSON.stringify(parseRss(text))).toBe(JSON.stringify(parseRss(fixture('rss/sample.xml'))));
  });
});

describe('hostile and sloppy documents', () => {
  it('parses a billion-laughs document quickly, leaving its references inert', () => {
    const started = performance.now();
    const channel = parseRss(fixture('rss/billion-laughs.xml'), raw);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(channel.title).toBe('&lol9;');
    expect(channel.description).toBe('&xxe;');
    expect(channel.items[0]!.description).toBe('Still & only decoded once: &amp;');
  });

  it('tolerates bare ampersands and decodes HTML entities real feeds use', () => {
    const channel = parseRss(fixture('rss/bare-ampersand.xml'), raw);
    expect(channel.title).toBe('Salt & Pepper \u00a0Kitchen');
    expect(channel.link).toBe('https://kitchen.example.com/?a=1&b=2');
    expect(channel.description).toBe('Recipes & stories été — &unknown; © ☃');
    expect(channel.items[0]).toMatchObject({ title: 'Fish & chips &amp chips', link: 'https://kitchen.example.com/fish?x=1&y=2' });
  });

  it('keeps unescaped HTML written inside a description', () => {
    const channel = parseRss(rss('<item><description><p>Hello<br>world <b>bold</description></item>'), raw);
    expect(channel.items[0]!.description).toBe('<p>Hello<br />world <b>bold</b></p>');
  });
});

describe('items', () => {
  const item = (xml: string) => parseRss(rss(`<item>${xml}</item>`), raw).items[0]!;

  it('falls back from link to guid only for permalinks', () => {
    expect(item('<guid isPermaLink="true">https://a.example/1</guid>').link).toBe('https://a.example/1');
    expect(item('<guid>https://a.example/2</guid>').link).toBe('https://a.example/2');
    expect(item('<guid isPermaLink="false">https://a.example/3</guid>').link).toBeNull();
    expect(item('<guid>tag:a.example,2024:4</guid>').link).toBeNull();
    expect(item('<guid>https://a.example/5</guid><link>https://a.example/own</link>').link).toBe('https://a.example/own');
  });

  it('reads enclosures, leaving out those without url and nulling bad lengths', () => {
    expect(item(`<enclosure url="https://a.example/a.mp3" length="-5" type="audio/mpeg"/>
      <enclosure length="10" type="audio/mpeg"/><enclosure url="https://a.example/b.mp3" length="12.5"/>
      <enclosure url="https://a.example/c.mp3" length=" 42 "/>`).enclosures).toEqual([
      { url: 'https://a.example/a.mp3', length: null, type: 'audio/mpeg' },
      { url: 'https://a.example/b.mp3', length: null, type: null },
      { url: 'https://a.example/c.mp3', length: 42, type: null },
    ]);
  });

  it('reads source, categories with domain and empty elements as null', () => {
    expect(item('<source url="https://s.example/rss">Source</source><category domain="d">c</category><title>  </title><author/>')).toMatchObject({
      source: { title: 'Source', url: 'https://s.example/rss' },
      categories: [{ name: 'c', domain: 'd' }],
      title: null,
      author: null,
    });
  });

  it('leaves out an image without url and resolves relative URLs against baseUrl', () => {
    const channel = parseRss(
      rss('<link>/home</link><image><link>/</link></image><item><link>post/1</link><enclosure url="a.mp3"/></item>'),
      { baseUrl: 'https://base.example/feeds/rss.xml' },
    );
    expect(channel.image).toBeNull();
    expect(channel.link).toBe('https://base.example/home');
    expect(channel.items[0]!.link).toBe('https://base.example/feeds/post/1');
    expect(channel.items[0]!.enclosures[0]!.url).toBe('https://base.example/feeds/a.mp3');
  });

  it('drops javascript: URLs from link fields', () => {
    const channel = parseRss(rss('<link>javascript:alert(1)</link><item><link> JaVaScRiPt:alert(1)</link></item>'), raw);
    expect(channel.link).toBeNull();
    expect(channel.items[0]!.link).toBeNull();
  });
});
