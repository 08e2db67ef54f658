// URL resolution and the scheme policy, in one place for model fields and HTML attributes alike.
import { isSchemeCharacter } from './chars.js';

/** Schemes that run code or smuggle a document in; a URL with one of them is dropped. */
const UNSAFE_SCHEMES: ReadonlySet<string> = new Set(['javascript', 'vbscript', 'data', 'livescript', 'mocha']);

/**
 * Bases longer than this are ignored (relative URLs stay relative). Each relative URL is resolved
 * against its base, so a 50 KB base under thousands of links would cost 50 KB of time and memory
 * per link; no useful URL is this long (the XML reader applies the same bound to xml:base).
 */
export const MAX_BASE_LENGTH = 2048;

/** Stands in for an unknown document location while a relative base is applied; never returned. */
const PLACEHOLDER_ORIGIN = 'https://placeholder.invalid';

/**
 * Resolves `url` against `base` (absolute, relative or null) and returns null when the result is
 * empty or has an unsafe scheme. An absolute URL is returned as written (trimmed); a relative URL
 * with no absolute base stays relative. Never throws.
 */
export function resolveUrl(url: string, base: string | null | undefined): string | null {
  try {
    if (typeof url !== 'string') return null;
    const trimmed = trimUrl(url);
    if (startsWithHttpScheme(trimmed)) return trimmed; // absolute, and safe: the common case first
    if (!hasNoScheme(trimmed)) {
      if (trimmed === '' || isUnsafeUrl(trimmed)) return null;
      if (schemeOf(trimmed) !== null) return trimmed;
    }
    const baseText = typeof base === 'string' && base.length <= MAX_BASE_LENGTH ? trimUrl(base) : '';
    if (baseText === '') return trimmed;
    const resolved = resolveRelative(trimmed, baseText);
    if (resolved === null) return trimmed;
    return isUnsafeUrl(resolved) ? null : resolved;
  } catch {
    return null;
  }
}

/**
 * True when a browser could read `url` as a `javascript:`, `vbscript:` or `data:` URL (or one of
 * the old script aliases): character references are decoded (several times, for double encoding)
 * and the characters browsers skip or strip (controls, whitespace, invisible format characters)
 * are removed before the scheme is read.
 */
export function isUnsafeUrl(url: string): boolean {
  // Decoding references and removing ignored characters never touch a leading `http:`/`https:`.
  if (startsWithHttpScheme(url)) return false;
  let text = url;
  for (let round = 0; round < 3 && text.includes('&'); round++) {
    const decoded = decodeCharacterReferences(text);
    if (decoded === text) break;
    text = decoded;
  }
  const scheme = schemeOf(text.replace(IGNORED_IN_SCHEME, ''));
  return scheme !== null && UNSAFE_SCHEMES.has(scheme);
}

/** One image candidate of a srcset: its URL and its descriptor (`2x`, `640w`, or empty). */
export interface SrcsetCandidate { url: string; descriptor: string }

/** The candidates of a srcset with their URLs resolved against `base`; unsafe ones left out. */
export function resolveSrcsetCandidates(srcset: string, base: string | null): SrcsetCandidate[] {
  const kept: SrcsetCandidate[] = [];
  for (const candidate of splitSrcset(srcset)) {
    const url = resolveUrl(candidate.url, base);
    if (url !== null) kept.push({ url, descriptor: candidate.descriptor });
  }
  return kept;
}


/**
 * True for a relative URL whose start no decoding or removal of ignored characters can turn into
 * a scheme: scheme characters (or none) up to a `/`, `?` or `#`, or to the end (`/posts/1`,
 * `image.png`, `?page=2`). A cheap test that spares the common relative URLs the full check.
 */
function hasNoScheme(url: string): boolean {
  let k = 0;
  while (k < url.length && isSchemeCharacter(url.charCodeAt(k))) k++;
  if (k === url.length) return k > 0;
  const c = url.charCodeAt(k);
  return c === 0x2f /* / */ || c === 0x3f /* ? */ || c === 0x23 /* # */;
}

/** `http:` or `https:` (any case) as the very first characters. */
function startsWithHttpScheme(url: string): boolean {
  if (url.length < 5 || (url.charCodeAt(0) | 0x20) !== 0x68 /* h */ || (url.charCodeAt(1) | 0x20) !== 0x74 /* t */
    || (url.charCodeAt(2) | 0x20) !== 0x74 || (url.charCodeAt(3) | 0x20) !== 0x70 /* p */) return false;
  const fifth = url.charCodeAt(4);
  return fifth === 0x3a /* : */ || ((fifth | 0x20) === 0x73 /* s */ && url.charCodeAt(5) === 0x3a);
}

// Controls, whitespace and invisible format characters: browsers skip tabs and newlines anywhere
// in a URL and strip leading controls and spaces; the rest are removed to stay on the safe side.
const IGNORED_IN_SCHEME = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g;

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/** The lower-cased scheme as the WHATWG URL parser would read it, or null for a relative URL. */
function schemeOf(url: string): string | null {
  const match = SCHEME.exec(url.includes('\t') || url.includes('\n') || url.includes('\r') ? url.replace(/[\t\n\r]/g, '') : url);
  return match ? match[1]!.toLowerCase() : null;
}

const NAMED_IN_URLS: ReadonlyMap<string, string> = new Map([
  ['colon', ':'], ['tab', '\t'], ['newline', '\n'], ['amp', '&'], ['nbsp', '\u00a0'],
  ['sol', '/'], ['lpar', '('], ['rpar', ')'], ['quot', '"'], ['apos', "'"],
]);

/** Decodes numeric references (with or without `;`, any number of digits) and the names attackers use in URLs. */
function decodeCharacterReferences(text: string): string {
  return text.replace(/&(?:#[xX]([0-9a-fA-F]+);?|#([0-9]+);?|([a-zA-Z]{1,32});)/g, (whole, hex?: string, dec?: string, name?: string) => {
    if (name !== undefined) return NAMED_IN_URLS.get(name.toLowerCase()) ?? whole;
    const digits = (hex ?? dec!).replace(/^0+/, '');
    if (digits.length > 7) return '\ufffd';
    const code = parseInt(digits || '0', hex !== undefined ? 16 : 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** Trims what the URL parser strips at both ends (C0 controls and space), without a backtracking regex. */
function trimUrl(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** Resolves a relative `url` against `base`; null when the base cannot be used. */
function resolveRelative(url: string, base: string): string | null {
  if (schemeOf(base) !== null) {
    try {
      return new URL(url, base).href;
    } catch {
      return null; // an opaque or malformed base (`mailto:…`, `http://[`) resolves nothing
    }
  }
  // A relative base (an xml:base with no document URL): combine the two through a placeholder
  // origin, then take the placeholder off again so the result stays relative.
  let resolved: URL;
  try {
    resolved = new URL(url, new URL(base, `${PLACEHOLDER_ORIGIN}/`));
  } catch {
    return null;
  }
  if (resolved.origin !== PLACEHOLDER_ORIGIN) return resolved.href.slice(resolved.protocol.length); // '//host/…'
  const path = resolved.pathname + resolved.search + resolved.hash;
  const rootRelative = url.startsWith('/') || url.startsWith('\\') || base.startsWith('/') || base.startsWith('\\');
  return rootRelative ? path : path.slice(1);
}

/**
 * Splits a srcset into candidates the way the HTML standard does: a URL runs to the next
 * whitespace (a trailing comma ends the candidate), descriptors run to the next comma outside
 * parentheses. One linear pass.
 */
function splitSrcset(srcset: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  const n = srcset.length;
  let i = 0;
  while (i < n) {
    while (i < n && (isSpace(srcset.charCodeAt(i)) || srcset[i] === ',')) i++;
    if (i >= n) break;
    const urlStart = i;
    while (i < n && !isSpace(srcset.charCodeAt(i))) i++;
    let url = srcset.slice(urlStart, i);
    let descriptor = '';
    if (url.endsWith(',')) {
      let end = url.length;
      while (end > 0 && url[end - 1] === ',') end--;
      url = url.slice(0, end);
    } else {
      const descriptorStart = i;
      let depth = 0;
      while (i < n) {
        const c = srcset[i];
        if (c === '(') depth++;
        else if (c === ')') depth = Math.max(0, depth - 1);
        else if (c === ',' && depth === 0) break;
        i++;
      }
      descriptor = srcset.slice(descriptorStart, i).trim().replace(/\s+/g, ' ');
      i++;
    }
    if (url !== '') candidates.push({ url, descriptor });
  }
  return candidates;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}
