import { describe, expect, it } from 'vitest';
import { FeedJsonError } from '../../src/errors.js';
import { parseJsonFeed } from '../../src/index.js';
import { checkJsonStructure, decodeJsonBytes, readJsonText } from '../../src/json-feed/read.js';
import { DEFAULT_LIMITS } from '../../src/xml/limits.js';
import { fixture, thrown } from '../helpers.js';

const minimal = '{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[]}';

describe('decodeJsonBytes', () => {
  const sample = '{"title":"Grüße €"}';
  const utf16 = (text: string, littleEndian: boolean) => {
    const bytes = new Uint8Array(text.length * 2);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
    return bytes;
  };

  it('reads UTF-8 with and without a BOM', () => {
    const utf8 = new TextEncoder().encode(sample);
    expect(decodeJsonBytes(utf8)).toBe(sample);
    expect(decodeJsonBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(sample);
  });

  it('reads UTF-16 by its BOM or by the zero byte beside the first character', () => {
    expect(decodeJsonBytes(new Uint8Array([0xff, 0xfe, ...utf16(sample, true)]))).toBe(sample);
    expect(decodeJsonBytes(new Uint8Array([0xfe, 0xff, ...utf16(sample, false)]))).toBe(sample);
    expect(decodeJsonBytes(utf16(sample, true))).toBe(sample);
    expect(decodeJsonBytes(utf16(sample, false))).toBe(sample);
  });

  it('reads empty and one-byte input without guessing UTF-16', () => {
    expect(decodeJsonBytes(new Uint8Array([]))).toBe('');
    expect(decodeJsonBytes(new Uint8Array([0x31]))).toBe('1');
  });
});

describe('maxBytes', () => {
  const size = new TextEncoder().encode(minimal).length;

  it('accepts a document of exactly maxBytes and rejects one byte less', () => {
    expect(parseJsonFeed(minimal, { maxBytes: size }).title).toBe('T');
    for (const input of [minimal, new TextEncoder().encode(minimal)]) {
      const error = thrown(() => parseJsonFeed(input, { maxBytes: size - 1 }));
      expect(error).toBeInstanceOf(FeedJsonError);
      expect(error.code).toBe('LIMIT_BYTES');
    }
  });

  it('counts a string by its UTF-8 bytes', () => {
    expect(() => readJsonText('"éé"', 5)).toThrow(FeedJsonError);
    expect(readJsonText('"éé"', 6)).toBe('"éé"');
  });

  it('defaults to the limit shared with the XML reader', () => {
    const big = `{"pad":"${'x'.repeat(DEFAULT_LIMITS.maxBytes)}"}`;
    expect(thrown(() => parseJsonFeed(big)).code).toBe('LIMIT_BYTES');
  });
});

describe('maxDepth', () => {
  it('rejects deep nesting before JSON.parse sees it', () => {
    const deep = '['.repeat(DEFAULT_LIMITS.maxDepth + 1) + ']'.repeat(DEFAULT_LIMITS.maxDepth + 1);
    const error = thrown(() => parseJsonFeed(deep));
    expect(error).toBeInstanceOf(FeedJsonError);
    expect(error.code).toBe('LIMIT_DEPTH');
  });

  it('stops early on 20 MB of open brackets', () => {
    const input = new TextEncoder().encode('{"a":'.repeat(4_000_000));
    const started = performance.now();
    expect(thrown(() => parseJsonFeed(input)).code).toBe('LIMIT_DEPTH');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('scans long strings quickly', () => {
    const input = `{"a":"${'[{\\"'.repeat(2_000_000)}"}`;
    const started = performance.now();
    expect(() => checkJsonStructure(input, { maxDepth: 1, maxElements: 1 })).not.toThrow();
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(() => checkJsonStructure('{"a":"[[[[[\\"{{{{{","b":["\\\\"]}', { maxDepth: 2, maxElements: 2 })).not.toThrow();
    expect(() => checkJsonStructure('{"a":[["x"]]}', { maxDepth: 2, maxElements: 9 })).toThrow(FeedJsonError);
  });

  it('honours the maxDepth option (a 1.1 feed with an extension nests 6 deep)', () => {
    const feed = fixture('json/feed-1.1.json');
    expect(parseJsonFeed(feed, { maxDepth: 6 }).title).toBe('Quiet Compiler');
    expect(thrown(() => parseJsonFeed(feed, { maxDepth: 5 })).code).toBe('LIMIT_DEPTH');
  });
});

describe('element count', () => {
  it('rejects a flood of tiny containers before JSON.parse builds them', () => {
    const flood = `[${'{},'.repeat(DEFAULT_LIMITS.maxElements)}{}]`;
    const started = performance.now();
    const error = thrown(() => parseJsonFeed(flood));
    expect(error).toBeInstanceOf(FeedJsonError);
    expect(error.code).toBe('LIMIT_ELEMENTS');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('counts arrays and objects only, not strings or numbers', () => {
    const feed = '{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"1","tags":["a","b","c"]}]}';
    expect(() => checkJsonStructure(feed, { maxDepth: 10, maxElements: 4 })).not.toThrow();
    expect(parseJsonFeed(feed).items[0]!.tags).toEqual(['a', 'b', 'c']);
    expect(() => checkJsonStructure(feed, { maxDepth: 10, maxElements: 3 })).toThrow(FeedJsonError);
  });
});
