// The syndication module (`sy:`): how often the channel is updated.
export interface Syndication {
  /** 'hourly', 'daily', 'weekly', 'monthly' or 'yearly', as written. */
  updatePeriod: string | null;
  /** Updates per period. */
  updateFrequency: number | null;
  /** The instant the update schedule counts from. */
  updateBase: Date | null;
}
