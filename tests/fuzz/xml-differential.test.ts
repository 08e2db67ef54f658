// The XML reader against saxes, a conforming parser: the fast profile (the long one is `npm run fuzz`).
import * as fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { FeedXmlError } from '../../src/errors.js';
import { HTML_ENTITIES } from '../../src/xml/html-entities.js';
import { parseXml } from '../../src/xml/index.js';
import { disagreement, saxesTree, xmlDocuments } from './xml-differential.mjs';

const atoma = { parseXml, FeedXmlError, htmlEntities: HTML_ENTITIES };

describe('the XML reader against a conforming parser', () => {
  it('reads every well-formed document to the same tree, and notes a fault in every other', () => {
    fc.assert(fc.property(xmlDocuments(fc), (xml) => {
      const problem = disagreement(atoma, SaxesParser, xml);
      if (problem !== null) throw new Error(`${problem}\n  document: ${JSON.stringify(xml)}`);
    }), { numRuns: 3000, seed: 20261205 });
  });

  it('generates both kinds, so neither property holds vacuously', () => {
    const documents = fc.sample(xmlDocuments(fc), { numRuns: 1000, seed: 7 });
    const wellFormed = documents.filter((xml) => saxesTree(SaxesParser, xml).error === null).length;
    expect(wellFormed).toBeGreaterThan(300);
    expect(documents.length - wellFormed).toBeGreaterThan(300);
  });

  it('catches a reader that disagrees', () => {
    const wrong = { parseXml: (xml: string, options: object) => parseXml(xml.replace('&amp;', '&amp;amp;'), options), FeedXmlError, htmlEntities: HTML_ENTITIES };
    expect(disagreement(wrong, SaxesParser, '<r>a &amp; b</r>')).toContain('different tree');
    const silent = { parseXml: (xml: string) => parseXml(xml), FeedXmlError, htmlEntities: HTML_ENTITIES };
    expect(disagreement(silent, SaxesParser, '<r>a & b</r>')).toContain('without a fault');
    expect(disagreement(atoma, SaxesParser, '<r>a & b</r>')).toBeNull();
  });
});
