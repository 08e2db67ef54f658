// The page on dates (docs/dates.md) must say what the code does: its zone table, its examples.
import { describe, expect, it } from 'vitest';
import { ZONE_NAMES } from '../../src/dates/zones.js';
import { docPage } from '../helpers.js';
import { iso } from './expect-date.js';

const page = docPage('dates.md');

function sectionAfter(heading: string): string {
  const start = page.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const next = page.indexOf('\n## ', start + heading.length);
  return page.slice(start, next < 0 ? undefined : next);
}

describe("the page on dates", () => {
  it('lists every zone of the table with its offset or region', () => {
    const rows = [...sectionAfter('## Time zones').matchAll(/^\| ([A-Z]+) \| ([^|]+) \| ([^|]+) \|$/gm)];
    const documented = rows.map(([, name, offset]) => [name, offset?.trim()]);
    const actual = ZONE_NAMES.map((zone) => {
      if (zone.offsetMinutes === null) return [zone.name, `by date, ${zone.ianaZone}`];
      const minutes = Math.abs(zone.offsetMinutes);
      const sign = zone.offsetMinutes < 0 ? '-' : '+';
      return [zone.name, `${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`];
    });
    expect(documented).toEqual(actual);
  });

  it('reads every example of the forms table', () => {
    const table = sectionAfter('## Forms read').split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Form'));
    const examples = table.flatMap((line) => [...(line.split(' | ')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ''));
    // Examples with a four-digit year are whole dates; the others (`+01`, `18:30:02,5`) are parts.
    const dates = examples.filter((example) => /\d{4}/.test(example));
    expect(dates.length).toBeGreaterThan(30);
    expect(dates.filter((example) => iso(example) === null)).toEqual([]);
  });

  it('gives the results its code example promises', () => {
    const block = page.slice(page.indexOf('```ts'), page.indexOf('```', page.indexOf('```ts') + 5));
    const calls = [...block.matchAll(/parseDate\('([^']+)'(?:, \{ defaultTimeZone: '([^']+)' \})?\);\s+\/\/ (\S+)/g)];
    expect(calls.length).toBe(5);
    for (const [, text, zone, result] of calls) {
      expect(iso(text ?? '', zone === undefined ? undefined : { defaultTimeZone: zone })).toBe(result === 'null' ? null : result);
    }
  });
});
