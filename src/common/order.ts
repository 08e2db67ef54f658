// Streamed items in document order. An item or entry left open (lenient mode) ends after the ones
// read inside it, so it is mapped after them but belongs before them.

/** A list of mapped elements kept in the order of their start offsets. */
export class DocumentOrder<T> {
  readonly values: T[] = [];
  private readonly starts: number[] = [];

  /** Adds `value`, mapped from an element that starts at `start`: at the end, unless it held earlier ones. */
  add(value: T, start: number): void {
    let at = this.values.length;
    while (at > 0 && this.starts[at - 1]! > start) at--;
    if (at === this.values.length) {
      this.values.push(value);
      this.starts.push(start);
    } else {
      this.values.splice(at, 0, value);
      this.starts.splice(at, 0, start);
    }
  }
}
