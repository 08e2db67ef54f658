// The fuzzing harness shared by both profiles: which generators feed which entry points, and the
// check every call must pass. Takes the library as a parameter (src/ under vitest, dist/ in the
// long profile). Types are in harness.d.mts.
import { readdirSync, readFileSync } from 'node:fs';

const BAD_SCHEMES = new Set(['javascript:', 'vbscript:', 'data:', 'livescript:', 'mocha:']);
const URL_FIELDS = new Set(['link', 'href', 'url', 'uri', 'icon', 'logo', 'src', 'docs', 'comments', 'xmlUrl', 'htmlUrl', 'homePageUrl',
  'feedUrl', 'nextUrl', 'favicon', 'avatar', 'image', 'bannerImage', 'externalUrl', 'hubs', 'nextPageUrl',
  // namespace fields
  'img', 'newFeedUrl', 'commentRss', 'comment', 'origLink', 'origEnclosureLink', 'licenses', 'responses', 'backLinks']);

/** A failed check: what was called, on what, and why. */
export class FuzzFailure extends Error {
  constructor(entryPoint, reason) {
    super(`${entryPoint}: ${reason}`);
    this.name = 'FuzzFailure';
  }
}

/**
 * The public functions, each taking one generated input (and options where it has them).
 * @param {Record<string, any>} lib
 */
export function entryPoints(lib) {
  const text = (input) => (typeof input === 'string' ? input : new TextDecoder().decode(input));
  return {
    parseRss: (input, options) => lib.parseRss(input, options),
    parseAtom: (input, options) => lib.parseAtom(input, options),
    parseOpml: (input, options) => {
      const opml = lib.parseOpml(input, options);
      lib.getFeedList(opml);
      return opml;
    },
    parseJsonFeed: (input, options) => lib.parseJsonFeed(input, options),
    parseFeed: (input, options) => lib.parseFeed(input, options),
    // Each parser in the mode that is not its default, whatever the generated options say.
    parseRssLenient: (input, options) => lib.parseRss(input, { ...options, strict: false }),
    parseAtomLenient: (input, options) => lib.parseAtom(input, { ...options, strict: false }),
    parseOpmlLenient: (input, options) => lib.parseOpml(input, { ...options, strict: false }),
    parseFeedStrict: (input, options) => lib.parseFeed(input, { ...options, strict: true }),
    detectFormat: (input) => lib.detectFormat(input),
    validateFeed: (input, options) => lib.validateFeed(input, options),
    parseDate: (input, options) => lib.parseDate(text(input), options),
    sanitizeHtml: (input, options) => lib.sanitizeHtml(text(input), options),
  };
}

const LENIENT_ENTRY_POINTS = ['parseRssLenient', 'parseAtomLenient', 'parseOpmlLenient', 'parseFeedStrict'];
const DOCUMENT_ENTRY_POINTS = ['parseRss', 'parseAtom', 'parseOpml', 'parseJsonFeed', 'parseFeed', 'detectFormat', 'validateFeed', ...LENIENT_ENTRY_POINTS];

/** Which entry points each generator feeds. */
export const PLAN = {
  bytes: DOCUMENT_ENTRY_POINTS,
  text: [...DOCUMENT_ENTRY_POINTS, 'parseDate', 'sanitizeHtml'],
  xmlTokens: DOCUMENT_ENTRY_POINTS,
  jsonTokens: ['parseJsonFeed', 'parseFeed', 'detectFormat', 'validateFeed'],
  mutatedFixture: DOCUMENT_ENTRY_POINTS,
  rssDocument: ['parseRss', 'parseFeed', 'detectFormat', 'validateFeed', 'parseRssLenient', 'parseFeedStrict'],
  atomDocument: ['parseAtom', 'parseFeed', 'detectFormat', 'validateFeed', 'parseAtomLenient', 'parseFeedStrict'],
  opmlDocument: ['parseOpml', 'detectFormat', 'validateFeed', 'parseOpmlLenient'],
  jsonFeed: ['parseJsonFeed', 'parseFeed', 'detectFormat', 'validateFeed'],
  dateText: ['parseDate'],
  html: ['sanitizeHtml'],
};

/**
 * The check for one call: it returns or throws one of the library's error classes, within
 * `maxCpuMs` of CPU time, and its result is plain, serializable data with no script URL in it.
 * @param {Record<string, any>} lib
 * @param {{ maxCpuMs: number }} limits
 */
export function makeCheck(lib, { maxCpuMs }) {
  const isLibraryError = (e) => e instanceof lib.FeedDocumentError || e instanceof lib.FeedParseError;
  const consoleOutput = watchConsole();
  return function check(name, call, input, options) {
    const before = process.cpuUsage();
    let result;
    let thrown;
    let threw = false;
    consoleOutput.length = 0;
    consoleOutput.watching = true;
    try {
      result = call(input, options);
    } catch (error) {
      threw = true;
      thrown = error;
    } finally {
      consoleOutput.watching = false;
    }
    const spent = process.cpuUsage(before);
    if (threw) {
      if (!isLibraryError(thrown)) {
        const what = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
        throw new FuzzFailure(name, `foreign error ${what.slice(0, 300)}`);
      }
      if (typeof thrown.code !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(thrown.code)) {
        throw new FuzzFailure(name, `error without a stable code: ${String(thrown.code)}`);
      }
    }
    // Input-controlled text on a server's console is log injection at best.
    if (consoleOutput.length > 0) throw new FuzzFailure(name, `wrote to the console: ${String(consoleOutput[0]).slice(0, 200)}`);
    const cpuMs = (spent.user + spent.system) / 1000;
    if (cpuMs > maxCpuMs) throw new FuzzFailure(name, `took ${cpuMs.toFixed(0)} ms of CPU (limit ${maxCpuMs})`);
    if (Object.keys(Object.prototype).length > 0 || {}.polluted !== undefined) throw new FuzzFailure(name, 'Object.prototype was polluted');
    if (!threw) checkResult(name, result, options?.sanitize !== false);
  };
}

/**
 * Records (and holds back) what the console is asked to print while `watching` is set; passes
 * everything else through. Holding it back keeps a noisy fault from flooding the run's output.
 */
function watchConsole() {
  const seen = Object.assign([], { watching: false });
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace']) {
    const original = console[method];
    console[method] = function (...args) {
      if (!seen.watching) return original.apply(this, args);
      if (seen.length < 10) seen.push(args.map(String).join(' ').slice(0, 1000));
      else seen.length++;
    };
  }
  return seen;
}

function checkResult(name, result, sanitized) {
  if (name === 'detectFormat') {
    if (![null, 'rss', 'atom', 'json', 'opml'].includes(result)) throw new FuzzFailure(name, `unexpected format ${String(result)}`);
    return;
  }
  if (name === 'parseDate') {
    if (result !== null && !(result instanceof Date && !Number.isNaN(result.getTime()))) throw new FuzzFailure(name, `not a valid Date or null: ${String(result)}`);
    return;
  }
  if (name === 'sanitizeHtml') {
    if (typeof result !== 'string') throw new FuzzFailure(name, 'did not return a string');
    checkHtml(name, result);
    return;
  }
  try {
    JSON.stringify(result);
  } catch (error) {
    throw new FuzzFailure(name, `result is not plain data: ${error.message}`);
  }
  if (result !== null && typeof result === 'object' && 'warnings' in result) checkWarnings(name, result.warnings);
  walk(name, result, sanitized);
}

// MAX_WARNINGS placed, the reader's counts of what it left out (one per kind of fault, a few
// dozen kinds), and the one that counts the rest.
const MOST_WARNINGS = 1000 + 64 + 1;

/** Lenient mode's warnings: bounded, each with a stable code, a message and a position (or none). */
function checkWarnings(name, warnings) {
  if (!Array.isArray(warnings)) throw new FuzzFailure(name, 'warnings is not an array');
  if (warnings.length > MOST_WARNINGS) throw new FuzzFailure(name, `${warnings.length} warnings, more than the cap`);
  for (const w of warnings) {
    if (typeof w.code !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(w.code)) throw new FuzzFailure(name, `warning without a stable code: ${String(w.code)}`);
    if (typeof w.message !== 'string' || w.message === '') throw new FuzzFailure(name, `warning ${w.code} without a message`);
    const placed = Number.isInteger(w.line) && w.line >= 1 && Number.isInteger(w.column) && w.column >= 1;
    if (!placed && !(w.line === null && w.column === null)) throw new FuzzFailure(name, `warning ${w.code} at ${w.line}:${w.column}`);
  }
}

function walk(name, result, sanitized) {
  const work = [['', result, null]];
  while (work.length > 0) {
    const [key, value, parent] = work.pop();
    if (typeof value === 'string') {
      if (URL_FIELDS.has(key) && isScriptUrl(value)) throw new FuzzFailure(name, `script URL in ${key}: ${value.slice(0, 100)}`);
      if (sanitized && isHtmlField(key, parent)) checkHtml(name, value);
    } else if (Array.isArray(value)) {
      for (const v of value) work.push([key, v, parent]);
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) throw new FuzzFailure(name, `non-plain object in ${key}`);
      for (const k of Object.keys(value)) work.push([k, value[k], value]);
    }
  }
}

/** Whether a model field holds HTML (rather than plain text that may look like it). */
function isHtmlField(key, parent) {
  if (key === 'contentEncoded' || key === 'contentHtml') return true;
  if (key === 'content') return parent !== null && 'attachments' in parent; // Article.content
  if (key === 'description') return parent !== null && 'enclosures' in parent; // RssItem.description
  if (key === 'value') return ['html', 'xhtml', 'text/html', 'application/xhtml+xml'].includes(String(parent?.type).toLowerCase());
  return false;
}

const DANGEROUS_ELEMENTS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'style', 'form', 'svg', 'math', 'base', 'meta', 'link', 'template']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'poster', 'cite', 'action', 'formaction', 'background', 'xlink:href', 'data']);

/** Reads sanitized HTML as a browser tokenizer would (tags, attributes, comments) and checks each tag. */
function checkHtml(name, html) {
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const match = /^<\/?([a-zA-Z][^\s/>]*)/.exec(html.slice(lt, lt + 100));
    if (match === null) {
      i = lt + 1;
      continue;
    }
    const element = match[1].toLowerCase();
    if (DANGEROUS_ELEMENTS.has(element)) throw new FuzzFailure(name, `<${element}> in sanitized HTML: ${html.slice(lt, lt + 200)}`);
    i = lt + match[0].length;
    // Attributes: name, then optionally = and a quoted or unquoted value, up to '>'.
    while (i < html.length && html[i] !== '>') {
      const attribute = /^[\s/]*([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]*))?/.exec(html.slice(i));
      if (attribute === null || attribute[0] === '') {
        i++;
        continue;
      }
      i += attribute[0].length;
      const attributeName = attribute[1].toLowerCase();
      if (attributeName.startsWith('on')) throw new FuzzFailure(name, `event handler ${attributeName} in sanitized HTML: ${html.slice(lt, lt + 200)}`);
      if (URL_ATTRIBUTES.has(attributeName) && attribute[2] !== undefined) {
        // A srcset is a list of "URL descriptor" candidates; every other attribute is one URL.
        const value = decodeReferences(attribute[2].replace(/^["']|["']$/g, ''));
        const urls = attributeName === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
        for (const url of urls) {
          if (isScriptUrl(url)) throw new FuzzFailure(name, `script URL in sanitized HTML: ${html.slice(lt, lt + 200)}`);
        }
      }
    }
    i++;
  }
}

function decodeReferences(text) {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex) => safeCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec) => safeCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':').replace(/&tab;/gi, '\t').replace(/&newline;/gi, '\n').replace(/&amp;/g, '&');
}

function safeCodePoint(code) {
  return code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

/** Whether a browser would run `url` (read against a harmless base). */
export function isScriptUrl(url) {
  try {
    return BAD_SCHEMES.has(new URL(url, 'https://reader.example/').protocol);
  } catch {
    return false;
  }
}

/**
 * One fast-check property per generator: each input goes through every entry point the plan
 * gives it, with and without options. `counter.inputs` and `counter.calls` count what ran;
 * `onInput` sees each input first (the long profile keeps it where a watchdog can read it).
 */
export function makeProperties(fc, lib, generators, { maxCpuMs, counter, onInput }) {
  const check = makeCheck(lib, { maxCpuMs });
  const calls = entryPoints(lib);
  const properties = {};
  for (const [generator, names] of Object.entries(PLAN)) {
    properties[generator] = fc.property(generators[generator], fc.option(generators.options, { freq: 3 }), (input, options) => {
      counter.inputs++;
      onInput?.(input, options);
      for (const name of names) {
        counter.calls++;
        check(name, calls[name], input, options ?? undefined);
      }
    });
  }
  return properties;
}

/**
 * The project's fixtures: every feed document (as text, decoded by its BOM, else as UTF-8) and
 * every vector of the XSS collections. More folders of documents may be given (the long profile
 * adds the shared conformance suites' fixtures when they are there).
 * @param {URL} fixturesDirectory
 * @param {URL[]} moreDocuments
 */
export function readCorpus(fixturesDirectory, ...moreDocuments) {
  const documents = [];
  const htmlVectors = [];
  for (const { path, bytes } of filesUnder(fixturesDirectory)) {
    if (path.includes('/xss/')) {
      for (const family of JSON.parse(bytes.toString('utf8')).families ?? []) htmlVectors.push(...(family.vectors ?? []));
    } else {
      documents.push(decodeFixture(bytes));
    }
  }
  for (const directory of moreDocuments) {
    for (const { bytes } of filesUnder(directory)) documents.push(decodeFixture(bytes));
  }
  return { documents: documents.sort(), htmlVectors };
}

/**
 * Every feed document under a folder (README and cases files left out), with its path.
 * @param {URL} directory
 */
export function filesUnder(directory) {
  const files = [];
  for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || /^(README\.md|cases\.json)$/.test(entry.name)) continue;
    const path = `${entry.parentPath ?? entry.path}/${entry.name}`;
    files.push({ path, bytes: readFileSync(path) });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

function decodeFixture(bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0x3c && bytes[1] === 0) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0 && bytes[1] === 0x3c) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder().decode(bytes);
}
