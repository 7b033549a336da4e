import { DOMAINS } from '@passerelle/shared-domain';
import { sortTermsByLabel } from './sort-terms-by-label';

describe(sortTermsByLabel.name, () => {
  it('places accented labels among their base letter', () => {
    const sorted = sortTermsByLabel([
      { label: 'Vivre ensemble' },
      { label: 'Éducation pour tous' },
      { label: 'Emploi' },
      { label: 'Animaux' },
    ]);

    expect(sorted.map((term) => term.label)).toEqual([
      'Animaux',
      'Éducation pour tous',
      'Emploi',
      'Vivre ensemble',
    ]);
  });

  it('ignores case', () => {
    const sorted = sortTermsByLabel([{ label: 'numérique' }, { label: 'Mémoire' }]);

    expect(sorted.map((term) => term.label)).toEqual(['Mémoire', 'numérique']);
  });

  it('does not modify the given list', () => {
    const terms = [{ label: 'Sport' }, { label: 'Animaux' }];

    sortTermsByLabel(terms);

    expect(terms.map((term) => term.label)).toEqual(['Sport', 'Animaux']);
  });

  it('orders the 20 domains of the taxonomy alphabetically in French', () => {
    const labels = sortTermsByLabel(DOMAINS).map((domain) => domain.label);

    expect(labels).toHaveLength(20);
    expect(labels.slice(0, 4)).toEqual([
      'Animaux',
      'Bâtiment, industrie, logistique',
      'Bénévolat de compétences',
      'Communication',
    ]);
    expect(labels.indexOf('Éducation pour tous')).toBe(labels.indexOf('Emploi') - 1);
  });
});
