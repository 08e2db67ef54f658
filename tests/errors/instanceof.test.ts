// The error classes' instanceof: by brand (so it holds across the ESM and CommonJS copies, see
// tests/package), exact for the class hierarchy, safe on hostile values, ordinary for subclasses.
import { describe, expect, it } from 'vitest';
import { FeedDocumentError, FeedFetchError, FeedJsonError, FeedParseError, FeedXmlError } from '../../src/index.js';

describe('instanceof on the error classes', () => {
  it('follows the class hierarchy', () => {
    const xml = new FeedXmlError('XML_MALFORMED', 'm', { line: 1, column: 2 });
    const fetchError = new FeedFetchError('FETCH_STATUS', 'HTTP 404', { url: 'https://e.com/', status: 404 });
    expect([xml instanceof FeedXmlError, xml instanceof FeedDocumentError, xml instanceof Error]).toEqual([true, true, true]);
    expect([xml instanceof FeedJsonError, xml instanceof FeedParseError, xml instanceof FeedFetchError]).toEqual([false, false, false]);
    expect([fetchError instanceof FeedFetchError, fetchError instanceof FeedDocumentError, fetchError instanceof FeedXmlError]).toEqual([true, true, false]);
    expect(new FeedParseError('RSS_VERSION', 'm') instanceof FeedDocumentError).toBe(false);
    expect(fetchError).toMatchObject({ name: 'FeedFetchError', code: 'FETCH_STATUS', url: 'https://e.com/', status: 404 });
  });

  it('is false, never a throw, for look-alikes and hostile values', () => {
    const throwing = new Proxy({}, { get: () => { throw new Error('trap'); }, getPrototypeOf: () => { throw new Error('trap'); } });
    for (const value of [null, undefined, 1, 'FeedXmlError', { code: 'XML_MALFORMED', name: 'FeedXmlError' }, new Error('x'), throwing]) {
      expect(value instanceof FeedDocumentError).toBe(false);
      expect(value instanceof FeedParseError).toBe(false);
    }
  });

  it('keeps ordinary instanceof for a subclass of the user\'s', () => {
    class TimedOut extends FeedDocumentError {}
    const mine = new TimedOut('FETCH_TIMEOUT', 'slow');
    expect(mine instanceof TimedOut).toBe(true);
    expect(mine instanceof FeedDocumentError).toBe(true);
    expect(new FeedDocumentError('FETCH_TIMEOUT', 'slow') instanceof TimedOut).toBe(false);
  });
});
