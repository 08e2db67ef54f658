// The content module (`content:`): content:encoded, the full HTML body of an item.
import { htmlOf } from '../../common/fields.js';
import type { ParseOptions } from '../../options.js';
import type { XmlElement } from '../../xml/index.js';

export const CONTENT_URIS = ['http://purl.org/rss/1.0/modules/content/'];

export const knowsContent = (local: string): boolean => local === 'encoded';

/** The sanitized HTML of content:encoded, or null for other content: elements and empty ones. */
export function readContentEncoded(element: XmlElement, options: ParseOptions): string | null {
  return element.local === 'encoded' ? htmlOf(element, options) : null;
}
