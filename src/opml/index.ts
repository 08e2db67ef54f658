export { getFeedList, opmlFromElement, parseOpml } from './parse.js';
export type { Opml, OpmlOutline } from './model.js';
