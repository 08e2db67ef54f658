// Atom elements inside RSS (`atom:`): the links RSS has no element for, and the dates and authors
// some feeds add. Links and people have the shapes of Atom's own.
import type { AtomLink, AtomPerson } from '../../atom/model.js';

export interface AtomInRss {
  /** rel 'self', 'alternate', 'hub', 'next', 'previous', 'first', 'last', …, in document order. */
  links: AtomLink[];
  updated: Date | null;
  published: Date | null;
  authors: AtomPerson[];
  id: string | null;
}
