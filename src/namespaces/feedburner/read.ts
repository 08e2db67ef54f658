// feedburner: origLink, origEnclosureLink, info, browserFriendly, emailServiceId, feedburnerHostname.
import { attrOf } from '../../common/fields.js';
import type { ParseOptions } from '../../options.js';
import type { XmlElement } from '../../xml/index.js';
import { fieldTable, readByTable } from '../table.js';
import type { FeedBurner } from './model.js';

export const FEEDBURNER_URIS = ['http://rssnamespace.org/feedburner/ext/1.0'];

const TABLE = fieldTable({
  origLink: ['origLink', 'url'], origEnclosureLink: ['origEnclosureLink', 'url'], browserFriendly: ['browserFriendly', 'text'],
  emailServiceId: ['emailServiceId', 'text'], feedburnerHostname: ['feedburnerHostname', 'text'],
});

export const knowsFeedBurner = (local: string): boolean => local === 'info' || TABLE.has(local);

export function readFeedBurner(element: XmlElement, feedburner: FeedBurner | null, options: ParseOptions): FeedBurner | null {
  const info = element.local === 'info';
  if (!knowsFeedBurner(element.local)) return feedburner;
  feedburner ??= { origLink: null, origEnclosureLink: null, info: null, browserFriendly: null, emailServiceId: null, feedburnerHostname: null };
  if (info) feedburner.info ??= attrOf(element, 'uri');
  else readByTable(element, feedburner, TABLE, options);
  return feedburner;
}
