// The public surface of atoma: re-exports only. Runs anywhere (no Node built-ins). Everything of
// atoma/core, with the parsers that sanitize by default (src/sanitizing.ts) in place of its own,
// and fetchFeed, which parses with them.
export { parseAtom, parseFeed, parseJsonFeed, parseRss } from './sanitizing.js';
export { createSanitizer, sanitizeHtml, type SanitizerOptions } from './html/index.js';
export { fetchFeed } from './fetch/index.js';
export type { FetchFeedOptions, FetchFeedResult, FetchedFeed, NotModifiedFeed } from './fetch/index.js';
export * from './core.js';
