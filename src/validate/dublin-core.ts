// Dublin Core elements and terms in any feed: dates are W3C-DTF, dc:language a language tag.
import type { XmlElement } from '../xml/index.js';
import { quote, valueOf } from './checks.js';
import { isW3cdtfDate } from './dates.js';
import type { Issues } from './report.js';
import { isLanguageTag } from './values.js';

const DC_NS = 'http://purl.org/dc/elements/1.1/';
const DCTERMS_NS = 'http://purl.org/dc/terms/';
const DCTERMS_DATES = new Set(['date', 'created', 'issued', 'modified', 'available', 'dateAccepted', 'dateCopyrighted', 'dateSubmitted']);

/** Dublin Core in a channel/feed or an item/entry: dates are W3C-DTF, dc:language a language tag. */
export function checkDublinCore(parent: XmlElement, issues: Issues): void {
  for (const child of parent.children) {
    if (typeof child === 'string' || (child.ns !== DC_NS && child.ns !== DCTERMS_NS)) continue;
    const value = valueOf(child);
    if ((child.ns === DC_NS && child.local === 'date') || (child.ns === DCTERMS_NS && DCTERMS_DATES.has(child.local))) {
      if (!isW3cdtfDate(value)) {
        issues.error('DATE_NOT_W3CDTF', `<${child.name}> ${quote(value)} is not a W3C-DTF date: write it like "2002-09-07T09:42:31Z"`, issues.at(child));
      }
    } else if (child.ns === DC_NS && child.local === 'language' && !isLanguageTag(value)) {
      issues.error('LANGUAGE_INVALID', `<${child.name}> ${quote(value)} is not a language code such as "en" or "en-us"`, issues.at(child));
    }
  }
}
