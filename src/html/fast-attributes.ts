// How sanitize-html, configured with this project's allowlist and URL rewrite, writes the
// attributes of a kept element: for the fast path, which must write the same characters.
import { ALLOWED_SCHEMES, MEDIA_SCHEMES, MEDIA_TAGS, NEW_WINDOW_REL, URL_ATTRIBUTES } from './policy.js';
import { schemeFate, URL_DROPPED, URL_UNSURE } from './schemes.js';
import { resolveSrcsetCandidates, resolveUrl } from './urls.js';
import { isNonBooleanAttribute, SCHEME_CHECKED_ATTRIBUTES } from './sanitize-html-defaults.js';

/** Attributes holding one URL; sanitize-html checks their scheme after our rewrite. */
const URL_ATTRIBUTE_SET: ReadonlySet<string> = new Set(URL_ATTRIBUTES);
/** Empty attributes sanitize-html writes as `name=""`. */
const EMPTY_KEPT: ReadonlySet<string> = new Set(['alt']);

const MEDIA_TAG_SET: ReadonlySet<string> = new Set(MEDIA_TAGS);
const ATTRIBUTE_SPECIAL = /[&<>"]/;
const ATTRIBUTE_ESCAPES = /[&<>"]/g;
const ESCAPED: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** A srcset width descriptor sanitize-html writes back unchanged. */
const WIDTH_DESCRIPTOR = /^[1-9][0-9]{0,8}w$/;
/** A srcset density descriptor shape (checked further for round-tripping through parseFloat). */
const DENSITY_DESCRIPTOR = /^(?:0|[1-9][0-9]{0,8})(?:\.[0-9]{1,8})?x$/;

/**
 * The attributes of element `tag` as sanitize-html writes them, from the allowed ones read from
 * its start tag (`count` names and decoded values, first occurrence of each): URLs resolved
 * against `base` and scheme-checked, a link's target/rel rewritten, empty values dropped or kept
 * bare, values escaped. Null when unsure.
 */
export function writeAttributes(
  tag: string, names: readonly string[], values: readonly string[], count: number, base: string | null,
): string | null {
  let written = '';
  let opensNewWindow = false;
  const isLink = tag === 'a';
  for (let k = 0; k < count; k++) {
    const name = names[k]!;
    let value = values[k]!;
    if (isLink && (name === 'target' || name === 'rel')) {
      // Rewritten at the end: only a new window is kept, always with NEW_WINDOW_REL.
      if (name === 'target') opensNewWindow = value.trim().toLowerCase() === '_blank';
      continue;
    }
    if (URL_ATTRIBUTE_SET.has(name)) {
      const resolved = resolveUrl(value, base);
      if (resolved === null) continue;
      if (SCHEME_CHECKED_ATTRIBUTES.has(name)) { // sanitize-html's own scheme check (ours are all among them)
        const fate = schemeFate(resolved, MEDIA_TAG_SET.has(tag) ? MEDIA_SCHEMES : ALLOWED_SCHEMES);
        if (fate === URL_UNSURE) return null;
        if (fate === URL_DROPPED) continue;
      }
      value = resolved;
    } else if (name === 'srcset') {
      const srcset = writeSrcset(value, base);
      if (srcset === undefined) return null;
      if (srcset === null) continue;
      value = srcset;
    }
    if (value === '') {
      if (EMPTY_KEPT.has(name)) written += ` ${name}=""`;
      else if (!isNonBooleanAttribute(name)) written += ` ${name}`; // others are dropped when empty (unless in EMPTY_KEPT)
      continue;
    }
    written += ` ${name}="${escapeAttribute(value)}"`;
  }
  if (opensNewWindow) written += ` target="_blank" rel="${NEW_WINDOW_REL}"`;
  return written;
}

/**
 * A srcset as sanitize-html leaves it after our rewrite (it parses the value again, checks each
 * URL's scheme and writes the candidates back): the value, null when no candidate is left, or
 * undefined when its re-parse could read our candidates differently.
 */
function writeSrcset(value: string, base: string | null): string | null | undefined {
  let written = '';
  for (const { url, descriptor } of resolveSrcsetCandidates(value, base)) {
    if (url.charCodeAt(0) === 0x2c || url.charCodeAt(url.length - 1) === 0x2c /* , */) return undefined;
    const fate = schemeFate(url, MEDIA_SCHEMES);
    if (fate === URL_UNSURE) return undefined;
    if (fate === URL_DROPPED) continue;
    if (descriptor !== '' && !isCanonicalDescriptor(descriptor)) return undefined;
    if (written !== '') written += ', ';
    written += descriptor === '' ? url : `${url} ${descriptor}`;
  }
  return written === '' ? null : written;
}

/** A descriptor that sanitize-html's srcset parser reads and writes back as the same text. */
function isCanonicalDescriptor(descriptor: string): boolean {
  if (WIDTH_DESCRIPTOR.test(descriptor)) return true;
  if (!DENSITY_DESCRIPTOR.test(descriptor)) return false;
  const density = descriptor.slice(0, -1);
  const parsed = parseFloat(density);
  return parsed > 0 && String(parsed) === density;
}

function escapeAttribute(value: string): string {
  return ATTRIBUTE_SPECIAL.test(value) ? value.replace(ATTRIBUTE_ESCAPES, (c) => ESCAPED[c]!) : value;
}
