// Slash (`slash:`): the comment count and section of an item, as Slashdot-style sites write them.
export interface Slash {
  section: string | null;
  department: string | null;
  /** The number of comments. */
  comments: number | null;
  /** Comment counts by threshold (slash:hit_parade). */
  hitParade: number[];
}
