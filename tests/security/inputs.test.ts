// Inputs and options of the wrong kind, as JavaScript callers can pass them: every public function
// returns or throws one of the library's errors — never a TypeError from deep inside.
import { describe, expect, it } from 'vitest';
import {
  detectFormat, FeedDocumentError, getFeedList, parseAtom, parseDate, parseFeed, parseJsonFeed, parseOpml, parseRss, sanitizeHtml, validateFeed,
} from '../../src/index.js';
import { attackEach, settle } from './bounds.js';
import { atom, rss } from './documents.js';

type AnyCall = (input: unknown, options?: unknown) => unknown;
const ENTRY_POINTS: ReadonlyArray<readonly [string, AnyCall]> = [
  ['parseRss', parseRss as AnyCall], ['parseAtom', parseAtom as AnyCall], ['parseOpml', parseOpml as AnyCall],
  ['parseJsonFeed', parseJsonFeed as AnyCall], ['parseFeed', parseFeed as AnyCall], ['detectFormat', detectFormat as AnyCall],
  ['validateFeed', validateFeed as AnyCall], ['parseDate', parseDate as AnyCall], ['sanitizeHtml', sanitizeHtml as AnyCall],
  ['getFeedList', getFeedList as AnyCall],
];

const trap = () => {
  throw new RangeError('trap');
};

/** Values that are not what any entry point takes. */
function wrongInputs(): unknown[] {
  return [
    undefined, null, 0, 42n, true, Symbol('x'), () => 'x', {}, [], [1, 2], new Date(0), /x/, new Map(), new Set(),
    new Int16Array(4), new Float64Array(2), new DataView(new ArrayBuffer(4)), new Uint8Array(0), new ArrayBuffer(0),
    Object.create(null), { toString: trap, valueOf: trap }, { [Symbol.toPrimitive]: trap },
    new Proxy({}, { get: trap }), new Proxy({}, { getPrototypeOf: trap }), new Proxy({}, { getOwnPropertyDescriptor: trap }),
    new Proxy(new Uint8Array(4), {}), new Proxy(new ArrayBuffer(4), {}), new String('<rss/>'),
  ];
}

describe('inputs of the wrong kind', () => {
  for (const [name, call] of ENTRY_POINTS) {
    it(`${name} returns or throws a library error for each`, () => {
      attackEach(wrongInputs().map((input, i) => {
        const labelled = () => call(input);
        labelled.toString = () => `${name}(wrong input #${i})`;
        return labelled;
      }), { cpuMs: 500 });
    });
  }
});

describe('options of the wrong kind', () => {
  const docs = [rss('<item><title>t</title><pubDate>2024-01-01T10:00:00</pubDate><description>&lt;a href="x"&gt;x&lt;/a&gt;</description></item>'),
    atom('<entry><id>e</id><content type="html">&lt;a href="x"&gt;x&lt;/a&gt;</content></entry>'),
    '<opml version="2.0"><body><outline text="t" xmlUrl="x"/></body></opml>',
    '{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":"1","content_html":"<a href=\\"x\\">x</a>"}]}'];
  const options: unknown[] = [
    null, 42, 'x', [], { baseUrl: 42 }, { baseUrl: {} }, { baseUrl: 'not a url' }, { baseUrl: { toString: trap } },
    { defaultTimeZone: 42 }, { defaultTimeZone: '__proto__' }, { defaultTimeZone: 'x'.repeat(100_000) }, { sanitize: 'yes' }, { sanitize: 0 },
    { maxBytes: '10' }, { maxDepth: -1 }, { maxDepth: Number.NaN }, { maxDepth: Infinity }, { maxBytes: 2 ** 64 },
  ];

  it('are accepted or refused with a library error, for every document kind and entry point', () => {
    const calls = docs.flatMap((doc) =>
      options.flatMap((option) =>
        ENTRY_POINTS.filter(([name]) => !['parseDate', 'sanitizeHtml', 'getFeedList'].includes(name)).map(([name, call]) => {
          const labelled = () => call(doc, option);
          labelled.toString = () => `${name}(${doc.slice(0, 12)}…, ${JSON.stringify(option)?.slice(0, 40)})`;
          return labelled;
        }),
      ),
    );
    attackEach(calls, { cpuMs: 3000 });
  });

  it('null options mean no options for the XML parsers', () => {
    const channel = settle(() => parseRss(docs[0]!, null as never)).value as ReturnType<typeof parseRss>;
    expect(channel.items[0]!.title).toBe('t');
    const feed = settle(() => parseAtom(docs[1]!, null as never)).value as ReturnType<typeof parseAtom>;
    expect(feed.entries).toHaveLength(1);
  });

  it('whose getters or proxy traps throw are refused with INVALID_OPTION', () => {
    const hostile = [
      new Proxy({}, { get: trap }), Object.defineProperty({}, 'sanitize', { get: trap }),
      Object.defineProperty({}, 'maxBytes', { get: trap }), Object.defineProperty({}, 'baseUrl', { get: trap }),
    ];
    for (const [name, call] of ENTRY_POINTS.filter(([n]) => !['detectFormat', 'parseDate', 'sanitizeHtml', 'getFeedList'].includes(n))) {
      for (const option of hostile) {
        const { error } = settle(() => call(docs[0]!, option));
        expect(error, name).toBeInstanceOf(FeedDocumentError);
        expect((error as FeedDocumentError).code, name).toBe('INVALID_OPTION');
      }
    }
  });
});
