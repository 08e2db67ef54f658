// Hostile input is normal input: parseDate never throws, and long strings cost linear time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DATE_LENGTH, parseDate } from '../../src/dates/index.js';
import { iso } from './expect-date.js';

/** Milliseconds one call takes. */
function timeOf(text: string): { ms: number; result: Date | null } {
  const start = performance.now();
  const result = parseDate(text);
  return { ms: performance.now() - start, result };
}

describe('long and pathological input', () => {
  const huge = 1_000_000;
  it.each([
    ['digits', '1'.repeat(huge)],
    ['spaces', ' '.repeat(huge)],
    ['digits and spaces', '1 '.repeat(huge / 2)],
    ['colons', '1:'.repeat(huge / 2)],
    ['open parentheses', '('.repeat(huge)],
    ['nested comments', '('.repeat(huge / 2) + ')'.repeat(huge / 2)],
    ['weekdays', 'Mon, '.repeat(huge / 5)],
    ['dashes', '-'.repeat(huge)],
    ['letters', 'a'.repeat(huge)],
    ['a date followed by a million digits', `Wed, 10 Oct 2018 18:00:00 ${'0'.repeat(huge)}`],
    ['Hangul date marks', '2004년 '.repeat(huge / 6)],
    ['ideograph marks', '年月日'.repeat(huge / 3)],
    ['Greek letters', 'Ιούλ'.repeat(huge / 4)],
    ['combining marks', 'e\u0301'.repeat(huge / 2)],
    ['quoted pairs in a comment', `(${'\\)'.repeat(huge / 2)}`],
    ['two-digit-year ordinals', '03335 '.repeat(huge / 6)],
  ])('%s: null at once', (_name, text) => {
    const { ms, result } = timeOf(text);
    expect(result).toBeNull();
    expect(ms).toBeLessThan(250);
  });

  it('trims any amount of surrounding whitespace in linear time', () => {
    const padded = `${' \n\t'.repeat(300_000)}2003-12-13T18:30:02Z${' \u00a0'.repeat(300_000)}`;
    const { ms, result } = timeOf(padded);
    expect(result?.toISOString()).toBe('2003-12-13T18:30:02.000Z');
    expect(ms).toBeLessThan(250);
  });

  it(`returns null for more than ${MAX_DATE_LENGTH} characters after trimming`, () => {
    const date = 'Wed, 10 Oct 2018 18:00:00 GMT';
    const atLimit = `${date}(${'x'.repeat(MAX_DATE_LENGTH - date.length - 2)})`;
    expect(atLimit.length).toBe(MAX_DATE_LENGTH);
    expect(iso(atLimit)).toBe('2018-10-10T18:00:00.000Z');
    expect(iso(`${atLimit}x`)).toBeNull();
  });

  it('returns null for more tokens than any date has', () => {
    expect(iso(`2018-10-10T18:00:00Z${' +'.repeat(40)}`)).toBeNull();
    expect(iso('1 '.repeat(100))).toBeNull();
  });

  it('reads a date whose comment holds anything', () => {
    expect(iso('Wed, 10 Oct 2018 18:00:00 GMT (<script>“Ünïcødé” 🙂 (nested) ;:\'")')).toBe('2018-10-10T18:00:00.000Z');
  });
});

describe('never throws', () => {
  const check = (value: Date | null) => value === null || (value instanceof Date && Number.isFinite(value.getTime()));

  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => check(parseDate(text))), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (text) => check(parseDate(text))), { numRuns: 3000 });
  });

  it('on strings made of date pieces', () => {
    const piece = fc.constantFrom(
      'Wed', 'Oct', 'October', 'GMT', 'UTC', 'Z', 'T', 't', 'z', 'am', 'p.m.', 'at', 'th', 'Etc/GMT', 'Europe/Berlin',
      '2018', '18', '10', '1', '0', '00', '99', '123', '24', '60', '+', '-', ':', '.', ',', '/', '_', ' ', '(', ')',
      '−', '\u00a0', 'é', 'J', 'Mars/Base', '__proto__', 'constructor', '12345678', '20181010', '181010',
      '년', '월', '일', '오후', '시', '年', '月', '日', '午後', '時', '分', 'Ιούλ', 'октября', 'г.', 'r.', 'július', '\u0301',
      '\\', '03335', '-', '-0312', 'pt', 'st', 'kl.', 'в', '금요일',
    );
    const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
    const zone = fc.constantFrom(undefined, 'UTC', 'Europe/Berlin', 'America/New_York', '__proto__', 'Nope/Nope', '');
    fc.assert(fc.property(text, zone, (value, defaultTimeZone) => check(parseDate(value, { defaultTimeZone }))), {
      numRuns: 5000,
    });
  });

  it('on valid dates with one character inserted, deleted or replaced', () => {
    const samples = [
      'Wed, 10 Oct 2018 18:00:00 GMT', '2003-12-13T18:30:02.25+01:00', 'Sun Jan  4 16:29:06 2004',
      'October 10, 2018 at 6:00 p.m. EDT', 'Wed Oct 10 2018 18:00:00 GMT+0100 (BST)', '20031231T101455Z',
      '2004년 05월 28일 오후 1시 31분', '2004年5月28日午後1時31分', 'Κυρ, 11 Ιούλ 2004 12:00:00 EST', '2004. július 13. 9:15',
      '10 октября 2018 г., 18:00', '031231T101455Z', '-03-12', 'Tue, 10 Jun 2003 (a \\) (b)) 09:41:01 GMT',
    ];
    const edit = fc.record({
      sample: fc.constantFrom(...samples),
      at: fc.nat({ max: 60 }),
      kind: fc.constantFrom('insert', 'delete', 'replace'),
      char: fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
    });
    fc.assert(fc.property(edit, ({ sample, at, kind, char }) => {
      const i = Math.min(at, sample.length);
      const text = kind === 'insert' ? sample.slice(0, i) + char + sample.slice(i)
        : kind === 'delete' ? sample.slice(0, i) + sample.slice(i + 1)
          : sample.slice(0, i) + char + sample.slice(i + 1);
      const result = parseDate(text);
      return check(result) && (result === null || (result.getUTCFullYear() >= 0 && result.getUTCFullYear() <= 10_000));
    }), { numRuns: 5000 });
  });
});
