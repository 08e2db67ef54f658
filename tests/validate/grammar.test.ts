// The strict grammars the rules rely on: dates, URLs, e-mail, language tags, MIME types, HTML.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRfc3339DateTime, isW3cdtfDate, rfc822Verdict } from '../../src/validate/dates.js';
import { checkHtmlText } from '../../src/validate/html.js';
import { Issues } from '../../src/validate/report.js';
import {
  absoluteIriProblem, containsEmailAddress, iriReferenceProblem, isEmailAddress, isLanguageTag, isMimeType, isRssContact, schemeSyntaxProblem,
} from '../../src/validate/values.js';

describe('RFC 822 / RFC 2822 date-times, at the W3C validator\'s levels', () => {
  it.each([
    'Sat, 07 Sep 2002 09:42:31 GMT', 'Sat, 7 Sep 2002 09:42 GMT', '07 Sep 2002 09:42:31 +0200', 'Thu, 29 Feb 2024 23:59:60 -0000',
    'Wed, 02 Oct 2002 08:00:00 EST', 'Wed, 02 Oct 2002 13:00:00 Z',
  ])('accepts %j as it is', (text) => expect(rfc822Verdict(text)).toBe('strict'));

  it.each([
    ['Sat, 07 Sep 02 09:42:31 EDT', 'a two-digit year'], ['sat, 07 sep 2002 09:42:31 gmt', 'lower-case names'],
    ['Sat,07 Sep 2002 09:42:31 UT', 'no space after the comma'], ['  Sat ,  07  Sep  2002  09:42:31  PST  ', 'runs of spaces'],
    ['Sat, 07 Sep 2002 09:42:31 A', 'a military zone'], ['Sat, 07 Sep 2002 09:42:31 +0000 (UTC)', 'a comment'],
    ['Sat (market day), 07(th) Sep(tember) 2002 09:42 +0000 (a long comment that makes the date longer than a plain one)', 'comments between the parts'],
  ])('accepts %j, but as problematic (%s)', (text) => expect(rfc822Verdict(text)).toBe('problematic'));

  it('reads a date with comments as the date without them', () => {
    expect(rfc822Verdict('Fri (busy), 07 Sep 2002 09:42:31 GMT')).toBe('weekday');
    expect(rfc822Verdict('Sat, 07 (unclosed Sep 2002 09:42:31 GMT')).toBe('invalid');
    expect(rfc822Verdict('Sat, 07 Sep 2002 (no time) GMT')).toBe('invalid');
    expect(rfc822Verdict(`Sat, 07 Sep 2002 09:42:31 GMT (${'x'.repeat(300)})`)).toBe('invalid');
  });

  it('tells a weekday that contradicts the date apart', () => {
    expect(rfc822Verdict('Fri, 07 Sep 2002 09:42:31 GMT')).toBe('weekday');
    expect(rfc822Verdict('fri, 07 sep 02 09:42:31 gmt')).toBe('weekday');
  });

  it.each([
    ['2002-09-07T09:42:31Z', 'ISO 8601'], ['Sat, 07 Sep 2002 09:42:31 +02:00', 'a colon in the zone'],
    ['Sat, 07 Sep 2002 09:42:31', 'no zone'], ['Sat, 07 Sep 2002 24:00:00 GMT', 'hour 24'], ['Sat, 31 Jun 2002 09:42:31 GMT', '31 June'],
    ['Sat, 07 Sept 2002 09:42:31 GMT', 'a long month'], ['Sat, 07 Sep 2002 09:42:31 J', 'J, which is no zone'],
    ['Sat, 07 Sep 2002 09:42:31 CEST', 'a zone RFC 822 does not name'], ['Thu, 29 Feb 2023 10:00:00 GMT', '29 February in a common year'],
    ['Sat, 07 Sep 2002 09:42:31 +0260', 'minutes past 59 in the zone'], [`Sat, 07 Sep 2002 09:42:31 GMT${' '.repeat(60)}`, 'too long'],
    ['Sam, 07 Sep 2002 09:42:31 GMT', 'a French weekday'], ['Sat, 07 Sep 2002 09:42:31 GMT (a (nested) comment)', 'a nested comment'],
  ])('rejects %j (%s)', (text) => expect(rfc822Verdict(text)).toBe('invalid'));

  it('knows the day of the week of every date, leap years and centuries included', () => {
    const names = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    fc.assert(
      fc.property(fc.date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2400-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const weekday = date.getUTCDay();
        const rest = `${String(date.getUTCDate()).padStart(2, '0')} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()} 12:00:00 GMT`;
        expect(rfc822Verdict(`${names[weekday]}, ${rest}`)).toBe('strict');
        expect(rfc822Verdict(`${names[(weekday + 1) % 7]}, ${rest}`)).toBe('weekday');
      }),
      { numRuns: 500 },
    );
  });

  it('stays linear on hostile input', () => {
    const started = performance.now();
    for (const text of [' '.repeat(60), `1${' '.repeat(58)}x`, `Sat, 07 Sep 2002 09:42:31 GMT (${'('.repeat(30)}`]) rfc822Verdict(text);
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('RFC 3339 date-times', () => {
  it('accepts the forms RFC 3339 allows', () => {
    for (const text of ['2002-09-07T09:42:31Z', '2002-09-07T09:42:31.123456+02:00', '2016-12-31T23:59:60Z', '2002-09-07t09:42:31z']) {
      expect(isRfc3339DateTime(text), text).toBe(true);
    }
  });
  it('asks for upper-case T and Z when Atom asks', () => {
    expect(isRfc3339DateTime('2002-09-07t09:42:31Z', true)).toBe(false);
    expect(isRfc3339DateTime('2002-09-07T09:42:31z', true)).toBe(false);
    expect(isRfc3339DateTime('2002-09-07T09:42:31Z', true)).toBe(true);
  });
  it('rejects dates without time or zone, and impossible values', () => {
    for (const text of ['2002-09-07', '2002-09-07T09:42:31', '2002-09-07 09:42:31Z', '2002-13-07T09:42:31Z', '2002-02-30T09:42:31Z', '2002-09-07T09:42:31+24:00']) {
      expect(isRfc3339DateTime(text), text).toBe(false);
    }
  });
});

describe('W3C-DTF dates', () => {
  it('accepts each precision the W3C note defines', () => {
    for (const text of ['2002', '2002-09', '2002-09-07', '2002-09-07T09:42Z', '2002-09-07T09:42:31+02:00', '2002-09-07T09:42:31.5Z']) {
      expect(isW3cdtfDate(text), text).toBe(true);
    }
  });
  it('rejects a time without a zone and other forms', () => {
    for (const text of ['2002-09-07T09:42:31', 'Sat, 07 Sep 2002', '02-09-07', '2002-9-7']) expect(isW3cdtfDate(text), text).toBe(false);
  });
});

describe('URLs and IRIs', () => {
  it('tells absolute from relative, and valid from invalid', () => {
    expect(absoluteIriProblem('https://example.com/a?b#c')).toBeNull();
    expect(absoluteIriProblem('urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a')).toBeNull();
    expect(absoluteIriProblem('tag:example.com,2000:#')).toBeNull();
    expect(absoluteIriProblem('https://bücher.example/straße')).toBeNull();
    expect(absoluteIriProblem('/relative/path')).toMatch(/not absolute/);
    expect(absoluteIriProblem('http:///nohost')).toMatch(/no host/);
    expect(iriReferenceProblem('?foo=1:2')).toBeNull();
    expect(iriReferenceProblem('../up')).toBeNull();
    expect(iriReferenceProblem('a b')).toMatch(/space/);
    expect(iriReferenceProblem('100%')).toMatch(/%/);
    expect(iriReferenceProblem('1ab:c')).toMatch(/scheme/);
    expect(iriReferenceProblem('')).toMatch(/empty/);
  });
});

describe('tag and urn ids', () => {
  it('accepts what RFC 4151 and RFC 8141 allow', () => {
    for (const id of ['tag:example.com,2000:', 'tag:example.com,2000-01:#x', 'tag:jo@example.com,2024-02-29:a/b', 'urn:isbn:0451450523', 'urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6', 'https://example.com/']) {
      expect(schemeSyntaxProblem(id), id).toBeNull();
    }
  });
  it('rejects broken ones', () => {
    for (const id of ['tag:example.com:post', 'tag:,2000:x', 'tag:example.com,20:x', 'urn:x', 'urn:-bad:x', 'urn:uuid:1234']) {
      expect(schemeSyntaxProblem(id), id).not.toBeNull();
    }
  });
});

describe('e-mail addresses', () => {
  it('reads RSS contacts', () => {
    expect(isRssContact('editor@example.com (Jo Editor)')).toBe(true);
    expect(isRssContact('editor@example.com')).toBe(false);
    expect(isRssContact('Jo Editor <editor@example.com>')).toBe(false);
    expect(isRssContact('editor@example.com ()')).toBe(false);
    expect(containsEmailAddress('Jo Editor <editor@example.com>')).toBe(true);
    expect(containsEmailAddress('mailto:jo%40example.com')).toBe(true);
    expect(containsEmailAddress('Jo Editor')).toBe(false);
  });
  it('checks addr-spec', () => {
    expect(isEmailAddress('first.last+tag@sub.example.co.uk')).toBe(true);
    expect(isEmailAddress('user@localhost')).toBe(true);
    for (const bad of ['user@', '@example.com', 'a..b@example.com', 'user@-example.com', 'user at example.com', `${'a'.repeat(65)}@example.com`]) {
      expect(isEmailAddress(bad), bad).toBe(false);
    }
  });
});

describe('language tags and MIME types', () => {
  it('knows language tags', () => {
    for (const tag of ['en', 'en-us', 'EN-GB', 'pt-BR', 'zh-Hant-TW', 'und', 'x-klingon', 'i-default']) expect(isLanguageTag(tag), tag).toBe(true);
    for (const tag of ['english', 'en_us', 'xx', '', 'e', 'en--us']) expect(isLanguageTag(tag), tag).toBe(false);
  });
  it('knows MIME types', () => {
    for (const type of ['audio/mpeg', 'text/html; charset=utf-8', 'application/atom+xml', 'video/mp4;codecs="avc1.42E01E"']) expect(isMimeType(type), type).toBe(true);
    for (const type of ['mp3', 'audio/', '/mpeg', 'audio mpeg', 'text/html;']) expect(isMimeType(type), type).toBe(false);
  });
});

describe('HTML that readers strip', () => {
  const codes = (html: string) => {
    const issues = new Issues();
    checkHtmlText(html, issues, {});
    return issues.list.map((i) => i.code);
  };
  it('finds scripts, event handlers, script URLs and embedded documents, once each', () => {
    expect(codes('<p>Fine <a href="https://example.com/">link</a></p>')).toEqual([]);
    expect(codes('<SCRIPT>x()</SCRIPT><script>y()</script>')).toEqual(['HTML_SCRIPT']);
    expect(codes('<img src=x onerror="steal()"><b onclick=go>')).toEqual(['HTML_EVENT_HANDLER']);
    expect(codes('<a href="\tjavascript:alert(1)">x</a>')).toEqual(['HTML_SCRIPT']);
    expect(codes('<a href=javascript:alert(1)>x</a>')).toEqual(['HTML_SCRIPT']);
    expect(codes('<object data="x.swf"></object><iframe src="y"></iframe>')).toEqual(['HTML_EMBED']);
    expect(codes('<p>one < two, and <details open>x</details></p>')).toEqual([]);
  });
});
