// How a format room renders one HTML field: through the sanitize function the caller's options
// carry, or as written. This module never loads a sanitizer itself, so a bundle whose parsers
// are called with `sanitize: false` carries none (the `atoma` entry supplies the built-in one).
import { FeedDocumentError, FeedParseError } from '../errors.js';
import type { ParseOptions } from '../options.js';

/**
 * Applies the `sanitize` option to one HTML field whose relative URLs resolve against `base`
 * (the in-scope xml:base, already resolved against `options.baseUrl`; null falls back to it).
 * `false` keeps the HTML as written; a function is called with the HTML and the base (when it
 * throws or returns a non-string, FeedParseError 'SANITIZE_FAILED' / 'SANITIZE_RESULT').
 */
export function renderHtml(html: string, options: ParseOptions, base: string | null): string {
  const sanitize = options.sanitize;
  if (sanitize === false) return html;
  if (typeof sanitize !== 'function') {
    // The entry points check this first (sanitizingSettingsOf); a room reached another way still fails cleanly.
    throw new FeedDocumentError('INVALID_OPTION', 'No sanitize function was given for an HTML field');
  }
  let result: unknown;
  try {
    result = sanitize(html, { baseUrl: usableBase(base ?? options.baseUrl) });
  } catch (thrown) {
    // The caller's own code failed; it surfaces as a library error that keeps the original.
    const error = new FeedParseError('SANITIZE_FAILED', `The sanitize function threw: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
    error.cause = thrown;
    throw error;
  }
  if (typeof result !== 'string') {
    throw new FeedParseError('SANITIZE_RESULT', `The sanitize function returned ${typeof result}, not a string`);
  }
  return result;
}

/** A base worth resolving against: a string with more than whitespace. */
export function usableBase(baseUrl: unknown): string | null {
  return typeof baseUrl === 'string' && baseUrl.trim() !== '' ? baseUrl : null;
}
