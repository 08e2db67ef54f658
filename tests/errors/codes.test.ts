// Every code the source throws or reports is in the code unions of src/codes.ts or the
// validator's table that one of them is built from (so it
// type-checks where users compare it) and in the documentation's tables (so users can look it up).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ErrorCode, FeedDocumentError, FeedParseError, ValidationIssue } from '../../src/index.js';
import { repoRoot } from '../helpers.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const src = join(repoRoot, 'src');
const files = sources(src).filter((path) => !path.startsWith(join(src, 'cli')));
const code = files.map((path) => readFileSync(path, 'utf8')).join('\n');
const unions = ['codes.ts', join('validate', 'codes.ts')].map((path) => readFileSync(join(src, path), 'utf8')).join('\n');
const docs = [join(repoRoot, 'README.md'), ...readdirSync(join(repoRoot, 'docs')).filter((n) => n.endsWith('.md')).map((n) => join(repoRoot, 'docs', n))]
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');

function codesMatching(pattern: RegExp): string[] {
  return [...new Set([...code.matchAll(pattern)].map((match) => match[1]!))].sort();
}

const thrown = codesMatching(/new Feed[A-Za-z]*Error\(\s*'([A-Z][A-Z0-9_]+)'/g);
const faults = codesMatching(/(?:fault\(|unterminated\(|report\?\.\(|tolerate\([a-zA-Z.]+, |code: )'([A-Z][A-Z0-9_]+)'/g);
const reported = codesMatching(/\.(?:error|warning)\(\s*'([A-Z][A-Z0-9_]+)'/g);

describe('error, warning and issue codes', () => {
  it('finds the codes in the source', () => {
    expect(thrown).toContain('XML_MALFORMED');
    expect(thrown).toContain('FETCH_TIMEOUT');
    expect(thrown.length).toBeGreaterThan(25);
    expect(reported.length).toBeGreaterThan(40);
  });

  it('every code is in a union of src/codes.ts', () => {
    const missing = [...thrown, ...faults, ...reported].filter((c) => !unions.includes(`'${c}'`));
    expect(missing).toEqual([]);
  });

  it('every thrown code is in the README\'s table or a docs page', () => {
    expect(thrown.filter((c) => !docs.includes(`\`${c}\``))).toEqual([]);
  });

  it('every reported code is documented', () => {
    expect([...faults, ...reported].filter((c) => !docs.includes(`\`${c}\``))).toEqual([]);
  });

  it('a misspelt code does not compile', () => {
    const check = (error: FeedDocumentError | FeedParseError, issue: ValidationIssue): boolean[] => [
      // @ts-expect-error no such code
      error.code === 'XML_MALFORMD',
      // @ts-expect-error no such code
      issue.code === 'RSS_MISSING_ELEMNT',
      error.code === 'XML_MALFORMED',
      issue.code === 'RSS_MISSING_ELEMENT',
    ];
    const codes: ErrorCode[] = ['FETCH_STATUS', 'JSON_TYPE_ITEM_TITLE'];
    expect(typeof check).toBe('function');
    expect(codes).toHaveLength(2);
  });
});
