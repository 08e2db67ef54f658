// Lenient mode's account of what it read past: the faults of one parse, as positioned warnings.
import { LineIndex, type XmlFault } from './xml/index.js';

/** A recoverable fault that lenient mode read past (see the README's warning codes). */
export interface ParseWarning {
  code: string;
  message: string;
  line: number | null;
  column: number | null;
}

/**
 * At most this many warnings are kept per parse; past it, one `TOO_MANY_WARNINGS` warning says
 * how many more there were, so a document of a million bare ampersands costs bounded memory.
 */
export const MAX_WARNINGS = 1000;

/**
 * How one parse treats faults a format room can read past. Strict mode throws where Atoma does;
 * lenient mode records the fault (at an offset into the document text) and reads on. Both modes
 * run the same code: only what happens at a fault differs.
 */
export interface Leniency {
  readonly strict: boolean;
  /** Where lenient mode records its faults; null in strict mode. */
  readonly faults: XmlFault[] | null;
}

export const STRICT: Leniency = Object.freeze({ strict: true, faults: null });

export function leniencyOf(strict: boolean): Leniency {
  return strict ? STRICT : { strict: false, faults: [] };
}

/** Records a fault lenient mode read past (nothing in strict mode, whose caller has thrown instead). */
export function tolerate(leniency: Leniency, code: string, message: string, offset: number): void {
  leniency.faults?.push({ code, message, offset });
}

// Noted by the XML reader, but not a fault of the document: a DOCTYPE is allowed (its entities are
// reported where they are used).
const NOT_FAULTS = new Set(['XML_DOCTYPE']);

/** The faults as warnings with line and column (offsets into `text`; a negative offset has no position), in document order. */
export function warningsOf(faults: readonly XmlFault[], text: string): ParseWarning[] {
  if (faults.length === 0) return [];
  let kept = faults.filter((fault) => !NOT_FAULTS.has(fault.code));
  if (kept.length === 0) return [];
  if (!inOrder(kept)) kept = kept.map((fault, index) => ({ fault, index })).sort(byOffset).map((entry) => entry.fault);
  const lines = new LineIndex(text);
  const warnings: ParseWarning[] = kept.slice(0, MAX_WARNINGS).map(({ code, message, offset }) => {
    if (offset < 0) return { code, message, line: null, column: null };
    const { line, column } = lines.positionOf(offset);
    return { code, message, line, column };
  });
  if (kept.length > MAX_WARNINGS) {
    warnings.push({
      code: 'TOO_MANY_WARNINGS',
      message: `${kept.length - MAX_WARNINGS} more warnings were left out`,
      line: null,
      column: null,
    });
  }
  return warnings;
}

function inOrder(faults: readonly XmlFault[]): boolean {
  for (let i = 1; i < faults.length; i++) if (faults[i]!.offset < faults[i - 1]!.offset) return false;
  return true;
}

// Stable: faults at one offset keep the order they were found in.
function byOffset(a: { fault: XmlFault; index: number }, b: { fault: XmlFault; index: number }): number {
  return a.fault.offset - b.fault.offset || a.index - b.index;
}
