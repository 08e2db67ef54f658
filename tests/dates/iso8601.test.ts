// RFC 3339 / ISO 8601 / W3C-DTF dates as Atom, JSON Feed and dc:date carry them.
import { describe, expect, it } from 'vitest';
import { iso } from './expect-date.js';

describe('RFC 3339', () => {
  it.each([
    ['2003-12-13T18:30:02Z', '2003-12-13T18:30:02.000Z'], // RFC 4287 example
    ['2003-12-13T08:29:29-04:00', '2003-12-13T12:29:29.000Z'], // RFC 4287 example
    ['2005-07-31T12:29:29Z', '2005-07-31T12:29:29.000Z'],
    ['1985-04-12T23:20:50.52Z', '1985-04-12T23:20:50.520Z'], // RFC 3339 §5.8
    ['1996-12-19T16:39:57-08:00', '1996-12-20T00:39:57.000Z'], // RFC 3339 §5.8
    ['1937-01-01T12:00:27.87+00:20', '1937-01-01T11:40:27.870Z'], // RFC 3339 §5.8
    ['2017-05-17T08:02:12-07:00', '2017-05-17T15:02:12.000Z'], // JSON Feed spec example
    ['2003-12-13T18:30:02+0100', '2003-12-13T17:30:02.000Z'], // offset without colon
    ['2003-12-13T18:30:02+01', '2003-12-13T17:30:02.000Z'], // hour-only offset (ISO 8601)
    ['2003-12-13T18:30:02-00:00', '2003-12-13T18:30:02.000Z'],
    ['2003-12-13T18:30:02+05:45', '2003-12-13T12:45:02.000Z'],
    ['2003-12-13 18:30:02Z', '2003-12-13T18:30:02.000Z'], // space instead of T (RFC 3339 §5.6 note)
    ['2003-12-13t18:30:02z', '2003-12-13T18:30:02.000Z'], // lower-case t and z
    ['2003-12-13T18:30:02 +01:00', '2003-12-13T17:30:02.000Z'], // space before the offset
    ['2003-12-13T18:30Z', '2003-12-13T18:30:00.000Z'], // W3C-DTF: hours and minutes
    ['2003-12-13T18:30+01:00', '2003-12-13T17:30:00.000Z'],
  ])('%s → %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('reads fractional seconds of up to 15 digits, truncated to milliseconds', () => {
    expect(iso('2003-12-31T10:14:55.1Z')).toBe('2003-12-31T10:14:55.100Z');
    expect(iso('2003-12-31T10:14:55.12Z')).toBe('2003-12-31T10:14:55.120Z');
    expect(iso('2003-12-31T10:14:55.123Z')).toBe('2003-12-31T10:14:55.123Z');
    expect(iso('2003-12-31T10:14:55.1234Z')).toBe('2003-12-31T10:14:55.123Z');
    expect(iso('2003-12-31T10:14:55.9999999Z')).toBe('2003-12-31T10:14:55.999Z'); // .NET "o" format, 7 digits
    expect(iso('2003-12-31T10:14:55.123456789+02:00')).toBe('2003-12-31T08:14:55.123Z'); // Go RFC3339Nano
    expect(iso('2003-12-31T10:14:55,5Z')).toBe('2003-12-31T10:14:55.500Z'); // ISO 8601 decimal comma
    expect(iso('2007-04-23T23:25:47.538+10:00')).toBe('2007-04-23T13:25:47.538Z');
    expect(iso('2003-12-31T10:14:55.123456789012345Z')).toBe('2003-12-31T10:14:55.123Z');
    expect(iso('2003-12-31T10:14:55.1234567890123456Z')).toBeNull();
  });

  it('reads offsets that cross a day, a month and a year', () => {
    expect(iso('2004-02-28T18:14:55-08:00')).toBe('2004-02-29T02:14:55.000Z');
    expect(iso('2003-02-28T18:14:55-08:00')).toBe('2003-03-01T02:14:55.000Z');
    expect(iso('2000-02-28T18:14:55-08:00')).toBe('2000-02-29T02:14:55.000Z');
    expect(iso('2003-12-31T23:00:00-02:00')).toBe('2004-01-01T01:00:00.000Z');
    expect(iso('2004-01-01T01:00:00+02:00')).toBe('2003-12-31T23:00:00.000Z');
  });
});

describe('W3C-DTF and ISO 8601 reduced forms', () => {
  it('reads a date alone as midnight', () => {
    expect(iso('2003-12-31')).toBe('2003-12-31T00:00:00.000Z');
  });

  it('reads year-month and year alone as the first day', () => {
    expect(iso('2003-12')).toBe('2003-12-01T00:00:00.000Z');
    expect(iso('2003')).toBe('2003-01-01T00:00:00.000Z');
  });

  it('reads ordinal dates (year and day of year)', () => {
    expect(iso('2003-335')).toBe('2003-12-01T00:00:00.000Z');
    expect(iso('2004-366')).toBe('2004-12-31T00:00:00.000Z');
    expect(iso('2003-366')).toBeNull();
    expect(iso('2003-000')).toBeNull();
  });

  it('reads the basic format (no separators)', () => {
    expect(iso('20031231')).toBe('2003-12-31T00:00:00.000Z');
    expect(iso('20031231T101455Z')).toBe('2003-12-31T10:14:55.000Z');
    expect(iso('20031231T1014Z')).toBe('2003-12-31T10:14:00.000Z');
    expect(iso('20031231T101455.5-0800')).toBe('2003-12-31T18:14:55.500Z');
  });

  it('reads a month written with an extra zero (Google feeds)', () => {
    expect(iso('2003-012-31T10:14:55+00:00')).toBe('2003-12-31T10:14:55.000Z');
  });

  it('reads SQL and programming-language date-time strings', () => {
    expect(iso('2004-07-08 23:56:58')).toBe('2004-07-08T23:56:58.000Z'); // MySQL DATETIME
    expect(iso('2004-07-08 23:56:58.0')).toBe('2004-07-08T23:56:58.000Z'); // MSSQL
    expect(iso('2004-07-08 23:56:58 -00:20')).toBe('2004-07-09T00:16:58.000Z');
    expect(iso('2004-07-08 23:56:58 +0000')).toBe('2004-07-08T23:56:58.000Z'); // Ruby Time#to_s
    expect(iso('2004-07-08 23:56:58.123456')).toBe('2004-07-08T23:56:58.123Z'); // Python str(datetime)
    expect(iso('2004-07-08 23:56:58+00:00')).toBe('2004-07-08T23:56:58.000Z'); // Python str(aware datetime)
    expect(iso('2004-07-08 23:56:58.123456789 +0000 UTC')).toBe('2004-07-08T23:56:58.123Z'); // Go Time.String()
    expect(iso('2004-07-08 16:56:58 -0700 MST')).toBe('2004-07-08T23:56:58.000Z'); // Go Time.String()
    expect(iso('2004/07/08 23:56:58')).toBe('2004-07-08T23:56:58.000Z');
    expect(iso('2004.07.08')).toBe('2004-07-08T00:00:00.000Z');
  });

  it('refuses what only looks like an ISO date', () => {
    expect(iso('+22013')).toBeNull(); // an expanded year needs the agreement ISO 8601 asks for
    expect(iso('22000')).toBeNull(); // day 0 of a two-digit-year ordinal date (22013 is 2022-01-13)
    expect(iso('013')).toBeNull();
    expect(iso('2013-01-27-01')).toBeNull(); // four parts
    expect(iso('2013-01-28T11:30:00-06:00Textra')).toBeNull();
    expect(iso('2013-01-28T11:30:00-06:00Tex')).toBeNull();
    expect(iso('2013-xx-27')).toBeNull();
    expect(iso('2013-01-28T09:xx:00Z')).toBeNull();
    expect(iso('2013-01-28T09:00:00+00:xx')).toBeNull();
    expect(iso('9999-12-31T23:59:59-99:99')).toBeNull();
    expect(iso('2013-01-28T')).toBeNull();
    expect(iso('2013-01-28T10')).toBeNull(); // an hour alone is no time
    expect(iso('2013-01-28T10:5')).toBeNull();
    expect(iso('2013-01-28T10:05:5Z')).toBeNull();
    expect(iso('2013-01-28T10:05:05.Z')).toBeNull();
    expect(iso('2013-01-28T10:05:05ZZ')).toBeNull();
    expect(iso('2013-01-28T10:05:05+01:00:00')).toBeNull();
    expect(iso('+002013-01-28')).toBeNull(); // expanded years are not read
    expect(iso('2004-W01-1')).toBeNull(); // week dates are not read
    expect(iso('1538064000')).toBeNull(); // a Unix timestamp is not a date string
    expect(iso('1538064000000')).toBeNull();
  });
});

describe('ISO 8601 with a two-digit year (00–49 → 2000s, 50–99 → 1900s, as RFC 2822)', () => {
  it.each([
    ['031231', '2003-12-31T00:00:00.000Z'], // YYMMDD, basic format
    ['031231T101455Z', '2003-12-31T10:14:55.000Z'], // with a basic time
    ['990101T0930+0100', '1999-01-01T08:30:00.000Z'],
    ['03335', '2003-12-01T00:00:00.000Z'], // YYDDD, ordinal, basic format
    ['03-335', '2003-12-01T00:00:00.000Z'], // YY-DDD
    ['04-366', '2004-12-31T00:00:00.000Z'], // leap year
    ['03335T10:14Z', '2003-12-01T10:14:00.000Z'],
    ['-0312', '2003-12-01T00:00:00.000Z'], // -YYMM: year and month, century left out
    ['-03-12', '2003-12-01T00:00:00.000Z'], // -YY-MM
    ['-9912', '1999-12-01T00:00:00.000Z'],
    ['99-12-31', '1999-12-31T00:00:00.000Z'], // YY-MM-DD where YY cannot be a day
    ['00-02-29', '2000-02-29T00:00:00.000Z'],
    ['99-12-31T23:59:59Z', '1999-12-31T23:59:59.000Z'],
  ])('%s → %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    '03-12-31', // 3 December 2031 in Europe's order: ambiguous, so unread
    '10-12-18', '31-12-99', '03-335-1', '031232', '031301', '030229', '03366', '03000', '00-000', '-0313', '-03-13', '-03',
    '-031231', '-03-12-31', '-0312T10:00', '-03-12 10:00', '031231 10:14', '0312311', '99-12-31-01', '99-1-31', '99-12',
    '--12-31', '---31', '-335', '20',
  ])('%s → null', (text) => {
    expect(iso(text)).toBeNull();
  });
});

describe('an hour of 24', () => {
  it.each([
    ['2003-12-31T24:00:00Z', '2004-01-01T00:00:00.000Z'],
    ['2003-12-31T24:00Z', '2004-01-01T00:00:00.000Z'],
    ['2003-12-31T24:00:00+01:00', '2003-12-31T23:00:00.000Z'],
    ['2004-02-28T24:00:00Z', '2004-02-29T00:00:00.000Z'],
    ['20031231T2400Z', '2004-01-01T00:00:00.000Z'],
    ['Wed, 31 Dec 2003 24:00:00 GMT', '2004-01-01T00:00:00.000Z'],
    ['December 31, 2003 24:00', '2004-01-01T00:00:00.000Z'],
    ['2004년 12월 31일 24:00', '2004-12-31T15:00:00.000Z'],
  ])('%s is 00:00 of the next day → %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each(['2003-12-31T24:00:01Z', '2003-12-31T24:01Z', '2003-12-31T24:00:00.001Z', '2003-12-31T25:00Z', 'Wed, 31 Dec 2003 24:30 GMT'])(
    '%s → null', (text) => {
      expect(iso(text)).toBeNull();
    },
  );
});
