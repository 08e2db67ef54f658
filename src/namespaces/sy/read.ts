// sy: updatePeriod, updateFrequency, updateBase.
import type { ParseOptions } from '../../options.js';
import type { XmlElement } from '../../xml/index.js';
import { fieldTable, readByTable } from '../table.js';
import type { Syndication } from './model.js';

export const SY_URIS = ['http://purl.org/rss/1.0/modules/syndication/'];

const TABLE = fieldTable({
  updatePeriod: ['updatePeriod', 'text'], updateFrequency: ['updateFrequency', 'integer'], updateBase: ['updateBase', 'date'],
});

export const knowsSyndication = (local: string): boolean => TABLE.has(local);

export function readSyndication(element: XmlElement, sy: Syndication | null, options: ParseOptions): Syndication | null {
  if (!knowsSyndication(element.local)) return sy;
  sy ??= { updatePeriod: null, updateFrequency: null, updateBase: null };
  readByTable(element, sy, TABLE, options);
  return sy;
}
