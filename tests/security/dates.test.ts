// Date strings and zone names from feeds are attacker-controlled: parseDate never throws, returns
// a Date or null in bounded time, and every date field of every format goes through it safely.
import { describe, expect, it } from 'vitest';
import { parseDate, parseFeed, parseJsonFeed } from '../../src/index.js';
import { attackEach } from './bounds.js';
import { atom, flat, rss, XML_ENTRY_POINTS } from './documents.js';

/** Long strings made of the pieces date grammars loop over. */
function longDates(): string[] {
  const n = 100_000;
  return [
    '1'.repeat(n), ' '.repeat(n), '\t'.repeat(n), '1 '.repeat(n / 2), ', '.repeat(n / 2), '-'.repeat(n), '+'.repeat(n), ':'.repeat(n),
    '1:'.repeat(n / 2), '1.'.repeat(n / 2), 'Jan '.repeat(n / 4), 'Monday, '.repeat(n / 8), 'GMT '.repeat(n / 4), '+0000 '.repeat(n / 6),
    `2024-01-01T00:00:00.${'9'.repeat(n)}Z`, `${'9'.repeat(n)}-01-01`, `2024-01-01T00:00:00${'+'.repeat(n)}`,
    `2024-01-01T00:00:00[${'Europe/'.repeat(n / 7)}]`, `Mon, 01 Jan 2024 10:00:00 ${'A'.repeat(n)}`, `Mon,${' '.repeat(n)}01 Jan 2024 10:00:00 GMT`,
    `01 ${' '.repeat(n)}Jan 2024`, `${'1'.repeat(n)} Jan 2024 10:00:00 GMT`, '２'.repeat(n), '\u0000'.repeat(n), '\uD800'.repeat(n),
    `2024${'-01'.repeat(n / 3)}`, `T${'1'.repeat(n)}`, `${'(comment) '.repeat(n / 10)}01 Jan 2024`,
  ].map(flat);
}

const ZONES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'Etc/__proto__', 'America/__proto__',
  '', ' ', 'UTC\u0000', 'x'.repeat(100_000), '../../../etc/passwd', 'Europe/Berlin\n', 'GMT+99', 'Etc/GMT+99', '+99:99', 'Z'];

describe('parseDate on hostile strings', () => {
  it('returns a Date or null for 100,000-character inputs, quickly', () => {
    const results = attackEach(longDates().map((text) => () => parseDate(text)), { cpuMs: 500 });
    for (const { value } of results) expect(value === null || value instanceof Date).toBe(true);
  });

  it('returns a Date or null whatever the zone names, in the text or the options', () => {
    const calls = ZONES.flatMap((zone) => [
      () => parseDate('2024-01-01T10:00:00', { defaultTimeZone: zone }),
      () => parseDate(`Mon, 01 Jan 2024 10:00:00 ${zone}`),
      () => parseDate(`2024-01-01T10:00:00[${zone}]`),
      () => parseDate(`2024-01-01 10:00 ${zone}`, { defaultTimeZone: zone }),
    ]);
    for (const { value } of attackEach(calls, { cpuMs: 500 })) {
      expect(value === null || (value instanceof Date && !Number.isNaN(value.getTime()))).toBe(true);
    }
  });

  it('never returns an invalid Date', () => {
    const odd = ['2024-02-30', '2024-13-01', '99999-01-01', '-000001-01-01', '0000-00-00T00:00:00Z', 'Mon, 32 Jan 2024 25:61:61 GMT',
      '2024-01-01T24:00:01Z', '275760-09-13T00:00:00.001Z', '1e309', 'Infinity', 'NaN', '@1e100'];
    for (const { value } of attackEach(odd.map((text) => () => parseDate(text)), { cpuMs: 100 })) {
      if (value !== null) expect(Number.isNaN((value as Date).getTime())).toBe(false);
    }
  });
});

describe('hostile dates in feeds', () => {
  it('are read through every date field and entry point in bounded time', () => {
    const dates = longDates().slice(0, 12);
    const field = (d: string) => d.slice(0, 20_000);
    const docs = [
      rss(dates.map((d) => `<item><pubDate>${field(d)}</pubDate><dc:date xmlns:dc="http://purl.org/dc/elements/1.1/">${field(d)}</dc:date></item>`).join('')),
      atom(dates.map((d) => `<entry><id>e</id><updated>${field(d)}</updated><published>${field(d)}</published></entry>`).join('')),
      `<opml version="2.0"><head><dateCreated>${field(dates[0]!)}</dateCreated><dateModified>${field(dates[3]!)}</dateModified></head><body/></opml>`,
    ];
    const json = `{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[${dates
      .map((d, i) => `{"id":"${i}","date_published":${JSON.stringify(field(d))},"date_modified":${JSON.stringify(field(d))}}`).join(',')}]}`;
    const calls = [
      ...docs.flatMap((doc) => XML_ENTRY_POINTS.map(([, read]) => () => read(doc))),
      () => parseJsonFeed(json), () => parseFeed(json), () => parseFeed(docs[0]!, { defaultTimeZone: '__proto__' }),
    ];
    attackEach(calls, { cpuMs: 3000 });
  });
});
