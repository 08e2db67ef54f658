// Lenient JSON Feed: what strict mode throws for, read past with a warning naming the field.
import { describe, expect, it } from 'vitest';
import { parseFeed, parseJsonFeed } from '../../src/index.js';
import { thrown } from '../helpers.js';

const broken = JSON.stringify({
  version: 'https://jsonfeed.org/version/2.0-draft',
  home_page_url: 'https://tidewater.example.org/',
  items: [
    { url: 'https://tidewater.example.org/2024/heron', content_text: 'A heron on the mudflats.' },
    { content_html: '<p>Low tide at <b>noon</b>.</p>' },
  ],
});

describe('lenient JSON Feed', () => {
  it('strict mode (parseJsonFeed default) throws for each fault, as before', () => {
    expect(thrown(() => parseJsonFeed(broken)).code).toBe('JSON_VERSION');
    const noTitle = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [] });
    expect(thrown(() => parseJsonFeed(noTitle)).code).toBe('JSON_NO_TITLE');
    expect(thrown(() => parseFeed(noTitle, { strict: true })).code).toBe('JSON_NO_TITLE');
  });

  it('strict: false reads past a missing title, missing ids and an unknown version URL', () => {
    const feed = parseJsonFeed(broken, { strict: false });
    expect(feed.version).toBe('https://jsonfeed.org/version/2.0-draft');
    expect(feed.title).toBe('');
    expect(feed.items.map((item) => item.id)).toEqual(['https://tidewater.example.org/2024/heron', '']);
    expect(feed.warnings.map((w) => w.code)).toEqual(['JSON_VERSION', 'JSON_NO_TITLE', 'JSON_ITEM_NO_ID', 'JSON_ITEM_NO_ID']);
    expect(feed.warnings.every((w) => w.line === null && w.column === null)).toBe(true);
    expect(feed.warnings[3]!.message).toContain('items[1]');
  });

  it('parseFeed is lenient by default: the unified fallbacks fill in', () => {
    const feed = parseFeed(broken);
    expect(feed.title).toBe('https://tidewater.example.org/');
    expect(feed.articles[0]!.id).toBe('https://tidewater.example.org/2024/heron');
    expect(feed.articles[1]!.id).toMatch(/^[0-9a-f]{16}$/);
    expect(feed.articles[1]!.id).toBe(parseFeed(broken).articles[1]!.id);
    expect(feed.warnings).toHaveLength(4);
  });

  it('a clean feed has no warnings, and what is not a JSON Feed still throws', () => {
    const clean = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: '1', content_text: 'x' }] });
    expect(parseJsonFeed(clean, { strict: false }).warnings).toEqual([]);
    expect(parseJsonFeed(clean).warnings).toEqual([]);
    expect(thrown(() => parseFeed(JSON.stringify({ items: [] }))).code).toBe('NOT_A_FEED');
    const noVersion = JSON.stringify({ version: 1.1, title: 'T', items: [] });
    expect(thrown(() => parseJsonFeed(noVersion, { strict: false })).code).toBe('JSON_TYPE_VERSION');
  });
});

describe('lenient JSON Feed: fields of the wrong JSON type', () => {
  // A podcast feed written by a template that quotes numbers, nulls an item and mistypes fields.
  const mistyped = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Harbour Radio',
    home_page_url: 'https://harbour.example.net/',
    expired: 'no',
    authors: [{ name: 'Ines Amaral' }, 'Rui Costa'],
    items: [
      {
        id: 'ep-12',
        title: 'Episode 12',
        content_text: 'Tides and ferries.',
        tags: 'ferries',
        attachments: [
          { url: 'https://harbour.example.net/ep12.mp3', mime_type: 'audio/mpeg', size_in_bytes: '1048576', duration_in_seconds: '1804.5' },
          { url: 'https://harbour.example.net/ep12.ogg', size_in_bytes: 'about 1 MB' },
        ],
      },
      null,
      { id: { value: 'ep-11' }, url: 'https://harbour.example.net/ep11', title: 11, content_html: '<p>Fog.</p>', author: 'Rui' },
    ],
  };

  it('strict mode throws the field\'s JSON_TYPE_ code, as before', () => {
    expect(thrown(() => parseJsonFeed(mistyped)).code).toBe('JSON_TYPE_AUTHORS');
    expect(thrown(() => parseJsonFeed({ ...mistyped, authors: [] })).code).toBe('JSON_TYPE_ITEMS');
    expect(thrown(() => parseJsonFeed({ ...mistyped, authors: [], items: [] })).code).toBe('JSON_TYPE_EXPIRED');
    expect(thrown(() => parseFeed(JSON.stringify(mistyped), { strict: true })).code).toBe('JSON_TYPE_AUTHORS');
  });

  it('strict: false leaves each mistyped value out, reads quoted numbers, and names every one in a warning', () => {
    const feed = parseJsonFeed(mistyped, { strict: false });
    expect(feed.expired).toBe(false);
    expect(feed.authors).toEqual([{ name: 'Ines Amaral', url: null, avatar: null }]);
    expect(feed.items.map((item) => item.id)).toEqual(['ep-12', 'https://harbour.example.net/ep11']);
    const [first, second] = feed.items;
    expect(first!.tags).toEqual([]);
    expect(first!.attachments.map((a) => [a.url, a.sizeInBytes, a.durationInSeconds])).toEqual([
      ['https://harbour.example.net/ep12.mp3', 1048576, 1804.5],
      ['https://harbour.example.net/ep12.ogg', null, null],
    ]);
    expect(second!.title).toBeNull();
    expect(second!.contentHtml).toBe('<p>Fog.</p>');
    expect(second!.authors).toEqual([]);
    expect(feed.warnings.map((w) => w.code).sort()).toEqual([
      'JSON_TYPE_EXPIRED', 'JSON_TYPE_AUTHORS', 'JSON_TYPE_ITEMS',
      'JSON_TYPE_ITEM_TAGS', 'JSON_TYPE_ATTACHMENT_SIZE_IN_BYTES', 'JSON_TYPE_ATTACHMENT_DURATION_IN_SECONDS',
      'JSON_TYPE_ATTACHMENT_SIZE_IN_BYTES',
      'JSON_TYPE_ITEM_AUTHOR', 'JSON_TYPE_ITEM_ID', 'JSON_ITEM_NO_ID', 'JSON_TYPE_ITEM_TITLE',
    ].sort());
    const byCode = (code: string) => feed.warnings.filter((w) => w.code === code).map((w) => w.message);
    expect(byCode('JSON_TYPE_ITEMS')).toEqual(['"items" must be an array of objects: element 1 is left out']);
    expect(byCode('JSON_TYPE_ATTACHMENT_SIZE_IN_BYTES')).toEqual([
      '"items[0].attachments[0].size_in_bytes" must be a number: the string is read as its number',
      '"items[0].attachments[1].size_in_bytes" must be a number: it is left out',
    ]);
  });

  it('parseFeed reads such a feed by default, and a feed whose title or items are of the wrong type', () => {
    const feed = parseFeed(JSON.stringify(mistyped));
    expect(feed.articles.map((a) => a.title)).toEqual(['Episode 12', null]);
    expect(feed.articles[0]!.attachments[0]).toMatchObject({ sizeInBytes: 1048576, durationInSeconds: 1804.5 });
    const odd = parseFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1', title: 7, home_page_url: 'https://odd.example/', items: {} }));
    expect(odd.title).toBe('https://odd.example/');
    expect(odd.articles).toEqual([]);
    expect(odd.warnings.map((w) => w.code)).toEqual(['JSON_TYPE_TITLE', 'JSON_TYPE_ITEMS']);
  });
});
