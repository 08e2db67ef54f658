// Date-times without a zone are read in `defaultTimeZone`, correctly across DST changes, and the
// same whatever zone the host runs in.
import { afterEach, describe, expect, it } from 'vitest';
import { iso } from './expect-date.js';

const NEW_YORK = { defaultTimeZone: 'America/New_York' };
const BERLIN = { defaultTimeZone: 'Europe/Berlin' };
const SYDNEY = { defaultTimeZone: 'Australia/Sydney' };

describe('defaultTimeZone', () => {
  it('is UTC when not given', () => {
    expect(iso('2021-07-01T12:00:00')).toBe('2021-07-01T12:00:00.000Z');
    expect(iso('2021-07-01T12:00:00', {})).toBe('2021-07-01T12:00:00.000Z');
    expect(iso('2021-07-01T12:00:00', { defaultTimeZone: 'UTC' })).toBe('2021-07-01T12:00:00.000Z');
    expect(iso('2021-07-01T12:00:00', { defaultTimeZone: 'Etc/UTC' })).toBe('2021-07-01T12:00:00.000Z');
  });

  it('places zone-less date-times of every form in the zone', () => {
    expect(iso('2021-07-01T12:00:00', BERLIN)).toBe('2021-07-01T10:00:00.000Z');
    expect(iso('2021-01-15 12:00', BERLIN)).toBe('2021-01-15T11:00:00.000Z');
    expect(iso('Thu, 01 Jul 2021 12:00:00', NEW_YORK)).toBe('2021-07-01T16:00:00.000Z');
    expect(iso('Fri, 15 Jan 2021 12:00:00', NEW_YORK)).toBe('2021-01-15T17:00:00.000Z');
    expect(iso('July 1, 2021 12:00 pm', SYDNEY)).toBe('2021-07-01T02:00:00.000Z');
    expect(iso('2021-07-01T12:00:00', { defaultTimeZone: 'Asia/Kolkata' })).toBe('2021-07-01T06:30:00.000Z');
    expect(iso('2021-07-01T12:00:00', { defaultTimeZone: 'Asia/Kathmandu' })).toBe('2021-07-01T06:15:00.000Z');
  });

  it('places a date without a time at midnight in the zone', () => {
    expect(iso('2021-03-14', NEW_YORK)).toBe('2021-03-14T05:00:00.000Z');
    expect(iso('2021-07-01', BERLIN)).toBe('2021-06-30T22:00:00.000Z');
    expect(iso('2021', BERLIN)).toBe('2020-12-31T23:00:00.000Z');
  });

  it('leaves dates with a zone alone', () => {
    expect(iso('2021-03-14T02:30:00Z', NEW_YORK)).toBe('2021-03-14T02:30:00.000Z');
    expect(iso('Sun, 14 Mar 2021 02:30:00 GMT', NEW_YORK)).toBe('2021-03-14T02:30:00.000Z');
    expect(iso('Sun, 14 Mar 2021 02:30:00 +0100', NEW_YORK)).toBe('2021-03-14T01:30:00.000Z');
  });

  it('reads a time in the spring-forward gap with the offset before the gap (moved forward)', () => {
    // New York, 14 March 2021: 02:00 EST jumps to 03:00 EDT; 02:30 never happens.
    expect(iso('2021-03-14T01:59:59', NEW_YORK)).toBe('2021-03-14T06:59:59.000Z'); // EST
    expect(iso('2021-03-14T02:00:00', NEW_YORK)).toBe('2021-03-14T07:00:00.000Z'); // = 03:00 EDT
    expect(iso('2021-03-14T02:30:00', NEW_YORK)).toBe('2021-03-14T07:30:00.000Z'); // = 03:30 EDT
    expect(iso('2021-03-14T03:00:00', NEW_YORK)).toBe('2021-03-14T07:00:00.000Z'); // EDT
    // Berlin, 28 March 2021: 02:00 CET jumps to 03:00 CEST.
    expect(iso('2021-03-28T02:30:00', BERLIN)).toBe('2021-03-28T01:30:00.000Z');
    expect(iso('2021-03-28T03:30:00', BERLIN)).toBe('2021-03-28T01:30:00.000Z');
    // Sydney, 3 October 2021: 02:00 AEST jumps to 03:00 AEDT.
    expect(iso('2021-10-03T02:30:00', SYDNEY)).toBe('2021-10-02T16:30:00.000Z');
    // Lord Howe Island moves its clock by 30 minutes: 02:00 → 02:30 (+10:30 → +11).
    expect(iso('2021-10-03T02:15:00', { defaultTimeZone: 'Australia/Lord_Howe' })).toBe('2021-10-02T15:45:00.000Z');
    // São Paulo, 4 November 2018: midnight itself did not exist (00:00 → 01:00).
    expect(iso('2018-11-04', { defaultTimeZone: 'America/Sao_Paulo' })).toBe('2018-11-04T03:00:00.000Z');
  });

  it('reads a time in the fall-back overlap as the first (earlier) of the two instants', () => {
    // New York, 7 November 2021: 02:00 EDT falls back to 01:00 EST; 01:30 happens twice.
    expect(iso('2021-11-07T00:59:59', NEW_YORK)).toBe('2021-11-07T04:59:59.000Z'); // EDT
    expect(iso('2021-11-07T01:30:00', NEW_YORK)).toBe('2021-11-07T05:30:00.000Z'); // EDT, not 06:30Z EST
    expect(iso('2021-11-07T02:00:00', NEW_YORK)).toBe('2021-11-07T07:00:00.000Z'); // EST
    // Berlin, 31 October 2021: 03:00 CEST falls back to 02:00 CET.
    expect(iso('2021-10-31T02:30:00', BERLIN)).toBe('2021-10-31T00:30:00.000Z'); // CEST
    expect(iso('2021-10-31T03:00:00', BERLIN)).toBe('2021-10-31T02:00:00.000Z'); // CET
    // Sydney, 4 April 2021: 03:00 AEDT falls back to 02:00 AEST.
    expect(iso('2021-04-04T02:30:00', SYDNEY)).toBe('2021-04-03T15:30:00.000Z'); // AEDT
  });

  it('keeps milliseconds across the conversion', () => {
    expect(iso('2021-07-01T12:00:00.123', BERLIN)).toBe('2021-07-01T10:00:00.123Z');
    expect(iso('2021-03-14T02:30:00.999', NEW_YORK)).toBe('2021-03-14T07:30:00.999Z');
  });

  it('uses the zone rules of the date, not of today', () => {
    // Moscow used +04:00 all year from 2011 to 2014, +03:00 since.
    expect(iso('2012-01-15T12:00:00', { defaultTimeZone: 'Europe/Moscow' })).toBe('2012-01-15T08:00:00.000Z');
    expect(iso('2016-01-15T12:00:00', { defaultTimeZone: 'Europe/Moscow' })).toBe('2016-01-15T09:00:00.000Z');
  });

  it('returns null for zone-less dates when defaultTimeZone is not a known IANA zone', () => {
    for (const defaultTimeZone of ['Not/AZone', 'Mars/Olympus_Mons', '__proto__', 'constructor', 'toString',
      'hasOwnProperty', '', ' ', 'Europe/Berlin ', '+05:00', 'GMT+5:00', 'x'.repeat(65), '../../etc/passwd']) {
      expect(iso('2021-07-01T12:00:00', { defaultTimeZone })).toBeNull();
      // a date that carries its zone does not need the default
      expect(iso('2021-07-01T12:00:00Z', { defaultTimeZone })).toBe('2021-07-01T12:00:00.000Z');
    }
    expect(iso('2021-07-01T12:00:00', { defaultTimeZone: 42 as unknown as string })).toBeNull();
  });

  it('treats null or undefined defaultTimeZone as UTC and survives hostile options', () => {
    expect(iso('2021-07-01T12:00:00', { defaultTimeZone: undefined })).toBe('2021-07-01T12:00:00.000Z');
    expect(iso('2021-07-01T12:00:00', { defaultTimeZone: null as unknown as string })).toBe('2021-07-01T12:00:00.000Z');
    expect(iso('2021-07-01T12:00:00', null as unknown as undefined)).toBe('2021-07-01T12:00:00.000Z');
    const throwing = Object.defineProperty({}, 'defaultTimeZone', { get() { throw new Error('boom'); } });
    expect(iso('2021-07-01T12:00:00', throwing)).toBeNull();
  });
});

describe('independence from the host zone', () => {
  const hostZone = process.env.TZ;
  afterEach(() => {
    if (hostZone === undefined) delete process.env.TZ;
    else process.env.TZ = hostZone;
  });

  // Each host zone with its getTimezoneOffset() on 15 January 2021, to prove the switch took effect.
  it.each([
    ['UTC', 0], ['America/New_York', 300], ['Asia/Kolkata', -330], ['Europe/Berlin', -60],
    ['Australia/Lord_Howe', -660], ['Pacific/Chatham', -825],
  ] as const)(
    'gives the same instants on a host in %s',
    (host, januaryOffset) => {
      process.env.TZ = host; // Node re-reads TZ when it is assigned
      expect(new Date(Date.UTC(2021, 0, 15)).getTimezoneOffset()).toBe(januaryOffset);
      expect(iso('2021-11-07T01:30:00', NEW_YORK)).toBe('2021-11-07T05:30:00.000Z');
      expect(iso('2021-03-14T02:30:00', NEW_YORK)).toBe('2021-03-14T07:30:00.000Z');
      expect(iso('2021-10-31T02:30:00', BERLIN)).toBe('2021-10-31T00:30:00.000Z');
      expect(iso('2021-03-28T02:30:00', BERLIN)).toBe('2021-03-28T01:30:00.000Z');
      expect(iso('2021-03-14T02:30:00')).toBe('2021-03-14T02:30:00.000Z');
      expect(iso('0001-01-01T00:00:00', NEW_YORK)).toBe('0001-01-01T04:56:02.000Z'); // New York mean time
    },
  );
});
