export { parseRss, rssChannelOf, rssFromElement, rssItemStream, CONTENT_NS, RDF_NS, RSS_1_NS, RSS_090_NS } from './parse.js';
export type { RssCategory, RssChannel, RssEnclosure, RssImage, RssItem, RssSource, RssTextInput } from './model.js';
