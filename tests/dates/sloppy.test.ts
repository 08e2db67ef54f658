// The sloppy forms of the wild, each with the kind of feed it comes from and the instant meant.
import { describe, expect, it } from 'vitest';
import type { DateCase } from './expect-date.js';
import { iso } from './expect-date.js';

const SLOPPY: DateCase[] = [
  // Weekdays: wrong, misspelt, long, or missing
  { text: 'Web, 10 Oct 2018 18:00:00 +0000', expected: '2018-10-10T18:00:00.000Z', from: 'misspelt weekday in a feed from Atoma\'s own tests' },
  { text: 'Thu, 10 Oct 2018 18:00:00 +0000', expected: '2018-10-10T18:00:00.000Z', from: 'templates that compute the weekday wrongly (10 Oct 2018 was a Wednesday)' },
  { text: 'Tues, 12 May 2015 04:24:36 GMT', expected: '2015-05-12T04:24:36.000Z', from: 'feeds abbreviating weekdays to four letters' },
  { text: 'Thur, 27 June 2013 04:24:36 GMT', expected: '2013-06-27T04:24:36.000Z', from: 'four-letter weekday with a full month name' },
  { text: 'Wednesday, 10 October 2018 18:00:00 GMT', expected: '2018-10-10T18:00:00.000Z', from: 'PHP templates using date("l, d F Y H:i:s T")' },
  { text: 'Wed 10 Oct 2018 18:00:00 GMT', expected: '2018-10-10T18:00:00.000Z', from: 'hand-written pubDate without the comma' },
  // Spacing and case
  { text: 'Wed,10 Oct 2018 18:00:00 GMT', expected: '2018-10-10T18:00:00.000Z', from: 'templates missing the space after the comma' },
  { text: 'Wed, 10 Oct 2018  18:00:00  GMT', expected: '2018-10-10T18:00:00.000Z', from: 'templates with doubled spaces' },
  { text: 'Thu,  5 Apr 2012 10:00:00 GMT', expected: '2012-04-05T10:00:00.000Z', from: 'strftime %e (space-padded day)' },
  { text: '\n    Wed, 10 Oct 2018 18:00:00 GMT\n  ', expected: '2018-10-10T18:00:00.000Z', from: 'pretty-printed XML: whitespace around the text node' },
  { text: 'wed, 10 oct 2018 18:00:00 gmt', expected: '2018-10-10T18:00:00.000Z', from: 'lower-cased templates' },
  { text: 'WED, 10 OCT 2018 18:00:00 GMT', expected: '2018-10-10T18:00:00.000Z', from: 'upper-cased templates' },
  { text: 'Mon, 06 Sept 2010 00:01:00 GMT', expected: '2010-09-06T00:01:00.000Z', from: 'British "Sept" abbreviation' },
  { text: 'Mon, 6 Sep 2010 0:01:00 GMT', expected: '2010-09-06T00:01:00.000Z', from: 'single-digit day and hour (no zero padding)' },
  { text: 'Mon, 06 Sep 2010 7:05 GMT', expected: '2010-09-06T07:05:00.000Z', from: 'single-digit hour, no seconds' },
  // Zones and times written loosely
  { text: 'Wed, 10 Oct 2018 10:00:00 -0800 (PST)', expected: '2018-10-10T18:00:00.000Z', from: 'mailing-list archives copying the email Date header' },
  { text: 'Wed, 10 Oct 2018 24:00:00 GMT', expected: '2018-10-11T00:00:00.000Z', from: 'end-of-day 24:00 written by scheduling systems' },
  { text: 'Mon, 13 Feb, 2012 06:28:00 UTC', expected: '2012-02-13T06:28:00.000Z', from: 'extraneous comma after the month' },
  { text: 'Wed, 10 Oct 2018 18:00:00.000 GMT', expected: '2018-10-10T18:00:00.000Z', from: 'milliseconds in an RFC 822 date (Java SimpleDateFormat patterns)' },
  { text: 'Wed, 10 Oct 2018 18:00:00 +00:00', expected: '2018-10-10T18:00:00.000Z', from: 'RFC 822 date with an RFC 3339-style offset' },
  { text: 'Wed, 10 Oct 2018 18:00:00 GMT+1', expected: '2018-10-10T17:00:00.000Z', from: 'GMT+n written by hand' },
  { text: 'Wed, 10 Oct 2018 18:00 +0200', expected: '2018-10-10T16:00:00.000Z', from: 'no seconds with a numeric offset' },
  // Dates written by programming languages' default formatting
  { text: 'Wed Oct 10 2018 18:00:00 GMT+0100 (British Summer Time)', expected: '2018-10-10T17:00:00.000Z', from: 'JavaScript Date#toString() in Node-generated feeds' },
  { text: 'Wed Oct 10 2018 18:00:00 GMT-0700 (Pacific Daylight Time)', expected: '2018-10-11T01:00:00.000Z', from: 'JavaScript Date#toString(), west of UTC' },
  { text: 'Wed Oct 10 20:19:24 +0000 2018', expected: '2018-10-10T20:19:24.000Z', from: 'Twitter API created_at in tweet-to-RSS bridges' },
  { text: 'Wed Oct 10 18:00:00 UTC 2018', expected: '2018-10-10T18:00:00.000Z', from: 'Unix date(1) and Go time.UnixDate' },
  { text: 'Wed Oct 10 18:00:00 CEST 2018', expected: '2018-10-10T16:00:00.000Z', from: 'Java Date#toString() on a Central European server' },
  { text: 'Sun Jan  4 16:29:06 2004', expected: '2004-01-04T16:29:06.000Z', from: 'C asctime()' },
  { text: 'Thu Aug 30 2012 17:26:16 +0200', expected: '2012-08-30T15:26:16.000Z', from: 'month before day, year before time' },
  { text: 'Saturday, 07-Feb-09 12:57:36 GMT', expected: '2009-02-07T12:57:36.000Z', from: 'RFC 850 (Usenet) dates' },
  { text: 'Fri, 2006/09/15 08:19:53 EDT', expected: '2006-09-15T12:19:53.000Z', from: 'Perforce change feeds' },
  { text: 'Tue, 06/10/2003 - 09:41', expected: '2003-06-10T09:41:00.000Z', from: 'Drupal\'s "medium" date format in Views RSS' },
  { text: '10/10/2018 6:00:00 PM', expected: '2018-10-10T18:00:00.000Z', from: 'ASP.NET DateTime.ToString() (en-US)' },
  { text: '9/6/2010 12:01:00 AM', expected: '2010-09-06T00:01:00.000Z', from: 'ASP.NET DateTime.ToString() (en-US), just after midnight' },
  { text: '25/12/2018 10:00', expected: '2018-12-25T10:00:00.000Z', from: 'en-GB day/month order (first number over 12)' },
  { text: '10.10.2018 18:00', expected: '2018-10-10T18:00:00.000Z', from: 'German numeric dates (TT.MM.JJJJ)' },
  { text: '6.9.2010', expected: '2010-09-06T00:00:00.000Z', from: 'German numeric dates without padding' },
  { text: '2018-10-10 18:00:00 UTC', expected: '2018-10-10T18:00:00.000Z', from: 'Rails Time#to_s in UTC' },
  { text: '2018-10-10T20:00+02:00[Europe/Paris]', expected: '2018-10-10T18:00:00.000Z', from: 'Java ZonedDateTime#toString()' },
  { text: 'Wed Oct 10 2018', expected: '2018-10-10T00:00:00.000Z', from: 'JavaScript Date#toDateString()' },
  { text: 'Wednesday, October 10, 2018 - 18:00', expected: '2018-10-10T18:00:00.000Z', from: 'Drupal\'s "long" date format' },
  // Dates written for people
  { text: '10 October 2018', expected: '2018-10-10T00:00:00.000Z', from: 'British long dates' },
  { text: 'October 10, 2018', expected: '2018-10-10T00:00:00.000Z', from: 'WordPress get_the_date() default "F j, Y"' },
  { text: 'October 10, 2018 6:00 pm', expected: '2018-10-10T18:00:00.000Z', from: 'WordPress "F j, Y g:i a"' },
  { text: 'Oct 10, 2018 at 6:00 PM EDT', expected: '2018-10-10T22:00:00.000Z', from: 'news sites writing "at" before the time' },
  { text: 'October 10th, 2018', expected: '2018-10-10T00:00:00.000Z', from: 'ordinal day suffix (WordPress "F jS, Y")' },
  { text: '10th October 2018', expected: '2018-10-10T00:00:00.000Z', from: 'British ordinal dates' },
  { text: 'Apr 26, 2013 11:30:00 AM EST', expected: '2013-04-26T16:30:00.000Z', from: 'Java DateFormat.MEDIUM (en-US) with a zone' },
  { text: 'Oct. 10, 2018', expected: '2018-10-10T00:00:00.000Z', from: 'AP-style month abbreviation with a dot' },
  { text: 'Oct 10, 2018 6 p.m.', expected: '2018-10-10T18:00:00.000Z', from: 'AP-style "p.m."' },
  { text: '10-Oct-2018 18:00', expected: '2018-10-10T18:00:00.000Z', from: 'Oracle DD-MON-YYYY' },
  { text: '10/Oct/2018:18:00:00 +0000', expected: '2018-10-10T18:00:00.000Z', from: 'Common Log Format timestamps in log-derived feeds' },
  // Other languages (localized strftime)
  { text: 'Mi, 10 Okt 2018 18:00:00 +0200', expected: '2018-10-10T16:00:00.000Z', from: 'German localized strftime' },
  { text: '10. Oktober 2018', expected: '2018-10-10T00:00:00.000Z', from: 'German long dates' },
  { text: 'mer., 10 oct. 2018 18:00:00 +0200', expected: '2018-10-10T16:00:00.000Z', from: 'French localized strftime' },
  { text: 'mar. 09 oct. 2018 18:00:00 +0200', expected: '2018-10-09T16:00:00.000Z', from: 'French "mar." (mardi) is a weekday before a day and a month' },
  { text: '10 févr. 2018', expected: '2018-02-10T00:00:00.000Z', from: 'French month with an accent' },
  { text: 'mié, 10 oct 2018 18:00:00 +0200', expected: '2018-10-10T16:00:00.000Z', from: 'Spanish localized strftime' },
  { text: '10 dic 2018', expected: '2018-12-10T00:00:00.000Z', from: 'Spanish and Italian "dic"' },
  { text: '10 mei 2018', expected: '2018-05-10T00:00:00.000Z', from: 'Dutch "mei"' },
  { text: 'Mittwoch, 10. Oktober 2018 um 18:00 Uhr', expected: '2018-10-10T18:00:00.000Z', from: 'German display dates with "um … Uhr"' },
  { text: 'mercredi 10 octobre 2018 à 18h30', expected: '2018-10-10T18:30:00.000Z', from: 'French display dates with "à" and 18h30' },
  { text: 'le 1er octobre 2018', expected: '2018-10-01T00:00:00.000Z', from: 'French "1er" (premier)' },
  { text: 'miércoles, 10 de octubre de 2018 18:00', expected: '2018-10-10T18:00:00.000Z', from: 'Spanish "10 de octubre de 2018"' },
  { text: '10 de outubro de 2018 às 18:00', expected: '2018-10-10T18:00:00.000Z', from: 'Portuguese "às"' },
  { text: '10 ottobre 2018 alle 18:00', expected: '2018-10-10T18:00:00.000Z', from: 'Italian "alle"' },
  { text: '10 oktober 2018 om 18:00', expected: '2018-10-10T18:00:00.000Z', from: 'Dutch "om"' },
];

describe('sloppy forms of real feeds', () => {
  it.each(SLOPPY)('$text ($from)', ({ text, expected }) => {
    expect(iso(text)).toBe(expected);
  });
});
