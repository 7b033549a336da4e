import { startTestApp, TEST_ADMIN_KEY, type TestApp } from '../testing/test-app';

const CREATE_PARTNER = `mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { id } }`;
const ISSUE_KEY = `mutation ($partnerId: ID!) { issueApiKey(partnerId: $partnerId) { secret } }`;
const UPSERT = `mutation ($input: UpsertListingsInput!) {
  upsertListings(input: $input) { results { externalId status listingId } }
}`;
const WITHDRAW = `mutation ($ids: [String!]!) { withdrawListings(externalIds: $ids) { withdrawn } }`;
const STATS = `{
  federationStats {
    listings sources foldedSources
    byKind { value label count }
    byDomain { value label count }
    byDepartment { value label count }
    byPartner { value label count }
  }
}`;

const listing = (
  externalId: string,
  { kind = 'NEED', domain, postalCode }: { kind?: string; domain?: string; postalCode?: string },
) => ({
  externalId,
  kind,
  title: `Mission ${externalId}`,
  description: 'Une mission de bénévolat.',
  applyUrl: `https://exemple.fr/${externalId}`,
  domain,
  ...(postalCode ? { addresses: [{ postalCode }] } : { remote: 'REMOTE' }),
});

describe('federationStats', () => {
  let api: TestApp;
  const keys: Record<string, string> = {};
  const ids: Record<string, string> = {};

  const push = async (slug: string, items: unknown[]) => {
    const response = await api.gql(UPSERT, { input: { listings: items } }, keys[slug]);
    for (const result of response.data.upsertListings.results) {
      expect(result.status).toBe('CREATED');
      ids[result.externalId] = result.listingId;
    }
  };
  const stats = async () => {
    const response = await api.gql(STATS);
    expect(response.errors).toBeUndefined();
    return response.data.federationStats;
  };

  beforeAll(async () => {
    api = await startTestApp();
    for (const [slug, name] of [
      ['jeveuxaider', 'JeVeuxAider.gouv.fr'],
      ['entraide-locale', 'Entraide locale'],
    ] as const) {
      const input = { slug, name };
      const id = (await api.gql(CREATE_PARTNER, { input }, TEST_ADMIN_KEY)).data.createPartner.id;
      keys[slug] = (
        await api.gql(ISSUE_KEY, { partnerId: id }, TEST_ADMIN_KEY)
      ).data.issueApiKey.secret;
    }
  });

  afterAll(() => api?.close());

  it('counts nothing on an empty federation, both kinds listed', async () => {
    expect(await stats()).toEqual({
      listings: 0,
      sources: 0,
      foldedSources: 0,
      byKind: [
        { value: 'NEED', label: 'Besoin', count: 0 },
        { value: 'OFFER', label: 'Offre', count: 0 },
      ],
      byDomain: [],
      byDepartment: [],
      byPartner: [],
    });
  });

  it('counts published listings by kind, domain, department and partner, with French labels', async () => {
    await push('jeveuxaider', [
      listing('j1', { domain: 'solidarite-insertion', postalCode: '13001' }),
      listing('j2', { domain: 'solidarite-insertion', postalCode: '13002' }),
      listing('j3', { kind: 'OFFER', domain: 'education', postalCode: '20000' }),
      listing('j4', {}),
    ]);
    await push('entraide-locale', [
      listing('e1', { domain: 'sante', postalCode: '69003' }),
      listing('e2', { domain: 'solidarite-insertion', postalCode: '13001' }),
    ]);
    const result = await stats();
    expect(result).toMatchObject({ listings: 6, sources: 6, foldedSources: 0 });
    expect(result.byKind).toEqual([
      { value: 'NEED', label: 'Besoin', count: 5 },
      { value: 'OFFER', label: 'Offre', count: 1 },
    ]);
    expect(result.byDomain).toEqual([
      { value: 'solidarite-insertion', label: 'Solidarité et insertion', count: 3 },
      { value: 'education', label: 'Éducation pour tous', count: 1 },
      { value: 'sante', label: 'Santé', count: 1 },
    ]);
    expect(result.byDepartment).toEqual([
      { value: '13', label: 'Bouches-du-Rhône', count: 3 },
      { value: '2A', label: 'Corse-du-Sud', count: 1 },
      { value: '69', label: 'Rhône', count: 1 },
    ]);
    expect(result.byPartner).toEqual([
      { value: 'jeveuxaider', label: 'JeVeuxAider.gouv.fr', count: 4 },
      { value: 'entraide-locale', label: 'Entraide locale', count: 2 },
    ]);
  });

  it('counts the duplicates folded into one listing', async () => {
    // What deduplication will do: e2 is j1 published again; attach its source to j1's listing.
    await api.db.dataSource.query(
      'UPDATE listing_source SET listing_id = $1 WHERE listing_id = $2',
      [ids['j1'], ids['e2']],
    );
    await api.db.dataSource.query(
      'UPDATE listing_location SET listing_id = $1 WHERE listing_id = $2',
      [ids['j1'], ids['e2']],
    );
    await api.db.dataSource.query('DELETE FROM listing WHERE id = $1', [ids['e2']]);
    const result = await stats();
    expect(result).toMatchObject({ listings: 5, sources: 6, foldedSources: 1 });
    expect(result.byDepartment[0]).toEqual({ value: '13', label: 'Bouches-du-Rhône', count: 2 });
    expect(result.byPartner).toEqual([
      { value: 'jeveuxaider', label: 'JeVeuxAider.gouv.fr', count: 4 },
      { value: 'entraide-locale', label: 'Entraide locale', count: 2 },
    ]);
  });

  it('leaves withdrawn listings and sources out', async () => {
    await api.gql(WITHDRAW, { ids: ['e1'] }, keys['entraide-locale']);
    const result = await stats();
    expect(result).toMatchObject({ listings: 4, sources: 5, foldedSources: 1 });
    expect(result.byDomain.find((f: { value: string }) => f.value === 'sante')).toBeUndefined();
    expect(result.byDepartment.map((f: { value: string }) => f.value)).toEqual(['13', '2A']);
    expect(result.byPartner).toEqual([
      { value: 'jeveuxaider', label: 'JeVeuxAider.gouv.fr', count: 4 },
      { value: 'entraide-locale', label: 'Entraide locale', count: 1 },
    ]);
  });
});
