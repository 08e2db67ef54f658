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
    const wrongType = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 7, items: [] });
    expect(thrown(() => parseFeed(wrongType)).code).toMatch(/^JSON_TYPE_/);
  });
});
