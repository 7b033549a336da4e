import { startTestApp, TEST_ADMIN_KEY, type TestApp } from '../testing/test-app';

const CREATE_PARTNER = `mutation ($slug: String!) { createPartner(input: { slug: $slug, name: $slug }) { id } }`;
const ISSUE_KEY = `mutation ($partnerId: ID!) { issueApiKey(partnerId: $partnerId) { secret } }`;
const UPSERT = `mutation ($input: UpsertListingsInput!) {
  upsertListings(input: $input) { results { externalId status listingId errors { code } } }
}`;
const CANDIDATES = `query ($first: Int, $after: String) {
  duplicateCandidates(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id score
      signals { name value weight veto detail }
      first { sourceId listingId partnerSlug partnerName externalId title city departmentCode organizationName applyUrl }
      second { sourceId listingId partnerSlug externalId title city }
    } }
  }
}`;
const MERGE = `mutation ($source: ID!, $target: ID!, $reason: String!) {
  mergeListings(sourceListingId: $source, targetListingId: $target, reason: $reason) {
    listingIds withdrawnListingIds decisionCount
  }
}`;
const SPLIT = `mutation ($sourceId: ID!, $reason: String!) {
  splitListingSource(sourceId: $sourceId, reason: $reason) { listingIds withdrawnListingIds decisionCount }
}`;
const DISMISS = `mutation ($candidateId: ID!, $reason: String!) {
  dismissDuplicateCandidate(candidateId: $candidateId, reason: $reason) { listingIds decisionCount }
}`;

/** A mission of `Les Amis du Canal` in Lyon, as platform A writes it. */
const onA = (externalId: string, extra: Record<string, unknown> = {}) => ({
  externalId,
  title: 'Distribution alimentaire aux familles du quartier Moncey',
  description:
    '<p>Préparer et distribuer les colis alimentaires aux familles inscrites, accueillir les bénéficiaires et ranger la réserve.</p>',
  applyUrl: `https://plateforme-a.example/missions/${externalId}`,
  domain: 'solidarite-insertion',
  startsAt: '2027-02-06',
  endsAt: '2027-06-30',
  addresses: [
    { street: '8 rue Moncey', postalCode: '69003', city: 'Lyon', lat: 45.7573, lon: 4.8446 },
  ],
  organization: { name: 'Les Amis du Canal', rna: 'W691000123' },
  ...extra,
});

/** The same mission on platform B: reworded, plain text, the city only, no RNA. */
const onB = (externalId: string, extra: Record<string, unknown> = {}) => ({
  externalId,
  title: 'Bénévole – distribution alimentaire aux familles du quartier Moncey à Lyon',
  description:
    'Préparer et distribuer les colis alimentaires aux familles inscrites, accueillir les beneficiaires et ranger la reserve.',
  applyUrl: `https://plateforme-b.example/annonces/${externalId}`,
  domain: 'solidarite-insertion',
  startsAt: '07/02/2027',
  addresses: [{ postalCode: '69003', city: 'Lyon' }],
  organization: { name: 'Asso Les Amis du Canal' },
  ...extra,
});

const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

describe('Deduplication: operators’ GraphQL', () => {
  let api: TestApp;
  const partners: Record<string, string> = {};
  let partnerKey: string;

  const push = async (partner: string, listings: unknown[]) => {
    const response = await api.gql(
      UPSERT,
      { input: { partnerId: partners[partner], listings } },
      TEST_ADMIN_KEY,
    );
    expect(response.errors).toBeUndefined();
    return response.data.upsertListings.results as Array<{
      externalId: string;
      status: string;
      listingId: string;
    }>;
  };
  const sourceId = async (externalId: string) =>
    (
      await api.db.dataSource.query<[{ id: string }]>(
        'SELECT id FROM listing_source WHERE external_id = $1',
        [externalId],
      )
    )[0].id;

  beforeAll(async () => {
    api = await startTestApp({ env: { DEMO_DATA: 'false' } });
    for (const slug of ['plateforme-a', 'plateforme-b'])
      partners[slug] = (
        await api.gql(CREATE_PARTNER, { slug }, TEST_ADMIN_KEY)
      ).data.createPartner.id;
    partnerKey = (await api.gql(ISSUE_KEY, { partnerId: partners['plateforme-a'] }, TEST_ADMIN_KEY))
      .data.issueApiKey.secret;
  });

  afterAll(() => api?.close());

  it('folds the same mission pushed by two platforms into one listing', async () => {
    const [a] = await push('plateforme-a', [onA('A-1')]);
    const [b] = await push('plateforme-b', [onB('B-1')]);
    expect(b).toMatchObject({ status: 'CREATED', listingId: a!.listingId });
  });

  it('lists close calls for an administrator only, with scores and signals', async () => {
    await push('plateforme-a', [
      onA('A-2', {
        title: 'Maraude du soir dans le quartier Guillotière',
        description: '<p>Aller à la rencontre des personnes sans-abri avec une boisson chaude.</p>',
      }),
    ]);
    await push('plateforme-b', [
      onB('B-2', {
        title: 'Maraude du soir',
        description: 'Accompagner les équipes de la maraude, le soir, dans le quartier.',
      }),
    ]);
    const response = await api.gql(CANDIDATES, { first: 10 }, TEST_ADMIN_KEY);
    expect(response.errors).toBeUndefined();
    const { totalCount, edges } = response.data.duplicateCandidates;
    expect(totalCount).toBe(1);
    const node = edges[0].node;
    expect(node.score).toBeGreaterThanOrEqual(0.6);
    expect(node.score).toBeLessThan(0.8);
    expect(node.signals.map((s: { name: string }) => s.name)).toEqual(
      expect.arrayContaining(['TITLE_SIMILARITY', 'DESCRIPTION_SIMILARITY', 'PLACE_DISTANCE_KM']),
    );
    expect([node.first.externalId, node.second.externalId].sort()).toEqual(['A-2', 'B-2']);
    expect(node.first).toMatchObject({ city: 'Lyon', departmentCode: '69' });
    expect(node.first.listingId).not.toBe(node.second.listingId);

    expect(codeOf(await api.gql(CANDIDATES, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql(CANDIDATES, {}, partnerKey))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(CANDIDATES, { after: 'nonsense' }, TEST_ADMIN_KEY))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('merges two listings on an operator’s decision, recording who and why', async () => {
    const { edges } = (await api.gql(CANDIDATES, { first: 10 }, TEST_ADMIN_KEY)).data
      .duplicateCandidates;
    const { first, second } = edges[0].node;
    const forbidden = await api.gql(
      MERGE,
      { source: second.listingId, target: first.listingId, reason: 'même maraude' },
      partnerKey,
    );
    expect(codeOf(forbidden)).toBe('FORBIDDEN');

    const response = await api.gql(
      MERGE,
      { source: second.listingId, target: first.listingId, reason: 'même maraude' },
      TEST_ADMIN_KEY,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.mergeListings).toEqual({
      listingIds: [first.listingId],
      withdrawnListingIds: [second.listingId],
      decisionCount: 1,
    });
    const [decision] = await api.db.dataSource.query<
      Array<{ decision: string; reason: string; decided_by: string }>
    >('SELECT decision, reason, decided_by FROM duplicate_decision');
    expect(decision).toEqual({
      decision: 'MERGE',
      reason: 'même maraude',
      decided_by: 'admin:bootstrap-key',
    });
    const after = await api.gql(CANDIDATES, {}, TEST_ADMIN_KEY);
    expect(after.data.duplicateCandidates.totalCount).toBe(0);
    const [{ status }] = await api.db.dataSource.query<[{ status: string }]>(
      'SELECT status FROM listing WHERE id = $1',
      [second.listingId],
    );
    expect(status).toBe('WITHDRAWN');
  });

  it('splits a source out of its listing for good', async () => {
    const source = await sourceId('B-1');
    const response = await api.gql(
      SPLIT,
      { sourceId: source, reason: 'deux distributions différentes' },
      TEST_ADMIN_KEY,
    );
    expect(response.errors).toBeUndefined();
    const { listingIds, decisionCount } = response.data.splitListingSource;
    expect(listingIds).toHaveLength(2);
    expect(decisionCount).toBe(1);

    // The partner sends it again, changed: it stays apart.
    const [again] = await push('plateforme-b', [onB('B-1', { places: 4 })]);
    const [a] = await push('plateforme-a', [onA('A-1')]);
    expect(again!.status).toBe('UPDATED');
    expect(again!.listingId).not.toBe(a!.listingId);

    const alone = await api.gql(SPLIT, { sourceId: source, reason: 'encore' }, TEST_ADMIN_KEY);
    expect(codeOf(alone)).toBe('BAD_USER_INPUT');
  });

  it('dismisses a candidate without moving anything', async () => {
    await push('plateforme-a', [
      onA('A-3', {
        title: 'Collecte alimentaire au supermarché du quartier',
        description: '<p>Présenter la collecte aux clients et recevoir les dons.</p>',
      }),
    ]);
    await push('plateforme-b', [
      onB('B-3', {
        title: 'Collecte alimentaire',
        description: 'Trier les denrées et les conditionner dans des cartons.',
      }),
    ]);
    const { edges } = (await api.gql(CANDIDATES, {}, TEST_ADMIN_KEY)).data.duplicateCandidates;
    expect(edges).toHaveLength(1);
    const response = await api.gql(
      DISMISS,
      { candidateId: edges[0].node.id, reason: 'deux collectes' },
      TEST_ADMIN_KEY,
    );
    expect(response.data.dismissDuplicateCandidate.decisionCount).toBe(1);
    expect(
      (await api.gql(CANDIDATES, {}, TEST_ADMIN_KEY)).data.duplicateCandidates.totalCount,
    ).toBe(0);
  });

  it('answers NOT_FOUND for unknown listings and BAD_USER_INPUT without a reason', async () => {
    const [a] = await push('plateforme-a', [onA('A-1')]);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(
      codeOf(
        await api.gql(
          MERGE,
          { source: unknown, target: a!.listingId, reason: 'x' },
          TEST_ADMIN_KEY,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(
        await api.gql(
          MERGE,
          { source: 'pas-un-id', target: a!.listingId, reason: 'x' },
          TEST_ADMIN_KEY,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(
        await api.gql(SPLIT, { sourceId: await sourceId('A-1'), reason: '  ' }, TEST_ADMIN_KEY),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});
