// Which kind of document is this? Read from the document itself, never from a file name.
import type { FeedInput } from '../options.js';
import { DEFAULT_LIMITS, readText } from '../xml/index.js';
import { isJsonFeedVersion } from '../json-feed/index.js';

export type DocumentFormat = 'rss' | 'atom' | 'json' | 'opml';

const ATOM_NS = 'http://www.w3.org/2005/Atom';
const XMLNS = /\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
// Junk that servers print before a feed (PHP warnings and the like) is HTML of these kinds.
const HTML_JUNK = /^(?:br|b|i|p|font|div|span|html|body|head|meta|title|pre|strong|hr)$/i;

/** The first non-whitespace character of the text, skipping a BOM. */
function firstSignificant(text: string): string {
  const match = /^\ufeff?\s*(\S)/.exec(text.slice(0, 1024));
  return match ? match[1]! : '';
}

function formatOfRoot(name: string, attributes: string): DocumentFormat | null {
  const colon = name.indexOf(':');
  const prefix = colon === -1 ? '' : name.slice(0, colon);
  const local = colon === -1 ? name : name.slice(colon + 1);
  if (local === 'rss' && prefix === '') return 'rss';
  if (local === 'opml' && prefix === '') return 'opml';
  if (local !== 'feed') return null;
  for (const m of attributes.matchAll(XMLNS)) {
    if ((m[1] ?? '') === prefix && (m[2] ?? m[3]) === ATOM_NS) return 'atom';
  }
  return null;
}

function jsonFormat(text: string): DocumentFormat | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && isJsonFeedVersion((value as { version?: unknown }).version)
      ? 'json'
      : null;
  } catch {
    return null;
  }
}

/** Detects RSS, Atom, JSON Feed or OPML; null for anything else (and for input that cannot be read). */
export function detectFormat(input: FeedInput): DocumentFormat | null {
  let text: string;
  try {
    text = readText(input, DEFAULT_LIMITS.maxBytes).text;
  } catch {
    return null;
  }
  if (firstSignificant(text) === '{') return jsonFormat(text);
  // Look at the start tags near the top: junk or an HTML warning may come before the root.
  const head = text.slice(0, 64 * 1024);
  for (let lt = head.indexOf('<'); lt !== -1; lt = head.indexOf('<', lt + 1)) {
    const name = /^[A-Za-z_][\w.:-]{0,100}/.exec(head.slice(lt + 1, lt + 103))?.[0];
    if (name === undefined) continue; // a declaration, comment, PI or end tag
    const gt = head.indexOf('>', lt);
    const format = formatOfRoot(name, head.slice(lt + 1 + name.length, gt === -1 ? undefined : gt));
    if (format !== null) return format;
    if (!HTML_JUNK.test(name)) return null;
  }
  return null;
}
