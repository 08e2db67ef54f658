// The fixed-layout readers for RFC 3339 and RFC 822 decide speed, never meaning: on every string
// they accept they must agree with the general grammar, and both with the instant written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRfc3339, readRfc822 } from '../../src/dates/fast-paths.js';
import { readDateFields } from '../../src/dates/grammar.js';
import { parseDate } from '../../src/dates/index.js';
import { instantOfFields } from '../../src/dates/instant.js';
import { tokenize } from '../../src/dates/tokenize.js';

function byGrammar(text: string): number | null {
  return readDateFields(text, tokenize(text, 0, text.length)) ? instantOfFields(undefined) : null;
}

function byFastPath(read: (text: string, start: number, end: number) => boolean, text: string): number | null | 'declined' {
  return read(text, 0, text.length) ? instantOfFields(undefined) : 'declined';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const dateParts = fc.record({
  year: fc.integer({ min: 1000, max: 9999 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 31 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  second: fc.integer({ min: 0, max: 59 }),
}).filter(({ year, month, day }) => day <= new Date(Date.UTC(2000, month, 0)).getUTCDate()
  && !(month === 2 && day === 29 && !((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)));

/** The instant of the parts at a fixed offset, by the platform's calendar. */
function expectedInstant(p: { year: number; month: number; day: number; hour: number; minute: number; second: number },
  offsetMinutes: number, millisecond = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(p.year, p.month - 1, p.day);
  date.setUTCHours(p.hour, p.minute, p.second, millisecond);
  return date.getTime() - offsetMinutes * 60_000;
}

describe('RFC 3339 fast path', () => {
  const zone = fc.oneof(
    fc.constantFrom({ text: 'Z', minutes: 0 }, { text: 'z', minutes: 0 }, { text: '', minutes: 0 }),
    fc.record({ sign: fc.constantFrom(1, -1), h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }),
      colon: fc.boolean() }).map(({ sign, h, m, colon }) => ({
      text: `${sign < 0 ? '-' : '+'}${pad(h)}${colon ? ':' : ''}${pad(m)}`, minutes: sign * (h * 60 + m),
    })),
  );
  const fraction = fc.option(fc.stringMatching(/^[0-9]{1,9}$/), { nil: undefined });

  it('agrees with the grammar and with the instant written', () => {
    fc.assert(fc.property(dateParts, zone, fraction, fc.constantFrom('T', 't', ' '), (p, z, f, t) => {
      const text = `${p.year}-${pad(p.month)}-${pad(p.day)}${t}${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`
        + `${f === undefined ? '' : `.${f}`}${z.text}`;
      const millisecond = f === undefined ? 0 : Number(f.slice(0, 3).padEnd(3, '0'));
      const fast = byFastPath(readRfc3339, text);
      expect(fast).toBe(expectedInstant(p, z.minutes, millisecond));
      expect(byGrammar(text)).toBe(fast);
      expect(parseDate(text)?.getTime()).toBe(fast);
    }), { numRuns: 2000 });
  });

  it('declines what it does not read, and the grammar decides', () => {
    for (const text of ['2003-12-13T18:30Z', '2003-12-13T18:30:02+01', '2003-12-13T18:30:02,5Z', '2003-12-13',
      '2003-12-13T18:30:02 +01:00', '2003-12-13T18:30:02.Z', '2003-12-13T18:30:02+1:00']) {
      expect(byFastPath(readRfc3339, text)).toBe('declined');
    }
    expect(byFastPath(readRfc3339, '2003-02-30T18:30:02Z')).toBeNull(); // read, then refused as impossible
  });
});

describe('RFC 822 fast path', () => {
  const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const zone = fc.oneof(
    fc.constantFrom(
      { text: 'GMT', minutes: 0 }, { text: 'UT', minutes: 0 }, { text: 'UTC', minutes: 0 }, { text: 'Z', minutes: 0 },
      { text: 'EST', minutes: -300 }, { text: 'EDT', minutes: -240 }, { text: 'CST', minutes: -360 },
      { text: 'CDT', minutes: -300 }, { text: 'MST', minutes: -420 }, { text: 'MDT', minutes: -360 },
      { text: 'PST', minutes: -480 }, { text: 'PDT', minutes: -420 }, { text: 'CEST', minutes: 120 },
      { text: 'gmt', minutes: 0 }, { text: 'IST', minutes: 330 }, { text: 'AEST', minutes: 600 },
    ),
    fc.record({ sign: fc.constantFrom(1, -1), h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }) })
      .map(({ sign, h, m }) => ({ text: `${sign < 0 ? '-' : '+'}${pad(h)}${pad(m)}`, minutes: sign * (h * 60 + m) })),
  );

  it('agrees with the grammar and with the instant written', () => {
    const form = fc.record({ weekday: fc.option(fc.nat({ max: 6 }), { nil: undefined }), padDay: fc.boolean(),
      seconds: fc.boolean() });
    fc.assert(fc.property(dateParts, zone, form, (p, z, f) => {
      const parts = { ...p, second: f.seconds ? p.second : 0 };
      const day = f.padDay ? pad(p.day) : String(p.day);
      const text = `${f.weekday === undefined ? '' : `${DAYS[f.weekday]}, `}${day} ${MONTHS[p.month - 1]} ${p.year} `
        + `${pad(p.hour)}:${pad(p.minute)}${f.seconds ? `:${pad(p.second)}` : ''} ${z.text}`;
      const fast = byFastPath(readRfc822, text);
      expect(fast).toBe(expectedInstant(parts, z.minutes));
      expect(byGrammar(text)).toBe(fast);
      expect(parseDate(text)?.getTime()).toBe(fast);
    }), { numRuns: 2000 });
  });

  it('reads the regional zone names the same way as the grammar', () => {
    for (const text of ['Tue, 10 Jun 2003 12:00:00 ET', 'Mon, 26 Jan 2004 16:31:00 PT', 'Mon, 26 Jan 2004 16:31:00 AT']) {
      const fast = byFastPath(readRfc822, text);
      expect(fast).not.toBe('declined');
      expect(fast).toBe(byGrammar(text));
    }
  });

  it('declines what it does not read, and the grammar decides', () => {
    for (const text of ['Web, 10 Oct 2018 18:00:00 +0000', 'Wed, 10 Oct 18 18:00:00 GMT', 'Wed, 10 October 2018 18:00:00 GMT',
      'Wed, 10 Oct 2018 18:00:00', 'Wed, 10 Oct 2018 18:00:00 A', 'Wed,  10 Oct 2018 18:00:00 GMT',
      'Wednesday, 10 Oct 2018 18:00:00 GMT', 'Wed, 10 Oct 2018 18:00:00 +00:00', 'Wed, 10 Oct 2018 18:00:00 GMT+1']) {
      expect(byFastPath(readRfc822, text)).toBe('declined');
      expect(byGrammar(text)).not.toBeNull();
    }
    expect(byFastPath(readRfc822, 'Wed, 31 Feb 2018 18:00:00 GMT')).toBeNull(); // read, then refused as impossible
  });
});
