// Node-only helpers: read a file, then parse it with the runtime-neutral parsers.
import { open, type FileHandle } from 'node:fs/promises';
import { FeedDocumentError } from './errors.js';
import { settingsOf, type ParseOptions } from './options.js';
import {
  parseAtom, parseFeed, parseJsonFeed, parseOpml, parseRss,
  type AtomFeed, type Feed, type JsonFeed, type Opml, type RssChannel,
} from './index.js';
import { clip, limitsFrom } from './xml/index.js';

type FilePath = string | URL | Buffer;

const CHUNK = 1024 * 1024;

function shownPath(path: FilePath): string {
  if (typeof path === 'string') return clip(path);
  return clip(path instanceof URL ? path.href : path.toString('utf8'));
}

/**
 * The file's bytes, at most maxBytes + 1 of them: a larger file is refused by the parser with
 * LIMIT_BYTES, and a device or pipe that never ends (/dev/zero) cannot exhaust memory.
 */
async function readBytes(path: FilePath, options: ParseOptions | undefined): Promise<Uint8Array> {
  if (typeof path !== 'string' && !(path instanceof URL) && !Buffer.isBuffer(path)) {
    throw new FeedDocumentError('INVALID_INPUT', 'The path must be a string, a file: URL or a Buffer');
  }
  const { maxBytes } = limitsFrom(settingsOf(options));
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const chunks: Uint8Array[] = [];
    let total = 0;
    while (total <= maxBytes) {
      const chunk = new Uint8Array(Math.min(CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } catch (error) {
    const reason = error instanceof Error ? clip(error.message) : 'unknown error';
    throw new FeedDocumentError('FILE_UNREADABLE', `Cannot read ${shownPath(path)}: ${reason}`);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export async function parseRssFile(path: FilePath, options?: ParseOptions): Promise<RssChannel> {
  return parseRss(await readBytes(path, options), options);
}

export async function parseAtomFile(path: FilePath, options?: ParseOptions): Promise<AtomFeed> {
  return parseAtom(await readBytes(path, options), options);
}

export async function parseJsonFeedFile(path: FilePath, options?: ParseOptions): Promise<JsonFeed> {
  return parseJsonFeed(await readBytes(path, options), options);
}

export async function parseOpmlFile(path: FilePath, options?: ParseOptions): Promise<Opml> {
  return parseOpml(await readBytes(path, options), options);
}

export async function parseFeedFile(path: FilePath, options?: ParseOptions): Promise<Feed> {
  return parseFeed(await readBytes(path, options), options);
}
