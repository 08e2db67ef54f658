// RFC 822 / RFC 2822 dates as RSS 2.0 pubDate and lastBuildDate carry them, and the zone table.
import { describe, expect, it } from 'vitest';
import { ZONE_NAMES } from '../../src/dates/zones.js';
import { iso } from './expect-date.js';

describe('RFC 822 / RFC 2822', () => {
  it.each([
    ['Tue, 10 Jun 2003 09:41:01 GMT', '2003-06-10T09:41:01.000Z'], // RSS 2.0 specification example
    ['Tue, 10 Jun 2003 09:41:01 +0000', '2003-06-10T09:41:01.000Z'],
    ['Tue, 10 Jun 2003 09:41:01 -0000', '2003-06-10T09:41:01.000Z'], // RFC 2822: UTC, local zone unknown
    ['Fri, 30 Nov 2018 17:00:00 +0900', '2018-11-30T08:00:00.000Z'],
    ['Fri, 30 Nov 2018 17:00:00 -0430', '2018-11-30T21:30:00.000Z'],
    ['Fri, 30 Nov 2018 17:00:00 +0545', '2018-11-30T11:15:00.000Z'], // Nepal
    ['Fri, 30 Nov 2018 17:00:00 +1400', '2018-11-30T03:00:00.000Z'], // Line Islands
    ['30 Nov 2018 17:00:00 GMT', '2018-11-30T17:00:00.000Z'], // weekday is optional
    ['Fri, 30 Nov 2018 17:00 GMT', '2018-11-30T17:00:00.000Z'], // seconds are optional
    ['Fri, 30 Nov 2018 17:00:59 GMT', '2018-11-30T17:00:59.000Z'],
    ['Fri, 9 Nov 2018 07:05:03 GMT', '2018-11-09T07:05:03.000Z'], // one-digit day (RFC 2822 allows it)
    ['Sat, 29 Feb 2020 12:00:00 GMT', '2020-02-29T12:00:00.000Z'], // leap day
    ['Fri, 01 Jan 1999 00:00:00 GMT', '1999-01-01T00:00:00.000Z'],
    ['Thu, 01 Jan 1970 00:00:00 +0000', '1970-01-01T00:00:00.000Z'],
    ['Wed, 31 Dec 1969 23:59:59 +0000', '1969-12-31T23:59:59.000Z'],
    ['Thu, 01 Jan 0100 00:00:01 +0100', '0099-12-31T23:00:01.000Z'], // four digits are read as written
  ])('%s → %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('reads two-digit years with RFC 2822 windowing (00–49 → 2000s, 50–99 → 1900s)', () => {
    expect(iso('Thu, 01 Jan 04 19:48:21 GMT')).toBe('2004-01-01T19:48:21.000Z');
    expect(iso('Fri, 30 Nov 18 17:00:00 GMT')).toBe('2018-11-30T17:00:00.000Z');
    expect(iso('Wed, 31 Dec 49 23:59:59 GMT')).toBe('2049-12-31T23:59:59.000Z');
    expect(iso('Sat, 01 Jan 00 00:00:00 GMT')).toBe('2000-01-01T00:00:00.000Z');
    expect(iso('Sun, 01 Jan 50 00:00:00 GMT')).toBe('1950-01-01T00:00:00.000Z');
    expect(iso('Sat, 07 Feb 82 12:57:36 GMT')).toBe('1982-02-07T12:57:36.000Z');
    expect(iso('Fri, 31 Dec 99 23:59:59 GMT')).toBe('1999-12-31T23:59:59.000Z');
  });

  it('reads three-digit years as years since 1900 (what JavaScript getYear() wrote)', () => {
    expect(iso('Fri, 30 Nov 118 17:00:00 GMT')).toBe('2018-11-30T17:00:00.000Z');
    expect(iso('Fri, 31 Dec 099 23:59:59 GMT')).toBe('1999-12-31T23:59:59.000Z');
    expect(iso('Sat, 01 Jan 100 00:00:00 GMT')).toBe('2000-01-01T00:00:00.000Z');
  });

  it('reads a date without a time as midnight', () => {
    expect(iso('Thu, 01 Jan 2004')).toBe('2004-01-01T00:00:00.000Z');
    expect(iso('01 Jan 2004')).toBe('2004-01-01T00:00:00.000Z');
  });

  it('reads a numeric offset with a colon and after GMT/UTC (GMT+hh:mm, UTC-5)', () => {
    expect(iso('Wed, 19 Feb 2012 22:40:00 -01:01')).toBe('2012-02-19T23:41:00.000Z');
    expect(iso('Wed, 19 Feb 2012 22:40:00 GMT-01:01')).toBe('2012-02-19T23:41:00.000Z');
    expect(iso('Wed, 19 Feb 2012 22:40:00 GMT+0100')).toBe('2012-02-19T21:40:00.000Z');
    expect(iso('Wed, 19 Feb 2012 22:40:00 UTC+1')).toBe('2012-02-19T21:40:00.000Z');
    expect(iso('Wed, 19 Feb 2012 22:40:00 UTC-5')).toBe('2012-02-20T03:40:00.000Z');
    expect(iso('Wed, 19 Feb 2012 22:40:00 GMT+05:30')).toBe('2012-02-19T17:10:00.000Z');
    expect(iso('Wed, 19 Feb 2012 22:40:00 +01')).toBe('2012-02-19T21:40:00.000Z');
  });

  it('reads an IANA zone name in place of an abbreviation', () => {
    expect(iso('Wed, 19 Aug 2009 18:28:00 Etc/GMT')).toBe('2009-08-19T18:28:00.000Z');
    expect(iso('Wed, 19 Aug 2009 18:28:00 Europe/Berlin')).toBe('2009-08-19T16:28:00.000Z');
    expect(iso('Wed, 19 Aug 2009 18:28:00 America/New_York')).toBe('2009-08-19T22:28:00.000Z');
    expect(iso('Wed, 19 Aug 2009 18:28:00 Mars/Olympus_Mons')).toBeNull(); // no such zone
  });

  it('refuses offsets out of range and unknown zone names instead of guessing', () => {
    expect(iso('Sun, 31 Dec 9999 23:59:59 -9999')).toBeNull();
    expect(iso('Sun, 16 Dec 2012 11:47:32 +2400')).toBeNull();
    expect(iso('Sun, 16 Dec 2012 11:47:32 +0060')).toBeNull();
    expect(iso('Sun, 16 Dec 2012 11:47:32 +zz:00')).toBeNull();
    expect(iso('Sun, 16 Dec 2012 11:47:32 +00:zz')).toBeNull();
    expect(iso('Sun, 16 Dec 2012 11:47:32 +123')).toBeNull();
    expect(iso('Sun, 16 Dec 2012 11:47:32 XYZ')).toBeNull();
    expect(iso('Sun, 16 Dec 2012 11:47:32 FOO')).toBeNull();
    expect(iso('Sun, 16 Dec 2012 11:47:32 GMT GMT')).toBeNull();
    expect(iso('Sun, 16 Dec 2012 11:47:32 +0000 +0000')).toBeNull();
  });
});

// Every name of the zone table with the instant of 12:00 on 10 June 2003 there, worked out by
// hand from the offsets in the zone table of docs/dates.md (June: the regional names are in daylight time).
const ZONE_NOON_10_JUNE_2003: Record<string, string> = {
  UT: '2003-06-10T12:00:00.000Z', GMT: '2003-06-10T12:00:00.000Z',
  EST: '2003-06-10T17:00:00.000Z', EDT: '2003-06-10T16:00:00.000Z',
  CST: '2003-06-10T18:00:00.000Z', CDT: '2003-06-10T17:00:00.000Z',
  MST: '2003-06-10T19:00:00.000Z', MDT: '2003-06-10T18:00:00.000Z',
  PST: '2003-06-10T20:00:00.000Z', PDT: '2003-06-10T19:00:00.000Z',
  UTC: '2003-06-10T12:00:00.000Z', WET: '2003-06-10T12:00:00.000Z', WEST: '2003-06-10T11:00:00.000Z',
  BST: '2003-06-10T11:00:00.000Z', IST: '2003-06-10T06:30:00.000Z',
  CET: '2003-06-10T11:00:00.000Z', CEST: '2003-06-10T10:00:00.000Z',
  MET: '2003-06-10T11:00:00.000Z', MEST: '2003-06-10T10:00:00.000Z',
  MEZ: '2003-06-10T11:00:00.000Z', MESZ: '2003-06-10T10:00:00.000Z',
  EET: '2003-06-10T10:00:00.000Z', EEST: '2003-06-10T09:00:00.000Z', MSK: '2003-06-10T09:00:00.000Z',
  SAST: '2003-06-10T10:00:00.000Z', EAT: '2003-06-10T09:00:00.000Z', WAT: '2003-06-10T11:00:00.000Z',
  PKT: '2003-06-10T07:00:00.000Z', ICT: '2003-06-10T05:00:00.000Z', WIB: '2003-06-10T05:00:00.000Z',
  HKT: '2003-06-10T04:00:00.000Z', SGT: '2003-06-10T04:00:00.000Z', AWST: '2003-06-10T04:00:00.000Z',
  JST: '2003-06-10T03:00:00.000Z', KST: '2003-06-10T03:00:00.000Z',
  ACST: '2003-06-10T02:30:00.000Z', ACDT: '2003-06-10T01:30:00.000Z',
  AEST: '2003-06-10T02:00:00.000Z', AEDT: '2003-06-10T01:00:00.000Z',
  NZST: '2003-06-10T00:00:00.000Z', NZDT: '2003-06-09T23:00:00.000Z',
  AST: '2003-06-10T16:00:00.000Z', ADT: '2003-06-10T15:00:00.000Z', AT: '2003-06-10T15:00:00.000Z',
  NST: '2003-06-10T15:30:00.000Z', NDT: '2003-06-10T14:30:00.000Z',
  AKST: '2003-06-10T21:00:00.000Z', AKDT: '2003-06-10T20:00:00.000Z', HST: '2003-06-10T22:00:00.000Z',
  BRT: '2003-06-10T15:00:00.000Z', ART: '2003-06-10T15:00:00.000Z', UYT: '2003-06-10T15:00:00.000Z',
  CLT: '2003-06-10T16:00:00.000Z', CLST: '2003-06-10T15:00:00.000Z', COT: '2003-06-10T17:00:00.000Z',
  PET: '2003-06-10T17:00:00.000Z', HDT: '2003-06-10T21:00:00.000Z',
  MSD: '2003-06-10T08:00:00.000Z', TRT: '2003-06-10T09:00:00.000Z', IDT: '2003-06-10T09:00:00.000Z',
  IRST: '2003-06-10T08:30:00.000Z', GST: '2003-06-10T08:00:00.000Z', CAT: '2003-06-10T10:00:00.000Z',
  NPT: '2003-06-10T06:15:00.000Z', MYT: '2003-06-10T04:00:00.000Z', PHT: '2003-06-10T04:00:00.000Z',
  WITA: '2003-06-10T04:00:00.000Z', WIT: '2003-06-10T03:00:00.000Z',
  ET: '2003-06-10T16:00:00.000Z', CT: '2003-06-10T17:00:00.000Z',
  MT: '2003-06-10T18:00:00.000Z', PT: '2003-06-10T19:00:00.000Z',
};

describe('zone names', () => {
  it('has an expected instant for every name in the table, and no more', () => {
    expect(ZONE_NAMES.map((zone) => zone.name).sort()).toEqual(Object.keys(ZONE_NOON_10_JUNE_2003).sort());
  });

  it.each(Object.entries(ZONE_NOON_10_JUNE_2003))('%s', (name, expected) => {
    expect(iso(`Tue, 10 Jun 2003 12:00:00 ${name}`)).toBe(expected);
    expect(iso(`Tue, 10 Jun 2003 12:00:00 ${name.toLowerCase()}`)).toBe(expected);
    expect(iso(`2003-06-10 12:00:00 ${name}`)).toBe(expected);
  });

  it('reads the regional names in standard time in winter', () => {
    expect(iso('Mon, 26 January 2004 16:31:00 ET')).toBe('2004-01-26T21:31:00.000Z');
    expect(iso('Mon, 26 January 2004 16:31:00 CT')).toBe('2004-01-26T22:31:00.000Z');
    expect(iso('Mon, 26 January 2004 16:31:00 MT')).toBe('2004-01-26T23:31:00.000Z');
    expect(iso('Mon, 26 January 2004 16:31:00 PT')).toBe('2004-01-27T00:31:00.000Z');
    expect(iso('Mon, 26 January 2004 16:31:00 AT')).toBe('2004-01-26T20:31:00.000Z');
  });

  it('reads a fixed abbreviation literally, even out of its season', () => {
    expect(iso('Mon, 26 Jan 2004 16:31:00 EDT')).toBe('2004-01-26T20:31:00.000Z');
    expect(iso('Tue, 10 Jun 2003 12:00:00 EST')).toBe('2003-06-10T17:00:00.000Z');
  });

  it('ignores a zone name that repeats the numeric offset before it', () => {
    expect(iso('Tue, 10 Jun 2003 12:00:00 +0000 GMT')).toBe('2003-06-10T12:00:00.000Z');
    expect(iso('Tue, 10 Jun 2003 12:00:00 -0700 MST')).toBe('2003-06-10T19:00:00.000Z');
    expect(iso('Tue, 10 Jun 2003 12:00:00 +0200 CEST')).toBe('2003-06-10T10:00:00.000Z');
    // the number wins over a name that disagrees with it
    expect(iso('Tue, 10 Jun 2003 12:00:00 +0200 EST')).toBe('2003-06-10T10:00:00.000Z');
  });
});

describe('military single-letter zones', () => {
  // RFC 2822 §4.3: every letter but Z is "-0000" (RFC 822 defined their signs backwards).
  const letters = 'ABCDEFGHIKLMNOPQRSTUVWXYZ'.split('');

  it.each(letters)('%s is read as UTC', (letter) => {
    expect(iso(`Tue, 10 Jun 2003 12:00:00 ${letter}`)).toBe('2003-06-10T12:00:00.000Z');
    expect(iso(`Tue, 10 Jun 2003 12:00:00 ${letter.toLowerCase()}`)).toBe('2003-06-10T12:00:00.000Z');
  });

  it('J is no zone', () => {
    expect(iso('Tue, 10 Jun 2003 12:00:00 J')).toBeNull();
  });
});

describe('RFC 822 comments and folding white space', () => {
  it.each([
    ['Fri, 21 Nov 1997 09(comment):   55  :  06 -0600', '1997-11-21T15:55:06.000Z'], // RFC 2822 A.5
    ['Thu,\r\n      13\r\n        Feb\r\n          1969\r\n      23:32\r\n               -0330 (Newfoundland Time)',
      '1969-02-14T03:02:00.000Z'], // RFC 2822 A.5, folded over lines
    ['Tue, 10 Jun 2003 (a (nested (twice)) comment) 09:41:01 GMT', '2003-06-10T09:41:01.000Z'],
    ['(leading comment) Tue, 10 Jun 2003 09:41:01 GMT', '2003-06-10T09:41:01.000Z'],
    ['Tue,(no space)10 Jun 2003 09:41:01 GMT', '2003-06-10T09:41:01.000Z'],
    ['Tue, 10 Jun 2003 09:41:01 GMT (quoted \\) and \\( pairs)', '2003-06-10T09:41:01.000Z'],
    ['Tue, 10 Jun 2003 09:41:01 -0400 (EDT (US\\)))', '2003-06-10T13:41:01.000Z'],
    ['Tue, 10 Jun\r\n 2003\t09:41:01\r\n\tGMT', '2003-06-10T09:41:01.000Z'],
    ['Tue, 10 Jun 2003 (09:41:01) GMT', '2003-06-10T00:00:00.000Z'], // a comment is white space: no time here
  ])('%j → %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    'Tue, 10 Jun 2003 09:41:01 GMT (unclosed', 'Tue, 10 Jun 2003 09:41:01 GMT (closed once))', 'Tue, 10 Jun 2003 09:41:01 GMT (\\)',
    'Tue, 10 Jun (2003) 09:41:01 GMT', 'Tue, 10 Jun 2003 09:41:01 GMT \\)',
  ])('%j → null', (text) => {
    expect(iso(text)).toBeNull();
  });
});
