// Every validation rule, both ways: a document that breaks it is reported at the right place,
// and the same document fixed is not. The table of docs/validation.md must list exactly these codes.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VALIDATION_CODES, validateFeed, type ValidationIssue } from '../../src/validate/index.js';
import { atomCases } from './cases/atom.js';
import { extensionCases } from './cases/extensions.js';
import { profileCases } from './cases/profile.js';
import { positionIn, type RuleCase } from './cases/case.js';
import { jsonCases } from './cases/json.js';
import { opmlCases } from './cases/opml.js';
import { rdfCases } from './cases/rdf.js';
import { rssCases } from './cases/rss.js';
import { xmlCases } from './cases/xml.js';
import { docPage } from '../helpers.js';

const tables: [string, RuleCase[]][] = [
  ['XML', xmlCases], ['RSS 2.0', rssCases], ['RSS 1.0 and 0.90', rdfCases], ['Atom 1.0', atomCases], ['extension namespaces', extensionCases],
  ['the podcast profile', profileCases], ['JSON Feed', jsonCases], ['OPML', opmlCases],
];

function withCode(issues: ValidationIssue[], code: string): ValidationIssue[] {
  return issues.filter((issue) => issue.code === code);
}

function expectedPosition(rule: RuleCase): { line: number; column: number } | undefined {
  if (rule.at === undefined) return undefined;
  if (typeof rule.at !== 'string') return rule.at;
  const text = typeof rule.bad === 'string' ? rule.bad : new TextDecoder().decode(rule.bad);
  return positionIn(text, rule.at);
}

for (const [format, cases] of tables) {
  describe(`${format} rules`, () => {
    for (const rule of cases) {
      describe(`${rule.code}: ${rule.name}`, () => {
        it('is reported where the problem is', () => {
          const report = validateFeed(rule.bad, rule.options);
          const found = withCode(report.issues, rule.code);
          expect(found, JSON.stringify(report.issues, null, 1)).not.toHaveLength(0);
          const issue = found[0]!;
          expect(issue.severity).toBe(rule.severity);
          expect(issue.message.length).toBeGreaterThan(10);
          const position = expectedPosition(rule);
          if (position) expect({ line: issue.line, column: issue.column }).toEqual(position);
          if (rule.path) expect(found.map((i) => i.path)).toContain(rule.path);
          if (rule.severity === 'error') expect(report.valid).toBe(false);
        });
        it('is not reported once fixed', () => {
          const report = validateFeed(rule.good, rule.options);
          expect(withCode(report.issues, rule.code), JSON.stringify(report.issues, null, 1)).toEqual([]);
        });
      });
    }
  });
}

describe('the table of codes in docs/validation.md', () => {
  const table = docPage('validation.md');
  const documented = new Set([...table.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1]!));
  const tested = new Set(tables.flatMap(([, cases]) => cases.map((c) => c.code)));
  // Codes that no document can produce on purpose: the validator's own safety net and
  // the XML reader's rarer limits (tested with the reader).
  const untestable = new Set(['VALIDATION_FAILED', 'LIMIT_TEXT', 'LIMIT_ATTRIBUTES', 'LIMIT_ELEMENTS']);

  it('documents every code the rules test', () => {
    expect([...tested].filter((code) => !documented.has(code))).toEqual([]);
  });
  it('has a failing and a passing case for every documented code', () => {
    expect([...documented].filter((code) => !tested.has(code) && !untestable.has(code))).toEqual([]);
  });
  it('documents every code the source can report', () => {
    const folder = new URL('../../src/validate/', import.meta.url);
    const sources = readdirSync(folder).filter((name) => name.endsWith('.ts') && name !== 'codes.ts');
    const emitted = new Set<string>();
    for (const name of sources) {
      const source = readFileSync(new URL(name, folder), 'utf8');
      for (const m of source.matchAll(/'([A-Z][A-Z0-9]*_[A-Z0-9_]+)'/g)) emitted.add(m[1]!);
    }
    // Prefixed codes are built from parts (`${prefix}_MISSING_ELEMENT`): check those by their endings.
    const structure = ['UNEXPECTED_TEXT', 'UNKNOWN_ELEMENT', 'DUPLICATE_ELEMENT', 'MISSING_ELEMENT'];
    for (const prefix of ['RSS', 'ATOM', 'OPML']) for (const ending of structure) emitted.add(`${prefix}_${ending}`);
    for (const prefix of ['RSS', 'ATOM']) for (const ending of ['UNKNOWN_ATTRIBUTE', 'MISSING_ATTRIBUTE']) emitted.add(`${prefix}_${ending}`);
    for (const prefix of ['ITUNES', 'MEDIA', 'PODCAST']) for (const ending of ['INVALID_VALUE', 'MISSING_ATTRIBUTE']) emitted.add(`${prefix}_${ending}`);
    for (const ending of ['INVALID_VALUE', 'MISSING_ATTRIBUTE']) emitted.add(`EXTENSION_${ending}`);
    // Thrown for the caller's mistakes, not reported; and the DOCTYPE note the reader makes, which is no problem.
    for (const code of ['INVALID_INPUT', 'INVALID_OPTION', 'XML_DOCTYPE']) emitted.delete(code);
    expect([...emitted].filter((code) => !documented.has(code))).toEqual([]);
  });
});

describe('VALIDATION_CODES', () => {
  const table = docPage('validation.md');
  const documented = new Map([...table.matchAll(/^\| `([A-Z0-9_]+)` \| ([EW]) \|/gm)].map((m) => [m[1]!, m[2] === 'E' ? 'error' : 'warning']));
  // The faults lenient parsing reads past: validateFeed reports each as an error (docs/lenient.md lists them),
  // the encoding fallback under the name of what it falls back from, XML_ENCODING_INVALID_BYTES.
  // An unknown encoding label, which lenient parsing reads past, is XML_ENCODING to the validator.
  const reportedAs: Record<string, string | null> = { TOO_MANY_WARNINGS: null, XML_ENCODING_FALLBACK: null, XML_ENCODING_UNKNOWN: 'XML_ENCODING' };
  for (const m of docPage('lenient.md').matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)) {
    if (!(m[1]! in reportedAs) && !documented.has(m[1]!)) documented.set(m[1]!, 'error');
  }

  it('lists exactly the documented codes, with their documented severity', () => {
    expect(new Map(VALIDATION_CODES.map((c) => [c.code, c.severity]))).toEqual(documented);
  });
  it('gives each code once', () => {
    expect(new Set(VALIDATION_CODES.map((c) => c.code)).size).toBe(VALIDATION_CODES.length);
  });
  it('reports each tested code at the severity the list gives', () => {
    const severity = new Map(VALIDATION_CODES.map((c) => [c.code, c.severity]));
    const wrong = tables.flatMap(([, cases]) => cases).filter((c) => severity.get(c.code as never) !== c.severity).map((c) => c.code);
    expect(wrong).toEqual([]);
  });
});
