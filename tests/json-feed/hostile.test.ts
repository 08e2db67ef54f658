// Hostile input: prototype keys, getters, proxies, huge sparse arrays, and random values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeedJsonError, FeedParseError, isAtomaError } from '../../src/errors.js';
import { parseJsonFeed } from '../../src/index.js';
import { fixture, thrown } from '../helpers.js';

const version = 'https://jsonfeed.org/version/1.1';

describe('__proto__ and inherited keys', () => {
  it('reads own fields only and pollutes nothing', () => {
    const feed = parseJsonFeed(fixture('json/hostile-proto.json'));
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({ id: 'real', title: null, contentText: 'Only own fields count.' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(feed)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(feed.items[0])).toBe(Object.prototype);
  });

  it('does not take an item id from a __proto__ key', () => {
    const input = `{"version":"${version}","title":"T","items":[{"__proto__":{"id":"p"},"content_text":"x"}]}`;
    expect(thrown(() => parseJsonFeed(input)).code).toBe('JSON_ITEM_NO_ID');
  });

  it('ignores fields inherited from a polluted Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.title = 'inherited';
    try {
      expect(thrown(() => parseJsonFeed({ version, items: [] })).code).toBe('JSON_NO_TITLE');
    } finally {
      delete proto.title;
    }
  });
});

describe('objects handed in', () => {
  it('never runs getters', () => {
    let calls = 0;
    const feed = {
      version,
      get title() {
        calls++;
        throw new Error('getter ran');
      },
    };
    expect(thrown(() => parseJsonFeed(feed)).code).toBe('JSON_NO_TITLE');
    expect(calls).toBe(0);
  });

  it('turns a throwing proxy trap into JSON_UNREADABLE', () => {
    const trap = new Proxy({}, { getOwnPropertyDescriptor: () => { throw new RangeError('trap'); } });
    const error = thrown(() => parseJsonFeed(trap));
    expect(error).toBeInstanceOf(FeedParseError);
    expect(error.code).toBe('JSON_UNREADABLE');
    const { proxy, revoke } = Proxy.revocable({ version, title: 'T', items: [] }, {});
    revoke();
    expect(thrown(() => parseJsonFeed({ version, title: 'T', items: [proxy] })).code).toBe('JSON_UNREADABLE');
  });

  it('reads a well-behaved proxy like the object behind it', () => {
    const target = { version, title: 'Proxied', items: [{ id: 'p1' }] };
    expect(parseJsonFeed(new Proxy(target, {})).items[0]!.id).toBe('p1');
  });

  it('turns a throwing custom sanitize function into SANITIZE_FAILED, as every format does', () => {
    const input = { version, title: 'T', items: [{ id: '1', content_html: '<p>x</p>' }] };
    const sanitize = () => { throw new TypeError('sanitizer bug'); };
    const error = thrown(() => parseJsonFeed(input, { sanitize }));
    expect(error).toBeInstanceOf(FeedParseError);
    expect(error.code).toBe('SANITIZE_FAILED');
  });

  it('bounds the work on a huge sparse array', () => {
    const items: unknown[] = [];
    items.length = 2 ** 32 - 1;
    const error = thrown(() => parseJsonFeed({ version, title: 'T', items }));
    expect(error).toBeInstanceOf(FeedJsonError);
    expect(error.code).toBe('LIMIT_BYTES');
  });

  it('reads an array hole as a missing element', () => {
    const items: unknown[] = [];
    items.length = 1;
    expect(thrown(() => parseJsonFeed({ version, title: 'T', items })).code).toBe('JSON_TYPE_ITEMS');
  });

  it('does not walk cycles or extension objects', () => {
    const root: Record<string, unknown> = { version, title: 'Cyclic', items: [] };
    root._self = root;
    (root.items as unknown[]).push({ id: 'c', _parent: root });
    expect(parseJsonFeed(root).items[0]!.id).toBe('c');
  });

  it('rejects non-finite numbers and ignores negative quantities', () => {
    const attachment = (fields: object) => ({ version, title: 'T', items: [{ id: 'a', attachments: [{ url: 'https://a.example/a.mp3', ...fields }] }] });
    expect(thrown(() => parseJsonFeed({ version, title: 'T', items: [{ id: Number.NaN }] })).code).toBe('JSON_TYPE_ITEM_ID');
    const odd = parseJsonFeed(attachment({ size_in_bytes: Number.POSITIVE_INFINITY, duration_in_seconds: -5 }));
    expect(odd.items[0]!.attachments[0]).toMatchObject({ sizeInBytes: null, durationInSeconds: null });
  });
});

describe('random input never escapes as a foreign error', () => {
  const settle = (input: unknown) => {
    try {
      parseJsonFeed(input as object);
    } catch (error) {
      if (!isAtomaError(error)) throw error;
    }
  };

  it('for random JSON text', () => {
    fc.assert(fc.property(fc.json(), settle), { numRuns: 300 });
  });

  it('for random strings and bytes', () => {
    fc.assert(fc.property(fc.string(), settle), { numRuns: 300 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), settle), { numRuns: 300 });
  });

  it('for feed-shaped objects whose fields hold anything', () => {
    const anything = fc.anything({ maxDepth: 3, withNullPrototype: true, withMap: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true, withObjectString: true });
    const attachment = fc.record({ url: anything, mime_type: anything, size_in_bytes: anything, duration_in_seconds: anything }, { requiredKeys: [] });
    const author = fc.record({ name: anything, url: anything, avatar: anything }, { requiredKeys: [] });
    const item = fc.record(
      {
        id: fc.oneof(fc.string(), fc.integer(), anything), url: anything, title: anything, content_html: anything,
        date_published: anything, tags: fc.oneof(fc.array(anything), anything),
        authors: fc.oneof(fc.array(author), anything), author: fc.oneof(author, anything),
        attachments: fc.oneof(fc.array(attachment), anything),
      },
      { requiredKeys: ['id'] },
    );
    const feed = fc.record(
      {
        version: fc.oneof(fc.constant(version), anything), title: fc.oneof(fc.string(), anything),
        home_page_url: anything, expired: anything, authors: fc.oneof(fc.array(author), anything),
        items: fc.oneof(fc.array(fc.oneof(item, anything), { maxLength: 5 }), anything),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(feed, settle), { numRuns: 500 });
  });

  it('accepts every well-typed feed', () => {
    const text = fc.option(fc.string(), { nil: undefined });
    const item = fc.record({ id: fc.oneof(fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), fc.integer()), title: text, content_html: text, summary: text, tags: fc.array(fc.string()) });
    const feed = fc.record({ version: fc.constant(version), title: fc.string(), items: fc.array(item, { maxLength: 5 }) });
    fc.assert(
      fc.property(feed, (value) => {
        const parsed = parseJsonFeed(JSON.stringify(value), { sanitize: false });
        expect(parsed.items.map((i) => i.id)).toEqual(value.items.map((i) => String(i.id).trim()));
      }),
      { numRuns: 300 },
    );
  });
});
