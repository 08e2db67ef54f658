// One XML read in the parse's mode: lenient mode recovers from broken structure and an unknown
// encoding label, and collects the reader's faults for the warnings; strict mode throws at the first one.
import type { FeedInput, ParseOptions } from '../options.js';
import type { Leniency } from '../warnings.js';
import { parseXml, type XmlDocument, type XmlElement } from '../xml/index.js';

export function readXml(
  input: FeedInput, settings: ParseOptions, leniency: Leniency, onElementEnd?: (element: XmlElement) => boolean,
): XmlDocument {
  const lenient = !leniency.strict;
  return parseXml(input, { ...settings, onElementEnd, faults: leniency.faults ?? undefined, recover: lenient, readUnknownEncoding: lenient });
}
