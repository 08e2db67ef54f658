// Turns validate's arguments into inputs: a directory stands for the feed files in it, a glob
// (quoted, so the shell left it alone) for the files it matches. Files, URLs and "-" pass as given.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isUrl } from './input.js';

/** The extensions of files a directory argument stands for. */
export const FEED_EXTENSIONS = ['.xml', '.rss', '.atom', '.rdf', '.feed', '.json', '.opml'];

/** At most this many files come from one directory or glob (a glob over `/` must not exhaust memory). */
const MAX_MATCHES = 100_000;

/** One input to check, in the order of the arguments; `matchedNothing` for a directory or glob without a feed file. */
export interface ExpandedInput {
  spec: string;
  matchedNothing: boolean;
}

function isGlob(spec: string): boolean {
  return /[*?[]/.test(spec);
}

function segmentPattern(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i]!;
    if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1) source += '\\[';
      else {
        const set = segment.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        source += `[${set}]`;
        i = close;
      }
    } else source += char.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

async function entries(dir: string): Promise<{ name: string; directory: boolean }[]> {
  try {
    const list = await readdir(dir === '' ? '.' : dir, { withFileTypes: true });
    return list
      .filter((e) => !e.name.startsWith('.'))
      .map((e) => ({ name: e.name, directory: e.isDirectory() }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

/** The files matching a glob of `*`, `?`, `[…]` and `**` (any depth), in sorted order; hidden entries skipped. */
async function glob(pattern: string): Promise<string[]> {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s, i) => s !== '' || i === 0);
  const found: string[] = [];
  async function walk(dir: string, index: number): Promise<void> {
    if (found.length >= MAX_MATCHES) return;
    const segment = segments[index];
    if (segment === undefined) return;
    const last = index === segments.length - 1;
    if (segment === '**') {
      await walk(dir, index + 1); // zero directories
      for (const entry of await entries(dir)) {
        // node_modules holds other packages' files, never the feeds a project publishes.
        if (entry.directory && entry.name !== 'node_modules') await walk(join(dir, entry.name), index);
      }
      return;
    }
    if (!isGlob(segment)) {
      const path = dir === '' && absolute && index === 0 ? '/' : join(dir, segment);
      if (segment === '' || segment === '.' || segment === '..') return walk(path, index + 1);
      if (last) {
        if ((await stat(path).catch(() => null))?.isFile()) found.push(path);
      } else {
        await walk(path, index + 1);
      }
      return;
    }
    const regex = segmentPattern(segment);
    for (const entry of await entries(dir)) {
      if (!regex.test(entry.name)) continue;
      if (last && !entry.directory) found.push(join(dir, entry.name));
      else if (!last && entry.directory) await walk(join(dir, entry.name), index + 1);
    }
  }
  await walk(absolute ? '/' : '', absolute ? 1 : 0);
  return [...new Set(found)];
}

/** The feed files directly in a directory, sorted; null when the path is not a directory. */
async function directory(path: string): Promise<string[] | null> {
  const info = await stat(path).catch(() => null);
  if (info === null || !info.isDirectory()) return null;
  return (await entries(path))
    .filter((e) => !e.directory && FEED_EXTENSIONS.some((ext) => e.name.toLowerCase().endsWith(ext)))
    .slice(0, MAX_MATCHES)
    .map((e) => join(path, e.name));
}

export async function expandInputs(specs: readonly string[]): Promise<ExpandedInput[]> {
  const inputs: ExpandedInput[] = [];
  for (const spec of specs) {
    if (spec === '-' || isUrl(spec) || spec.startsWith('file:')) {
      inputs.push({ spec, matchedNothing: false });
      continue;
    }
    const files = (await directory(spec)) ?? ((await stat(spec).catch(() => null)) === null && isGlob(spec) ? await glob(spec) : null);
    if (files === null) inputs.push({ spec, matchedNothing: false });
    else if (files.length === 0) inputs.push({ spec, matchedNothing: true });
    else inputs.push(...files.map((file) => ({ spec: file, matchedNothing: false })));
  }
  return inputs;
}
