// JSON Feed attacks: deep nesting, amplification, wrong types everywhere and hostile objects handed
// in already parsed. Each is read or refused with a library error, in bounded time and memory.
import { describe, expect, it } from 'vitest';
import { FeedJsonError, FeedParseError, detectFormat, parseFeed, parseJsonFeed, validateFeed } from '../../src/index.js';
import { attack, attackEach, refused, survived } from './bounds.js';
import { flat, utf8 } from './documents.js';

const HEAD = '"version":"https://jsonfeed.org/version/1.1","title":"t"';
const feed = (rest: string) => flat(`{${HEAD},${rest}}`);
const JSON_ENTRY_POINTS: ReadonlyArray<readonly [string, (input: string) => unknown]> = [
  ['parseJsonFeed', (input) => parseJsonFeed(input)],
  ['parseFeed', (input) => parseFeed(input)],
  ['detectFormat', (input) => detectFormat(input)],
  ['validateFeed', (input) => validateFeed(input)],
];

function everywhere(doc: string, cpuMs: number, retainedMb = 64) {
  return JSON_ENTRY_POINTS.map(([name, read]) => {
    const outcome = attack(() => read(doc), { cpuMs, retainedMb });
    return { name, ...outcome };
  });
}

describe('nesting', () => {
  it('refuses a million nested arrays or objects with LIMIT_DEPTH, in every entry point', () => {
    for (const doc of [flat('['.repeat(1_000_000)), flat('{"a":'.repeat(200_000) + '1' + '}'.repeat(200_000)), feed(`"items":[{"id":"1","x":${'['.repeat(1_000_000)}}]`)]) {
      const [parsed] = everywhere(doc, 1000);
      expect(parsed!.error?.code).toBe('LIMIT_DEPTH');
    }
  });

  it('counts brackets inside strings as text', () => {
    const parsed = survived(() => parseJsonFeed(feed(`"description":"${'['.repeat(1_000_000)}","items":[]}`.slice(0, -1))), { cpuMs: 500 });
    expect(parsed.description).toHaveLength(1_000_000);
  });
});

describe('amplification', () => {
  const shapes: [string, string][] = [
    ['8,000,000 empty objects', feed(`"items":[${'{},'.repeat(8_000_000)}{}]`)],
    ['8,000,000 empty arrays', feed(`"x":[${'[],'.repeat(8_000_000)}[]],"items":[]`)],
    ['1,000,000 minimal items', feed(`"items":[${'{"id":"1"},'.repeat(1_000_000)}{"id":"2"}]`)],
  ];
  for (const [name, doc] of shapes) {
    it(`refuses ${name} with LIMIT_ELEMENTS before building them`, () => {
      expect(attack(() => parseJsonFeed(doc), { cpuMs: 2000, peakMb: 256 }).error?.code).toBe('LIMIT_ELEMENTS');
      expect(attack(() => parseFeed(doc), { cpuMs: 2000, peakMb: 256 }).error?.code).toBe('LIMIT_ELEMENTS');
      expect(attack(() => validateFeed(doc), { cpuMs: 2000, peakMb: 256 }).value?.valid).toBe(false);
    });
  }

  it('reads a million tags and 300,000 keys in bounded time and memory', () => {
    survived(() => parseJsonFeed(feed(`"items":[{"id":"1","tags":[${'"a",'.repeat(1_000_000)}"b"]}]`)), { cpuMs: 2000, retainedMb: 64, peakMb: 1024 });
    const keys = Array.from({ length: 300_000 }, (_, i) => `"k${i}":1`).join(',');
    survived(() => parseJsonFeed(feed(`${keys},"items":[]`)), { cpuMs: 2000, retainedMb: 64, peakMb: 1024 });
  });

  it('refuses JSON over maxBytes, as text and as bytes', () => {
    const big = feed(`"description":"${'x'.repeat(33 * 1024 * 1024)}","items":[]`);
    refused(() => parseJsonFeed(big), { code: 'LIMIT_BYTES', type: FeedJsonError }, { cpuMs: 300, retainedMb: 8 });
    const bytes = utf8(big);
    refused(() => parseJsonFeed(bytes), { code: 'LIMIT_BYTES', type: FeedJsonError }, { cpuMs: 300, retainedMb: 8 });
    refused(() => parseFeed(bytes), { code: 'LIMIT_BYTES' }, { cpuMs: 300, retainedMb: 8 });
  });
});

describe('wrong types everywhere', () => {
  const VALUES = ['null', 'true', '0', '-1', '1e308', '"x"', '""', '[]', '{}', '[null]', '[1]', '[[]]', '{"a":1}', '"\\ud800"'];
  const FEED_KEYS = ['version', 'title', 'home_page_url', 'feed_url', 'description', 'user_comment', 'next_url', 'icon', 'favicon',
    'author', 'authors', 'language', 'expired', 'hubs', 'items'];
  const ITEM_KEYS = ['id', 'url', 'external_url', 'title', 'content_html', 'content_text', 'summary', 'image', 'banner_image',
    'date_published', 'date_modified', 'author', 'authors', 'tags', 'language', 'attachments'];
  const ATTACHMENT_KEYS = ['url', 'mime_type', 'title', 'size_in_bytes', 'duration_in_seconds'];

  /** One document per (place, key, value): the key set to the value in an otherwise valid feed. */
  function variants(): string[] {
    const docs: string[] = [];
    const item = (extra: string) => `{"id":"1","url":"https://example.com/1"${extra}}`;
    for (const value of VALUES) {
      for (const key of FEED_KEYS) docs.push(`{${HEAD},"items":[${item('')}],"${key}":${value}}`);
      for (const key of ITEM_KEYS) docs.push(`{${HEAD},"items":[${item(`,"${key}":${value}`)}]}`);
      for (const key of ATTACHMENT_KEYS) docs.push(`{${HEAD},"items":[${item(`,"attachments":[{"url":"https://e.com/a","${key}":${value}}]`)}]}`);
      docs.push(`{${HEAD},"items":[${item(`,"authors":[{"name":${value},"url":${value},"avatar":${value}}]`)}]}`);
      docs.push(`{${HEAD},"items":[${value}]}`, `{${HEAD},"items":[${item('')}],"authors":[${value}]}`, value);
    }
    return docs;
  }

  it('read or refuse each with a library error, in every entry point, as text, bytes and objects', () => {
    const docs = variants();
    expect(docs.length).toBeGreaterThan(500);
    const calls = docs.flatMap((doc) => [
      ...JSON_ENTRY_POINTS.map(([, read]) => () => read(doc)),
      () => parseJsonFeed(utf8(doc)),
      () => parseJsonFeed(JSON.parse(doc) as object),
      () => parseFeed(JSON.parse(doc) as object),
    ]);
    const results = attackEach(calls, { cpuMs: 4000 });
    // Wrong JSON types are FeedParseError with a JSON_TYPE_ code (or the missing-field codes).
    const refusals = results.filter((r) => r.error instanceof FeedParseError).map((r) => r.error!.code);
    expect(refusals.some((code) => code.startsWith('JSON_TYPE_'))).toBe(true);
  });
});

describe('hostile objects handed in already parsed', () => {
  const version = 'https://jsonfeed.org/version/1.1';
  const trap = () => {
    throw new RangeError('trap');
  };

  function hostileObjects(): object[] {
    const cyclic: Record<string, unknown> = { version, title: 't', items: [] };
    (cyclic.items as unknown[]).push({ id: '1', author: cyclic, authors: [cyclic], attachments: [cyclic] });
    return [
      cyclic,
      { version, get title(): string { return trap(); }, items: [] },
      { version, title: 't', items: Object.assign([], { length: 2 ** 32 - 1 }) },
      { version, title: 't', items: [{ id: 10n }] },
      { version, title: Symbol('t'), items: [] },
      { version, title: 't', items: [{ id: '1', toString: trap, valueOf: trap }] },
      { version, title: 't', items: new Proxy([], { get: trap }) },
      { version, title: 't', items: [new Proxy({}, { getOwnPropertyDescriptor: trap })] },
      new Proxy({}, { getOwnPropertyDescriptor: trap }),
      Object.create(null) as object,
      Object.assign(Object.create({ version, title: 'inherited', items: [] }) as object, {}),
      new Date(0), [], new Map([['version', version]]), new Int16Array(4), new DataView(new ArrayBuffer(8)),
    ];
  }

  it('are read or refused with a library error by parseJsonFeed', () => {
    attackEach(hostileObjects().map((object) => () => parseJsonFeed(object)), { cpuMs: 500 });
  });

  it('are read or refused with a library error by parseFeed', () => {
    attackEach(hostileObjects().map((object) => () => parseFeed(object)), { cpuMs: 500 });
  });

  it('are never read through their prototype', () => {
    const inherited = Object.create({ version, title: 'inherited', items: [] }) as object;
    expect(attack(() => parseJsonFeed(inherited), { cpuMs: 100 }).error?.code).toBe('JSON_NO_VERSION');
  });

  it('proxies whose every trap throws are refused by parseFeed with a library error', () => {
    const hostile = new Proxy({}, { get: trap, getOwnPropertyDescriptor: trap, has: trap, ownKeys: trap, getPrototypeOf: trap });
    expect(attack(() => parseFeed(hostile), { cpuMs: 100 }).error).toBeDefined();
  });
});

describe('detecting the format of hostile JSON', () => {
  it('is bounded for large and deep JSON', () => {
    const results = [
      attack(() => detectFormat(feed(`"x":[${'{},'.repeat(8_000_000)}{}],"items":[]`)), { cpuMs: 2000, retainedMb: 16, peakMb: 512 }),
      attack(() => detectFormat(flat(`{"a":${'['.repeat(10_000_000)}`)), { cpuMs: 1000, retainedMb: 16 }),
    ];
    for (const { value } of results) expect(value === 'json' || value === null).toBe(true);
  });
});
