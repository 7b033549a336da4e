/** A taxonomy term as the API gives it: a stable slug and its French label. */
export interface TaxonomyTerm {
  readonly slug: string;
  readonly label: string;
}
