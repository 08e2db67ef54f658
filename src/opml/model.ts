// OPML 1.0 / 2.0 subscription lists as plain data.
import type { ParseWarning } from '../warnings.js';

export interface OpmlOutline {
  text: string | null;
  type: string | null;
  xmlUrl: string | null;
  description: string | null;
  htmlUrl: string | null;
  language: string | null;
  title: string | null;
  version: string | null;
  outlines: OpmlOutline[];
}

export interface Opml {
  title: string | null;
  ownerName: string | null;
  ownerEmail: string | null;
  dateCreated: Date | null;
  dateModified: Date | null;
  /** Line numbers of the expanded outlines, from the comma-separated head element. */
  expansionState: number[] | null;
  vertScrollState: number | null;
  windowTop: number | null;
  windowLeft: number | null;
  windowBottom: number | null;
  windowRight: number | null;
  outlines: OpmlOutline[];
  /** What lenient mode read past; empty in strict mode and for clean documents. */
  warnings: ParseWarning[];
}
