// thr: in-reply-to and total.
import { attrOf, integerOf, textOf, urlAttr } from '../../common/fields.js';
import type { XmlElement } from '../../xml/index.js';
import type { Thread } from './model.js';

export const THR_URIS = ['http://purl.org/syndication/thread/1.0'];

export const knowsThread = (local: string): boolean => local === 'in-reply-to' || local === 'total';

export function readThread(element: XmlElement, thr: Thread | null): Thread | null {
  const local = element.local;
  if (!knowsThread(local)) return thr;
  thr ??= { inReplyTo: [], total: null };
  if (local === 'total') {
    thr.total ??= integerOf(textOf(element));
  } else {
    const ref = attrOf(element, 'ref');
    if (ref !== null) {
      thr.inReplyTo.push({ ref, href: urlAttr(element, 'href'), type: attrOf(element, 'type'), source: urlAttr(element, 'source') });
    }
  }
  return thr;
}
