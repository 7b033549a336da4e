import { ListingKind } from '@passerelle/shared-domain';
import { departmentLabel, domainFacetLabel, kindLabel, sortFacets } from './facet-labels';

describe('facet labels', () => {
  it('names kinds, domains and departments in French', () => {
    expect(kindLabel(ListingKind.NEED)).toBe('Besoin');
    expect(kindLabel(ListingKind.OFFER)).toBe('Offre');
    expect(domainFacetLabel('solidarite-insertion')).toBe('Solidarité et insertion');
    expect(departmentLabel('2A')).toBe('Corse-du-Sud');
    expect(departmentLabel('971')).toBe('Guadeloupe');
  });

  it('falls back to the value itself when it is unknown', () => {
    expect(domainFacetLabel('inconnu')).toBe('inconnu');
    expect(departmentLabel('99')).toBe('99');
  });

  it('sorts facets by count, then by label in French order', () => {
    const sorted = sortFacets([
      { value: 'b', label: 'Éducation', count: 2 },
      { value: 'c', label: 'Zoologie', count: 5 },
      { value: 'a', label: 'Emploi', count: 2 },
      { value: 'd', label: 'Animaux', count: 2 },
    ]);
    expect(sorted.map((f) => f.label)).toEqual(['Zoologie', 'Animaux', 'Éducation', 'Emploi']);
  });
});
