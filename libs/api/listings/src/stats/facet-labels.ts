import { departmentByCode } from '@passerelle/api-geo';
import { domainLabel, ListingKind } from '@passerelle/shared-domain';
import type { FacetCountObject } from './facet-count.object';

/** French label of a listing kind, as facets show it. */
export function kindLabel(kind: ListingKind): string {
  switch (kind) {
    case ListingKind.NEED:
      return 'Besoin';
    case ListingKind.OFFER:
      return 'Offre';
  }
}

/** Taxonomy label of a domain; an unknown slug is its own label. */
export function domainFacetLabel(slug: string): string {
  return domainLabel(slug) ?? slug;
}

/** Name of a department or overseas collectivity (`2A` → `Corse-du-Sud`); unknown: the code. */
export function departmentLabel(code: string): string {
  return departmentByCode(code)?.name ?? code;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Facets as shown: most frequent first, then by label in French order. */
export function sortFacets(facets: readonly FacetCountObject[]): FacetCountObject[] {
  return [...facets].sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
}
