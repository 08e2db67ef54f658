import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, FeedDocumentError, FeedParseError, parseFeed, type Feed } from '../../src/index.js';
import { sharedRoot } from '../conformance/suite.js';
import { fixture, repoRoot, thrown } from '../helpers.js';

const ATOM = 'http://www.w3.org/2005/Atom';
const atom = (body: string, attrs = '') => `<feed xmlns="${ATOM}" ${attrs}><id>urn:feed</id>${body}</feed>`;
const rss = (body: string) => `<rss version="2.0"><channel>${body}</channel></rss>`;
const json = (fields: object) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [], ...fields });

function checkShape(feed: Feed): void {
  expect(['rss', 'atom', 'json']).toContain(feed.format);
  expect(typeof feed.title).toBe('string');
  for (const article of feed.articles) {
    expect(typeof article.id).toBe('string');
    expect(article.id.length).toBeGreaterThan(0);
    expect(typeof article.content).toBe('string');
    expect(Array.isArray(article.authors) && Array.isArray(article.categories) && Array.isArray(article.attachments)).toBe(true);
  }
}

describe('parseFeed on every feed the project and the shared suites carry', () => {
  const projectFeeds = ['rss', 'atom', 'json'].flatMap((dir) =>
    existsSync(join(repoRoot, 'fixtures', dir)) ? readdirSync(join(repoRoot, 'fixtures', dir)).map((f) => `${dir}/${f}`) : [],
  );
  it.each(projectFeeds.filter((f) => !f.includes('malformed') && !f.includes('broken')))('%s', (path) => {
    const feed = parseFeed(fixture(path));
    checkShape(feed);
    expect(feed.format).toBe(path.startsWith('json') ? 'json' : path.split('/')[0]);
  });

  const sharedFeeds = join(sharedRoot, 'atoma', 'fixtures');
  it.runIf(existsSync(sharedFeeds))('the Atoma suite fixtures that are valid feeds', () => {
    let parsed = 0;
    for (const dir of ['rss', 'atom', 'json_feed']) {
      for (const name of readdirSync(join(sharedFeeds, dir))) {
        if (name.startsWith('broken-')) continue;
        checkShape(parseFeed(new Uint8Array(readFileSync(join(sharedFeeds, dir, name)))));
        parsed++;
      }
    }
    expect(parsed).toBeGreaterThanOrEqual(7);
  });
});

describe('detectFormat and NOT_A_FEED', () => {
  it('detects each kind from the document', () => {
    expect(detectFormat(fixture('rss/sample.xml'))).toBe('rss');
    expect(detectFormat(fixture('atom/prefixed.xml'))).toBe('atom');
    expect(detectFormat(fixture('atom/utf-16le-bom.xml'))).toBe('atom');
    expect(detectFormat(fixture('rss/shift_jis.xml'))).toBe('rss');
    expect(detectFormat(fixture('opml/subscriptions.opml'))).toBe('opml');
    expect(detectFormat(JSON.stringify(json({})))).toBe('json');
    expect(detectFormat('\ufeff  ' + JSON.stringify(json({})))).toBe('json');
    expect(detectFormat('Warning: x in <b>feed.php</b> on line 2<br />\n<?xml version="1.0"?><rss version="2.0"/>')).toBe('rss');
  });

  it('skips prologs as the XML reader does: comments containing "<", PIs, a DOCTYPE with an internal subset', () => {
    const prolog = `<?xml version="1.0"?>
<!-- Maintained by Sam Ruby <rubys@example.org>; see <http://example.org/> -->
<?xml-stylesheet href="feed.xsl" type="text/xsl"?>
<!DOCTYPE rss [ <!ENTITY nbsp "&#160;"> <!-- a <comment> in the subset --> <?pi "quoted > not the end"?> ]>
`;
    expect(detectFormat(`${prolog}<rss version="2.0"><channel/></rss>`)).toBe('rss');
    expect(detectFormat(`${prolog}<feed xmlns="http://www.w3.org/2005/Atom"/>`)).toBe('atom');
    expect(detectFormat('<!-- <feed> --><![CDATA[<rss>]]><opml version="2.0"/>')).toBe('opml');
  });

  it('recognizes RSS 1.0 / 0.90 (rdf:RDF), Atom 0.3, and what lenient parseFeed reads as Atom', () => {
    expect(detectFormat(fixture('rss/rss-1.0.xml'))).toBe('rss');
    expect(detectFormat(fixture('rss/rss-0.90.xml'))).toBe('rss');
    expect(detectFormat('<RDF xmlns="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>')).toBe('rss');
    expect(detectFormat(fixture('atom/atom-0.3.xml'))).toBe('atom');
    expect(detectFormat('<a:feed xmlns:a="http://purl.org/atom/ns#" version="0.3"/>')).toBe('atom');
    expect(detectFormat('<entry xmlns="http://www.w3.org/2005/Atom"><id>e</id></entry>')).toBe('atom');
    expect(detectFormat('<feed><id>no namespace</id></feed>')).toBe('atom');
  });

  it('returns null for what is not a feed', () => {
    expect(detectFormat('<feed xmlns="http://example.com/other"><id>another namespace</id></feed>')).toBeNull();
    expect(detectFormat('<entry><id>no namespace: not an Atom entry</id></entry>')).toBeNull();
    expect(detectFormat('<x:RDF xmlns:x="http://example.com/not-rdf"/>')).toBeNull();
    expect(detectFormat('<!-- unterminated comment <rss version="2.0"/>')).toBeNull();
    expect(detectFormat('<html><body>hello</body></html>')).toBeNull();
    expect(detectFormat('{"name": "package.json"}')).toBeNull();
    expect(detectFormat('plain text')).toBeNull();
    expect(detectFormat(new Uint8Array([0xff, 0x00, 0x12]))).toBeNull();
  });

  it('throws NOT_A_FEED for OPML, other XML and other JSON; FeedParseError for broken feeds in strict mode', () => {
    for (const input of [fixture('opml/subscriptions.opml'), '<html><body/></html>', '{"name":"x"}', { items: [] }]) {
      const error = thrown(() => parseFeed(input));
      expect(error).toBeInstanceOf(FeedDocumentError);
      expect(error.code).toBe('NOT_A_FEED');
    }
    expect(thrown(() => parseFeed('<rss version="2.0"/>', { strict: true }))).toBeInstanceOf(FeedParseError);
    expect(thrown(() => parseFeed(`<feed xmlns="${ATOM}"/>`, { strict: true })).code).toBe('ATOM_NO_ID');
    // Lenient by default: the same faults are warnings.
    expect(parseFeed('<rss version="2.0"/>').warnings.map((w) => w.code)).toEqual(['RSS_NO_CHANNEL']);
    expect(parseFeed(`<feed xmlns="${ATOM}"/>`).warnings).toEqual([
      { code: 'ATOM_NO_ID', message: expect.stringContaining('no <id>'), line: 1, column: 1 },
    ]);
  });
});

describe('feed-level rules', () => {
  it('title falls back to the website link, then the id', () => {
    expect(parseFeed(rss('<link>https://site.example/</link>')).title).toBe('https://site.example/');
    expect(parseFeed(atom('<link href="https://site.example/"/>')).title).toBe('https://site.example/');
    expect(parseFeed(atom('')).title).toBe('urn:feed');
  });

  it('link is the website and feedUrl the feed itself', () => {
    const fromRss = parseFeed(fixture('rss/sample.xml'));
    expect([fromRss.link, fromRss.feedUrl]).toEqual(['https://lighthouse.example.net/', 'https://lighthouse.example.net/feed.xml']);
    const fromAtom = parseFeed(atom('<link rel="self" href="https://s.example/feed"/><link rel="alternate" type="text/html" href="https://s.example/"/>'));
    expect([fromAtom.link, fromAtom.feedUrl]).toEqual(['https://s.example/', 'https://s.example/feed']);
    const fromJson = parseFeed(json({ home_page_url: 'https://j.example/', feed_url: 'https://j.example/feed.json' }));
    expect([fromJson.link, fromJson.feedUrl]).toEqual(['https://j.example/', 'https://j.example/feed.json']);
  });

  it('reads subtitle as plain text, language, image and updatedAt', () => {
    const fromRss = parseFeed(fixture('rss/sample.xml'));
    expect(fromRss).toMatchObject({ language: 'en-gb', image: 'https://lighthouse.example.net/img/logo.png' });
    expect(fromRss.updatedAt?.toISOString()).toBe('2024-03-03T08:05:12.000Z');
    const fromAtom = parseFeed(atom('<subtitle type="html">&lt;b&gt;Bold&lt;/b&gt; words</subtitle><icon>https://a.example/i.png</icon><updated>2024-01-01T00:00:00Z</updated>', 'xml:lang="nl"'));
    expect(fromAtom).toMatchObject({ subtitle: 'Bold words', language: 'nl', image: 'https://a.example/i.png' });
    expect(fromAtom.updatedAt?.toISOString()).toBe('2024-01-01T00:00:00.000Z');
  });
});

describe('article rules', () => {
  it('prefers content:encoded over description, keeping the description as summary', () => {
    const [aurora, storm] = parseFeed(fixture('rss/sample.xml')).articles;
    expect(aurora!.content).toContain('<em>green</em>');
    expect(aurora!.summary).toContain('forty minutes');
    expect(storm!.content).toBe('<p>Gusts of 70 knots, a ferry turned back and the generator held.</p>');
    expect(storm!.summary).toBeNull();
  });

  it('prefers Atom content over summary, and escapes plain text', () => {
    const [both, summaryOnly, textOnly, none] = parseFeed(atom(`
      <entry><id>1</id><summary>Short &amp; plain</summary><content type="html">&lt;p&gt;Long&lt;/p&gt;</content></entry>
      <entry><id>2</id><summary type="html">&lt;i&gt;Only summary&lt;/i&gt;</summary></entry>
      <entry><id>3</id><content>1 &lt; 2 &amp; "q"</content></entry>
      <entry><id>4</id></entry>`)).articles;
    expect([both!.content, both!.summary]).toEqual(['<p>Long</p>', 'Short &amp; plain']);
    expect([summaryOnly!.content, summaryOnly!.summary]).toEqual(['<i>Only summary</i>', null]);
    expect(textOnly!.content).toBe('1 &lt; 2 &amp; &quot;q&quot;');
    expect(none!.content).toBe('');
  });

  it('prefers content_html over content_text in JSON Feed', () => {
    const [html, text] = parseFeed(json({ items: [
      { id: 'a', content_html: '<p>H</p>', content_text: 'T', summary: 'S' },
      { id: 'b', content_text: 'a < b' },
    ] })).articles;
    expect([html!.content, html!.summary]).toEqual(['<p>H</p>', 'S']);
    expect(text!.content).toBe('a &lt; b');
  });

  it('always gives plain-text titles', () => {
    const [entry] = parseFeed(atom('<entry><id>1</id><title type="html">&lt;b&gt;Bold&lt;/b&gt; &amp;amp; co</title></entry><entry><id>2</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">X <em>h</em></div></title></entry>')).articles;
    expect(entry!.title).toBe('Bold & co');
    expect(parseFeed(atom('<entry><id>2</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">X <em>h</em></div></title></entry>')).articles[0]!.title).toBe('X h');
    expect(parseFeed(rss('<item><title>1 &lt; 2</title></item>')).articles[0]!.title).toBe('1 < 2');
  });

  it('always has an id: guid or id, else link, else a stable digest', () => {
    const articles = parseFeed(rss(`<item><guid isPermaLink="false">g1</guid><link>https://a.example/1</link></item>
      <item><link>https://a.example/2</link></item><item><title>Only a title</title></item><item><title>Other title</title></item>`)).articles;
    expect(articles.slice(0, 2).map((a) => a.id)).toEqual(['g1', 'https://a.example/2']);
    expect(articles[2]!.id).toMatch(/^[0-9a-f]{16}$/);
    expect(articles[2]!.id).not.toBe(articles[3]!.id);
    expect(parseFeed(rss('<item><title>Only a title</title></item>')).articles[0]!.id).toBe(articles[2]!.id);
  });

  it('collects authors (the name of an RSS "email (Name)") and categories', () => {
    const [rssArticle] = parseFeed(fixture('rss/sample.xml')).articles;
    expect(rssArticle).toMatchObject({ authors: ['Morag Keeper'], categories: ['Astronomy', 'Photography'] });
    const [atomArticle] = parseFeed(atom('<author><name>F</name></author><entry><id>1</id><category term="t1"/><category term="t2"/></entry>')).articles;
    expect(atomArticle).toMatchObject({ authors: ['F'], categories: ['t1', 't2'] });
    const [jsonArticle] = parseFeed(json({ authors: [{ name: 'Feed author' }], items: [{ id: '1', content_text: 'x', tags: ['a', 'b'] }] })).articles;
    expect(jsonArticle).toMatchObject({ authors: ['Feed author'], categories: ['a', 'b'] });
  });

  it('pairs dates as Atoma does: an entry with only updated is published then', () => {
    const [onlyUpdated, both] = parseFeed(atom(`<entry><id>1</id><updated>2024-02-02T00:00:00Z</updated></entry>
      <entry><id>2</id><published>2024-01-01T00:00:00Z</published><updated>2024-02-02T00:00:00Z</updated></entry>`)).articles;
    expect([onlyUpdated!.publishedAt?.toISOString(), onlyUpdated!.updatedAt?.toISOString()]).toEqual(['2024-02-02T00:00:00.000Z', '2024-02-02T00:00:00.000Z']);
    expect(both!.publishedAt?.toISOString()).toBe('2024-01-01T00:00:00.000Z');
    const [rssArticle] = parseFeed(fixture('rss/sample.xml')).articles;
    expect([rssArticle!.publishedAt?.toISOString(), rssArticle!.updatedAt]).toEqual(['2024-03-02T21:30:00.000Z', null]);
  });

  it('turns enclosures, enclosure links and attachments into attachments named after their file', () => {
    const storm = parseFeed(fixture('rss/sample.xml')).articles[1]!;
    expect(storm.attachments).toEqual([{
      link: 'https://media.lighthouse.example.net/audio/storm-2024-02.mp3', mimeType: 'audio/mpeg', title: 'storm-2024-02.mp3', sizeInBytes: 4718592, durationInSeconds: null,
    }]);
    const entry = parseFeed(atom('<entry><id>1</id><link rel="enclosure" href="https://a.example/ep%201.ogg?x=1" type="audio/ogg" length="99"/><link rel="alternate" href="https://a.example/1"/></entry>')).articles[0]!;
    expect(entry.link).toBe('https://a.example/1');
    expect(entry.attachments).toEqual([{ link: 'https://a.example/ep%201.ogg?x=1', mimeType: 'audio/ogg', title: 'ep 1.ogg', sizeInBytes: 99, durationInSeconds: null }]);
    const item = parseFeed(json({ items: [{ id: '1', content_text: 'x', attachments: [{ url: 'https://j.example/a.mp3', mime_type: 'audio/mpeg', title: 'Episode', size_in_bytes: 10, duration_in_seconds: 60 }] }] })).articles[0]!;
    expect(item.attachments).toEqual([{ link: 'https://j.example/a.mp3', mimeType: 'audio/mpeg', title: 'Episode', sizeInBytes: 10, durationInSeconds: 60 }]);
  });
});
