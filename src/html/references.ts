// Character references as the sanitizer's parser (htmlparser2) decodes them, for the subset the
// fast path decodes itself: numeric references (with the windows-1252 reading of 128-159), the
// named references feeds use, and the legacy names HTML decodes even without `;`. Anything else
// is reported as unsure, and the caller hands the whole fragment to the full sanitizer.

/** Named references (with their `;`) and their code points: punctuation, symbols, Latin-1 letters. */
const NAMED: ReadonlyMap<string, number> = new Map([
  ['amp', 0x26], ['lt', 0x3c], ['gt', 0x3e], ['quot', 0x22], ['apos', 0x27], ['nbsp', 0xa0],
  ['AMP', 0x26], ['LT', 0x3c], ['GT', 0x3e], ['QUOT', 0x22], ['COPY', 0xa9], ['REG', 0xae],
  ['copy', 0xa9], ['reg', 0xae], ['trade', 0x2122], ['hellip', 0x2026], ['mdash', 0x2014], ['ndash', 0x2013],
  ['minus', 0x2212], ['lsquo', 0x2018], ['rsquo', 0x2019], ['sbquo', 0x201a], ['ldquo', 0x201c], ['rdquo', 0x201d],
  ['bdquo', 0x201e], ['laquo', 0xab], ['raquo', 0xbb], ['lsaquo', 0x2039], ['rsaquo', 0x203a], ['bull', 0x2022],
  ['middot', 0xb7], ['deg', 0xb0], ['plusmn', 0xb1], ['times', 0xd7], ['divide', 0xf7], ['frac12', 0xbd],
  ['frac14', 0xbc], ['frac34', 0xbe], ['sup1', 0xb9], ['sup2', 0xb2], ['sup3', 0xb3], ['micro', 0xb5],
  ['para', 0xb6], ['sect', 0xa7], ['cent', 0xa2], ['pound', 0xa3], ['yen', 0xa5], ['euro', 0x20ac],
  ['curren', 0xa4], ['iexcl', 0xa1], ['iquest', 0xbf], ['shy', 0xad], ['acute', 0xb4], ['cedil', 0xb8],
  ['uml', 0xa8], ['macr', 0xaf], ['ordf', 0xaa], ['ordm', 0xba], ['not', 0xac], ['brvbar', 0xa6],
  ['dagger', 0x2020], ['Dagger', 0x2021], ['permil', 0x2030], ['prime', 0x2032], ['Prime', 0x2033],
  ['larr', 0x2190], ['rarr', 0x2192], ['uarr', 0x2191], ['darr', 0x2193], ['harr', 0x2194],
  ['thinsp', 0x2009], ['ensp', 0x2002], ['emsp', 0x2003], ['zwnj', 0x200c], ['zwj', 0x200d], ['lrm', 0x200e],
  ['rlm', 0x200f], ['hearts', 0x2665], ['spades', 0x2660], ['clubs', 0x2663], ['diams', 0x2666],
  ['check', 0x2713], ['star', 0x2606], ['infin', 0x221e], ['ne', 0x2260], ['le', 0x2264], ['ge', 0x2265],
  ['asymp', 0x2248],
  ['Agrave', 0xc0], ['Aacute', 0xc1], ['Acirc', 0xc2], ['Atilde', 0xc3], ['Auml', 0xc4], ['Aring', 0xc5],
  ['AElig', 0xc6], ['Ccedil', 0xc7], ['Egrave', 0xc8], ['Eacute', 0xc9], ['Ecirc', 0xca], ['Euml', 0xcb],
  ['Igrave', 0xcc], ['Iacute', 0xcd], ['Icirc', 0xce], ['Iuml', 0xcf], ['ETH', 0xd0], ['Ntilde', 0xd1],
  ['Ograve', 0xd2], ['Oacute', 0xd3], ['Ocirc', 0xd4], ['Otilde', 0xd5], ['Ouml', 0xd6], ['Oslash', 0xd8],
  ['Ugrave', 0xd9], ['Uacute', 0xda], ['Ucirc', 0xdb], ['Uuml', 0xdc], ['Yacute', 0xdd], ['THORN', 0xde],
  ['szlig', 0xdf], ['agrave', 0xe0], ['aacute', 0xe1], ['acirc', 0xe2], ['atilde', 0xe3], ['auml', 0xe4],
  ['aring', 0xe5], ['aelig', 0xe6], ['ccedil', 0xe7], ['egrave', 0xe8], ['eacute', 0xe9], ['ecirc', 0xea],
  ['euml', 0xeb], ['igrave', 0xec], ['iacute', 0xed], ['icirc', 0xee], ['iuml', 0xef], ['eth', 0xf0],
  ['ntilde', 0xf1], ['ograve', 0xf2], ['oacute', 0xf3], ['ocirc', 0xf4], ['otilde', 0xf5], ['ouml', 0xf6],
  ['oslash', 0xf8], ['ugrave', 0xf9], ['uacute', 0xfa], ['ucirc', 0xfb], ['uuml', 0xfc], ['yacute', 0xfd],
  ['thorn', 0xfe], ['yuml', 0xff], ['OElig', 0x152], ['oelig', 0x153], ['Scaron', 0x160], ['scaron', 0x161],
  ['Yuml', 0x178], ['fnof', 0x192], ['circ', 0x2c6], ['tilde', 0x2dc],
  ['Alpha', 0x391], ['Beta', 0x392], ['Gamma', 0x393], ['Delta', 0x394], ['alpha', 0x3b1], ['beta', 0x3b2],
  ['gamma', 0x3b3], ['delta', 0x3b4], ['epsilon', 0x3b5], ['lambda', 0x3bb], ['mu', 0x3bc], ['pi', 0x3c0],
  ['sigma', 0x3c3], ['omega', 0x3c9],
]);

/** Every name in NAMED, for tests that check each against the full sanitizer. */
export const FAST_REFERENCE_NAMES: readonly string[] = [...NAMED.keys()];

/**
 * The names HTML decodes without a `;` (all of them are in NAMED). In text the longest one
 * that starts the name decodes (`&copy2024` is `©2024`); in an attribute only a whole name does,
 * and not before `=` (`?a=1&copy=2` stays as written).
 */
export const LEGACY_REFERENCE_NAMES: readonly string[] = [
  'AElig', 'AMP', 'Aacute', 'Acirc', 'Agrave', 'Aring', 'Atilde', 'Auml', 'COPY', 'Ccedil', 'ETH', 'Eacute', 'Ecirc',
  'Egrave', 'Euml', 'GT', 'Iacute', 'Icirc', 'Igrave', 'Iuml', 'LT', 'Ntilde', 'Oacute', 'Ocirc', 'Ograve', 'Oslash',
  'Otilde', 'Ouml', 'QUOT', 'REG', 'THORN', 'Uacute', 'Ucirc', 'Ugrave', 'Uuml', 'Yacute', 'aacute', 'acirc', 'acute',
  'aelig', 'agrave', 'amp', 'aring', 'atilde', 'auml', 'brvbar', 'ccedil', 'cedil', 'cent', 'copy', 'curren', 'deg',
  'divide', 'eacute', 'ecirc', 'egrave', 'eth', 'euml', 'frac12', 'frac14', 'frac34', 'gt', 'iacute', 'icirc', 'iexcl',
  'igrave', 'iquest', 'iuml', 'laquo', 'lt', 'macr', 'micro', 'middot', 'nbsp', 'not', 'ntilde', 'oacute', 'ocirc',
  'ograve', 'ordf', 'ordm', 'oslash', 'otilde', 'ouml', 'para', 'plusmn', 'pound', 'quot', 'raquo', 'reg', 'sect', 'shy',
  'sup1', 'sup2', 'sup3', 'szlig', 'thorn', 'times', 'uacute', 'ucirc', 'ugrave', 'uml', 'uuml', 'yacute', 'yen', 'yuml',
];
const LEGACY: ReadonlySet<string> = new Set(LEGACY_REFERENCE_NAMES);
const LONGEST_LEGACY = 6;

/** Numeric references to 128-159 mean windows-1252 characters; the five it leaves undefined are not listed. */
const WINDOWS_1252: ReadonlyMap<number, number> = new Map([
  [0x80, 0x20ac], [0x82, 0x201a], [0x83, 0x0192], [0x84, 0x201e], [0x85, 0x2026], [0x86, 0x2020], [0x87, 0x2021],
  [0x88, 0x02c6], [0x89, 0x2030], [0x8a, 0x0160], [0x8b, 0x2039], [0x8c, 0x0152], [0x8e, 0x017d], [0x91, 0x2018],
  [0x92, 0x2019], [0x93, 0x201c], [0x94, 0x201d], [0x95, 0x2022], [0x96, 0x2013], [0x97, 0x2014], [0x98, 0x02dc],
  [0x99, 0x2122], [0x9a, 0x0161], [0x9b, 0x203a], [0x9c, 0x0153], [0x9e, 0x017e], [0x9f, 0x0178],
]);

/** Longest alphanumeric run read after `&` before giving up. */
const MAX_NAME = 32;
/** Most digits read in a numeric reference (leading zeros included) before giving up. */
const MAX_DIGITS = 8;

const SEMICOLON = 0x3b;
const EQUALS = 0x3d;

/**
 * Reads one reference at a time into `text`, so the hot loop allocates nothing for the common
 * references but the decoded character itself.
 */
export class ReferenceReader {
  /** The decoded text of the last reference read. */
  text = '';

  /**
   * Reads the reference starting at `at` (where `html[at]` is `&`) in text or, with
   * `inAttribute`, in an attribute value. Returns the index after it, with `text` set to what it
   * decodes to (a bare `&` stays `&`), or -1 when the fast path cannot be sure.
   */
  read(html: string, at: number, inAttribute: boolean): number {
    const next = html.charCodeAt(at + 1);
    if (next === 0x23 /* # */) return this.readNumeric(html, at);
    if (!isAsciiAlphanumeric(next)) {
      // `& `, `&&`, `&"` or `&` at the end: an ampersand that starts no reference.
      this.text = '&';
      return at + 1;
    }
    let end = at + 1;
    while (end < html.length && end - at <= MAX_NAME && isAsciiAlphanumeric(html.charCodeAt(end))) end++;
    const after = html.charCodeAt(end);
    if (after === SEMICOLON) {
      const code = NAMED.get(html.slice(at + 1, end));
      if (code === undefined) return -1;
      this.text = String.fromCharCode(code);
      return end + 1;
    }
    if (isAsciiAlphanumeric(after)) return -1; // a run longer than any name this subset reads
    // No `;`: only a legacy name can decode.
    if (inAttribute) {
      const name = html.slice(at + 1, end);
      return after !== EQUALS && LEGACY.has(name) ? this.named(name, end) : this.ampersand(at);
    }
    for (let length = Math.min(LONGEST_LEGACY, end - at - 1); length >= 2; length--) {
      const name = html.slice(at + 1, at + 1 + length);
      if (LEGACY.has(name)) return this.named(name, at + 1 + length);
    }
    return this.ampersand(at);
  }

  private named(name: string, end: number): number {
    this.text = String.fromCharCode(NAMED.get(name)!);
    return end;
  }

  /** A `&` that starts no reference stays a `&`. */
  private ampersand(at: number): number {
    this.text = '&';
    return at + 1;
  }

  private readNumeric(html: string, at: number): number {
    const hex = (html.charCodeAt(at + 2) | 0x20) === 0x78 /* x */;
    const from = at + (hex ? 3 : 2);
    let end = from;
    while (end < html.length && end - from <= MAX_DIGITS && isDigit(html.charCodeAt(end), hex)) end++;
    if (end === from || end - from > MAX_DIGITS || html.charCodeAt(end) !== SEMICOLON) return -1;
    let code = parseInt(html.slice(from, end), hex ? 16 : 10);
    if (code >= 0x80 && code <= 0x9f) code = WINDOWS_1252.get(code) ?? code;
    if (!isOrdinaryCodePoint(code)) return -1;
    this.text = String.fromCodePoint(code);
    return end + 1;
  }
}

/**
 * Code points that decode to themselves. NUL, C0 and C1 controls, surrogates, non-characters and
 * out-of-range values take the long way.
 */
function isOrdinaryCodePoint(code: number): boolean {
  return (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code < 0xd800) || (code >= 0xe000 && code < 0xfdd0)
    || (code > 0xfdef && code < 0xfffe) || (code >= 0x10000 && code <= 0x10ffff && (code & 0xfffe) !== 0xfffe);
}

function isDigit(code: number, hex: boolean): boolean {
  if (code >= 0x30 && code <= 0x39) return true;
  const lower = code | 0x20;
  return hex && lower >= 0x61 && lower <= 0x66;
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}
