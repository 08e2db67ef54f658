// Which kind of document is this? Read from the document itself, never from a file name.
import type { FeedInput } from '../options.js';
import { DEFAULT_LIMITS, readText } from '../xml/index.js';
import { isJsonFeedVersion } from '../json-feed/index.js';

export type DocumentFormat = 'rss' | 'atom' | 'json' | 'opml';

const ATOM_NS = 'http://www.w3.org/2005/Atom';
const ATOM_03_NS = 'http://purl.org/atom/ns#';
const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const XMLNS = /\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
// Junk that servers print before a feed (PHP warnings and the like) is HTML of these kinds.
const HTML_JUNK = /^(?:br|b|i|p|font|div|span|html|body|head|meta|title|pre|strong|hr)$/i;

/** The index of the first non-whitespace character of the text (a BOM skipped), or -1. */
function firstSignificant(text: string): number {
  const match = /^\ufeff?\s*\S/.exec(text.slice(0, 1024));
  return match ? match[0].length - 1 : -1;
}

/** The namespace the root's own prefix is bound to on the root ('' when none is declared there). */
function namespaceOf(prefix: string, attributes: string): string {
  for (const m of attributes.matchAll(XMLNS)) {
    if ((m[1] ?? '') === prefix) return (m[2] ?? m[3])!;
  }
  return '';
}

/**
 * The format of a root element, as parseFeed reads it (leniently): <rss>, rdf:RDF, an Atom 1.0 or
 * 0.3 <feed> or <entry>, a namespace-less <feed>, <opml>; null for anything else.
 */
function formatOfRoot(name: string, attributes: string): DocumentFormat | null {
  const colon = name.indexOf(':');
  const prefix = colon === -1 ? '' : name.slice(0, colon);
  const local = colon === -1 ? name : name.slice(colon + 1);
  if (local === 'rss' && prefix === '') return 'rss';
  if (local === 'opml' && prefix === '') return 'opml';
  if (local !== 'feed' && local !== 'entry' && local !== 'RDF') return null;
  const ns = namespaceOf(prefix, attributes);
  if (local === 'RDF') return ns === RDF_NS ? 'rss' : null;
  if (ns === ATOM_NS || ns === ATOM_03_NS) return 'atom';
  return local === 'feed' && prefix === '' && ns === '' ? 'atom' : null;
}

/**
 * The index after the markup declaration at `lt` (`<!DOCTYPE …>` with its internal subset, or
 * another `<!…>`), quotes, comments and processing instructions inside it skipped; -1 when it does not end.
 */
function skipDeclaration(text: string, lt: number): number {
  let depth = 0;
  for (let j = lt + 2; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 34 || c === 39) {
      j = text.indexOf(c === 34 ? '"' : "'", j + 1);
      if (j === -1) return -1;
    } else if (c === 60 /* < */ && text.startsWith('<!--', j)) {
      j = text.indexOf('-->', j + 4);
      if (j === -1) return -1;
      j += 2;
    } else if (c === 60 && text.charCodeAt(j + 1) === 63 /* ? */) {
      j = text.indexOf('?>', j + 2);
      if (j === -1) return -1;
      j += 1;
    } else if (c === 91 /* [ */) {
      depth++;
    } else if (c === 93 /* ] */) {
      if (depth > 0) depth--;
    } else if (c === 62 /* > */ && depth === 0) {
      return j + 1;
    }
  }
  return -1;
}

/** The index after the comment, PI, CDATA section or declaration at `lt`; -1 when it does not end; `lt` when it is none of these. */
function skipProlog(text: string, lt: number): number {
  const closeAt = (terminator: string, from: number) => {
    const end = text.indexOf(terminator, from);
    return end === -1 ? -1 : end + terminator.length;
  };
  if (text.startsWith('<!--', lt)) return closeAt('-->', lt + 4);
  if (text.startsWith('<![CDATA[', lt)) return closeAt(']]>', lt + 9);
  if (text.startsWith('<!', lt)) return skipDeclaration(text, lt);
  if (text.startsWith('<?', lt)) return closeAt('?>', lt + 2);
  return lt;
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
  // Look at the start tags near the top, comments, PIs and the DOCTYPE skipped as the XML reader
  // skips them: junk or an HTML warning may come before the root.
  const head = text.slice(0, 64 * 1024);
  for (let lt = head.indexOf('<'); lt !== -1; ) {
    const after = skipProlog(head, lt);
    if (after === -1) return null;
    if (after !== lt) {
      lt = head.indexOf('<', after);
      continue;
    }
    const name = /^[A-Za-z_][\w.:-]{0,100}/.exec(head.slice(lt + 1, lt + 103))?.[0];
    if (name !== undefined) {
      const gt = head.indexOf('>', lt);
      const format = formatOfRoot(name, head.slice(lt + 1 + name.length, gt === -1 ? undefined : gt));
      if (format !== null) return format;
      if (!HTML_JUNK.test(name)) return null;
    }
    lt = head.indexOf('<', lt + 1);
  }
  return null;
}
