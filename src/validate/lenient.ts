// The faults lenient parsing reads past, as validation errors: a document that parseFeed reads
// only by tolerating something is not valid. The lenient mappers themselves find the faults, so
// the validator and the parsers never disagree about what was tolerated.
import { ATOM_03_NS, ATOM_NS, atomFromElement } from '../atom/index.js';
import { isAtomaError } from '../errors.js';
import type { ParseOptions } from '../options.js';
import { RDF_NS, rssFromElement } from '../rss/index.js';
import { leniencyOf } from '../warnings.js';
import { LineIndex, type XmlDocument } from '../xml/index.js';
import type { Issues } from './report.js';

/**
 * Reports each format-level fault lenient mode would read past (items outside the channel, a feed
 * without an id, Atom without its namespace, an entry document, bad base64, …) as an error, unless
 * a rule has already reported an error at the same place.
 */
export function checkLenientFaults(doc: XmlDocument, options: ParseOptions, issues: Issues): void {
  const root = doc.root;
  const leniency = leniencyOf(false);
  const settings: ParseOptions = { ...options, sanitize: false }; // the values are not kept: no need to clean them
  try {
    if ((root.local === 'rss' && root.ns === '') || (root.local === 'RDF' && root.ns === RDF_NS)) {
      rssFromElement(root, settings, [], leniency);
    } else if ((root.local === 'feed' && (root.ns === '' || root.ns === ATOM_NS || root.ns === ATOM_03_NS))
      || (root.local === 'entry' && (root.ns === ATOM_NS || root.ns === ATOM_03_NS))) {
      atomFromElement(root, settings, [], leniency);
    }
  } catch (error) {
    if (isAtomaError(error)) return; // a refusal even lenient mode makes: the rules report the root
    throw error;
  }
  const faults = leniency.formatFaults ?? [];
  if (faults.length === 0) return;
  const lines = new LineIndex(doc.text);
  for (const fault of faults) {
    const { line, column } = lines.positionOf(fault.offset);
    if (issues.list.some((i) => i.severity === 'error' && i.line === line && i.column === column)) continue;
    issues.error(fault.code, fault.message, { offset: fault.offset });
  }
}
