// wfw: commentRss (also written commentRSS) and comment.
import type { ParseOptions } from '../../options.js';
import type { XmlElement } from '../../xml/index.js';
import { fieldTable, readByTable } from '../table.js';
import type { Wfw } from './model.js';

export const WFW_URIS = ['http://wellformedweb.org/CommentAPI/'];

const TABLE = fieldTable({ commentRss: ['commentRss', 'url'], commentRSS: ['commentRss', 'url'], comment: ['comment', 'url'] });

export const knowsWfw = (local: string): boolean => TABLE.has(local);

export function readWfw(element: XmlElement, wfw: Wfw | null, options: ParseOptions): Wfw | null {
  if (!knowsWfw(element.local)) return wfw;
  wfw ??= { commentRss: null, comment: null };
  readByTable(element, wfw, TABLE, options);
  return wfw;
}
