// The Atom Publishing Protocol's elements in feeds and entries (RFC 5023, app:): an entry's
// app:edited date and app:control, a feed's app:collection (with its accept and categories).
import { ATOM_NS } from '../atom/index.js';
import type { XmlElement } from '../xml/index.js';
import { quote } from './checks.js';
import { checkElementRules, checkValue } from './extension-values.js';
import type { Issues } from './report.js';
import type { Vocabulary } from './vocabularies.js';

export const APP_NS = 'http://www.w3.org/2007/app';

// Elements that only stand inside another app: element (a service document's, or a collection's).
const NESTED: Readonly<Record<string, string>> = {
  draft: 'app:control', accept: 'app:collection', categories: 'app:collection', workspace: 'app:service', service: 'an Atom service document',
};

export const APP_VOCABULARY: Vocabulary = {
  prefix: 'app', channel: new Set(['collection']), item: new Set(['edited', 'control']),
  names: new Set(['collection', 'edited', 'control', ...Object.keys(NESTED)]),
  // RFC 5023 §10.2 and §13.1: at most one app:edited, exactly one app:control at most.
  once: new Set(['edited', 'control']), codePrefix: 'EXTENSION',
  rules: { edited: { text: 'rfc3339' } },
  check: checkAppElement,
};

function checkAppElement(element: XmlElement, issues: Issues): void {
  const container = NESTED[element.local];
  if (container !== undefined) {
    issues.error('EXTENSION_MISPLACED', `<${element.name}> belongs inside ${container}, not directly in a feed or entry`, issues.at(element));
  } else if (element.local === 'control') {
    checkControl(element, issues);
  } else if (element.local === 'collection') {
    checkCollection(element, issues);
  }
}

/** app:control holds at most one app:draft, "yes" or "no" (RFC 5023 §13.1.1). */
function checkControl(control: XmlElement, issues: Issues): void {
  const drafts = control.childrenNamed(APP_NS, 'draft');
  drafts.forEach((draft, index) => {
    if (index > 0) {
      issues.error('EXTENSION_DUPLICATE_ELEMENT', `<${control.name}> may hold one <${draft.name}>: keep one`, issues.at(draft));
    } else {
      checkValue(draft.text().trim(), ['yes', 'no'], 'EXTENSION', issues, draft);
    }
  });
}

/** A collection names its URI and a title; what it accepts are media ranges; its categories are fixed or listed elsewhere (RFC 5023 §8.3). */
function checkCollection(collection: XmlElement, issues: Issues): void {
  checkElementRules(collection, { required: ['href'], attributes: { href: 'reference' } }, 'EXTENSION', issues);
  const titles = collection.childrenNamed(ATOM_NS, 'title');
  if (titles.length === 0) {
    issues.error('EXTENSION_MISSING_ELEMENT', `<${collection.name}> must have an <atom:title> naming the collection`, issues.at(collection));
  } else if (titles.length > 1) {
    issues.error('EXTENSION_DUPLICATE_ELEMENT', `<${collection.name}> may have one <atom:title>: keep one`, issues.at(titles[1]!));
  }
  for (const accept of collection.childrenNamed(APP_NS, 'accept')) {
    const range = accept.text().trim();
    // An empty app:accept says the collection takes no new members: that is allowed.
    if (range !== '' && !isMediaRange(range)) {
      issues.error('EXTENSION_INVALID_VALUE', `<${accept.name}> ${quote(range)} is not a media range such as "image/png", "image/*" or "application/atom+xml;type=entry"`, issues.at(accept));
    }
  }
  for (const categories of collection.childrenNamed(APP_NS, 'categories')) checkCategories(categories, issues);
}

const MEDIA_RANGE = /^(?:\*\/\*|[A-Za-z0-9][\w!#$&^.+-]*\/(?:\*|[A-Za-z0-9][\w!#$&^.+-]*))(?:\s*;\s*[\w!#$&^.+-]+=(?:[\w!#$&^.+-]+|"[^"]*"))*$/;

function isMediaRange(value: string): boolean {
  return value.length <= 1000 && MEDIA_RANGE.test(value);
}

/** Out-of-line categories (href) carry nothing else; inline ones may be fixed="yes"/"no" and name a scheme. */
function checkCategories(categories: XmlElement, issues: Issues): void {
  if (categories.attr('href') !== null) {
    checkElementRules(categories, { attributes: { href: 'reference' } }, 'EXTENSION', issues);
    for (const name of ['fixed', 'scheme']) {
      if (categories.attr(name) !== null) {
        issues.error('EXTENSION_UNKNOWN_ATTRIBUTE', `<${categories.name}> with an href lists its categories elsewhere: it takes no "${name}" attribute`, issues.at(categories, name));
      }
    }
    for (const category of categories.childrenNamed(ATOM_NS, 'category')) {
      issues.error('EXTENSION_MISPLACED', `<${categories.name}> with an href lists its categories elsewhere: it holds no <${category.name}>`, issues.at(category));
    }
    return;
  }
  checkElementRules(categories, { attributes: { fixed: ['yes', 'no'], scheme: 'iri' } }, 'EXTENSION', issues);
}
