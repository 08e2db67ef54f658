// xml:base: base URLs resolved against the enclosing element's, each distinct pair resolved once.

/**
 * Longest base URL kept (the longest URL sitemaps.org allows). Every relative URL under a base is
 * resolved against it, so a base of megabytes would cost its length in time and memory once per
 * link: an xml:base (or baseUrl) longer than this is ignored.
 */
export const MAX_BASE_LENGTH = 2048;

/** Distinct (base, xml:base) pairs remembered per document; past it the memory starts over. */
const MAX_CACHED = 1024;
const NO_BASE = '\u0000';

/** The document's URL as the root's base: null when it is not a string or too long to use. */
export function documentBase(baseUrl: unknown): string | null {
  return typeof baseUrl === 'string' && baseUrl.length <= MAX_BASE_LENGTH ? baseUrl : null;
}

/**
 * Resolves xml:base values for one document. Feeds repeat the same xml:base on every entry, and
 * parsing a long URL costs far more than reading the element: the answer is kept per pair.
 */
export class BaseResolver {
  private readonly cache = new Map<string, Map<string, string | null>>();
  private cached = 0;

  resolve(value: string, parentBase: string | null): string | null {
    if (value === '' || value.length > MAX_BASE_LENGTH) return parentBase;
    let byValue = this.cache.get(parentBase ?? NO_BASE);
    const known = byValue?.get(value);
    if (known !== undefined) return known;
    if (this.cached >= MAX_CACHED) {
      this.cache.clear();
      this.cached = 0;
      byValue = undefined;
    }
    const resolved = resolveBase(value, parentBase);
    if (byValue === undefined) this.cache.set(parentBase ?? NO_BASE, (byValue = new Map()));
    byValue.set(value, resolved);
    this.cached++;
    return resolved;
  }
}

function resolveBase(value: string, parentBase: string | null): string | null {
  let resolved: string;
  try {
    resolved = parentBase ? new URL(value, parentBase).href : new URL(value).href;
  } catch {
    // A relative xml:base with no absolute base to apply it to stays as written.
    return parentBase ?? value;
  }
  return resolved.length > MAX_BASE_LENGTH ? parentBase : resolved;
}
