// What returns null: impossible values (never shifted into a valid date) and forms not read.
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/dates/index.js';
import { iso } from './expect-date.js';

describe('impossible values', () => {
  it.each([
    'Sat, 31 Feb 2018 10:00:00 GMT', '31 Feb 2018', '2018-02-31', '2018-02-29', '1900-02-29', '2018-04-31',
    '2018-13-01', '2018-00-10', '2018-10-00', '2018-10-32', '0000-00-00 00:00:00', '0000-00-00',
    '2018-10-10T25:00:00Z', 'Wed, 10 Oct 2018 25:00:00 GMT', '2018-10-10T10:60:00Z', '2018-10-10T10:00:61Z',
    'Fri, 30 Nov 2018 17:00:00:00 +0900', '2018-10-10T17:00:00:00Z', 'Sun, 16 Dec 2012 1:2:3:4 GMT',
    'Sun, 99 Jun 2009 12:00:00 GMT', '2018-10-10T24:00:01Z', '2018-10-10T24:01:00Z', '2018-10-10T24:00:00.001Z',
    '2018-10-10T99:99:99Z', 'October 10, 2018 13:00 AM', 'October 10, 2018 0:30 PM', 'October 10, 2018 24 pm',
  ])('%s → null', (text) => {
    expect(iso(text)).toBeNull();
  });

  it('reads the leap day of leap years only', () => {
    expect(iso('2000-02-29')).toBe('2000-02-29T00:00:00.000Z');
    expect(iso('2020-02-29T12:00:00Z')).toBe('2020-02-29T12:00:00.000Z');
    expect(iso('Tue, 29 Feb 2100 12:00:00 GMT')).toBeNull();
  });

  it('reads 24:00 as 00:00 of the next day (ISO 8601 end of day)', () => {
    expect(iso('2018-10-10T24:00:00Z')).toBe('2018-10-11T00:00:00.000Z');
    expect(iso('2018-12-31T24:00Z')).toBe('2019-01-01T00:00:00.000Z');
    expect(iso('2018-10-10T24:00:00+02:00')).toBe('2018-10-10T22:00:00.000Z');
    expect(iso('Wed, 28 Feb 2018 24:00:00 GMT')).toBe('2018-03-01T00:00:00.000Z');
  });

  it('reads 12-hour clocks: 12 am is midnight, 12 pm is noon', () => {
    expect(iso('October 10, 2018 12:30 AM')).toBe('2018-10-10T00:30:00.000Z');
    expect(iso('October 10, 2018 12:30 PM')).toBe('2018-10-10T12:30:00.000Z');
    expect(iso('October 10, 2018 1:30 am')).toBe('2018-10-10T01:30:00.000Z');
    expect(iso('October 10, 2018 11:59 p.m.')).toBe('2018-10-10T23:59:00.000Z');
    expect(iso('October 10, 2018 6pm')).toBe('2018-10-10T18:00:00.000Z');
    expect(iso('October 10, 2018 18:00 PM')).toBe('2018-10-10T18:00:00.000Z'); // a redundant pm changes nothing
  });
});

describe('leap seconds', () => {
  // Date has no leap seconds: 23:59:60 is read as 23:59:59 of the same day, and only where a
  // leap second can be (the last second of a UTC month).
  it('reads :60 at the end of a UTC month as :59', () => {
    expect(iso('2016-12-31T23:59:60Z')).toBe('2016-12-31T23:59:59.000Z');
    expect(iso('2016-12-31T15:59:60-08:00')).toBe('2016-12-31T23:59:59.000Z');
    expect(iso('2015-06-30T23:59:60.5Z')).toBe('2015-06-30T23:59:59.500Z');
    expect(iso('Sat, 31 Dec 2016 23:59:60 GMT')).toBe('2016-12-31T23:59:59.000Z');
  });

  it('refuses :60 anywhere else', () => {
    expect(iso('2016-12-30T23:59:60Z')).toBeNull();
    expect(iso('2016-12-31T23:58:60Z')).toBeNull();
    expect(iso('2016-12-31T22:59:60Z')).toBeNull();
    expect(iso('2016-12-31T23:59:60+01:00')).toBeNull();
  });
});

describe('unknown forms', () => {
  it.each([
    '', '   ', 'yesterday', '2 hours ago', 'now', 'N/A', 'TBD', 'null', '0', '-1', '10 Oct', 'Oct 10',
    'Oct 2018 10', 'Sun, Dec x 2012 11:47:32 GMT', 'Sun, 16 zzz 2012 11:47:32 GMT', 'Sun, 16 Dec zz 11:47:32 GMT',
    '2018-10-10T18:00:00Z garbage', 'Thus, 3 January 2013 04:24:36 GMT}', '12/13/14/15', '1/2/3', '10-10-18',
    '03-12-31', 'Wed, 10 Oct 2018 18:00:00 +0000 (unclosed', 'Wed, 10 Oct 2018 18:00:00 +0000)',
    '<b>Wed, 10 Oct 2018</b>', 'Wed, 10 Oct 2018 18:00:00 GMT 🙂',
    'Κυρ, 11 Ιούλ 2004 12:00:00 ZZZ', '2004年05月28', '05月28日', 'Wed, 10 Oct 2018 18:00:00 +0000 extra words here',
    'T 2018-10-10', 'GMT', 'Z', '+0000', '18:00:00', '18:00 GMT', '2018-10-10 GMT+0100', '2018-10-10 +0100',
    'Wed, 10 Oct 2018 18:00:00 J', 'Oct 10 18:00:00', 'Oct 10 18:00:00 18', '10 Oct 2018 18h', '10 Oct 2018 18 h 30',
    '10 Oct 2018 Uhr', '10 Oct 2018 18:00 à', 'Wed, 10 Oct 2018 18:00:00 GMT um', '10 de 2018',
  ])('%j → null', (text) => {
    expect(iso(text)).toBeNull();
  });

  it('returns null for what is not a string at all', () => {
    for (const value of [undefined, null, 42, {}, [], new Date(0), Symbol('x')]) {
      expect(parseDate(value as unknown as string)).toBeNull();
    }
  });
});
