// Dublin Core elements and terms: every element is a simple value, read through one table each.
import type { ParseOptions } from '../../options.js';
import type { XmlElement } from '../../xml/index.js';
import { fieldTable, readByTable, type FieldKind } from '../table.js';
import type { DublinCore, DublinCoreTerms } from './model.js';

/** Dublin Core 1.1, and the 1.0 URI older RDF feeds bind. */
export const DC_URIS = ['http://purl.org/dc/elements/1.1/', 'http://purl.org/dc/elements/1.0/'];
export const DCTERMS_URIS = ['http://purl.org/dc/terms/'];

const ELEMENTS: Record<string, readonly [keyof DublinCore, FieldKind]> = {
  title: ['title', 'text'], creator: ['creators', 'texts'], subject: ['subjects', 'texts'],
  description: ['description', 'text'], publisher: ['publisher', 'text'], contributor: ['contributors', 'texts'],
  date: ['date', 'date'], type: ['type', 'text'], format: ['format', 'text'], identifier: ['identifier', 'text'],
  source: ['source', 'text'], language: ['language', 'text'], relation: ['relation', 'text'],
  coverage: ['coverage', 'text'], rights: ['rights', 'text'],
};

const TERM_DATES = ['available', 'created', 'dateAccepted', 'dateCopyrighted', 'dateSubmitted', 'issued', 'modified'] as const;
const TERM_TEXTS = [
  'abstract', 'accessRights', 'alternative', 'audience', 'bibliographicCitation', 'conformsTo', 'educationLevel', 'extent',
  'hasFormat', 'hasPart', 'hasVersion', 'isFormatOf', 'isPartOf', 'isReferencedBy', 'isReplacedBy', 'isRequiredBy',
  'isVersionOf', 'license', 'mediator', 'medium', 'provenance', 'references', 'replaces', 'requires', 'rightsHolder',
  'spatial', 'tableOfContents', 'temporal', 'valid',
] as const;

const DC_TABLE = fieldTable(ELEMENTS);
const TERMS_TABLE = fieldTable({
  ...ELEMENTS,
  ...Object.fromEntries(TERM_DATES.map((name) => [name, [name, 'date']])),
  ...Object.fromEntries(TERM_TEXTS.map((name) => [name, [name, 'text']])),
});

export function emptyDublinCore(): DublinCore {
  return {
    title: null, creators: [], subjects: [], description: null, publisher: null, contributors: [], date: null, type: null,
    format: null, identifier: null, source: null, language: null, relation: null, coverage: null, rights: null,
  };
}

function emptyTerms(): DublinCoreTerms {
  const terms = emptyDublinCore() as DublinCoreTerms;
  for (const name of TERM_TEXTS) terms[name] = null;
  for (const name of TERM_DATES) terms[name] = null;
  return terms;
}

export const knowsDublinCore = (local: string): boolean => DC_TABLE.has(local);
export const knowsDublinCoreTerms = (local: string): boolean => TERMS_TABLE.has(local);

/** Reads one dc: element into `dc` (created on the first element the room knows). */
export function readDublinCore(element: XmlElement, dc: DublinCore | null, options: ParseOptions): DublinCore | null {
  if (!knowsDublinCore(element.local)) return dc;
  dc ??= emptyDublinCore();
  readByTable(element, dc, DC_TABLE, options);
  return dc;
}

/** Reads one dcterms: element into `terms` (created on the first element the room knows). */
export function readDublinCoreTerms(element: XmlElement, terms: DublinCoreTerms | null, options: ParseOptions): DublinCoreTerms | null {
  if (!knowsDublinCoreTerms(element.local)) return terms;
  terms ??= emptyTerms();
  readByTable(element, terms, TERMS_TABLE, options);
  return terms;
}
