// sanitize-html's own check of a URL's scheme (after this project's rewrite), modelled exactly
// for the cases it can be sure of: the fast path writes what that check keeps, and the full
// path applies the media policy to srcset candidates with the same judgement.
import { isAsciiAlpha, isSchemeCharacter, matchesAsciiCaseless } from './chars.js';

/** A URL's fate under sanitize-html's scheme check. */
export const URL_KEPT = 0;
export const URL_DROPPED = 1;
export const URL_UNSURE = 2;

const SPACE = 0x20;
const COLON = 0x3a;
const LT = 0x3c;
const CONTROLS_AND_SPACES = /[\u0000-\u0020]+/g;

/**
 * What sanitize-html's own scheme check does with a URL we resolved: keep it, drop the
 * attribute, or unsure. That check reads the scheme after removing controls and spaces anywhere
 * and HTML comments; a URL with a `<` (where a comment could hide) is left to it.
 */
export function schemeFate(url: string, schemes: readonly string[]): number {
  let first = -1; // where the scheme starts (its first letter)
  let colon = -1; // the `:` that ends it
  let spaced = false; // controls or spaces inside it, which that check removes
  let reading = true;
  for (let k = 0; k < url.length; k++) {
    const c = url.charCodeAt(k);
    if (c === LT) return URL_UNSURE;
    if (!reading) continue;
    if (c <= SPACE) {
      if (first >= 0) spaced = true;
    } else if (first < 0) {
      if (isAsciiAlpha(c)) first = k;
      else reading = false;
    } else if (c === COLON) {
      colon = k;
      reading = false;
    } else if (!isSchemeCharacter(c)) {
      reading = false;
    }
  }
  if (colon < 0) return URL_KEPT; // relative or protocol-relative, both allowed
  const scheme = spaced ? url.slice(first, colon).replace(CONTROLS_AND_SPACES, '').toLowerCase() : null;
  for (const allowed of schemes) {
    if (scheme === null ? allowed.length === colon - first && matchesAsciiCaseless(url, first, allowed) : scheme === allowed) {
      return URL_KEPT;
    }
  }
  return URL_DROPPED;
}
