// Well-Formed Web comment API (`wfw:`).
export interface Wfw {
  /** The feed of the item's comments. */
  commentRss: string | null;
  /** Where comments are posted. */
  comment: string | null;
}
