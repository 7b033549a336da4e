const frenchCollator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * Sorts taxonomy terms the way a French reader expects (accents folded: "Éducation" sits among
 * the E, not after Z), without touching the input.
 */
export function sortTermsByLabel<T extends { readonly label: string }>(terms: readonly T[]): T[] {
  return [...terms].sort((a, b) => frenchCollator.compare(a.label, b.label));
}
