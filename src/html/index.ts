// Placeholder entry point of the HTML service; the full allowlist lands with the sanitizer work.
import sanitize from 'sanitize-html';
import type { ParseOptions } from '../options.js';

export function sanitizeHtml(html: string, options: { baseUrl?: string } = {}): string {
  void options;
  return sanitize(html);
}

/** Resolves `url` against `base`; null when the result is not a safe URL. */
export function resolveUrl(url: string, base: string | null | undefined): string | null {
  const trimmed = url.trim();
  if (trimmed === '') return null;
  try {
    const resolved = base ? new URL(trimmed, base).href : trimmed;
    return /^\s*(javascript|vbscript|data):/i.test(resolved) ? null : resolved;
  } catch {
    return trimmed;
  }
}

/** Applies the `sanitize` option to one HTML field whose URLs resolve against `base`. */
export function renderHtml(html: string, options: ParseOptions, base: string | null): string {
  const policy = options.sanitize ?? true;
  if (policy === false) return html;
  if (typeof policy === 'function') return policy(html);
  return sanitizeHtml(html, base ? { baseUrl: base } : {});
}
