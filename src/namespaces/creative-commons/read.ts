// creativeCommons:license.
import { urlOf } from '../../common/fields.js';
import type { XmlElement } from '../../xml/index.js';
import type { CreativeCommons } from './model.js';

/** UserLand's URI and the Harvard copy of the module's page that feeds also bind. */
export const CREATIVE_COMMONS_URIS = [
  'http://backend.userland.com/creativeCommonsRssModule',
  'http://cyber.law.harvard.edu/rss/creativeCommonsRssModule.html',
];

export const knowsCreativeCommons = (local: string): boolean => local === 'license';

export function readCreativeCommons(element: XmlElement, cc: CreativeCommons | null): CreativeCommons | null {
  if (element.local !== 'license') return cc;
  const url = urlOf(element);
  if (url === null) return cc;
  cc ??= { licenses: [] };
  cc.licenses.push(url);
  return cc;
}
