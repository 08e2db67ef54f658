// One validation rule seen from both sides: a document that breaks it and one that does not.
import { readFileSync } from 'node:fs';
import type { ValidateOptions } from '../../../src/validate/index.js';

export interface RuleCase {
  code: string;
  severity: 'error' | 'warning';
  /** What the case shows (the test's name). */
  name: string;
  /** A document that breaks the rule. */
  bad: string | Uint8Array;
  /** Where the issue must be reported: the first occurrence of this text in `bad`, or a line and column. */
  at?: string | { line: number; column: number };
  /** The expected path. */
  path?: string;
  /** The same document with the problem fixed (default: the format's valid baseline). */
  good: string | Uint8Array;
  /** Options for both calls. */
  options?: ValidateOptions;
}

/** A baseline document from fixtures/validate (each validates with no issues at all). */
export function baseline(name: 'valid-rss.xml' | 'valid-rdf.xml' | 'valid-atom.xml' | 'valid-feed.json' | 'valid-opml.xml' | 'valid-podcast.xml'): string {
  return readFileSync(new URL(`../../../fixtures/validate/${name}`, import.meta.url), 'utf8');
}

/** `text` with `from` replaced by `to`; throws when `from` is not there, so a stale case cannot pass silently. */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1) throw new Error(`The document has no ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** 1-based line and column of the first `needle` in `text`. */
export function positionIn(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`The document has no ${JSON.stringify(needle)}`);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}
