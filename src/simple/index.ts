export { parseFeed, parseFeedWith } from './parse.js';
export { detectFormat, type DocumentFormat } from './detect.js';
export type { Article, Attachment, Feed, FeedFormat } from './model.js';
