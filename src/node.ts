// Node-only helpers: read a file, then parse it with the runtime-neutral parsers.
import { readFile } from 'node:fs/promises';
import { FeedDocumentError } from './errors.js';
import type { ParseOptions } from './options.js';
import {
  parseAtom, parseFeed, parseJsonFeed, parseOpml, parseRss,
  type AtomFeed, type Feed, type JsonFeed, type Opml, type RssChannel,
} from './index.js';

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FeedDocumentError('FILE_UNREADABLE', `Cannot read ${path}: ${reason}`);
  }
}

export async function parseRssFile(path: string, options?: ParseOptions): Promise<RssChannel> {
  return parseRss(await readBytes(path), options);
}

export async function parseAtomFile(path: string, options?: ParseOptions): Promise<AtomFeed> {
  return parseAtom(await readBytes(path), options);
}

export async function parseJsonFeedFile(path: string, options?: ParseOptions): Promise<JsonFeed> {
  return parseJsonFeed(await readBytes(path), options);
}

export async function parseOpmlFile(path: string, options?: ParseOptions): Promise<Opml> {
  return parseOpml(await readBytes(path), options);
}

export async function parseFeedFile(path: string, options?: ParseOptions): Promise<Feed> {
  return parseFeed(await readBytes(path), options);
}
