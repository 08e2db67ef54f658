export { parseAtom, atomEntryStream, atomFromElement, ATOM_NS, ATOM_03_NS, XHTML_NS } from './parse.js';
export type {
  AtomCategory, AtomContent, AtomEntry, AtomFeed, AtomGenerator, AtomLink, AtomPerson, AtomTextConstruct, AtomTextType,
} from './model.js';
