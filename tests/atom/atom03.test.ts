// Atom 0.3 (http://purl.org/atom/ns#), read by parseAtom into the Atom 1.0 model.
import { describe, expect, it } from 'vitest';
import { FeedParseError, parseAtom, parseFeed } from '../../src/index.js';
import { fixture, thrown } from '../helpers.js';

const raw = { sanitize: false } as const;
const feed03 = (body: string) => `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><id>f</id>${body}</feed>`;

describe('parseAtom on an Atom 0.3 feed', () => {
  const feed = parseAtom(fixture('atom/atom-0.3.xml'));

  it('reads the feed: tagline, modified, copyright, info, generator url, persons url', () => {
    expect(feed).toMatchObject({
      version: '0.3',
      id: 'tag:harbour.example.com,2004:log',
      title: { type: 'text', lang: 'en', value: 'Harbour Log' },
      subtitle: { type: 'html', lang: 'en', value: 'Ships <em>in</em> and out' },
      rights: { type: 'text', lang: 'en', value: 'Copyright 2004 Harbour Log' },
      info: { type: 'html', lang: 'en', value: 'This is an <strong>Atom</strong> feed.' },
      generator: { name: 'Tidewriter', uri: 'https://tidewriter.example.org/', version: '1.2' },
      authors: [{ name: 'Ada Keel', uri: 'https://harbour.example.com/ada', email: 'ada@harbour.example.com' }],
      contributors: [{ name: 'Ben Stern', uri: null, email: null }],
      warnings: [],
    });
    expect(feed.updated?.toISOString()).toBe('2004-06-02T11:30:00.000Z');
    expect(feed.links).toEqual([
      { href: 'https://harbour.example.com/', rel: 'alternate', type: 'text/html', hreflang: null, title: null, length: null },
      {
        href: 'https://harbour.example.com/atom.xml', rel: 'service.feed', type: 'application/x.atom+xml',
        hreflang: null, title: 'Harbour Log', length: null,
      },
    ]);
  });

  it('reads issued as published, modified as updated, and created when there is no issued', () => {
    const [first, second, third] = feed.entries;
    expect(first!.published?.toISOString()).toBe('2004-06-02T11:30:00.000Z');
    expect(first!.updated?.toISOString()).toBe('2004-06-02T11:30:00.000Z');
    expect(second!.published?.toISOString()).toBe('2004-06-01T17:00:00.000Z');
    expect(second!.updated?.toISOString()).toBe('2004-06-01T18:00:00.000Z');
    expect(third!.published?.toISOString()).toBe('2004-05-31T12:00:00.000Z');
    expect(third!.updated).toBeNull();
  });

  it('reads content in mode xml (inline XHTML, xml:base applied), escaped and base64, sanitized', () => {
    const [first, second, third, fourth] = feed.entries;
    expect(first!.summary).toEqual({ type: 'text', lang: 'en', value: 'Three ships came in.' });
    expect(first!.content).toEqual({
      type: 'xhtml', lang: 'en', src: null,
      value: '<p>The <a href="https://harbour.example.com/2004/06/arrivals#list">list</a> of ships.</p>',
    });
    expect(second!.title).toEqual({ type: 'html', lang: 'en', value: 'Departures &amp; <i>delays</i>' });
    expect(second!.content).toEqual({ type: 'html', lang: 'en', src: null, value: '<p>The <b>Mary</b> left late.</p>' });
    expect(third!.content).toEqual({ type: 'html', lang: 'en', src: null, value: '<p>Tide &amp; time wait for no one — ever.</p>' });
    // multipart/alternative: the HTML part.
    expect(fourth!.content).toEqual({ type: 'html', lang: 'en', src: null, value: '<p>Rich words</p>' });
  });

  it('gives entries without authors the feed\'s', () => {
    expect(feed.entries.map((e) => e.authors.map((a) => a.name))).toEqual([['Ada Keel'], ['Cy Mast'], ['Ada Keel'], ['Ada Keel']]);
  });

  it('is read by parseFeed', () => {
    const unified = parseFeed(fixture('atom/atom-0.3.xml'));
    expect(unified).toMatchObject({
      format: 'atom', title: 'Harbour Log', subtitle: 'Ships in and out', link: 'https://harbour.example.com/',
      feedUrl: 'https://harbour.example.com/atom.xml', // rel="service.feed"
    });
    expect(unified.articles.map((a) => a.id)).toEqual([1, 2, 3, 4].map((n) => `tag:harbour.example.com,2004:log.${n}`));
    expect(unified.articles[1]!.title).toBe('Departures & delays');
    expect(unified.articles[2]!.content).toBe('<p>Tide &amp; time wait for no one — ever.</p>');
  });
});

describe('Atom 0.3 content constructs', () => {
  const content = (attrs: string, body: string) => parseAtom(feed03(`<entry><content ${attrs}>${body}</content></entry>`), raw).entries[0]!.content;

  it('defaults to text/plain in mode xml; inline markup in it is XHTML', () => {
    expect(content('', 'just text')).toMatchObject({ type: 'text', value: 'just text' });
    expect(content('', '<div xmlns="http://www.w3.org/1999/xhtml"><b>bold</b></div>')).toMatchObject({ type: 'xhtml', value: '<b>bold</b>' });
  });

  it('keeps other MIME types: text decoded from base64, data as written', () => {
    expect(content('type="text/css" mode="base64"', 'cCB7IGNvbG9yOiByZWQgfQ==')).toMatchObject({ type: 'text/css', value: 'p { color: red }' });
    expect(content('type="image/png" mode="base64"', 'iVBORw0KGgo=')).toMatchObject({ type: 'image/png', value: 'iVBORw0KGgo=' });
  });

  it('throws ATOM_BAD_BASE64 in strict mode for content that is not base64; leaves it out with a warning in lenient mode', () => {
    const doc = feed03('\n<entry><id>e</id>\n  <content type="text/html" mode="base64">not base64!</content></entry>');
    const error = thrown(() => parseAtom(doc));
    expect(error).toBeInstanceOf(FeedParseError);
    expect(error.code).toBe('ATOM_BAD_BASE64');
    const lenient = parseAtom(doc, { strict: false });
    expect(lenient.entries[0]!.content).toBeNull();
    expect(lenient.warnings).toEqual([{ code: 'ATOM_BAD_BASE64', message: expect.stringContaining('base64'), line: 3, column: 3 }]);
  });

  it('reads a namespace-less 0.3 feed in lenient mode by its version attribute', () => {
    const parsed = parseAtom('<feed version="0.3"><id>f</id><tagline>t</tagline><entry><issued>2004-01-01T00:00:00Z</issued></entry></feed>', { strict: false });
    expect(parsed.version).toBe('0.3');
    expect(parsed.subtitle?.value).toBe('t');
    expect(parsed.entries[0]!.published?.toISOString()).toBe('2004-01-01T00:00:00.000Z');
    expect(parsed.warnings.map((w) => w.code)).toEqual(['ATOM_NO_NAMESPACE']);
  });
});
