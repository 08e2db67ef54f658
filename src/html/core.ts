// The part of the HTML service that loads no sanitizer: what the format rooms import, so that a
// bundle of `atoma/core` resolves no sanitize-html module at all (bundlers resolve every import
// before they shake any out, and `--platform=neutral` cannot resolve sanitize-html's).
export { escapeHtml } from './escape.js';
export { htmlToPlainText } from './plain-text.js';
export { renderHtml, usableBase } from './render.js';
export { isUnsafeUrl, resolveUrl } from './urls.js';
