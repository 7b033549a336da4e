import { facetLabeller, facetOptions, withCount } from './facets';

const domains = [
  { value: 'sport', label: 'Sport', count: 40 },
  { value: 'education', label: 'Éducation pour tous', count: 12 },
  { value: 'animaux', label: 'Animaux', count: 3 },
];

describe(facetOptions.name, () => {
  it('orders the values by French label, whatever their counts', () => {
    expect(facetOptions(domains, []).map((o) => o.label)).toEqual([
      'Animaux',
      'Éducation pour tous',
      'Sport',
    ]);
  });

  it('keeps a chosen value the facet no longer counts, at 0', () => {
    const options = facetOptions(domains, ['sante'], () => 'Santé');

    expect(options.find((o) => o.value === 'sante')).toEqual({
      value: 'sante',
      label: 'Santé',
      count: 0,
    });
  });

  it('can follow a fixed order', () => {
    const remote = [
      { value: 'REMOTE', label: 'À distance', count: 5 },
      { value: 'ONSITE', label: 'Sur place', count: 50 },
    ];

    expect(
      facetOptions(remote, [], undefined, ['ONSITE', 'HYBRID', 'REMOTE']).map((o) => o.value),
    ).toEqual(['ONSITE', 'REMOTE']);
  });

  it('has nothing before the first answer', () => {
    expect(facetOptions(undefined, [])).toEqual([]);
  });
});

describe(withCount.name, () => {
  it('shows the count in brackets', () => {
    expect(withCount({ value: 'sport', label: 'Sport', count: 12 })).toBe('Sport (12)');
  });
});

describe(facetLabeller.name, () => {
  it('names the values the facet knows', () => {
    const label = facetLabeller([{ value: '69', label: 'Rhône', count: 3 }]);

    expect(label('69')).toBe('Rhône');
    expect(label('75')).toBeUndefined();
  });
});
