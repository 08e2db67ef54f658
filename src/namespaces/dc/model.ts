// Dublin Core: the fifteen elements (`dc:`) and the DCMI terms (`dcterms:`) as plain data.

/** Dublin Core Metadata Element Set 1.1 (`http://purl.org/dc/elements/1.1/`). */
export interface DublinCore {
  title: string | null;
  /** Every dc:creator, in order. */
  creators: string[];
  /** Every dc:subject, in order. */
  subjects: string[];
  description: string | null;
  publisher: string | null;
  /** Every dc:contributor, in order. */
  contributors: string[];
  date: Date | null;
  type: string | null;
  format: string | null;
  identifier: string | null;
  source: string | null;
  language: string | null;
  relation: string | null;
  coverage: string | null;
  rights: string | null;
}

/** DCMI Metadata Terms (`http://purl.org/dc/terms/`): the fifteen elements again, and the refinements. */
export interface DublinCoreTerms extends DublinCore {
  abstract: string | null;
  accessRights: string | null;
  alternative: string | null;
  audience: string | null;
  available: Date | null;
  bibliographicCitation: string | null;
  conformsTo: string | null;
  created: Date | null;
  dateAccepted: Date | null;
  dateCopyrighted: Date | null;
  dateSubmitted: Date | null;
  educationLevel: string | null;
  extent: string | null;
  hasFormat: string | null;
  hasPart: string | null;
  hasVersion: string | null;
  isFormatOf: string | null;
  isPartOf: string | null;
  isReferencedBy: string | null;
  isReplacedBy: string | null;
  isRequiredBy: string | null;
  issued: Date | null;
  isVersionOf: string | null;
  license: string | null;
  mediator: string | null;
  medium: string | null;
  modified: Date | null;
  provenance: string | null;
  references: string | null;
  replaces: string | null;
  requires: string | null;
  rightsHolder: string | null;
  spatial: string | null;
  tableOfContents: string | null;
  temporal: string | null;
  /** A period or date, as written. */
  valid: string | null;
}
