// FeedSync 1.0 (sx:, formerly Simple Sharing Extensions): a channel's sharing window and related
// feeds, and each item's sync record with its update history.
import type { XmlElement } from '../xml/index.js';
import { quote } from './checks.js';
import { checkElementRules, type ElementRules } from './extension-values.js';
import type { Issues } from './report.js';
import type { Vocabulary } from './vocabularies.js';

export const FEEDSYNC_NS = 'http://feedsync.org/2007/feedsync';

const BOOLEAN = ['true', 'false'];
const RULES: Readonly<Record<string, ElementRules>> = {
  sharing: { attributes: { expires: 'rfc3339' } },
  related: { required: ['link', 'type'], attributes: { link: 'url', type: ['complete', 'aggregated'] } },
  sync: { required: ['id', 'updates'], attributes: { updates: 'integer', deleted: BOOLEAN, noconflicts: BOOLEAN } },
  history: { required: ['sequence'], attributes: { sequence: 'positive', when: 'rfc3339' } },
};

export const FEEDSYNC_VOCABULARY: Vocabulary = {
  prefix: 'sx', channel: new Set(['sharing']), item: new Set(['sync']), names: new Set(['sharing', 'sync']),
  once: new Set(['sharing', 'sync']), check: checkFeedSyncElement,
};

// Counters are 32-bit signed integers.
const MAX_COUNTER = 2 ** 31 - 1;
// An id and a "by" are the NSS part of a URN (RFC 2141): these characters, and %-escapes.
const NSS = /^(?:[A-Za-z0-9()+,\-.:=@;$_!*'/?#]|%[0-9A-Fa-f]{2})+$/;

const syncIds = new WeakMap<Issues, Set<string>>();

function checkFeedSyncElement(element: XmlElement, issues: Issues): void {
  checkElementRules(element, RULES[element.local]!, 'EXTENSION', issues);
  if (element.local === 'sharing') {
    for (const related of element.childrenNamed(FEEDSYNC_NS, 'related')) checkElementRules(related, RULES['related']!, 'EXTENSION', issues);
    return;
  }
  checkCounter(element, 'updates', issues);
  const id = element.attr('id')?.trim();
  if (id !== undefined && id !== '') {
    checkNss(element, 'id', issues);
    let seen = syncIds.get(issues);
    if (seen === undefined) syncIds.set(issues, (seen = new Set()));
    if (seen.has(id)) issues.error('EXTENSION_DUPLICATE_VALUE', `Two items have the sync id ${quote(id)}: each item's must be its own`, issues.at(element, 'id'));
    seen.add(id);
  }
  const history = element.childrenNamed(FEEDSYNC_NS, 'history');
  if (history.length === 0) {
    issues.error('EXTENSION_MISSING_ELEMENT', `<${element.name}> must hold at least one <sx:history> (the latest update first)`, issues.at(element));
  }
  for (const update of history) {
    checkElementRules(update, RULES['history']!, 'EXTENSION', issues);
    checkCounter(update, 'sequence', issues);
    if (update.attr('by') === null && update.attr('when') === null) {
      issues.error('EXTENSION_MISSING_ATTRIBUTE', `<${update.name}> must say who made the update ("by"), when ("when"), or both`, issues.at(update));
    }
    if (update.attr('by') !== null) checkNss(update, 'by', issues);
  }
}

function checkCounter(element: XmlElement, name: string, issues: Issues): void {
  const value = element.attr(name)?.trim();
  if (value !== undefined && /^\d{1,15}$/.test(value) && Number(value) > MAX_COUNTER) {
    issues.error('EXTENSION_INVALID_VALUE', `The ${name} ${quote(value)} of <${element.name}> is over ${MAX_COUNTER}, the largest a 32-bit counter holds`, issues.at(element, name));
  }
}

function checkNss(element: XmlElement, name: string, issues: Issues): void {
  const value = element.attr(name)!.trim();
  if (value !== '' && !NSS.test(value)) {
    issues.error('EXTENSION_INVALID_VALUE', `The ${name} ${quote(value)} of <${element.name}> may hold only the characters of a URN's name (no spaces; escape others as %XX)`, issues.at(element, name));
  }
}
