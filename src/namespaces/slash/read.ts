// Slash: section, department, comments, hit_parade.
import { integerOf, textOf } from '../../common/fields.js';
import type { ParseOptions } from '../../options.js';
import type { XmlElement } from '../../xml/index.js';
import { fieldTable, readByTable } from '../table.js';
import { listOf } from '../values.js';
import type { Slash } from './model.js';

export const SLASH_URIS = ['http://purl.org/rss/1.0/modules/slash/'];

const TABLE = fieldTable({ section: ['section', 'text'], department: ['department', 'text'], comments: ['comments', 'integer'] });

export const knowsSlash = (local: string): boolean => local === 'hit_parade' || TABLE.has(local);

export function readSlash(element: XmlElement, slash: Slash | null, options: ParseOptions): Slash | null {
  const hitParade = element.local === 'hit_parade';
  if (!knowsSlash(element.local)) return slash;
  slash ??= { section: null, department: null, comments: null, hitParade: [] };
  if (!hitParade) readByTable(element, slash, TABLE, options);
  else if (slash.hitParade.length === 0) {
    for (const part of listOf(textOf(element))) {
      const count = integerOf(part);
      if (count !== null) slash.hitParade.push(count);
    }
  }
  return slash;
}
