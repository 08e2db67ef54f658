// The faults one read tolerated or recovered from, kept with bounded memory: a document of a
// million bare ampersands or stray end tags keeps the first faults of each code and counts the rest.

/** A fault the reader tolerated or recovered from (reported by the validator, and as a warning in lenient mode). */
export interface XmlFault {
  code: string;
  message: string;
  /** Offset in the document text; negative when the fault has no single place. */
  offset: number;
}

/** Faults kept per code; past it, the rest of that code are counted and summed up in one fault. */
export const MAX_FAULTS_PER_CODE = 1000;

export class FaultLog {
  private readonly counts = new Map<string, number>();

  constructor(
    /** Where kept faults go (the caller's array, in the order they were found). */
    readonly faults: XmlFault[],
    private readonly perCode = MAX_FAULTS_PER_CODE,
  ) {}

  add(code: string, message: string, offset: number): void {
    const count = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, count);
    if (count <= this.perCode) this.faults.push({ code, message, offset });
  }

  /**
   * Appends, for each code that overflowed, one fault of that code saying how many more there
   * were. Call once, when the read is over.
   */
  finish(): void {
    for (const [code, count] of this.counts) {
      if (count > this.perCode) {
        this.faults.push({ code, message: `${count - this.perCode} more faults of this kind were left out`, offset: -1 });
      }
    }
    this.counts.clear();
  }
}
