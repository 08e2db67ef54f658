export { parseJsonFeed, isJsonFeedVersion } from './parse.js';
export type { JsonFeed, JsonFeedAttachment, JsonFeedAuthor, JsonFeedItem } from './model.js';
export { looksLikeJson } from './read.js';
