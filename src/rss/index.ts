export { parseRss, rssChannelOf, rssFromElement, rssItemStream, CONTENT_NS } from './parse.js';
export type { RssCategory, RssChannel, RssEnclosure, RssImage, RssItem, RssSource } from './model.js';
