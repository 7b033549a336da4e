import { RemoteMode } from '@passerelle/shared-domain';
import { aPayload, MULHOUSE_CITY } from '../testing/factories';
import { blockingKeys } from './blocking-keys';

/** 2027-01-05 (a Tuesday) as a week number: weeks of seven days from the epoch, Monday first. */
const WEEK = Math.floor((Math.floor(Date.UTC(2027, 0, 5) / 86_400_000) + 3) / 7);

describe(blockingKeys.name, () => {
  it('stores a dated source by organization and by title word pairs in its commune, in its start week', () => {
    expect(blockingKeys(aPayload()).stored).toEqual([
      'oa:nmulhouse cite fraternelle:68',
      'oa:rW682001234:68',
      `od:nmulhouse cite fraternelle:${WEEK}`,
      `od:rW682001234:${WEEK}`,
      `td:68224:coteau+maraude:${WEEK}`,
      `td:68224:coteau+quartier:${WEEK}`,
      `td:68224:maraude+quartier:${WEEK}`,
    ]);
  });

  it('looks up the weeks two days around its start, and its organization’s sources without a date', () => {
    const { probes } = blockingKeys(aPayload());
    expect(probes).toEqual(
      expect.arrayContaining([
        `od:rW682001234:${WEEK}`,
        `od:rW682001234:${WEEK - 1}`, // Sunday 3 January 2027 is in the week before
        `td:68224:coteau+maraude:${WEEK}`,
        'ou:rW682001234:68',
      ]),
    );
    expect(probes).not.toContain('oa:rW682001234:68');
    expect(probes).not.toContain('tu:68224:coteau+maraude');
  });

  it('lets a source without a start date look up every source of its organization', () => {
    const keys = blockingKeys(aPayload({ startsAt: null }));
    expect(keys.stored).toContain('ou:rW682001234:68');
    expect(keys.stored).toContain('tu:68224:coteau+maraude');
    expect(keys.probes).toContain('oa:rW682001234:68');
  });

  it('makes two writings of the same mission meet', () => {
    const a = blockingKeys(aPayload());
    const b = blockingKeys(
      aPayload({
        title: 'Appel à bénévoles : MARAUDE DU SOIR dans le quartier Coteaux à Mulhouse',
        startsAt: '2027-01-03T00:00:00.000Z',
        locations: [MULHOUSE_CITY],
        organization: { name: 'Asso. Mulhouse Cité Fraternelle', rna: null, siren: null },
      }),
    );
    expect(b.probes.filter((key) => a.stored.includes(key)).length).toBeGreaterThanOrEqual(3);
    expect(a.probes.filter((key) => b.stored.includes(key)).length).toBeGreaterThanOrEqual(3);
  });

  it('keys remote missions without a place', () => {
    const keys = blockingKeys(
      aPayload({ remote: RemoteMode.REMOTE, title: 'Mentorat en ligne', startsAt: null }),
    );
    expect(keys.stored).toContain('tu:-:ligne+mentorat');
    expect(keys.stored).toContain('oa:rW682001234:-');
  });
});
