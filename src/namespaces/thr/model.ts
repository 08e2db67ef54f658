// Atom threading extensions (RFC 4685, `thr:`).
export interface ThreadInReplyTo {
  /** The id of the resource replied to. */
  ref: string;
  href: string | null;
  type: string | null;
  source: string | null;
}

export interface Thread {
  inReplyTo: ThreadInReplyTo[];
  /** The total number of replies. */
  total: number | null;
}
