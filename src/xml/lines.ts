// Offsets in a document's text → 1-based line and column. A line ends at "\r\n", "\n" or a lone
// "\r" (XML 1.0 §2.11 reads all three as one line break; old Mac files use "\r" alone).

const LINE_BREAK = /\r\n?|\n/g;

/** Line starts of a text, built once, so each position costs a binary search, not a scan. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    LINE_BREAK.lastIndex = 0;
    for (let m = LINE_BREAK.exec(text); m !== null; m = LINE_BREAK.exec(text)) this.starts.push(m.index + m[0].length);
  }

  positionOf(offset: number): { line: number; column: number } {
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  }
}

/** Line and column (1-based) of one offset in `text`: a scan up to it, for a single position (an error's). */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
