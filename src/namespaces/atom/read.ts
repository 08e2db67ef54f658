// atom: elements inside RSS: link (self, hub, next, …), updated, published, author, id.
import { attrOf, dateOf, integerOf, textOf, urlAttr, urlOf } from '../../common/fields.js';
import type { ParseOptions } from '../../options.js';
import type { XmlElement } from '../../xml/index.js';
import type { AtomInRss } from './model.js';

/** Atom 1.0, and the pre-standard 0.3 namespace some RSS feeds still bind. */
export const ATOM_URIS = ['http://www.w3.org/2005/Atom', 'http://purl.org/atom/ns#'];
const ATOM: ReadonlySet<string> = new Set(ATOM_URIS);

const ELEMENTS: ReadonlySet<string> = new Set(['link', 'updated', 'published', 'author', 'id']);
export const knowsAtomInRss = (local: string): boolean => ELEMENTS.has(local);

export function readAtomInRss(element: XmlElement, atom: AtomInRss | null, options: ParseOptions): AtomInRss | null {
  const local = element.local;
  if (!knowsAtomInRss(local)) return atom;
  atom ??= { links: [], updated: null, published: null, authors: [], id: null };
  switch (local) {
    case 'link': {
      const href = urlAttr(element, 'href');
      if (href === null) break;
      atom.links.push({
        href, rel: attrOf(element, 'rel'), type: attrOf(element, 'type'), hreflang: attrOf(element, 'hreflang'),
        title: attrOf(element, 'title'), length: integerOf(element.attr('length')),
      });
      break;
    }
    case 'updated': atom.updated ??= dateOf(element, options); break;
    case 'published': atom.published ??= dateOf(element, options); break;
    case 'id': atom.id ??= textOf(element); break;
    case 'author': {
      let name: string | null = null;
      let uri: string | null = null;
      let email: string | null = null;
      for (const child of element.children) {
        if (typeof child === 'string' || !ATOM.has(child.ns)) continue;
        if (child.local === 'name') name ??= textOf(child);
        else if (child.local === 'uri') uri ??= urlOf(child);
        else if (child.local === 'email') email ??= textOf(child);
      }
      if (name !== null) atom.authors.push({ name, uri, email });
      break;
    }
  }
  return atom;
}
