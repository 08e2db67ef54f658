// The HTML service: sanitizing, plain text, escaping, URL resolution and the scheme policy.
// Knows no feed format. The format rooms import ./core.js, which loads no sanitizer: they render
// each HTML field through the `sanitize` option (render.ts), and the `atoma` entry puts the
// built-in sanitizer there.
export { escapeHtml, htmlToPlainText, isUnsafeUrl, renderHtml, resolveUrl, usableBase } from './core.js';
export { MAX_HTML_DEPTH } from './limits.js';
export { htmlToText, sanitizeHtml } from './sanitize.js';
export { builtInSanitizer } from './built-in.js';
export { createSanitizer, type SanitizerOptions } from './custom-sanitizer.js';
