import { describe, expect, it } from 'vitest';
import { FeedDocumentError, FeedParseError, FeedXmlError, getFeedList, parseOpml, type Opml, type OpmlOutline } from '../../src/index.js';
import { fixture, thrown } from '../helpers.js';

describe('parseOpml', () => {
  const opml = parseOpml(fixture('opml/subscriptions.opml'));

  it('reads every head field', () => {
    expect(opml).toMatchObject({
      title: 'Reader export',
      ownerName: 'Ines Reader',
      ownerEmail: 'ines@reader.example',
      expansionState: [1, 3, 6],
      vertScrollState: 2,
      windowTop: 40,
      windowLeft: 80,
      windowBottom: 700,
      windowRight: 1000,
    });
    expect(opml.dateCreated?.toISOString()).toBe('2024-03-04T10:15:00.000Z');
    expect(opml.dateModified?.toISOString()).toBe('2024-03-05T17:00:30.000Z');
  });

  it('reads nested outlines with all their attributes', () => {
    expect(opml.outlines.map((o) => o.text)).toEqual(['Science', 'A link, not a feed', 'Broken: rss without xmlUrl', 'Hostile', 'Tech']);
    expect(opml.outlines[0]!.outlines[0]).toEqual({
      text: 'The Lighthouse Log',
      type: 'rss',
      xmlUrl: 'https://lighthouse.example.net/feed.xml',
      description: 'Island observatory',
      htmlUrl: 'https://lighthouse.example.net/',
      language: 'en-gb',
      title: null,
      version: 'RSS2',
      outlines: [],
    });
    expect(opml.outlines[0]!.outlines[1]!.outlines[0]!.xmlUrl).toBe('https://orbital.example.org/atom.xml');
    expect(opml.outlines[3]!.xmlUrl).toBeNull(); // javascript: is not a URL anyone should fetch
  });

  it('lists the feeds of type rss depth first, in document order', () => {
    expect(getFeedList(opml)).toEqual([
      'https://lighthouse.example.net/feed.xml',
      'https://orbital.example.org/atom.xml',
      'https://tech.example.com/rss',
    ]);
  });

  it('tolerates a missing head or body', () => {
    expect(parseOpml('<opml version="1.0"><body><outline type="rss" xmlUrl="https://a.example/"/></body></opml>')).toMatchObject({
      title: null,
      dateCreated: null,
      expansionState: null,
      outlines: [{ xmlUrl: 'https://a.example/' }],
    });
    expect(parseOpml('<opml version="2.0"><head><title>t</title></head></opml>').outlines).toEqual([]);
  });

  it('reads deep outline nesting without recursion', () => {
    const depth = 5000;
    const xml = '<opml><body>' + '<outline type="rss" xmlUrl="https://d.example/">'.repeat(depth) + '</outline>'.repeat(depth) + '</body></opml>';
    const deep = parseOpml(xml, { maxDepth: depth + 10 });
    expect(getFeedList(deep)).toHaveLength(depth);
  });

  it('rejects other documents', () => {
    expect(thrown(() => parseOpml('<rss version="2.0"><channel/></rss>'))).toBeInstanceOf(FeedParseError);
    expect(thrown(() => parseOpml('<rss version="2.0"><channel/></rss>')).code).toBe('OPML_NOT_OPML');
    expect(thrown(() => parseOpml('not xml'))).toBeInstanceOf(FeedXmlError);
  });

  it('getFeedList refuses what is not an Opml with INVALID_INPUT', () => {
    const throwing = new Proxy({}, { get: () => { throw new Error('trap'); } });
    const throwingOutline = { outlines: [{ get type(): string { throw new Error('getter'); } }] };
    for (const value of [null, undefined, 'https://a.example/', 42, {}, { outlines: 'x' }, throwing, throwingOutline]) {
      const error = thrown(() => getFeedList(value as unknown as Opml));
      expect(error).toBeInstanceOf(FeedDocumentError);
      expect(error.code).toBe('INVALID_INPUT');
    }
  });

  it('getFeedList walks a hand-built tree with loops and junk once', () => {
    const outline = { type: 'RSS', xmlUrl: 'https://loop.example/feed', outlines: [] as unknown[] } as unknown as OpmlOutline;
    (outline.outlines as unknown[]).push(outline, null, 7, { type: 'rss', xmlUrl: 3 });
    const opml = { ...parseOpml('<opml version="2.0"><body/></opml>'), outlines: [outline, outline] };
    expect(getFeedList(opml)).toEqual(['https://loop.example/feed']);
  });
});
