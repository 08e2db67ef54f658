import { describe, expect, it } from 'vitest';
import { variants } from './documents.js';

const ALL_ELEMENTS = `<dc:title>Harbour notes</dc:title><dc:creator>Morag Keeper</dc:creator><dc:creator>Sam Pilot</dc:creator>
<dc:subject>Tides</dc:subject><dc:subject>Ships</dc:subject><dc:description>About the harbour</dc:description>
<dc:publisher>Quay Press</dc:publisher><dc:contributor>Ana Lind</dc:contributor><dc:date>2024-03-08T17:30:00+01:00</dc:date>
<dc:type>Text</dc:type><dc:format>text/html</dc:format><dc:identifier>urn:isbn:0000000000</dc:identifier>
<dc:source>https://quay.example.net/</dc:source><dc:language>en-GB</dc:language><dc:relation>issue 4</dc:relation>
<dc:coverage>Aberdeen</dc:coverage><dc:rights>CC BY 4.0</dc:rights>`;

const DC = {
  title: 'Harbour notes', creators: ['Morag Keeper', 'Sam Pilot'], subjects: ['Tides', 'Ships'], description: 'About the harbour',
  publisher: 'Quay Press', contributors: ['Ana Lind'], date: new Date('2024-03-08T16:30:00Z'), type: 'Text', format: 'text/html',
  identifier: 'urn:isbn:0000000000', source: 'https://quay.example.net/', language: 'en-GB', relation: 'issue 4',
  coverage: 'Aberdeen', rights: 'CC BY 4.0',
};

const TERM_DATES = ['available', 'created', 'dateAccepted', 'dateCopyrighted', 'dateSubmitted', 'issued', 'modified'];
const TERM_TEXTS = [
  'abstract', 'accessRights', 'alternative', 'audience', 'bibliographicCitation', 'conformsTo', 'educationLevel', 'extent',
  'hasFormat', 'hasPart', 'hasVersion', 'isFormatOf', 'isPartOf', 'isReferencedBy', 'isReplacedBy', 'isRequiredBy',
  'isVersionOf', 'license', 'mediator', 'medium', 'provenance', 'references', 'replaces', 'requires', 'rightsHolder',
  'spatial', 'tableOfContents', 'temporal', 'valid',
];

describe('Dublin Core (dc:)', () => {
  for (const v of variants(['dc'], ALL_ELEMENTS, ALL_ELEMENTS)) {
    it(`reads every element on channels and items: ${v.label}`, () => {
      expect(v.channel.dc).toEqual(DC);
      expect(v.item.dc).toEqual(DC);
      expect(v.item.dcterms).toBeNull();
    });
  }

  it('keeps the first of a single element, drops empty ones and unreadable dates', () => {
    const [v] = variants(['dc'], '', '<dc:title> </dc:title><dc:title>Second</dc:title><dc:date>yesterday-ish</dc:date><dc:creator>  </dc:creator>');
    expect(v!.item.dc).toMatchObject({ title: 'Second', date: null, creators: [] });
  });

  it('is null when no element of the room is there; an element the room does not know is an extension', () => {
    const [v] = variants(['dc'], '<dc:unknownThing>x</dc:unknownThing>', '');
    expect(v!.channel.dc).toBeNull();
    expect(v!.item.dc).toBeNull();
    expect(v!.channel.extensions).toEqual([{ ns: 'http://purl.org/dc/elements/1.1/', local: 'unknownThing', attributes: [], text: 'x' }]);
  });
});

describe('DCMI terms (dcterms:)', () => {
  const texts = TERM_TEXTS.map((name) => `<dcterms:${name}>${name} value</dcterms:${name}>`).join('');
  const dates = TERM_DATES.map((name, i) => `<dcterms:${name}>2024-0${i + 1}-02T03:04:05Z</dcterms:${name}>`).join('');
  const fragment = `${texts}${dates}${ALL_ELEMENTS.replace(/<(\/?)dc:/g, '<$1dcterms:')}`;
  for (const v of variants(['dcterms'], fragment, fragment)) {
    it(`reads every term and the fifteen elements: ${v.label}`, () => {
      const expected: Record<string, unknown> = { ...DC };
      for (const name of TERM_TEXTS) expected[name] = `${name} value`;
      TERM_DATES.forEach((name, i) => { expected[name] = new Date(`2024-0${i + 1}-02T03:04:05Z`); });
      expect(v.item.dcterms).toEqual(expected);
      expect(v.channel.dcterms).toEqual(expected);
      expect(v.item.dc).toBeNull();
    });
  }
});
