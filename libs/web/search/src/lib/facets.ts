/** A facet value as the API gives it. */
export interface FacetCount {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

/** A choice of the sidebar: a facet value, or a chosen value the facet no longer counts. */
export interface FacetOption {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * The choices of a filter: the facet's values and the chosen ones (count 0 when the facet has
 * none left, so they can still be unchecked), in a stable order — by label, or in the given
 * order of values — so that checkboxes do not move when counts change.
 */
export function facetOptions(
  facet: readonly FacetCount[] | undefined,
  selected: readonly string[],
  fallbackLabel: (value: string) => string = (value) => value,
  order?: readonly string[],
): FacetOption[] {
  const byValue = new Map<string, FacetOption>();
  for (const item of facet ?? []) byValue.set(item.value, item);
  for (const value of selected) {
    if (!byValue.has(value)) byValue.set(value, { value, label: fallbackLabel(value), count: 0 });
  }
  const options = [...byValue.values()];
  if (order) {
    const rank = (value: string) => {
      const index = order.indexOf(value);
      return index === -1 ? order.length : index;
    };
    return options.sort((a, b) => rank(a.value) - rank(b.value));
  }
  return options.sort((a, b) => collator.compare(a.label, b.label));
}

/** "Santé (12)": the label of a choice with its count. */
export const withCount = (option: FacetOption) => `${option.label} (${option.count})`;

/** Name of a value from a facet ("69" → "Rhône"), if it has one. */
export function facetLabeller(
  facet: readonly FacetCount[] | undefined,
): (value: string) => string | undefined {
  const labels = new Map((facet ?? []).map((item) => [item.value, item.label]));
  return (value) => labels.get(value);
}
