// What validateFeed returns, and the collector the rules report into.
import type { ValidationCode } from '../codes.js';
import { clip, escapeControls, type XmlElement } from '../xml/index.js';
import { LineIndex, pathOf } from './location.js';

// Messages quote names from the document; a megabyte-long name must not flood the report.
const LONG_WORD = /\S{120,}/g;

function shortenWords(message: string): string {
  return message.length < 120 ? message : message.replace(LONG_WORD, clip);
}

export type FeedFormat = 'rss' | 'atom' | 'json' | 'opml';
export type Severity = 'error' | 'warning';

export interface ValidationIssue {
  severity: Severity;
  /** Stable UPPER_SNAKE code (the README lists every one). */
  code: ValidationCode;
  /** What is wrong, for a person. */
  message: string;
  /** 1-based position in the decoded document (XML documents, and JSON syntax errors). */
  line?: number;
  column?: number;
  /** Where in the document: `channel/item[3]/pubDate` (XML, 1-based) or `items[2].id` (JSON, 0-based). */
  path?: string;
}

export interface ValidationReport {
  format: FeedFormat | null;
  /** False when any issue is an error. */
  valid: boolean;
  issues: ValidationIssue[];
}

/** Enough to show any real feed's problems; a hostile document cannot make the report unbounded. */
export const MAX_ISSUES = 1000;

export interface Place {
  /** Offset in the decoded text (turned into line and column)… */
  offset?: number | undefined;
  /** The element (and attribute) concerned: the path is built from it, only for issues kept. */
  element?: XmlElement | undefined;
  attribute?: string | undefined;
  /** …or a position known already (from a thrown FeedXmlError). */
  line?: number | undefined;
  column?: number | undefined;
  path?: string | undefined;
}

/** Collects issues; positions are computed from offsets in the decoded text. */
export class Issues {
  readonly list: ValidationIssue[] = [];
  private errors = 0;
  private dropped = 0;
  private lines: LineIndex | null = null;

  constructor(private readonly text: string | null = null) {}

  get hasErrors(): boolean {
    return this.errors > 0;
  }

  /** True once MAX_ISSUES are listed: rules that can only add warnings may then skip their work. */
  get full(): boolean {
    return this.list.length >= MAX_ISSUES;
  }

  error(code: ValidationCode, message: string, place: Place = {}): void {
    this.add('error', code, message, place);
  }

  warning(code: ValidationCode, message: string, place: Place = {}): void {
    this.add('warning', code, message, place);
  }

  /** An issue about an element (or one of its attributes, `@name`). */
  at(element: XmlElement, attribute?: string): Place {
    return { offset: element.start, element, attribute };
  }

  add(severity: Severity, code: ValidationCode, message: string, place: Place): void {
    if (severity === 'error') this.errors++;
    if (this.list.length >= MAX_ISSUES) {
      this.dropped++;
      return;
    }
    const issue: ValidationIssue = { severity, code, message: escapeControls(shortenWords(message)) };
    if (place.offset !== undefined && this.text !== null) {
      this.lines ??= new LineIndex(this.text);
      const { line, column } = this.lines.positionOf(place.offset);
      issue.line = line;
      issue.column = column;
    } else if (place.line !== undefined) {
      issue.line = place.line;
      if (place.column !== undefined) issue.column = place.column;
    }
    if (place.element !== undefined) {
      const path = pathOf(place.element);
      issue.path = place.attribute === undefined ? path : `${path}/@${clip(place.attribute)}`;
    } else if (place.path !== undefined && place.path !== '') {
      issue.path = escapeControls(place.path);
    }
    this.list.push(issue);
  }

  /** The issues in document order (rules run per part, not in reading order), with a note when some were dropped. */
  finish(format: FeedFormat | null): ValidationReport {
    const issues = this.list
      .map((issue, index) => ({ issue, index }))
      .sort((a, b) => (a.issue.line ?? 0) - (b.issue.line ?? 0) || (a.issue.column ?? 0) - (b.issue.column ?? 0) || a.index - b.index)
      .map((entry) => entry.issue);
    if (this.dropped > 0) {
      issues.push({
        severity: 'warning',
        code: 'TOO_MANY_ISSUES',
        message: `At least ${this.dropped} more issues were found but not listed (at most ${MAX_ISSUES} are): fix these and validate again`,
      });
    }
    return { format, valid: this.errors === 0, issues };
  }
}
