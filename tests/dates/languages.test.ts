// Dates in the languages feeds are written in: month names of every listed language, Greek and
// Hungarian orders, Korean, Chinese and Japanese date marks, and words around the year and time.
import { describe, expect, it } from 'vitest';
import { defineWord, MONTH_BASE, MONTH_NAMES } from '../../src/dates/words.js';
import type { DateCase } from './expect-date.js';
import { iso } from './expect-date.js';

describe('every month name of every language', () => {
  const names = MONTH_NAMES.flatMap((list, month) => list.map((name) => [name, month] as const));

  it.each(names)('"10 %s 2018" is month %i, in any case', (name, month) => {
    const expected = `2018-${String(month).padStart(2, '0')}-10T00:00:00.000Z`;
    expect(iso(`10 ${name} 2018`)).toBe(expected);
    expect(iso(`10 ${name.toUpperCase()} 2018`)).toBe(expected);
    expect(iso(`10 ${name[0]!.toUpperCase()}${name.slice(1)} 2018 18:00`)).toBe(expected.replace('T00', 'T18'));
  });

  it('refuses a name that would mean two months (Croatian listopad is October, Czech November)', () => {
    expect(() => defineWord('listopad', MONTH_BASE + 10)).toThrow(/defined twice/);
    expect(iso('10 listopad 2018')).toBe('2018-11-10T00:00:00.000Z');
  });
});

const LANGUAGES: DateCase[] = [
  // Greek (feedparser's Greek handler form), Hungarian (its Hungarian handler form)
  { text: 'Κυρ, 11 Ιούλ 2004 12:00:00 EST', expected: '2004-07-11T17:00:00.000Z', from: 'Greek blog feeds: weekday and month abbreviated' },
  { text: 'Τρίτη, 10 Οκτωβρίου 2018 στις 18:00', expected: '2018-10-10T18:00:00.000Z', from: 'Greek long date, genitive month, "στις" before the time' },
  { text: '11 ΙΟΥΛ 2004', expected: '2004-07-11T00:00:00.000Z', from: 'Greek capitals, which drop the accents' },
  { text: '1 Μαΐου 2018', expected: '2018-05-01T00:00:00.000Z', from: 'Greek genitive with diaeresis and accent' },
  { text: '2004-július-13T9:15-05:00', expected: '2004-07-13T14:15:00.000Z', from: 'Hungarian year-month-day with the month name' },
  { text: '2004. július 13.', expected: '2004-07-13T00:00:00.000Z', from: 'Hungarian long date (year first, ordinal dots)' },
  { text: '2004. júl. 13. 9:15', expected: '2004-07-13T09:15:00.000Z', from: 'Hungarian abbreviated month and a time' },
  { text: '2004. 07. 13.', expected: '2004-07-13T00:00:00.000Z', from: 'Hungarian numeric date' },
  // Slavic, Baltic-area, Nordic, Turkish, Romanian
  { text: '10 октября 2018 г., 18:00', expected: '2018-10-10T18:00:00.000Z', from: 'Russian: genitive month, "г." after the year' },
  { text: 'ср, 10 окт 2018 18:00:00 +0300', expected: '2018-10-10T15:00:00.000Z', from: 'Russian RFC 822 with localized names' },
  { text: '10 жовтня 2018 о 18:00', expected: '2018-10-10T18:00:00.000Z', from: 'Ukrainian, "о" before the time' },
  { text: '10 października 2018 r. o 18:00', expected: '2018-10-10T18:00:00.000Z', from: 'Polish: "r." after the year, "o" before the time' },
  { text: 'pt, 12 paź 2018 18:00:00 +0200', expected: '2018-10-12T16:00:00.000Z', from: 'Polish Friday, which is also Pacific Time' },
  { text: 'st, 10. říj 2018 18:00', expected: '2018-10-10T18:00:00.000Z', from: 'Czech Wednesday, which is also an ordinal suffix' },
  { text: 'K, 2018. okt. 16.', expected: '2018-10-16T00:00:00.000Z', from: 'Hungarian one-letter weekday with its comma' },
  { text: 'śr, 10 paź 2018 18:00:00 +0200', expected: '2018-10-10T16:00:00.000Z', from: 'Polish RFC 822 with localized names' },
  { text: '10. října 2018 v 18:00', expected: '2018-10-10T18:00:00.000Z', from: 'Czech: genitive month, "v" before the time' },
  { text: 'ons, 10 okt 2018 18:00:00 +0200', expected: '2018-10-10T16:00:00.000Z', from: 'Swedish RFC 822 with localized names' },
  { text: '1 mai 2018 kl. 18:00', expected: '2018-05-01T18:00:00.000Z', from: 'Norwegian, "kl." before the time' },
  { text: 'ti 10. lokakuuta 2018 klo 18:00', expected: '2018-10-10T18:00:00.000Z', from: 'Finnish partitive month, "klo" before the time' },
  { text: '13 Şubat 2018 Salı 18:00', expected: null, from: 'Turkish weekday after the date: not a form read' },
  { text: '13 Şubat 2018 saat 18:00', expected: '2018-02-13T18:00:00.000Z', from: 'Turkish, "saat" before the time' },
  { text: 'Sal, 13 Şub 2018 18:00:00 +0300', expected: '2018-02-13T15:00:00.000Z', from: 'Turkish RFC 822 with localized names' },
  { text: '10 KASIM 2018', expected: '2018-11-10T00:00:00.000Z', from: 'Turkish capitals (dotless ı becomes I)' },
  { text: '10 octombrie 2018 18:00', expected: '2018-10-10T18:00:00.000Z', from: 'Romanian' },
  { text: '10 d\'octubre de 2018', expected: null, from: 'Catalan elision: not a form read' },
  { text: '10 de setembre de 2018', expected: '2018-09-10T00:00:00.000Z', from: 'Catalan' },
  { text: '10 Agustus 2018', expected: '2018-08-10T00:00:00.000Z', from: 'Indonesian' },
  // Korean (feedparser's OnBlog and Nate handlers' forms): Korean time, +09:00
  { text: '2004년 05월 28일  01:31:15', expected: '2004-05-27T16:31:15.000Z', from: 'Korean blog hosts: year, month, day marks' },
  { text: '2004-05-25 오후 11:23:17', expected: '2004-05-25T14:23:17.000Z', from: 'Korean portal feeds: 오후 (PM) before the time' },
  { text: '2004년 5월 28일 금요일 오전 9:05', expected: '2004-05-28T00:05:00.000Z', from: 'Korean long date with weekday and 오전 (AM)' },
  { text: '2004년 5월 28일 오후 1시 31분 15초', expected: '2004-05-28T04:31:15.000Z', from: 'Korean time with hour, minute and second marks' },
  { text: '2004년 5월 28일 12:00 +0000', expected: '2004-05-28T12:00:00.000Z', from: 'a written zone wins over the Korean default' },
  { text: '2004-05-25 오후 12:00', expected: '2004-05-25T03:00:00.000Z', from: '오후 12 is noon' },
  { text: '2004-05-25 오후 13:23', expected: '2004-05-25T04:23:00.000Z', from: '오후 before 13–23 is redundant, as pm is' },
  { text: '2004-05-25 오전 12:30', expected: '2004-05-24T15:30:00.000Z', from: '오전 12 is midnight' },
  // Chinese and Japanese: no zone implied (China, Japan, Taiwan and Hong Kong differ)
  { text: '2004年5月28日', expected: '2004-05-28T00:00:00.000Z', from: 'Chinese or Japanese date' },
  { text: '2004年05月28日 13:05', expected: '2004-05-28T13:05:00.000Z', from: 'Chinese date with a 24-hour time' },
  { text: '2004年5月28日午後1時31分', expected: '2004-05-28T13:31:00.000Z', from: 'Japanese, 午後 (PM) and hour/minute marks, no spaces' },
  { text: '2004年5月28日(金) 13:05', expected: '2004-05-28T13:05:00.000Z', from: 'Japanese weekday in parentheses' },
  { text: '2024年1月1日 下午3点05分', expected: '2024-01-01T15:05:00.000Z', from: 'Chinese 下午 (PM) and 点/分 marks' },
  { text: '2004年5月', expected: '2004-05-01T00:00:00.000Z', from: 'year and month' },
  { text: '2018年10月10日 水曜日 18:00', expected: '2018-10-10T18:00:00.000Z', from: 'Japanese weekday after the date' },
  { text: '2018年10月15日 月曜日', expected: '2018-10-15T00:00:00.000Z', from: 'Japanese Monday (月 is also the month mark)' },
  { text: '2018年10月14日 日曜日', expected: '2018-10-14T00:00:00.000Z', from: 'Japanese Sunday (日 is also the day mark)' },
  { text: '2018年10月10日 星期三 18:00', expected: '2018-10-10T18:00:00.000Z', from: 'Chinese weekday after the date' },
  { text: '2018年10月14日 星期日', expected: '2018-10-14T00:00:00.000Z', from: 'Chinese Sunday' },
  { text: '2018年10月14日 周日 下午3点', expected: '2018-10-14T15:00:00.000Z', from: 'Chinese short weekday' },
];

describe('other languages and scripts', () => {
  it.each(LANGUAGES)('$text → $expected ($from)', ({ text, expected }) => {
    expect(iso(text)).toBe(expected);
  });

  it('reads Korean dates in Korean time whatever the default zone, CJK dates in the default zone', () => {
    expect(iso('2004년 05월 28일 01:31:15', { defaultTimeZone: 'America/New_York' })).toBe('2004-05-27T16:31:15.000Z');
    expect(iso('2004年5月28日 13:05', { defaultTimeZone: 'Asia/Tokyo' })).toBe('2004-05-28T04:05:00.000Z');
    expect(iso('2004年5月28日 13:05', { defaultTimeZone: 'Asia/Shanghai' })).toBe('2004-05-28T05:05:00.000Z');
  });

  it.each([
    '2004년 13월 28일', '2004년 02월 30일', '2004년 5월 28', '2004년 5일', '5월 28일', '2004-05-25 오후',
    '2004-05-25 오후 11:23 pm', '2004-05-25T오후 11:23', '2004年5月28日 午後', '2004年5月28日午後25時', '2004年5月28日 13時99分',
    '2004. július 32.', '2004-július', '2004 július', 'július 13', '10 октября', '10 октября 2018 г. г.', '10 října 2018 x 18:00',
    '10 octombre 2018', 'Κυρ, 11 Ιούλ', '11 Ιούλιο 2004', '2004年5月28日金', '年月日', '2018年10月10日 曜日', '2018年10月10日 星期', '星期三 2018年10月10日 18:00 18:00', '2004 年 5 月 28 日 午後 1 時 31 分 xx',
  ])('%s → null', (text) => {
    expect(iso(text)).toBeNull();
  });
});
