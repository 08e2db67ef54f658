// validateFeed as a whole: inputs, options, reports, bounds, and the documents it must accept.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeedDocumentError, parseRss, validateFeed } from '../../src/index.js';
import { MAX_ISSUES } from '../../src/validate/report.js';
import { repoRoot, thrown } from '../helpers.js';
import { baseline } from './cases/case.js';

const R = baseline('valid-rss.xml');

describe('validateFeed inputs and options', () => {
  it('gives the same report for a string, its UTF-8 bytes and an ArrayBuffer', () => {
    const bad = R.replace('<ttl>60</ttl>', '<ttl>soon</ttl>');
    const bytes = new TextEncoder().encode(bad);
    const fromString = validateFeed(bad);
    expect(validateFeed(bytes)).toEqual(fromString);
    expect(validateFeed(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))).toEqual(fromString);
    expect(fromString.issues.map((i) => i.code)).toEqual(['INTEGER_INVALID']);
  });

  it('throws INVALID_INPUT for what is not a document, and INVALID_OPTION for bad options', () => {
    const input = thrown(() => validateFeed(42 as unknown as string));
    expect(input).toBeInstanceOf(FeedDocumentError);
    expect(input.code).toBe('INVALID_INPUT');
    const option = thrown(() => validateFeed(R, { maxDepth: -1 }));
    expect(option.code).toBe('INVALID_OPTION');
    const profile = thrown(() => validateFeed(R, { profile: 'video' as 'podcast' }));
    expect(profile).toBeInstanceOf(FeedDocumentError);
    expect(profile.code).toBe('INVALID_OPTION');
    const trap = new Proxy({}, { get: () => { throw new Error('trap'); } });
    expect(thrown(() => validateFeed(R, trap)).code).toBe('INVALID_OPTION');
  });

  it('points out a namespace that misses a known one by case, scheme or slash', () => {
    const wrongCase = baseline('valid-podcast.xml').replace('xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"', 'xmlns:itunes="http://www.itunes.com/DTDs/Podcast-1.0.dtd"');
    const issue = validateFeed(wrongCase).issues.find((i) => i.code === 'UNKNOWN_NAMESPACE');
    expect(issue?.message).toContain('did you mean "http://www.itunes.com/dtds/podcast-1.0.dtd"');
    expect(validateFeed(wrongCase).issues.filter((i) => i.code === 'UNKNOWN_NAMESPACE')).toHaveLength(1);
    const http = baseline('valid-podcast.xml').replace('xmlns:podcast="https://podcastindex.org/namespace/1.0"', 'xmlns:podcast="http://podcastindex.org/namespace/1.0"');
    expect(validateFeed(http).issues.find((i) => i.code === 'UNKNOWN_NAMESPACE')?.message).toContain('did you mean "https://podcastindex.org/namespace/1.0"');
  });

  it('applies the podcast profile only when asked, on top of the format\'s rules', () => {
    const show = baseline('valid-podcast.xml').replace(/<itunes:image [^>]*\/>/, '');
    const plain = validateFeed(show);
    expect(plain.issues.map((i) => [i.code, i.severity])).toEqual([['ITUNES_MISSING_RECOMMENDED', 'warning']]);
    expect(validateFeed(show, { profile: null })).toEqual(plain);
    const report = validateFeed(show, { profile: 'podcast' });
    expect(report.valid).toBe(false);
    expect(report.issues.map((i) => [i.code, i.path])).toEqual([['ITUNES_MISSING_RECOMMENDED', 'channel'], ['SHOW_MISSING_ARTWORK', 'channel']]);
    expect(validateFeed('not a feed at all', { profile: 'podcast' }).issues.map((i) => i.code)).toEqual(['XML_MALFORMED']);
    // A cut-off document is recovered, and the profile runs on what was read.
    const cut = validateFeed('<rss version="2.0"><channel><title>Tide Talk</title>', { profile: 'podcast' }).issues.map((i) => i.code);
    expect(cut).toContain('XML_UNCLOSED_ELEMENT');
    expect(cut).toContain('SHOW_MISSING_ARTWORK');
    expect(cut).not.toContain('SHOW_MISSING_TITLE');
  });

  it('accepts every valid baseline with no issue at all', () => {
    for (const name of ['valid-rss.xml', 'valid-atom.xml', 'valid-feed.json', 'valid-opml.xml'] as const) {
      const report = validateFeed(baseline(name));
      expect(report, name).toMatchObject({ valid: true, issues: [] });
    }
    expect(validateFeed(R).format).toBe('rss');
    expect(validateFeed(baseline('valid-atom.xml')).format).toBe('atom');
    expect(validateFeed(baseline('valid-feed.json')).format).toBe('json');
    expect(validateFeed(baseline('valid-opml.xml')).format).toBe('opml');
  });

  it('uses baseUrl only to resolve, never to excuse: a relative RSS link is still an error', () => {
    const relative = R.replace('<link>https://harbour.example.com/2024/02/pontoon/</link>', '<link>/2024/02/pontoon/</link>');
    const report = validateFeed(relative, { baseUrl: 'https://harbour.example.com/feed.xml' });
    expect(report.issues.map((i) => i.code)).toEqual(['URL_NOT_ABSOLUTE']);
  });

  it('reads dates without a zone in defaultTimeZone when deciding whether they are readable at all', () => {
    const noZone = R.replace('<pubDate>Thu, 29 Feb 2024 12:00:00 +0100</pubDate>', '<pubDate>Thu, 29 Feb 2024 12:00:00</pubDate>');
    const report = validateFeed(noZone, { defaultTimeZone: 'Europe/Paris' });
    expect(report.issues.map((i) => [i.code, i.severity])).toEqual([['DATE_NOT_RFC822', 'error']]);
    expect(report.valid).toBe(false);
  });
});

describe('validateFeed reports', () => {
  it('lists issues in document order, with line, column and path', () => {
    const doc = R.replace('<ttl>60</ttl>', '<ttl>x</ttl>').replace('<language>en-gb</language>', '<language>English</language>');
    const report = validateFeed(doc);
    expect(report.issues.map((i) => [i.code, i.line, i.path])).toEqual([
      ['LANGUAGE_INVALID', 8, 'channel/language'],
      ['INTEGER_INVALID', 18, 'channel/ttl'],
    ]);
    expect(report.issues.every((i) => i.column === 5)).toBe(true);
  });

  it('indexes a path only among same-named siblings', () => {
    const doc = R.replace('<guid isPermaLink="false">harbour-2024-02-pontoon</guid>', '<guid>pontoon</guid>');
    const issue = validateFeed(doc).issues.find((i) => i.code === 'RSS_GUID_NOT_URL');
    expect(issue?.path).toBe('channel/item[2]/guid');
  });

  it('lists at most MAX_ISSUES issues, counts the rest, and stays invalid', () => {
    const many = R.replace('<ttl>60</ttl>', '<ttl>60</ttl>\n' + '<bogus/>\n'.repeat(MAX_ISSUES + 250));
    const report = validateFeed(many);
    expect(report.valid).toBe(false);
    expect(report.issues).toHaveLength(MAX_ISSUES + 1);
    expect(report.issues.at(-1)).toMatchObject({ code: 'TOO_MANY_ISSUES', severity: 'warning' });
    expect(report.issues.at(-1)?.message).toContain('At least 250 more');
  });

  it('reads past broken structure, reporting each recovery, and names the format of a document it could not read', () => {
    const broken = validateFeed(R.replace('</channel>', '</chanel>'));
    expect(broken).toMatchObject({ format: 'rss', valid: false });
    expect(broken.issues.map((issue) => issue.code)).toEqual(['XML_STRAY_END_TAG', 'XML_MISMATCHED_END_TAG']);
    expect(validateFeed('<!DOCTYPE rss [\n<!ENTITY place "Harbour">\n')).toMatchObject({ valid: false, issues: [{ code: 'XML_MALFORMED' }] });
    expect(validateFeed('{"version": "https://jsonfeed.org/version/1.1", "items": [}').format).toBe('json');
    expect(validateFeed('not a feed at all').format).toBeNull();
    expect(validateFeed('').issues[0]?.code).toBe('XML_MALFORMED');
  });

  it('gives a JSON syntax error its line and column', () => {
    const report = validateFeed('{\n  "version": "https://jsonfeed.org/version/1.1",\n  "title": "x"\n  "items": []\n}');
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({ code: 'JSON_MALFORMED', line: 4, column: 3 });
    const place = (text: string) => {
      const issue = validateFeed(text).issues[0]!;
      return [issue.code, issue.line, issue.column];
    };
    expect(place('{\n  "version": "https://jsonfeed.org/version/1.1",\n  "title": }')).toEqual(['JSON_MALFORMED', 3, 12]);
    expect(place('{"version": "https://jsonfeed.org/version/1.1", "items": [')).toEqual(['JSON_MALFORMED', 1, 59]);
    expect(place('{"items": tru}')).toEqual(['JSON_MALFORMED', 1, 14]);
  });

  it('reports what the lenient parser accepts: parseRss reads the document, validateFeed says what is wrong', () => {
    const sloppy = R.replace('<rss version="2.0"', '<rss').replace('<pubDate>Thu, 29 Feb 2024 12:00:00 +0100</pubDate>', '<pubDate>2024-02-29 12:00</pubDate>');
    expect(parseRss(sloppy).items[1]?.pubDate?.toISOString()).toBe('2024-02-29T12:00:00.000Z');
    expect(validateFeed(sloppy).issues.map((i) => i.code)).toEqual(['RSS_MISSING_VERSION', 'DATE_NOT_RFC822']);
  });
});

describe('entities an RSS 0.91 DTD declares', () => {
  it('accepts Latin-1 entity names under the Netscape DOCTYPE, and no others', () => {
    const doc = (doctype: string) => `${doctype}<rss version="0.91"><channel><title>Caf&eacute; &mdash; menu</title>`
      + '<link>http://cafe.example/</link><description>d</description><language>fr</language></channel></rss>';
    const netscape = '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n';
    const entities = (text: string) => validateFeed(text).issues.filter((i) => i.code === 'XML_HTML_ENTITY').map((i) => i.message.slice(0, 10));
    expect(entities(doc(netscape))).toEqual(['"&mdash;" ']);
    expect(entities(doc(''))).toEqual(['"&eacute;"', '"&mdash;" ']);
  });
});

describe('validateFeed on hostile input', () => {
  it('finishes on sections that never close (PI, comment, CDATA, DOCTYPE) after an HTML entity', () => {
    for (const open of ['<?', '<!--', '<![CDATA[', '<!DOCTYPE rss [']) {
      const report = validateFeed(`<rss version="2.0"><channel><title>&eacute;</title><x ${open}&></x></channel></rss>`);
      expect(report.valid).toBe(false);
      expect(report.issues.some((i) => i.code === 'XML_HTML_ENTITY' && i.message.startsWith('"&eacute;"'))).toBe(true);
    }
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const report = validateFeed(text);
        expect(typeof report.valid).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on damaged versions of the valid documents', () => {
    const documents = ['valid-rss.xml', 'valid-atom.xml', 'valid-feed.json', 'valid-opml.xml', 'valid-podcast.xml'].map((n) => baseline(n as 'valid-rss.xml'));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.nat(), fc.nat({ max: 40 }), fc.string({ maxLength: 12 }), fc.boolean(), (which, at, cut, insert, podcast) => {
        const doc = documents[which]!;
        const position = at % doc.length;
        const damaged = doc.slice(0, position) + insert + doc.slice(position + cut);
        const report = validateFeed(damaged, podcast ? { profile: 'podcast' } : {});
        expect(report.issues.length).toBeLessThanOrEqual(MAX_ISSUES + 1);
        expect(report.issues.map((i) => i.code)).not.toContain('VALIDATION_FAILED');
      }),
      { numRuns: 400 },
    );
  });

  it('stays linear on pathological HTML, dates and nesting', () => {
    const started = performance.now();
    const lt = '<'.repeat(200_000) + 'a onx'.repeat(50_000);
    validateFeed(`<rss version="2.0"><channel><title>t</title><link>http://a.example/</link><description><![CDATA[${lt}]]></description></channel></rss>`);
    const spaces = `<a href=${' '.repeat(200_000)}x>`;
    validateFeed(`<rss version="2.0"><channel><title>t</title><link>http://a.example/</link><description><![CDATA[${spaces}]]></description></channel></rss>`);
    validateFeed(`<rss version="2.0"><channel><title>t</title><link>http://a.example/</link><description>d</description><pubDate>${'1 '.repeat(100_000)}</pubDate></channel></rss>`);
    const deep = '<x:a xmlns:x="urn:x">'.repeat(250) + '</x:a>'.repeat(250);
    validateFeed(`<rss version="2.0"><channel><title>t</title><link>http://a.example/</link><description>d</description>${deep}</channel></rss>`);
    validateFeed(`<opml version="2.0"><head/><body>${'<outline text="a">'.repeat(250)}${'</outline>'.repeat(250)}</body></opml>`);
    const rssItem = (item: string) => `<rss version="2.0"><channel><title>t</title><link>http://a.example/</link><description>d</description><item>${item}</item></channel></rss>`;
    validateFeed(rssItem(`<title>${'&lt;/b '.repeat(100_000)}</title><description>${'&lt;a href=x '.repeat(100_000)}</description>`));
    validateFeed(rssItem(`<title>t</title><description><![CDATA[${'<a src '.repeat(100_000)}]]></description>`), { profile: 'podcast' });
    const atomEntry = (entry: string) => `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>tag:a.example,2024:f</id><updated>2024-01-01T00:00:00Z</updated><author><name>a</name></author><entry><title>t</title><id>tag:a.example,2024:e</id><updated>2024-01-01T00:00:00Z</updated>${entry}</entry></feed>`;
    validateFeed(atomEntry(`<summary>${'&lt;b '.repeat(100_000)}</summary>`));
    const wide = validateFeed(atomEntry(`<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>${'<b>&lt;p&gt;</b>'.repeat(100_000)}</p></div></content>`));
    expect(wide.issues.map((i) => i.code)).toEqual(['ATOM_MISSING_SELF', 'ATOM_ESCAPED_XHTML']);
    expect(performance.now() - started).toBeLessThan(8000);
  });
});

describe('validateFeed on the project\'s other fixtures', () => {
  it('reads every fixture without throwing, and finds the faults the malformed ones were made with', () => {
    const root = `${repoRoot}fixtures/`;
    for (const folder of ['rss', 'atom']) {
      for (const name of readdirSync(`${root}${folder}`)) {
        const report = validateFeed(new Uint8Array(readFileSync(`${root}${folder}/${name}`)));
        expect(report.format, name).toBe(folder);
      }
    }
    const ampersands = validateFeed(new Uint8Array(readFileSync(`${root}rss/bare-ampersand.xml`)));
    expect(ampersands.issues.filter((i) => i.code === 'XML_BARE_AMPERSAND').length).toBeGreaterThan(0);
    const laughs = validateFeed(new Uint8Array(readFileSync(`${root}rss/billion-laughs.xml`)));
    expect(laughs.issues.map((i) => i.code)).toContain('XML_ENTITY_DECLARATION');
  });
});
