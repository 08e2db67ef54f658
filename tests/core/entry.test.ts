// atoma/core: the parsers without a bundled sanitizer. They refuse to sanitize without a sanitize
// function, keep HTML as written with `sanitize: false`, hand a custom function each field's
// resolved base, and otherwise read every document exactly as the atoma entry does.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core.js';
import * as atoma from '../../src/index.js';
import type { SanitizeContext } from '../../src/index.js';
import { fixture, repoRoot, thrown } from '../helpers.js';

const RSS = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
  <title>Notes</title><link>https://notes.example/</link>
  <description>&lt;p&gt;Field notes &amp;amp; &lt;em&gt;sketches&lt;/em&gt;&lt;script&gt;track()&lt;/script&gt;&lt;/p&gt;</description>
  <item><title>First</title><link>https://notes.example/1</link>
    <description>&lt;p onclick="x()"&gt;Hello &lt;a href="/about"&gt;about&lt;/a&gt;&lt;/p&gt;</description>
    <content:encoded><![CDATA[<p>Body <img src="img/1.png"></p>]]></content:encoded></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://site.example/blog/">
  <id>urn:uuid:1</id><title type="html">Site &lt;b&gt;blog&lt;/b&gt;</title><updated>2024-05-01T00:00:00Z</updated>
  <entry xml:base="2024/05/"><id>urn:uuid:2</id><title>Post</title><updated>2024-05-01T00:00:00Z</updated>
    <summary type="html">&lt;a href="notes.html"&gt;notes&lt;/a&gt;</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml" xml:base="/root/"><a href="page.html">page</a></div></content>
  </entry>
</feed>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1', title: 'J', home_page_url: 'https://json.example/',
  items: [{ id: '1', url: 'https://json.example/posts/1/', content_html: '<p><a href="../2/">next</a></p>' }],
});

describe('atoma/core without a sanitize function', () => {
  const parsers = {
    parseRss: () => core.parseRss(RSS), parseAtom: () => core.parseAtom(ATOM),
    parseJsonFeed: () => core.parseJsonFeed(JSON_FEED), parseFeed: () => core.parseFeed(RSS),
  };
  it.each(Object.entries(parsers))('%s throws INVALID_OPTION, saying what to pass', (_name, parse) => {
    const error = thrown(parse);
    expect(error).toBeInstanceOf(core.FeedDocumentError);
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.message).toContain('sanitize: false');
    expect(error.message).toContain('createSanitizer');
  });

  it('refuses sanitize: true and values that are neither false nor a function, before reading the input', () => {
    for (const sanitize of [true, 'yes', 1, null]) {
      expect(thrown(() => core.parseRss('not even xml', { sanitize } as never)).code).toBe('INVALID_OPTION');
    }
  });

  it('reads OPML, validates and parses dates with no options at all', () => {
    expect(core.parseOpml('<opml version="2.0"><head/><body><outline text="a" xmlUrl="https://a.example/f"/></body></opml>').outlines).toHaveLength(1);
    expect(core.validateFeed(RSS).format).toBe('rss');
    expect(core.parseDate('Wed, 01 May 2024 10:00:00 GMT')?.toISOString()).toBe('2024-05-01T10:00:00.000Z');
  });
});

describe('atoma/core with sanitize: false', () => {
  it('keeps every HTML field as written', () => {
    const item = core.parseRss(RSS, { sanitize: false }).items[0]!;
    expect(item.description).toBe('<p onclick="x()">Hello <a href="/about">about</a></p>');
    expect(item.contentEncoded).toBe('<p>Body <img src="img/1.png"></p>');
  });

  it('gives parseFeed plain text without sanitize-html: the subtitle without the script', () => {
    const feed = core.parseFeed(RSS, { sanitize: false });
    expect(feed.subtitle).toBe('Field notes & sketches');
    expect(core.parseFeed(ATOM, { sanitize: false }).title).toBe('Site blog');
  });

  it('reads every fixture feed as the atoma entry does with sanitize: false', () => {
    let compared = 0;
    for (const folder of ['rss', 'atom', 'json']) {
      for (const name of readdirSync(`${repoRoot}/fixtures/${folder}`)) {
        const input = fixture(`${folder}/${name}`);
        let expected: unknown;
        try {
          expected = atoma.parseFeed(input, { sanitize: false });
        } catch (error) {
          expect(thrown(() => core.parseFeed(input, { sanitize: false }))).toEqual(error);
          continue;
        }
        expect(core.parseFeed(input, { sanitize: false }), `${folder}/${name}`).toEqual(expected);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });
});

describe('a sanitize function receives the resolved base of each field', () => {
  const seen: [string, string | null][] = [];
  const record = (html: string, context: SanitizeContext) => {
    seen.push([html, context.baseUrl]);
    return `[${html}]`;
  };

  it('RSS: the baseUrl option, or null without one', () => {
    seen.length = 0;
    core.parseRss(RSS, { sanitize: record, baseUrl: 'https://notes.example/feed.xml' });
    atoma.parseRss(RSS, { sanitize: record });
    // The item's description and content:encoded (the channel's description is text, not HTML).
    expect(seen.map(([, base]) => base)).toEqual(['https://notes.example/feed.xml', 'https://notes.example/feed.xml', null, null]);
  });

  it('Atom: xml:base of the element, resolved through every ancestor and against baseUrl', () => {
    seen.length = 0;
    const feed = atoma.parseAtom(ATOM, { sanitize: record });
    expect(feed.entries[0]!.summary!.value).toBe('[<a href="notes.html">notes</a>]');
    expect(Object.fromEntries(seen)).toEqual({
      'Site <b>blog</b>': 'https://site.example/blog/',
      '<a href="notes.html">notes</a>': 'https://site.example/blog/2024/05/',
      '<a href="page.html">page</a>': 'https://site.example/root/',
    });
  });

  it('JSON Feed: the item URL its HTML was written for', () => {
    seen.length = 0;
    core.parseJsonFeed(JSON_FEED, { sanitize: record });
    expect(seen).toEqual([['<p><a href="../2/">next</a></p>', 'https://json.example/posts/1/']]);
  });

  it('a function that resolves against the base gets absolute links, as the built-in sanitizer does', () => {
    const resolving = (html: string, { baseUrl }: SanitizeContext) => html.replace(/href="([^"]*)"/g, (_, href: string) => `href="${new URL(href, baseUrl ?? undefined).href}"`);
    const entry = core.parseAtom(ATOM, { sanitize: resolving }).entries[0]!;
    expect(entry.summary!.value).toBe(atoma.parseAtom(ATOM).entries[0]!.summary!.value);
    expect(entry.summary!.value).toBe('<a href="https://site.example/blog/2024/05/notes.html">notes</a>');
  });
});

describe('the atoma entry', () => {
  it('still sanitizes by default, and for true or any value but false or a function', () => {
    const expected = '<p>Hello <a href="https://notes.example/about">about</a></p>';
    for (const options of [undefined, {}, { sanitize: true }, { sanitize: 'yes' }] as never[]) {
      expect(atoma.parseRss(RSS, { ...(options as object), baseUrl: 'https://notes.example/' }).items[0]!.description).toBe(expected);
    }
    expect(atoma.parseFeed(RSS).subtitle).toBe('Field notes & sketches');
    expect(atoma.parseJsonFeed(JSON_FEED).items[0]!.contentHtml).toBe('<p><a href="https://json.example/posts/2/">next</a></p>');
  });

  it('turns an options object it cannot read into INVALID_OPTION', () => {
    const hostile = new Proxy({}, { get() { throw new Error('trap'); } });
    expect(thrown(() => atoma.parseRss(RSS, hostile)).code).toBe('INVALID_OPTION');
    expect(thrown(() => core.parseRss(RSS, hostile)).code).toBe('INVALID_OPTION');
  });

  it('exports everything atoma/core does, with its own sanitizing parsers', () => {
    for (const name of Object.keys(core)) expect(atoma, name).toHaveProperty(name);
    expect(Object.keys(atoma).filter((name) => !(name in core)).sort()).toEqual(['createSanitizer', 'fetchFeed', 'sanitizeHtml']);
    expect(atoma.parseRss).not.toBe(core.parseRss);
    expect(atoma.parseDate).toBe(core.parseDate);
  });
});
