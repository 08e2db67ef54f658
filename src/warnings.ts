// Lenient mode's account of what it read past: the faults of one parse, as positioned warnings.
import type { WarningCode } from './codes.js';
import { escapeControls, LineIndex, type XmlFault } from './xml/index.js';

/** A recoverable fault that lenient mode read past (see the README's warning codes). */
export interface ParseWarning {
  code: WarningCode;
  message: string;
  line: number | null;
  column: number | null;
}

/**
 * At most this many warnings are kept per parse; past it, one `TOO_MANY_WARNINGS` warning says
 * how many more there were, so a document of a million bare ampersands costs bounded memory.
 */
export const MAX_WARNINGS = 1000;

// Noted by the XML reader, but not a fault of the document: a DOCTYPE is allowed (its entities are
// reported where they are used).
const NOT_FAULTS = new Set(['XML_DOCTYPE']);

/** A fault found at an offset into the document text (negative: no single place). */
export interface Fault {
  code: WarningCode;
  message: string;
  offset: number;
}

/**
 * A fault list that keeps the first MAX_WARNINGS faults pushed and counts the rest, so that a
 * document of a million bare ampersands costs a thousand faults of memory, not a million. The XML
 * reader pushes into it as into any array. Faults without a place (negative offset: the reader's
 * count of the faults of one kind it left out) are always kept: there is at most one per kind.
 */
export class FaultList<F extends Fault = XmlFault> extends Array<F> {
  /** Faults pushed past the capacity: counted, not kept. */
  dropped = 0;

  // Derived arrays (map, filter, slice) are plain arrays, without the cap.
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  override push(...faults: F[]): number {
    for (const fault of faults) {
      if (NOT_FAULTS.has(fault.code)) continue;
      if (this.length < MAX_WARNINGS || fault.offset < 0) super.push(fault);
      else this.dropped++;
    }
    return this.length;
  }
}

/**
 * How one parse treats faults a format room can read past. Strict mode throws where Atoma does;
 * lenient mode records the fault (at an offset into the document text) and reads on. Both modes
 * run the same code: only what happens at a fault differs.
 */
export interface Leniency {
  readonly strict: boolean;
  /** What the XML reader tolerated or recovered from (lenient mode); null in strict mode. */
  readonly faults: FaultList<XmlFault> | null;
  /** What the format room read past (lenient mode), kept apart so the XML reader's faults cannot crowd it out. */
  readonly formatFaults: FaultList<Fault> | null;
}

export const STRICT: Leniency = Object.freeze({ strict: true, faults: null, formatFaults: null });

export function leniencyOf(strict: boolean): Leniency {
  return strict ? STRICT : { strict: false, faults: new FaultList<XmlFault>(), formatFaults: new FaultList<Fault>() };
}

/** Records a fault lenient mode read past (nothing in strict mode, whose caller has thrown instead). */
export function tolerate(leniency: Leniency, code: WarningCode, message: string, offset: number): void {
  leniency.formatFaults?.push({ code, message, offset });
}

/** The warnings of one parse: the XML reader's faults and the format room's, in document order. */
export function warningsOfParse(leniency: Leniency, text: string): ParseWarning[] {
  if (leniency.faults === null || leniency.formatFaults === null) return [];
  const dropped = leniency.faults.dropped + leniency.formatFaults.dropped;
  return warningsOf([...leniency.faults, ...leniency.formatFaults], text, dropped);
}

/**
 * The faults as warnings: at most MAX_WARNINGS with a place (line and column of their offset into
 * `text`), in document order, then those without one (a negative offset), then — when `dropped`
 * or more placed faults were left out — one TOO_MANY_WARNINGS that counts them.
 */
export function warningsOf(faults: readonly Fault[], text: string, dropped = 0): ParseWarning[] {
  let placed = faults.filter((fault) => fault.offset >= 0 && !NOT_FAULTS.has(fault.code));
  const unplaced = faults.filter((fault) => fault.offset < 0 && !NOT_FAULTS.has(fault.code));
  if (placed.length === 0 && unplaced.length === 0 && dropped === 0) return [];
  if (!inOrder(placed)) placed = placed.map((fault, index) => ({ fault, index })).sort(byOffset).map((entry) => entry.fault);
  const lines = new LineIndex(text);
  const warnings: ParseWarning[] = placed.slice(0, MAX_WARNINGS).map(({ code, message, offset }) => {
    const { line, column } = lines.positionOf(offset);
    return { code, message: escapeControls(message), line, column };
  });
  const more = placed.length - warnings.length + dropped;
  for (const { code, message } of unplaced) warnings.push({ code, message: escapeControls(message), line: null, column: null });
  if (more > 0) {
    warnings.push({ code: 'TOO_MANY_WARNINGS', message: `${more} more warnings were left out`, line: null, column: null });
  }
  return warnings;
}

function inOrder(faults: readonly Fault[]): boolean {
  for (let i = 1; i < faults.length; i++) if (faults[i]!.offset < faults[i - 1]!.offset) return false;
  return true;
}

// Stable: faults at one offset keep the order they were found in.
function byOffset(a: { fault: Fault; index: number }, b: { fault: Fault; index: number }): number {
  return a.fault.offset - b.fault.offset || a.index - b.index;
}
