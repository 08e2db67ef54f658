// UserLand's Creative Commons module (`creativeCommons:`).
export interface CreativeCommons {
  /** Every creativeCommons:license URL, in order. */
  licenses: string[];
}
