import { describe, expect, it } from 'vitest';
import { FeedParseError, parseAtom } from '../../src/index.js';
import { fixture, thrown } from '../helpers.js';

const raw = { sanitize: false } as const;
const ATOM = 'http://www.w3.org/2005/Atom';
const feed = (body: string, attrs = '') => `<feed xmlns="${ATOM}" ${attrs}><id>urn:x:feed</id>${body}</feed>`;

describe('parseAtom', () => {
  it('reads a feed whose Atom elements carry a prefix, ignoring same-named foreign elements', () => {
    const parsed = parseAtom(fixture('atom/prefixed.xml'), raw);
    expect(parsed).toMatchObject({
      title: { type: 'text', lang: null, value: 'Prefixed Atom' },
      id: 'tag:prefixed.example.org,2024:feed',
      authors: [{ name: 'Ada Prefix', uri: null, email: 'ada@prefixed.example.org' }],
      links: [{ href: 'https://prefixed.example.org/', rel: 'alternate', type: 'text/html', hreflang: null, title: null, length: null }],
    });
    expect(parsed.updated?.toISOString()).toBe('2024-05-01T12:00:00.000Z');
    const entry = parsed.entries[0]!;
    expect(entry.updated?.toISOString()).toBe('2024-05-01T10:00:00.000Z');
    expect(entry.summary).toEqual({ type: 'html', lang: null, value: '<p>Summary <em>one</em></p>' });
    expect(entry.authors).toEqual(parsed.authors); // inherited from the feed
  });

  it('applies xml:base to every URL and xml:lang to text constructs', () => {
    const parsed = parseAtom(fixture('atom/xhtml-base-lang.xml'), raw);
    expect(parsed.icon).toBe('https://blog.example.org/favicon.ico');
    expect(parsed.logo).toBe('https://blog.example.org/images/logo.svg');
    expect(parsed.links[0]!.href).toBe('https://blog.example.org/feed.atom');
    expect(parsed.authors[0]!.uri).toBe('https://blog.example.org/about/');
    expect(parsed.title!.lang).toBe('en-GB');
    const [first, second] = parsed.entries;
    expect(first!.links.map((l) => [l.href, l.rel, l.length])).toEqual([
      ['https://blog.example.org/posts/2024/hello.html', null, null],
      ['https://blog.example.org/media/hello.mp3', 'enclosure', 12345],
    ]);
    expect(second!.links[0]!.href).toBe('https://other.example.com/base/page?id=2');
    expect(second!.content).toEqual({ type: 'html', lang: 'en-GB', value: '', src: 'https://other.example.com/remote/body.html' });
  });

  it('serializes xhtml constructs from inside the div, without prefixes', () => {
    const [first] = parseAtom(fixture('atom/xhtml-base-lang.xml'), raw).entries;
    expect(first!.title).toEqual({ type: 'xhtml', lang: 'en-GB', value: 'Hello <em>xhtml</em>' });
    expect(first!.content).toEqual({
      type: 'xhtml',
      lang: 'fr',
      value: '<p>Bonjour <a href="world.html">le monde</a></p><img src="pic.png" alt="pic" />',
      src: null,
    });
  });

  it('resolves relative URLs inside sanitized xhtml against xml:base', () => {
    const [first] = parseAtom(fixture('atom/xhtml-base-lang.xml')).entries;
    expect(first!.content!.value).toContain('href="https://blog.example.org/posts/2024/world.html"');
    expect(first!.content!.value).toContain('src="https://blog.example.org/posts/2024/pic.png"');
  });

  it('reads source feeds without entries, and inherits authors entry → source → feed (RFC 4287 order)', () => {
    const parsed = parseAtom(
      feed(`<entry><id>e1</id><source><id>s</id><author><name>From Source</name></author></source></entry>`),
      raw,
    );
    expect(parsed.entries[0]!.source).toMatchObject({ id: 's', entries: [], authors: [{ name: 'From Source' }] });
    expect(parsed.entries[0]!.authors).toEqual([{ name: 'From Source', uri: null, email: null }]);
    const withFeedAuthor = parseAtom(
      feed(`<author><name>Feed</name></author><entry><id>e1</id><source><id>s</id><author><name>Src</name></author></source></entry>
            <entry><id>e2</id><author><name>Own</name></author></entry>`),
      raw,
    );
    expect(withFeedAuthor.entries.map((e) => e.authors[0]!.name)).toEqual(['Src', 'Own']);
    const sourceWithoutAuthors = parseAtom(
      feed(`<author><name>Feed</name></author><entry><id>e1</id><source><id>s</id></source></entry>`),
      raw,
    );
    expect(sourceWithoutAuthors.entries[0]!.authors.map((a) => a.name)).toEqual(['Feed']);
  });

  it('reads text types, MIME content types, categories, generator and published', () => {
    const parsed = parseAtom(
      feed(`<generator uri="https://gen.example/" version="2.1">Gen</generator><subtitle type="text">a &lt;b&gt; c</subtitle>
        <category term="t" scheme="https://s.example/" label="Tee"/><category label="no term"/>
        <entry><id>e</id><published>2024-01-02T03:04:05-05:00</published><rights type="html">&lt;i&gt;r&lt;/i&gt;</rights>
        <content type="text/plain">plain body</content></entry>`),
      raw,
    );
    expect(parsed.generator).toEqual({ name: 'Gen', uri: 'https://gen.example/', version: '2.1' });
    expect(parsed.subtitle).toEqual({ type: 'text', lang: null, value: 'a <b> c' });
    expect(parsed.categories).toEqual([{ term: 't', scheme: 'https://s.example/', label: 'Tee' }]);
    const entry = parsed.entries[0]!;
    expect(entry.published?.toISOString()).toBe('2024-01-02T08:04:05.000Z');
    expect(entry.rights).toEqual({ type: 'html', lang: null, value: '<i>r</i>' });
    expect(entry.content).toEqual({ type: 'text/plain', lang: null, value: 'plain body', src: null });
  });

  it('leaves out persons without a name, links without href and empty constructs', () => {
    const parsed = parseAtom(
      feed(`<title></title><author><email>a@b.c</email></author><author><name> </name></author><link rel="self"/>
        <entry><id>e</id><summary/><content></content></entry>`),
      raw,
    );
    expect(parsed).toMatchObject({ title: null, authors: [], links: [] });
    expect(parsed.entries[0]).toMatchObject({ summary: null, content: null, authors: [] });
  });

  it('requires the feed id (ATOM_NO_ID) and an Atom root (ATOM_NOT_ATOM)', () => {
    for (const xml of [`<feed xmlns="${ATOM}"><title>t</title></feed>`, `<feed xmlns="${ATOM}"><id>  </id></feed>`]) {
      const error = thrown(() => parseAtom(xml));
      expect(error).toBeInstanceOf(FeedParseError);
      expect(error.code).toBe('ATOM_NO_ID');
    }
    expect(thrown(() => parseAtom('<feed><id>x</id></feed>')).code).toBe('ATOM_NOT_ATOM');
    expect(thrown(() => parseAtom('<feed xmlns="http://purl.org/atom/ns#"><title>0.3</title></feed>')).code).toBe('ATOM_NO_ID');
    expect(thrown(() => parseAtom(`<entry xmlns="${ATOM}"><id>x</id></entry>`)).code).toBe('ATOM_NOT_ATOM');
    expect(thrown(() => parseAtom('<rss version="2.0"><channel/></rss>')).code).toBe('ATOM_NOT_ATOM');
  });

  it('reads UTF-16 documents', () => {
    const le = parseAtom(fixture('atom/utf-16le-bom.xml'));
    expect(le.title!.value).toBe('Übersicht — UTF-16');
    expect(le.entries[0]!.title!.value).toBe('Привет 😀');
    expect(parseAtom(fixture('atom/utf-16be-bom.xml'))).toEqual(le);
  });

  it('drops unsafe URL schemes from links, icons and content src', () => {
    const parsed = parseAtom(
      feed(`<icon>javascript:alert(1)</icon><link href="jav&#x09;ascript:alert(1)"/><entry><id>e</id><content src="data:text/html,x"/></entry>`),
      raw,
    );
    expect(parsed.icon).toBeNull();
    expect(parsed.links).toEqual([]);
    expect(parsed.entries[0]!.content).toBeNull();
  });
});
