import { ACTIVITIES, DOMAINS, domainLabel, isActivitySlug, isDomainSlug } from './taxonomy';

describe('taxonomy', () => {
  it('has the 20 domains and 52 activities of the national format, each slug once', () => {
    expect(DOMAINS).toHaveLength(20);
    expect(new Set(DOMAINS.map((d) => d.slug)).size).toBe(20);
    expect(ACTIVITIES.length).toBeGreaterThanOrEqual(52);
    expect(new Set(ACTIVITIES.map((a) => a.slug)).size).toBe(ACTIVITIES.length);
  });

  it('labels slugs in French and rejects unknown ones', () => {
    expect(domainLabel('education')).toBe('Éducation pour tous');
    expect(isDomainSlug('solidarite-insertion')).toBe(true);
    expect(isDomainSlug('Solidarité')).toBe(false);
    expect(isActivitySlug('soutien-scolaire')).toBe(true);
    expect(domainLabel('inconnu')).toBeUndefined();
  });
});
