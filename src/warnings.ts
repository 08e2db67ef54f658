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

/** The faults as warnings with line and column (offsets into `text`; a negative offset has no position). */
export function warningsOf(faults: readonly XmlFault[], text: string): ParseWarning[] {
  if (faults.length === 0) return [];
  const lines = new LineIndex(text);
  const kept = faults.length > MAX_WARNINGS ? faults.slice(0, MAX_WARNINGS) : faults;
  const warnings: ParseWarning[] = kept.map(({ code, message: raw, offset }) => {
    const message = escapeControls(raw);
    if (offset < 0) return { code, message, line: null, column: null };
    const { line, column } = lines.positionOf(offset);
    return { code, message, line, column };
  });
  if (faults.length > MAX_WARNINGS) {
    warnings.push({
      code: 'TOO_MANY_WARNINGS',
      message: `${faults.length - MAX_WARNINGS} more warnings were left out`,
      line: null,
      column: null,
    });
  }
  return warnings;
}
