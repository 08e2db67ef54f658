// validate's output: linter-style text, GitHub workflow annotations, or JSON.
import type { ValidationIssue, ValidationReport } from '../validate/index.js';
import type { InputErrorCode } from './input.js';
import type { OutputFormat } from './options.js';
import { shown as safe, terminalJson } from './terminal-text.js';

/** An issue of the report, or the one issue of an input that could not be read (INPUT_…, FETCH_…). */
export type InputIssue = ValidationIssue | (Omit<ValidationIssue, 'code'> & { code: InputErrorCode });

/** One input's outcome: a report, or why it could not be read. */
export interface InputResult extends Omit<ValidationReport, 'issues'> {
  input: string;
  issues: InputIssue[];
  /** True when the input could not be read at all (exit status 2). */
  unreadable: boolean;
}

export interface OutputOptions {
  format: OutputFormat;
  strict: boolean;
  quiet: boolean;
}

/** With --quiet only what fails the run is listed: errors, and warnings under --strict. */
function shown(issues: readonly InputIssue[], options: OutputOptions): InputIssue[] {
  return options.quiet && !options.strict ? issues.filter((i) => i.severity === 'error') : [...issues];
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function textLine(input: string, issue: InputIssue): string {
  const where = issue.line === undefined ? safe(input) : `${safe(input)}:${issue.line}:${issue.column ?? 1}`;
  const path = issue.path === undefined ? '' : ` (${safe(issue.path)})`;
  return `${where}  ${issue.severity}  ${safe(issue.message)}${path}  ${issue.code}`;
}

/** The last line: what was found, and why the run fails (under --strict, warnings alone fail it). */
function summary(results: readonly InputResult[], strict: boolean): string {
  let errors = 0;
  let warnings = 0;
  let failing = 0;
  let warnedOnly = 0;
  let unreadable = 0;
  for (const result of results) {
    if (result.unreadable) unreadable++;
    const e = result.issues.filter((i) => i.severity === 'error').length;
    errors += e;
    warnings += result.issues.length - e;
    if (e > 0) failing++;
    else if (result.issues.length > 0) warnedOnly++;
  }
  const inputs = plural(results.length, 'input');
  if (errors === 0 && warnings === 0) return `${inputs} checked: no problems`;
  const parts = [`${inputs} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`];
  if (failing > 0) parts.push(`${failing} of ${results.length} invalid`);
  if (unreadable > 0) parts.push(`${unreadable} could not be read`);
  if (strict && warnedOnly > 0) {
    parts.push(`${warnedOnly} of ${results.length} with warnings only, which fail the run under --strict`);
  }
  return parts.join('; ');
}

// GitHub workflow commands: data escapes %, CR, LF; property values also ":" and ",".
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function githubLine(input: string, issue: InputIssue): string {
  const properties = [`file=${escapeProperty(safe(input))}`];
  if (issue.line !== undefined) properties.push(`line=${issue.line}`);
  if (issue.column !== undefined) properties.push(`col=${issue.column}`);
  properties.push(`title=${escapeProperty(issue.code)}`);
  const path = issue.path === undefined ? '' : ` (${issue.path})`;
  return `::${issue.severity} ${properties.join(',')}::${escapeData(safe(issue.message + path))}`;
}

/** The whole output of one validate run (written to stdout). */
export function formatResults(results: readonly InputResult[], options: OutputOptions): string {
  if (options.format === 'json') {
    const data = results.map(({ input, format, valid, issues }) => ({ input, format, valid, issues }));
    return `${terminalJson(data)}\n`;
  }
  const lines: string[] = [];
  for (const result of results) {
    for (const issue of shown(result.issues, options)) {
      lines.push(options.format === 'github' ? githubLine(result.input, issue) : textLine(result.input, issue));
    }
  }
  lines.push(summary(results, options.strict)); // in github format too: a plain line in the workflow log
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** The exit status: 2 when an input could not be read, 1 when one fails, else 0. */
export function exitStatus(results: readonly InputResult[], strict: boolean): number {
  if (results.some((r) => r.unreadable)) return 2;
  const fails = results.some((r) => !r.valid || (strict && r.issues.length > 0));
  return fails ? 1 : 0;
}
