// validateFeed: one read of the document (the same XML reader, root checks and date reader the
// parsers use), then the rules of its format. A bad document is reported, never thrown.
import { ATOM_NS } from '../atom/index.js';
import { FeedDocumentError, FeedXmlError, isAtomaError } from '../errors.js';
import { isJsonFeedVersion } from '../json-feed/index.js';
import { asBytes, looksLikeJson, parseJsonText, readJsonText } from '../json-feed/read.js';
import { settingsOf, type FeedInput, type ParseOptions } from '../options.js';
import { detectFormat } from '../simple/index.js';
import { limitsFrom, parseXml, type XmlDocument, type XmlFault, type XmlLimits } from '../xml/index.js';
import { checkAtom } from './atom.js';
import { checkJsonFeed } from './json.js';
import { checkLenientFaults } from './lenient.js';
import { LineIndex } from './location.js';
import { checkOpml } from './opml.js';
import { checkPodcastProfile, VALIDATION_PROFILES, type ValidationProfile } from './podcast-profile.js';
import { Issues, type FeedFormat, type ValidationReport } from './report.js';
import { checkRdf } from './rdf.js';
import { checkRss } from './rss.js';
import { checkXmlDocument } from './xml.js';

export type { FeedFormat, Severity, ValidationIssue, ValidationReport } from './report.js';
export type { ValidationProfile } from './podcast-profile.js';
export { VALIDATION_CODES, type ValidationCodeInfo } from './codes.js';
export type { ValidationCode } from '../codes.js';

/** The parse options, and `profile`: a set of rules to apply on top of the format's own. */
export interface ValidateOptions extends ParseOptions {
  /** `'podcast'`: what podcast directories require of a show and its episodes. */
  profile?: ValidationProfile | null | undefined;
}

const ATOM_03_NS = 'http://purl.org/atom/ns#';
const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

/**
 * Checks a feed (RSS, Atom, JSON Feed) or an OPML document against its specification.
 * Throws only for a wrong input type or invalid options; problems with the document are issues.
 */
export function validateFeed(input: FeedInput, options?: ValidateOptions | null): ValidationReport {
  if (!isDocumentInput(input)) {
    throw new FeedDocumentError('INVALID_INPUT', 'Input must be a string, a Uint8Array or an ArrayBuffer');
  }
  const profile = profileOf(options);
  return validateDocument(input, settingsOf(options), profile);
}

/** The profile option: absent, or one of VALIDATION_PROFILES. */
function profileOf(options: ValidateOptions | null | undefined): ValidationProfile | null {
  let profile: unknown;
  try {
    profile = options?.profile;
  } catch {
    throw new FeedDocumentError('INVALID_OPTION', 'The options object cannot be read');
  }
  if (profile === undefined || profile === null) return null;
  if (!VALIDATION_PROFILES.includes(profile as ValidationProfile)) {
    throw new FeedDocumentError('INVALID_OPTION', `profile must be one of ${VALIDATION_PROFILES.join(', ')}`);
  }
  return profile as ValidationProfile;
}

function validateDocument(input: FeedInput, options: ParseOptions, profile: ValidationProfile | null): ValidationReport {
  const limits = limitsFrom(options);
  let json: boolean;
  try {
    json = looksLikeJson(input);
  } catch {
    throw new FeedDocumentError('INVALID_INPUT', 'The input cannot be inspected');
  }
  return json ? validateJson(input, options, limits, profile) : validateXml(input, options, limits, profile);
}

/** The start of the input, enough to tell its format (the root element is near the top). */
function head(input: FeedInput): FeedInput {
  const size = 64 * 1024;
  if (typeof input === 'string') return input.slice(0, size);
  return (input instanceof Uint8Array ? input : new Uint8Array(input)).subarray(0, size);
}

/** An error the reader threw, as an issue (its position, if any, without repeating it in the message). */
function reportThrown(error: FeedDocumentError, issues: Issues): void {
  const place = error instanceof FeedXmlError ? { line: error.line, column: error.column } : {};
  issues.error(error.code, error.message.replace(/ \(line \d+, column \d+\)$/, ''), place);
}

function validateXml(input: FeedInput, options: ParseOptions, limits: XmlLimits, profile: ValidationProfile | null): ValidationReport {
  const faults: XmlFault[] = [];
  let doc: XmlDocument;
  try {
    // Broken structure is recovered and each recovery reported, so the rules still run on the rest.
    doc = parseXml(input, { ...limits, baseUrl: options.baseUrl, faults, recover: true });
  } catch (error) {
    if (!(error instanceof FeedDocumentError)) throw error;
    const issues = new Issues();
    reportThrown(error, issues);
    const format = detectFormat(head(input));
    // A known format that is not RSS cannot be a podcast feed; an unknown one is reported as unreadable already.
    if (profile === 'podcast' && format !== null && format !== 'rss') checkPodcastProfile(null, format, issues);
    return issues.finish(format);
  }
  const issues = new Issues(doc.text);
  checkXmlDocument(doc, faults, typeof input !== 'string', issues);
  const root = doc.root;
  let format: FeedFormat | null = null;
  const rules = (check: typeof checkRss) => runRules(() => check(root, options, issues), issues);
  if (root.local === 'rss' && root.ns === '') {
    format = 'rss';
    runRules(() => checkRss(root, options, issues, doc.text.slice(0, root.start)), issues);
  } else if (root.local === 'feed' && root.ns === ATOM_NS) {
    format = 'atom';
    rules(checkAtom);
  } else if (root.local === 'opml' && root.ns === '') {
    format = 'opml';
    rules(checkOpml);
  } else if (root.local === 'feed' && root.ns === ATOM_03_NS) {
    format = 'atom';
    issues.error('ATOM_OBSOLETE_VERSION', 'Atom 0.3 is obsolete (atoma reads it, many readers do not): publish Atom 1.0 (namespace http://www.w3.org/2005/Atom)', issues.at(root));
  } else if (root.local === 'feed') {
    format = 'atom';
    const found = root.ns === '' ? 'no namespace' : `"${root.ns}"`;
    issues.error('ATOM_NAMESPACE', `An Atom 1.0 <feed> must be in the namespace http://www.w3.org/2005/Atom, not ${found}`, issues.at(root));
  } else if (root.local === 'RDF' && root.ns === RDF_NS) {
    format = 'rss';
    runRules(() => checkRdf(root, issues), issues);
  } else {
    issues.error('NOT_A_FEED', `The root element <${root.name}> is not <rss>, an Atom <feed> or <opml>`, issues.at(root));
  }
  runRules(() => checkLenientFaults(doc, options, issues), issues);
  if (profile === 'podcast') runRules(() => checkPodcastProfile(root, format, issues), issues);
  return issues.finish(format);
}

/** Runs one format's rules; a library error they raise is reported, anything else is a defect and is reported too. */
function runRules(rules: () => void, issues: Issues): void {
  try {
    rules();
  } catch (error) {
    if (isAtomaError(error)) {
      issues.error(error.code, error.message);
    } else {
      const reason = error instanceof Error ? error.message : String(error);
      issues.error('VALIDATION_FAILED', `The validator could not finish checking this document: ${reason}`);
    }
  }
}

const JSON_FEED_VERSION = /"version"\s*:\s*"https?:\/\/(?:www\.)?jsonfeed\.org\//;

function validateJson(input: FeedInput, options: ParseOptions, limits: XmlLimits, profile: ValidationProfile | null): ValidationReport {
  let text: string;
  try {
    text = readJsonText(typeof input === 'string' ? input : asBytes(input)!, limits.maxBytes);
  } catch (error) {
    if (!(error instanceof FeedDocumentError)) throw error;
    const issues = new Issues();
    reportThrown(error, issues);
    return issues.finish(null);
  }
  const issues = new Issues(text);
  let root: unknown;
  try {
    root = parseJsonText(text, limits);
  } catch (error) {
    if (!(error instanceof FeedDocumentError)) throw error;
    issues.error(error.code, error.message, jsonErrorPlace(error.message, text));
    return issues.finish(JSON_FEED_VERSION.test(text.slice(0, 64 * 1024)) ? 'json' : null);
  }
  if (!looksLikeJsonFeed(root)) {
    issues.error('NOT_A_FEED', 'This is JSON, but not a JSON Feed (no "version": "https://jsonfeed.org/version/1.1", no "items")');
    return issues.finish(null);
  }
  runRules(() => checkJsonFeed(root, options, issues), issues);
  if (profile === 'podcast') checkPodcastProfile(null, 'json', issues);
  return issues.finish('json');
}

function looksLikeJsonFeed(root: unknown): boolean {
  if (typeof root !== 'object' || root === null || Array.isArray(root)) return false;
  const feed = root as Record<string, unknown>;
  return isJsonFeedVersion(feed['version']) || Array.isArray(feed['items']);
}

/**
 * Where JSON.parse stopped: "at position 12", "(line 2 column 5)" (later V8s), the end of the input,
 * or — in the `Unexpected token 'x', ..."snippet"... is not valid JSON` form — the snippet, which
 * V8 cuts ten characters either side of the token (the dots mark a cut).
 */
function jsonErrorPlace(message: string, text: string): { line?: number; column?: number } {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const offset = jsonErrorOffset(message, text);
  return offset === null ? {} : new LineIndex(text).positionOf(offset);
}

function jsonErrorOffset(message: string, text: string): number | null {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  if (/end of JSON input/.test(message)) return text.length;
  const snippet = /Unexpected token '(.)', (\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON$/.exec(message);
  if (snippet === null) return null;
  const [, token, cut, core] = snippet as unknown as [string, string, string | undefined, string];
  const at = text.indexOf(core);
  if (at === -1) return null;
  if (cut !== undefined) return at + 10;
  // Not cut on the left: the snippet starts the text; the token is certain only if it occurs once.
  const first = core.indexOf(token);
  return first !== -1 && core.indexOf(token, first + 1) === -1 ? at + first : null;
}

/** A string or bytes; false for anything else, proxies whose traps throw included. */
function isDocumentInput(input: unknown): input is FeedInput {
  try {
    return typeof input === 'string' || input instanceof Uint8Array || input instanceof ArrayBuffer;
  } catch {
    return false;
  }
}
