import { describe, expect, it } from 'vitest';
import { FeedDocumentError, FeedJsonError, FeedParseError } from '../../src/errors.js';
import { isJsonFeedVersion } from '../../src/json-feed/index.js';
import { parseJsonFeed } from '../../src/index.js';
import { fixture, thrown } from '../helpers.js';

const text = (path: string) => new TextDecoder().decode(fixture(path));

describe('parseJsonFeed on a JSON Feed 1.0 blog', () => {
  const feed = parseJsonFeed(fixture('json/feed-1.0.json'));

  it('reads the feed fields, resolving relative URLs against feed_url', () => {
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1',
      title: 'Tidewater Notes',
      homePageUrl: 'https://tidewater.example.org/',
      feedUrl: 'https://tidewater.example.org/feed.json',
      description: 'Field notes from a small estuary research station.',
      userComment: 'Subscribe with any reader that supports JSON Feed.',
      nextUrl: null,
      icon: 'https://tidewater.example.org/assets/icon-512.png',
      favicon: 'https://tidewater.example.org/favicon.ico',
      language: null,
      expired: false,
    });
  });

  it('fills authors from the single 1.0 author', () => {
    const ines = {
      name: 'Ines Mwangi',
      url: 'https://tidewater.example.org/about',
      avatar: 'https://tidewater.example.org/assets/ines.jpg',
    };
    expect(feed.author).toEqual(ines);
    expect(feed.authors).toEqual([ines]);
  });

  it('sanitizes content_html and keeps the plain-text fields as written', () => {
    const [survey] = feed.items;
    expect(survey!.contentHtml).toContain('<a href="https://tidewater.example.org/data/2024-03.csv">raw readings</a>');
    expect(survey!.contentHtml).not.toMatch(/<script|track\(\)|onerror/);
    expect(survey!.summary).toBe('Readings from the north and south gauges.');
    expect(survey!.contentText).toBeNull();
  });

  it('reads dates with their offsets', () => {
    const [survey] = feed.items;
    expect(survey!.datePublished?.toISOString()).toBe('2024-03-11T05:42:00.000Z');
    expect(survey!.dateModified?.toISOString()).toBe('2024-03-12T09:00:00.000Z');
  });

  it('keeps the string tags only, trimmed and non-empty', () => {
    expect(feed.items[0]!.tags).toEqual(['tides', 'survey']);
  });

  it('converts a numeric 1.0 item id to a string and reads the item author', () => {
    const eelgrass = feed.items[1]!;
    expect(eelgrass).toMatchObject({
      id: '1042',
      title: 'Eelgrass is back in the lagoon',
      contentHtml: null,
      image: 'https://tidewater.example.org/img/eelgrass.jpg',
      externalUrl: null,
      bannerImage: null,
      attachments: [],
    });
    expect(eelgrass.contentText).toMatch(/^After three years.*six transects\.$/s);
    expect(eelgrass.authors).toEqual([{ name: 'Tomás Ferreira', url: null, avatar: null }]);
    expect(eelgrass.author).toEqual(eelgrass.authors[0]);
  });

  it('does not let items inherit the feed author (as Atoma)', () => {
    expect(feed.items[0]!.authors).toEqual([]);
    expect(feed.items[0]!.author).toBeNull();
  });

  it('gives a result that survives JSON.stringify', () => {
    const copy = JSON.parse(JSON.stringify(feed));
    expect(copy.items[0].datePublished).toBe('2024-03-11T05:42:00.000Z');
    expect(copy.items).toHaveLength(2);
  });
});

describe('parseJsonFeed on a JSON Feed 1.1 blog', () => {
  const feed = parseJsonFeed(fixture('json/feed-1.1.json'));

  it('reads 1.1 feed fields', () => {
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Quiet Compiler',
      nextUrl: 'https://quietcompiler.example.net/feed.json?page=2',
      icon: 'https://quietcompiler.example.net/icon.png',
      favicon: null,
      language: 'en-GB',
      expired: false,
    });
  });

  it('prefers authors over the deprecated author and leaves out empty authors', () => {
    expect(feed.authors).toEqual([
      { name: 'Priya Raman', url: 'https://quietcompiler.example.net/priya', avatar: null },
      { name: 'Jonas Weber', url: null, avatar: 'https://quietcompiler.example.net/jonas.png' },
    ]);
    expect(feed.author).toEqual(feed.authors[0]);
  });

  it('reads every item field', () => {
    const item = feed.items[0]!;
    expect(item).toMatchObject({
      id: 'tag:quietcompiler.example.net,2024:incremental-builds',
      url: 'https://quietcompiler.example.net/2024/incremental-builds',
      externalUrl: 'https://lists.example.org/build-dev/2024-May/000317.html',
      title: 'Incremental builds lie (sometimes)',
      contentText: 'A build graph is only as honest as its inputs.',
      summary: 'Why stale outputs survive a clean-looking rebuild.',
      image: 'https://quietcompiler.example.net/img/graph.png',
      bannerImage: 'https://quietcompiler.example.net/img/graph-wide.png',
      authors: [{ name: 'Jonas Weber', url: null, avatar: null }],
      author: { name: 'Jonas Weber', url: null, avatar: null },
      language: 'de',
      tags: ['builds', 'caching'],
    });
    expect(item.datePublished?.toISOString()).toBe('2024-05-02T12:30:00.000Z');
    expect(item.dateModified?.toISOString()).toBe('2024-05-03T14:00:00.000Z');
  });

  it('drops javascript: links from content_html and resolves its links against the item URL', () => {
    const html = feed.items[0]!.contentHtml!;
    expect(html).toContain('<em>inputs</em>');
    expect(html).toContain('href="https://quietcompiler.example.net/2024/notes/inputs.html"');
    expect(html).not.toContain('javascript:');
  });

  it('trims the id and reads a zone-less date in UTC', () => {
    const item = feed.items[1]!;
    expect(item.id).toBe('tag:quietcompiler.example.net,2024:lockfiles');
    expect(item.url).toBeNull();
    expect(item.authors).toEqual([]);
    expect(item.datePublished?.toISOString()).toBe('2024-04-18T12:00:00.000Z');
  });

  it('reads a zone-less date in the defaultTimeZone option', () => {
    const berlin = parseJsonFeed(fixture('json/feed-1.1.json'), { defaultTimeZone: 'Europe/Berlin' });
    expect(berlin.items[1]!.datePublished?.toISOString()).toBe('2024-04-18T10:00:00.000Z');
    expect(berlin.items[0]!.datePublished?.toISOString()).toBe('2024-05-02T12:30:00.000Z');
  });

  it('ignores extensions and hubs', () => {
    expect(Object.keys(feed).sort()).toEqual([
      'author', 'authors', 'description', 'expired', 'favicon', 'feedUrl', 'homePageUrl', 'icon', 'items',
      'language', 'nextUrl', 'title', 'userComment', 'version', 'warnings',
    ]);
  });
});

describe('parseJsonFeed on a podcast', () => {
  const feed = parseJsonFeed(fixture('json/podcast.json'));
  const [episode, previous] = feed.items;

  it('reads attachments with sizes and durations', () => {
    expect(episode!.attachments).toEqual([
      {
        url: 'https://cdn.harbourlights.example.fm/audio/012-night-pilot.mp3',
        mimeType: 'audio/mpeg',
        title: 'MP3 version',
        sizeInBytes: 48213904,
        durationInSeconds: 2987,
      },
      {
        url: 'https://harbourlights.example.fm/audio/012-night-pilot.m4a',
        mimeType: 'audio/x-m4a',
        title: null,
        sizeInBytes: 40332211,
        durationInSeconds: 2987.5,
      },
      {
        url: 'https://harbourlights.example.fm/transcripts/012.txt',
        mimeType: null,
        title: null,
        sizeInBytes: null,
        durationInSeconds: null,
      },
    ]);
    expect(previous!.attachments).toEqual([]);
  });

  it('resolves relative attachment URLs against the baseUrl option when given', () => {
    const moved = parseJsonFeed(fixture('json/podcast.json'), { baseUrl: 'https://mirror.example.org/hl/feed.json' });
    expect(moved.items[0]!.attachments[1]!.url).toBe('https://mirror.example.org/audio/012-night-pilot.m4a');
  });

  it('reads the feed author avatar and language', () => {
    expect(feed.authors).toEqual([{ name: 'Aoife Byrne', url: null, avatar: 'https://harbourlights.example.fm/aoife.jpg' }]);
    expect(feed.language).toBe('en-IE');
  });
});

describe('parseJsonFeed input forms', () => {
  const bytes = fixture('json/feed-1.1.json');
  const expected = JSON.stringify(parseJsonFeed(bytes));

  it('gives the same result for a string, bytes, an ArrayBuffer, a Buffer and a parsed object', () => {
    const source = text('json/feed-1.1.json');
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    for (const input of [source, arrayBuffer, Buffer.from(bytes), JSON.parse(source) as object, `\uFEFF${source}`]) {
      expect(JSON.stringify(parseJsonFeed(input))).toBe(expected);
    }
  });

  it('reads a view into a larger buffer by its own bytes only', () => {
    const padded = new Uint8Array(bytes.length + 8);
    padded.fill(0x5d); // ']' around the document would break it if read
    padded.set(bytes, 4);
    expect(JSON.stringify(parseJsonFeed(padded.subarray(4, 4 + bytes.length)))).toBe(expected);
  });

  it.each(['json/utf-8-bom.json', 'json/utf-16le-bom.json', 'json/utf-16be.json'])('decodes %s', (path) => {
    const feed = parseJsonFeed(fixture(path));
    expect(feed.title).toBe('Café Ümlaut — 東京');
    expect(feed.items[0]!.contentText).toBe('Ein Kaffee kostet 3,20 €.');
  });

  it('turns invalid UTF-8 into U+FFFD instead of failing', () => {
    const [head, tail] = ['{"version":"https://jsonfeed.org/version/1.1","title":"Caf', '","items":[]}'];
    const encoder = new TextEncoder();
    const broken = new Uint8Array([...encoder.encode(head), 0xe9, ...encoder.encode(tail)]); // Latin-1 é
    expect(parseJsonFeed(broken).title).toBe('Caf\uFFFD');
  });

  it('treats null as absent', () => {
    const feed = parseJsonFeed({
      version: 'https://jsonfeed.org/version/1', title: 'Nulls', home_page_url: null, author: null, authors: null,
      expired: null, items: [{ id: 'a', tags: null, attachments: null, title: null }],
    });
    expect(feed).toMatchObject({ homePageUrl: null, author: null, authors: [], expired: false });
    expect(feed.items[0]).toMatchObject({ tags: [], attachments: [], title: null });
  });

  it('reads expired: true and accepts version URLs over http and with a trailing slash', () => {
    const feed = parseJsonFeed({ version: 'http://jsonfeed.org/version/1.1/', title: 'Gone', expired: true, items: [] });
    expect(feed.expired).toBe(true);
    expect(feed.items).toEqual([]);
  });
});

describe('parseJsonFeed options', () => {
  const html = '{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"1","content_html":"<p onclick=\\"x()\\">Hi</p><script>x()</script>"}]}';

  it('keeps HTML as written with sanitize: false', () => {
    expect(parseJsonFeed(html, { sanitize: false }).items[0]!.contentHtml).toBe('<p onclick="x()">Hi</p><script>x()</script>');
  });

  it('applies a custom sanitize function', () => {
    const upper = parseJsonFeed(html, { sanitize: (s) => s.toUpperCase() });
    expect(upper.items[0]!.contentHtml).toBe('<P ONCLICK="X()">HI</P><SCRIPT>X()</SCRIPT>');
  });

  it('sanitizes by default', () => {
    expect(parseJsonFeed(html).items[0]!.contentHtml).toBe('<p>Hi</p>');
  });

  it('drops unsafe URL schemes and keeps relative URLs when there is no base', () => {
    const feed = parseJsonFeed({
      version: 'https://jsonfeed.org/version/1.1', title: 'T', home_page_url: 'javascript:alert(1)',
      icon: '/icon.png', items: [{ id: '1', url: 'data:text/html,<script>alert(1)</script>', image: 'img/a.png' }],
    });
    expect(feed.homePageUrl).toBeNull();
    expect(feed.icon).toBe('/icon.png');
    expect(feed.items[0]!.url).toBeNull();
    expect(feed.items[0]!.image).toBe('img/a.png');
  });

  it('resolves links in content_html against the document when the item has no URL', () => {
    const input = { version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: '1', content_html: '<a href="p/2">next</a>' }] };
    const feed = parseJsonFeed(input, { baseUrl: 'https://site.example/blog/feed.json' });
    expect(feed.items[0]!.contentHtml).toContain('href="https://site.example/blog/p/2"');
  });

  it('rejects a bad limit option with INVALID_OPTION', () => {
    const error = thrown(() => parseJsonFeed('{}', { maxBytes: -1 }));
    expect(error).toBeInstanceOf(FeedDocumentError);
    expect(error.code).toBe('INVALID_OPTION');
  });
});

describe('isJsonFeedVersion', () => {
  it('accepts the jsonfeed.org version URLs only', () => {
    expect(isJsonFeedVersion('https://jsonfeed.org/version/1')).toBe(true);
    expect(isJsonFeedVersion(' https://jsonfeed.org/version/1.1 ')).toBe(true);
    expect(isJsonFeedVersion('https://jsonfeed.org/version/')).toBe(false);
    expect(isJsonFeedVersion('1.1')).toBe(false);
    expect(isJsonFeedVersion(1.1)).toBe(false);
  });
});

describe('parseJsonFeed errors', () => {
  const version = 'https://jsonfeed.org/version/1.1';
  const code = (input: Parameters<typeof parseJsonFeed>[0]) => thrown(() => parseJsonFeed(input)).code;

  it('throws FeedJsonError JSON_MALFORMED for text that is not JSON', () => {
    for (const input of [fixture('json/broken-truncated.json'), '', '<rss version="2.0"></rss>', "{'version': 1}"]) {
      const error = thrown(() => parseJsonFeed(input));
      expect(error).toBeInstanceOf(FeedJsonError);
      expect(error).toBeInstanceOf(FeedDocumentError);
      expect(error.code).toBe('JSON_MALFORMED');
    }
  });

  it('throws FeedJsonError INVALID_INPUT for input of another kind', () => {
    for (const input of [42, undefined, null, true]) {
      const error = thrown(() => parseJsonFeed(input as unknown as string));
      expect(error).toBeInstanceOf(FeedJsonError);
      expect(error.code).toBe('INVALID_INPUT');
    }
  });

  it('throws JSON_NOT_OBJECT when the JSON is not an object', () => {
    for (const input of ['[]', '"feed"', '42', 'null', [] as object]) {
      const error = thrown(() => parseJsonFeed(input));
      expect(error).toBeInstanceOf(FeedParseError);
      expect(error.code).toBe('JSON_NOT_OBJECT');
    }
  });

  it('names the missing required field', () => {
    expect(code(fixture('json/broken-no-version.json'))).toBe('JSON_NO_VERSION');
    expect(code({ version: ' ', title: 'T' })).toBe('JSON_NO_VERSION');
    expect(code({ version, items: [] })).toBe('JSON_NO_TITLE');
    const error = thrown(() => parseJsonFeed(fixture('json/broken-item-no-id.json')));
    expect(error).toBeInstanceOf(FeedParseError);
    expect(error.code).toBe('JSON_ITEM_NO_ID');
    expect(error.message).toContain('items[1]');
    expect(code({ version, title: 'T', items: [{ id: '   ' }] })).toBe('JSON_ITEM_NO_ID');
  });

  it('throws JSON_VERSION for a version that is not a JSON Feed version URL', () => {
    expect(code({ version: '1.1', title: 'T' })).toBe('JSON_VERSION');
    expect(code({ version: 'https://example.com/version/1', title: 'T' })).toBe('JSON_VERSION');
  });

  it('names the field of the wrong type', () => {
    expect(code(fixture('json/broken-size-type.json'))).toBe('JSON_TYPE_ATTACHMENT_SIZE_IN_BYTES');
    const feed = (fields: object) => ({ version, title: 'T', ...fields });
    const item = (fields: object) => feed({ items: [{ id: 'i', ...fields }] });
    const cases: [object, string][] = [
      [{ version: 1.1, title: 'T' }, 'JSON_TYPE_VERSION'],
      [{ version, title: 5 }, 'JSON_TYPE_TITLE'],
      [feed({ home_page_url: 1 }), 'JSON_TYPE_HOME_PAGE_URL'],
      [feed({ language: ['en'] }), 'JSON_TYPE_LANGUAGE'],
      [feed({ expired: 'true' }), 'JSON_TYPE_EXPIRED'],
      [feed({ items: {} }), 'JSON_TYPE_ITEMS'],
      [feed({ items: ['first'] }), 'JSON_TYPE_ITEMS'],
      [feed({ author: 'Ann' }), 'JSON_TYPE_AUTHOR'],
      [feed({ authors: ['Ann'] }), 'JSON_TYPE_AUTHORS'],
      [feed({ authors: { name: 'Ann' } }), 'JSON_TYPE_AUTHORS'],
      [feed({ authors: [{ name: 7 }] }), 'JSON_TYPE_AUTHOR_NAME'],
      [item({ id: true }), 'JSON_TYPE_ITEM_ID'],
      [item({ id: { value: 1 } }), 'JSON_TYPE_ITEM_ID'],
      [item({ content_html: ['<p>'] }), 'JSON_TYPE_ITEM_CONTENT_HTML'],
      [item({ date_published: 1700000000 }), 'JSON_TYPE_ITEM_DATE_PUBLISHED'],
      [item({ tags: 'a,b' }), 'JSON_TYPE_ITEM_TAGS'],
      [item({ authors: [{ url: 3 }] }), 'JSON_TYPE_AUTHOR_URL'],
      [item({ author: [] }), 'JSON_TYPE_ITEM_AUTHOR'],
      [item({ attachments: [null] }), 'JSON_TYPE_ITEM_ATTACHMENTS'],
      [item({ attachments: [{ url: 'https://a.example/x.mp3', duration_in_seconds: '60' }] }), 'JSON_TYPE_ATTACHMENT_DURATION_IN_SECONDS'],
      [item({ attachments: [{ url: 7 }] }), 'JSON_TYPE_ATTACHMENT_URL'],
    ];
    for (const [input, expected] of cases) {
      const error = thrown(() => parseJsonFeed(input));
      expect(error, expected).toBeInstanceOf(FeedParseError);
      expect(error.code, JSON.stringify(input)).toBe(expected);
    }
  });

  it('has one JSON_TYPE_ code per field, at every level', () => {
    const feedKeys = ['home_page_url', 'feed_url', 'description', 'user_comment', 'next_url', 'icon', 'favicon', 'author', 'authors', 'language', 'expired', 'items'];
    const itemKeys = ['url', 'external_url', 'title', 'content_html', 'content_text', 'summary', 'image', 'banner_image', 'date_published', 'date_modified', 'author', 'authors', 'language', 'tags', 'attachments'];
    const authorKeys = ['name', 'url', 'avatar'];
    const attachmentKeys = ['url', 'mime_type', 'title', 'size_in_bytes', 'duration_in_seconds'];
    // A value of the wrong JSON type for every one of these fields: a string where an object,
    // array, number or boolean belongs, and an object where a string belongs.
    const wrong = (key: string) => (['expired', 'items', 'author', 'authors', 'tags', 'attachments', 'size_in_bytes', 'duration_in_seconds'].includes(key) ? 'x' : {});
    const codes = new Set<string>();
    const check = (input: object, expected: string) => {
      expect(thrown(() => parseJsonFeed(input)).code).toBe(expected);
      codes.add(expected);
    };
    for (const key of feedKeys) check({ version, title: 'T', [key]: wrong(key) }, `JSON_TYPE_${key.toUpperCase()}`);
    for (const key of itemKeys) check({ version, title: 'T', items: [{ id: 'i', [key]: wrong(key) }] }, `JSON_TYPE_ITEM_${key.toUpperCase()}`);
    for (const key of authorKeys) {
      check({ version, title: 'T', author: { [key]: wrong(key) } }, `JSON_TYPE_AUTHOR_${key.toUpperCase()}`);
      check({ version, title: 'T', items: [{ id: 'i', authors: [{ [key]: wrong(key) }] }] }, `JSON_TYPE_AUTHOR_${key.toUpperCase()}`);
    }
    for (const key of attachmentKeys) {
      check({ version, title: 'T', items: [{ id: 'i', attachments: [{ url: 'https://a.example/a', [key]: wrong(key) }] }] }, `JSON_TYPE_ATTACHMENT_${key.toUpperCase()}`);
    }
    expect(codes.size).toBe(feedKeys.length + itemKeys.length + authorKeys.length + attachmentKeys.length);
  });

  it('says where the wrong field is', () => {
    const input = { version, title: 'T', items: [{ id: 'a' }, { id: 'b', attachments: [{ url: 'u', size_in_bytes: '1' }] }] };
    expect(thrown(() => parseJsonFeed(input)).message).toContain('"items[1].attachments[0].size_in_bytes" must be a number');
  });
});
