// Which kind of document is this? Read from the document itself, never from a file name.
import type { FeedInput } from '../options.js';
import { DEFAULT_LIMITS, readText } from '../xml/index.js';
import { isJsonFeedVersion } from '../json-feed/index.js';

export type DocumentFormat = 'rss' | 'atom' | 'json' | 'opml';

const ATOM_NS = 'http://www.w3.org/2005/Atom';
const XMLNS = /\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
// Junk that servers print before a feed (PHP warnings and the like) is HTML of these kinds.
const HTML_JUNK = /^(?:br|b|i|p|font|div|span|html|body|head|meta|title|pre|strong|hr)$/i;

/** The index of the first non-whitespace character of the text (a BOM skipped), or -1. */
function firstSignificant(text: string): number {
  const match = /^\ufeff?\s*\S/.exec(text.slice(0, 1024));
  return match ? match[0].length - 1 : -1;
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

/** The end of the JSON string token starting at the quote at `i` (the index after its closing quote), or -1. */
function skipString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 92 /* \\ */) j++;
    else if (c === 34 /* " */) return j + 1;
  }
  return -1;
}

/** The index after the JSON value at `i`, skipped without building it (strings and nesting counted), or -1. */
function skipValue(text: string, i: number): number {
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 34) {
      j = skipString(text, j);
      if (j === -1) return -1;
      j--;
      if (depth === 0) return j + 1;
    } else if (c === 123 || c === 91) {
      depth++;
    } else if (c === 125 || c === 93) {
      if (depth === 0) return j;
      if (--depth === 0) return j + 1;
    } else if (c === 44 && depth === 0) {
      return j;
    }
  }
  return depth === 0 ? text.length : -1;
}

/**
 * The top-level "version" member of a JSON object, read in one pass without parsing the rest
 * (so a huge or deeply nested document costs a scan, not a parse); null when there is none.
 */
function topLevelVersion(text: string, open: number): unknown {
  const space = /\s*/y;
  const skipSpace = (at: number) => {
    space.lastIndex = at;
    space.test(text);
    return space.lastIndex;
  };
  let i = open + 1;
  for (;;) {
    i = skipSpace(i);
    if (text.charCodeAt(i) !== 34) return null;
    const keyEnd = skipString(text, i);
    if (keyEnd === -1) return null;
    const key = text.slice(i, keyEnd);
    i = skipSpace(keyEnd);
    if (text.charCodeAt(i) !== 58 /* : */) return null;
    i = skipSpace(i + 1);
    const valueEnd = skipValue(text, i);
    if (valueEnd === -1) return null;
    if (key === '"version"') {
      try {
        return JSON.parse(text.slice(i, valueEnd));
      } catch {
        return null;
      }
    }
    i = skipSpace(valueEnd);
    if (text.charCodeAt(i) !== 44 /* , */) return null;
    i++;
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
  const first = firstSignificant(text);
  if (first !== -1 && text.charCodeAt(first) === 123 /* { */) return isJsonFeedVersion(topLevelVersion(text, first)) ? 'json' : null;
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
