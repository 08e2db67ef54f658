// Names that are special to JavaScript objects, used as element, attribute, prefix, entity and JSON
// key names, and as values: nothing is polluted, nothing throws a TypeError, results stay plain data.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  detectFormat, getFeedList, parseAtom, parseDate, parseFeed, parseJsonFeed, parseOpml, parseRss, sanitizeHtml, validateFeed,
} from '../../src/index.js';
import { attackEach, settle } from './bounds.js';
import { atom, rss, XML_ENTRY_POINTS } from './documents.js';

const NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'length', 'then'];

/** Own property names and descriptors of the built-in prototypes a pollution would change. */
function snapshot(): string {
  const describe = (o: object) =>
    Reflect.ownKeys(o).map((key) => {
      const d = Object.getOwnPropertyDescriptor(o, key)!;
      return `${String(key)}:${typeof d.value}:${typeof d.get}:${typeof d.set}`;
    }).join(',');
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map(describe).join('|');
}

let before: string;
beforeEach(() => {
  before = snapshot();
});
afterEach(() => {
  expect(snapshot()).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
});

/** Every object and array in a result is plain: built-in prototype, no `polluted` or `isAdmin` key. */
function expectPlainData(value: unknown): void {
  const seen = new Set<unknown>();
  const work: unknown[] = [value];
  while (work.length > 0) {
    const v = work.pop();
    if (typeof v !== 'object' || v === null || seen.has(v) || v instanceof Date) continue;
    seen.add(v);
    const proto = Object.getPrototypeOf(v) as unknown;
    expect(proto === Object.prototype || proto === Array.prototype).toBe(true);
    expect(Object.hasOwn(v, 'polluted') || Object.hasOwn(v, 'isAdmin')).toBe(false);
    for (const key of Object.keys(v)) work.push((v as Record<string, unknown>)[key]);
  }
}

function xmlNamesEverywhere(name: string): string[] {
  const element = `<${name} ${name}="1" polluted="1"><${name}>x</${name}></${name}>`;
  const declared = `<!DOCTYPE x [<!ENTITY ${name} "&#60;b polluted='1'&#62;">]>`;
  return [
    rss(
      `${element}<category domain="${name}">${name}</category>` +
      `<item ${name}="1"><title ${name}="x">&${name};</title><guid>${name}</guid><${name}:x xmlns:${name}="urn:${name}" ${name}:y="1"/>` +
      `<category>${name}</category><enclosure url="${name}" type="${name}" length="${name}"/>${element}</item>`,
      declared,
    ),
    atom(
      `${element}<author><name>${name}</name><${name}/></author><category term="${name}" scheme="${name}"/>` +
      `<entry ${name}="1"><id>${name}</id><title type="${name}">${name}</title><link rel="${name}" href="${name}"/>` +
      `<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><${name} ${name}="1">x</${name}></div></content>${element}</entry>`,
      declared,
      ` xml:lang="${name}"`,
    ),
    `<opml version="2.0"><head><title>${name}</title><${name}/></head><body>` +
      `<outline text="${name}" type="rss" xmlUrl="https://example.com/${name}" ${name}="1"><outline text="${name}" ${name}="${name}"/>${element}</outline>` +
      `</body></opml>`,
    `<${name} xmlns="${name}"><${name}/></${name}>`,
  ];
}

describe('special names in XML documents', () => {
  it('pollute nothing and throw nothing foreign, in every entry point', () => {
    const docs = NAMES.flatMap(xmlNamesEverywhere);
    const results = attackEach(docs.flatMap((doc) => XML_ENTRY_POINTS.map(([, read]) => () => read(doc))), { cpuMs: 2000 });
    for (const { value } of results) expectPlainData(value);
  });

  it('read as ordinary names and values', () => {
    const channel = parseRss(xmlNamesEverywhere('__proto__')[0]!, { sanitize: false });
    expect(channel.categories[0]).toEqual({ name: '__proto__', domain: '__proto__' });
    expect(channel.items[0]!.title).toBe('&__proto__;');
    expect(channel.items[0]!.guid).toBe('__proto__');
    const opml = parseOpml(xmlNamesEverywhere('constructor')[2]!);
    expect(opml.outlines[0]!.text).toBe('constructor');
    expect(getFeedList(opml)).toEqual(['https://example.com/constructor']);
  });
});

describe('special keys in JSON Feeds', () => {
  function hostileJson(name: string): string {
    const payload = `{"polluted":1,"isAdmin":true,"prototype":{"polluted":1}}`;
    const keys = `"${name}":${payload},"__proto__":${payload},"constructor":{"prototype":${payload}}`;
    return `{${keys},"version":"https://jsonfeed.org/version/1.1","title":"${name}",` +
      `"authors":[{${keys},"name":"${name}"}],"items":[{${keys},"id":"${name}","tags":["${name}"],` +
      `"attachments":[{${keys},"url":"https://example.com/${name}","mime_type":"${name}"}]}]}`;
  }

  it('pollute nothing as text, as bytes, or as an already-parsed object', () => {
    const calls = NAMES.map(hostileJson).flatMap((text) => [
      () => parseJsonFeed(text),
      () => parseJsonFeed(new TextEncoder().encode(text)),
      () => parseJsonFeed(JSON.parse(text) as object),
      () => parseFeed(text),
      () => parseFeed(JSON.parse(text) as object),
      () => detectFormat(text),
      () => validateFeed(text),
    ]);
    for (const { value } of attackEach(calls, { cpuMs: 1000 })) expectPlainData(value);
    for (const name of NAMES) expect(parseJsonFeed(hostileJson(name)).items[0]!.id).toBe(name);
  });

  it('never read inherited properties: a polluted prototype does not leak into results', () => {
    const proto = Object.prototype as Record<string, unknown>;
    try {
      for (const key of ['title', 'version', 'items', 'url', 'content_html', 'polluted']) proto[key] = 'from the prototype';
      const feed = parseJsonFeed('{"version":"https://jsonfeed.org/version/1.1","title":"own","items":[{"id":"1"}]}');
      expect(feed.title).toBe('own');
      expect(feed.items[0]!.url).toBeNull();
      expect(feed.items[0]!.contentHtml).toBeNull();
    } finally {
      for (const key of ['title', 'version', 'items', 'url', 'content_html', 'polluted']) delete proto[key];
    }
  });
});

describe('special names in dates and HTML', () => {
  it('zone names and options never reach an object lookup', () => {
    for (const name of NAMES) {
      for (const text of [
        `Mon, 01 Jan 2024 10:00:00 ${name}`, `2024-01-01T10:00:00 ${name}`, `2024-01-01T10:00:00[${name}]`,
        `2024-01-01 10:00 ${name.toUpperCase()}`, name,
      ]) {
        const { value } = settle(() => parseDate(text));
        expect(value === null || value instanceof Date).toBe(true);
      }
      for (const zone of [name, `Etc/${name}`, `America/${name}`]) {
        const { value } = settle(() => parseDate('2024-01-01T10:00:00', { defaultTimeZone: zone }));
        expect(value === null || value instanceof Date).toBe(true);
        settle(() => parseRss(rss('<pubDate>2024-01-01T10:00:00</pubDate>'), { defaultTimeZone: zone }));
      }
    }
  });

  it('HTML element and attribute names pass through the sanitizer inertly', () => {
    for (const name of NAMES) {
      const html = `<${name} ${name}="x" class="${name}"><a href="/${name}" ${name}="1">${name}</a></${name}>`;
      const { value } = settle(() => sanitizeHtml(html, { baseUrl: 'https://example.com/' }));
      expect(value).toContain(`href="https://example.com/${name}"`);
    }
  });
});
