// OPML subscription lists from strangers: outline nesting bombs, millions of outlines, and the
// feed list walked without recursion.
import { describe, expect, it } from 'vitest';
import { getFeedList, parseOpml, validateFeed, type Opml, type OpmlOutline } from '../../src/index.js';
import { DEFAULT_LIMITS } from '../../src/xml/index.js';
import { attack, refused, survived } from './bounds.js';
import { flat, nested, XML_ENTRY_POINTS } from './documents.js';

const opml = (body: string) => flat(`<opml version="2.0"><head><title>t</title></head><body>${body}</body></opml>`);
const outline = (i: number | string) => `<outline text="f${i}" type="rss" xmlUrl="https://example.com/${i}.xml">`;

describe('outline nesting bombs', () => {
  it('refuses 100,000 nested outlines with LIMIT_DEPTH, in every entry point', () => {
    const doc = opml(nested(outline('x'), '</outline>', 100_000, ''));
    for (const [name, read] of XML_ENTRY_POINTS) {
      const { error } = attack(() => read(doc), { cpuMs: 500 });
      if (name === 'parseOpml') expect(error?.code).toBe('LIMIT_DEPTH');
    }
  });

  it('reads outlines nested to the depth limit, and lists their feeds in document order', () => {
    const depth = DEFAULT_LIMITS.maxDepth - 3;
    const doc = opml(Array.from({ length: depth }, (_, i) => outline(i)).join('') + '</outline>'.repeat(depth));
    const parsed = survived(() => parseOpml(doc), { cpuMs: 200 });
    const feeds = getFeedList(parsed);
    expect(feeds).toHaveLength(depth);
    expect(feeds[depth - 1]).toBe(`https://example.com/${depth - 1}.xml`);
  });

  it('reads 100,000 nested outlines when the caller raises maxDepth, without recursion', () => {
    const depth = 100_000;
    const doc = opml(Array.from({ length: depth }, (_, i) => outline(i)).join('') + '</outline>'.repeat(depth));
    const parsed = survived(() => parseOpml(doc, { maxDepth: depth + 10 }), { cpuMs: 2000, retainedMb: 256 });
    const feeds = survived(() => getFeedList(parsed), { cpuMs: 500 });
    expect(feeds).toHaveLength(depth);
  });

  it('walks a hand-built outline tree 300,000 levels deep without recursion', () => {
    const root: OpmlOutline[] = [];
    let level = root;
    for (let i = 0; i < 300_000; i++) {
      const o: OpmlOutline = { text: 't', type: 'rss', xmlUrl: `https://example.com/${i}`, description: null, htmlUrl: null,
        language: null, title: null, version: null, outlines: [] };
      level.push(o);
      level = o.outlines;
    }
    const document = { outlines: root } as unknown as Opml;
    expect(survived(() => getFeedList(document), { cpuMs: 2000, retainedMb: 256 })).toHaveLength(300_000);
  });
});

describe('wide outline lists', () => {
  it('reads 50,000 outlines in bounded time and memory, parsed and validated', () => {
    const doc = opml(Array.from({ length: 50_000 }, (_, i) => outline(i) + '</outline>').join(''));
    expect(getFeedList(survived(() => parseOpml(doc), { cpuMs: 2000, retainedMb: 256 }))).toHaveLength(50_000);
    survived(() => validateFeed(doc), { cpuMs: 2000, retainedMb: 128 });
  });

  it('refuses outlines with more attributes than maxAttributes', () => {
    const attributes = Array.from({ length: DEFAULT_LIMITS.maxAttributes + 1 }, (_, i) => `a${i}="x"`).join(' ');
    refused(() => parseOpml(opml(`<outline ${attributes}/>`)), { code: 'LIMIT_ATTRIBUTES' }, { cpuMs: 200 });
  });
});
