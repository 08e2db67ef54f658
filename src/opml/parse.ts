// OPML 1.0 / 2.0: element view → Opml. Outlines nest arbitrarily, so they are read without recursion.
import { FeedDocumentError, FeedParseError } from '../errors.js';
import { isStrict, settingsOf, type FeedInput, type ParseOptions } from '../options.js';
import { readXml } from '../common/read.js';
import { leniencyOf, warningsOfParse } from '../warnings.js';
import { attrOf, dateOf, integerOf, textOf, urlAttr } from '../common/fields.js';
import { clip, type XmlElement } from '../xml/index.js';
import type { Opml, OpmlOutline } from './model.js';

/** Parses an OPML document. Throws FeedXmlError / FeedParseError (lenient mode: malformed XML is recovered, with warnings). */
export function parseOpml(input: FeedInput, options?: ParseOptions | null): Opml {
  const settings = settingsOf(options);
  const leniency = leniencyOf(isStrict(settings, true));
  const doc = readXml(input, settings, leniency);
  const opml = opmlFromElement(doc.root, settings);
  opml.warnings = warningsOfParse(leniency, doc.text);
  return opml;
}

/** Maps an `<opml>` root element to Opml; a missing head or body reads as empty. */
export function opmlFromElement(root: XmlElement, options: ParseOptions): Opml {
  if (root.local !== 'opml' || root.ns !== '') {
    throw new FeedParseError('OPML_NOT_OPML', `The root element is <${clip(root.name)}>, not <opml>`);
  }
  const head = root.child('', 'head');
  const field = (name: string) => (head === null ? null : head.child('', name));
  const body = root.child('', 'body');
  return {
    title: textOf(field('title')),
    ownerName: textOf(field('ownerName')),
    ownerEmail: textOf(field('ownerEmail')),
    dateCreated: dateOf(field('dateCreated'), options),
    dateModified: dateOf(field('dateModified'), options),
    expansionState: expansionStateOf(textOf(field('expansionState'))),
    vertScrollState: integerOf(textOf(field('vertScrollState'))),
    windowTop: integerOf(textOf(field('windowTop'))),
    windowLeft: integerOf(textOf(field('windowLeft'))),
    windowBottom: integerOf(textOf(field('windowBottom'))),
    windowRight: integerOf(textOf(field('windowRight'))),
    outlines: body === null ? [] : outlinesOf(body),
    warnings: [],
  };
}

function expansionStateOf(text: string | null): number[] | null {
  if (text === null) return null;
  const numbers = text.split(',').map((part) => integerOf(part));
  return numbers.every((n): n is number => n !== null) ? numbers : null;
}

function outlineOf(element: XmlElement): OpmlOutline {
  return {
    text: attrOf(element, 'text'),
    type: attrOf(element, 'type'),
    xmlUrl: urlAttr(element, 'xmlUrl'),
    description: attrOf(element, 'description'),
    htmlUrl: urlAttr(element, 'htmlUrl'),
    language: attrOf(element, 'language'),
    title: attrOf(element, 'title'),
    version: attrOf(element, 'version'),
    outlines: [],
  };
}

/** The outline tree under `body`, built breadth by breadth with an explicit work list. */
function outlinesOf(body: XmlElement): OpmlOutline[] {
  const top: OpmlOutline[] = [];
  const work: [XmlElement, OpmlOutline[]][] = [[body, top]];
  while (work.length > 0) {
    const [element, into] = work.pop()!;
    for (const child of element.children) {
      if (typeof child === 'string' || child.local !== 'outline' || child.ns !== '') continue;
      const outline = outlineOf(child);
      into.push(outline);
      if (child.hasElements()) work.push([child, outline.outlines]);
    }
  }
  return top;
}

/** The xmlUrl of every outline of type rss, depth first, in document order. */
export function getFeedList(opml: Opml): string[] {
  try {
    return feedUrlsOf(opml);
  } catch (error) {
    if (error instanceof FeedDocumentError) throw error;
    // A hand-built object whose getters or proxy traps throw.
    throw new FeedDocumentError('INVALID_INPUT', 'The object given to getFeedList cannot be read');
  }
}

function feedUrlsOf(opml: Opml): string[] {
  if (typeof opml !== 'object' || opml === null || !Array.isArray(opml.outlines)) {
    throw new FeedDocumentError('INVALID_INPUT', 'getFeedList takes the Opml object that parseOpml returns');
  }
  const urls: string[] = [];
  const seen = new Set<OpmlOutline>(); // a hand-built tree may share or loop back to an outline
  const work: unknown[] = [...opml.outlines].reverse();
  while (work.length > 0) {
    const outline = work.pop() as OpmlOutline | null;
    if (typeof outline !== 'object' || outline === null || seen.has(outline)) continue;
    seen.add(outline);
    const type = outline.type;
    if (typeof type === 'string' && type.toLowerCase() === 'rss' && typeof outline.xmlUrl === 'string') urls.push(outline.xmlUrl);
    const children: unknown = outline.outlines;
    if (Array.isArray(children)) for (let i = children.length - 1; i >= 0; i--) work.push(children[i]);
  }
  return urls;
}
