// The atoma/node helpers read files the caller names: a wrong kind of path, a file that cannot be
// read, or one that never ends is a library error, and no more than maxBytes + 1 bytes are read.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FeedDocumentError, FeedXmlError } from '../../src/index.js';
import { parseAtomFile, parseFeedFile, parseJsonFeedFile, parseOpmlFile, parseRssFile } from '../../src/node.js';
import { repoRoot } from '../helpers.js';

const HELPERS = { parseRssFile, parseAtomFile, parseJsonFeedFile, parseOpmlFile, parseFeedFile } as const;
const SAMPLE = join(repoRoot, 'fixtures', 'rss', 'sample.xml');
const scratch = mkdtempSync(join(tmpdir(), 'atoma-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function rejection(promise: Promise<unknown>): Promise<Error & { code?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('expected the promise to reject');
}

describe('atoma/node file helpers', () => {
  it('read a path given as a string, a file: URL or a Buffer', async () => {
    for (const path of [SAMPLE, pathToFileURL(SAMPLE), Buffer.from(SAMPLE)]) {
      expect((await parseRssFile(path)).title).toBe('The Lighthouse Log');
    }
    expect((await parseFeedFile(SAMPLE)).format).toBe('rss');
  });

  it('refuse a path of the wrong kind with INVALID_INPUT', async () => {
    const trap = () => {
      throw new RangeError('trap');
    };
    for (const [name, helper] of Object.entries(HELPERS)) {
      for (const path of [undefined, null, 42, {}, Symbol('x'), new Proxy({}, { get: trap }), { toString: trap }]) {
        const error = await rejection(helper(path as never));
        expect(error, name).toBeInstanceOf(FeedDocumentError);
        expect(error.code, name).toBe('INVALID_INPUT');
      }
    }
  });

  it('report a missing file, a directory or a bad path as FILE_UNREADABLE', async () => {
    for (const path of [join(scratch, 'missing.xml'), scratch, 'with\u0000nul.xml']) {
      const error = await rejection(parseRssFile(path));
      expect(error).toBeInstanceOf(FeedDocumentError);
      expect(error.code).toBe('FILE_UNREADABLE');
      expect(error.message.length).toBeLessThan(400);
    }
  });

  it('refuse hostile options with INVALID_OPTION before opening the file', async () => {
    const options = new Proxy({}, { get: () => { throw new RangeError('trap'); } });
    const error = await rejection(parseRssFile(SAMPLE, options));
    expect(error.code).toBe('INVALID_OPTION');
  });

  it('read at most maxBytes + 1 bytes: a larger file is LIMIT_BYTES', async () => {
    const large = join(scratch, 'large.xml');
    writeFileSync(large, `<rss version="2.0"><channel><title>${'x'.repeat(200_000)}</title></channel></rss>`);
    const error = await rejection(parseRssFile(large, { maxBytes: 100_000 }));
    expect(error).toBeInstanceOf(FeedXmlError);
    expect(error.code).toBe('LIMIT_BYTES');
    expect((await parseRssFile(large)).title).toHaveLength(200_000);
  });

  it.skipIf(!existsSync('/dev/zero'))('stop reading a device that never ends', async () => {
    const started = performance.now();
    const error = await rejection(parseRssFile('/dev/zero', { maxBytes: 4 * 1024 * 1024 }));
    expect(error.code).toBe('LIMIT_BYTES');
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
