import { startTestApp, TEST_ADMIN_KEY, type TestApp } from '../testing/test-app';

const CREATE_PARTNER = `mutation ($slug: String!) { createPartner(input: { slug: $slug, name: $slug }) { id } }`;
const ISSUE_KEY = `mutation ($partnerId: ID!) { issueApiKey(partnerId: $partnerId) { secret } }`;
const UPSERT = `mutation ($input: UpsertListingsInput!) {
  upsertListings(input: $input) {
    syncRun { id status trigger counts { received created updated unchanged rejected withdrawn } }
    results { externalId status listingId errors { path code message } warnings { code } }
  }
}`;
const WITHDRAW = `mutation ($ids: [String!]!) { withdrawListings(externalIds: $ids) { withdrawn notFound } }`;

const listing = (externalId: string, extra: Record<string, unknown> = {}) => ({
  externalId,
  title: `Distribution alimentaire ${externalId}`,
  description: '<p>Préparer et distribuer des colis <script>alert(1)</script>le samedi matin.</p>',
  applyUrl: `https://jeveuxaider.example/missions/${externalId}`,
  domain: 'solidarite-insertion',
  startsAt: '05/01/2027',
  addresses: [{ postalCode: '13001', city: 'Marseille' }],
  organization: { name: 'Épicerie solidaire du Panier', rna: 'W133000001' },
  ...extra,
});

const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

describe('Partner push: upsertListings and withdrawListings', () => {
  let api: TestApp;
  let partnerId: string;
  let otherPartnerId: string;
  let key: string;

  beforeAll(async () => {
    api = await startTestApp();
    partnerId = (await api.gql(CREATE_PARTNER, { slug: 'plateforme-a' }, TEST_ADMIN_KEY)).data
      .createPartner.id;
    otherPartnerId = (await api.gql(CREATE_PARTNER, { slug: 'plateforme-b' }, TEST_ADMIN_KEY)).data
      .createPartner.id;
    key = (await api.gql(ISSUE_KEY, { partnerId }, TEST_ADMIN_KEY)).data.issueApiKey.secret;
  });

  afterAll(() => api?.close());

  it('answers one result per item, in order, and lands the valid ones', async () => {
    const response = await api.gql(
      UPSERT,
      {
        input: {
          listings: [listing('a1'), listing('bad', { title: ' ', places: 0 }), listing('a2')],
        },
      },
      key,
    );
    expect(response.errors).toBeUndefined();
    const { syncRun, results } = response.data.upsertListings;
    expect(
      results.map((r: { externalId: string; status: string }) => [r.externalId, r.status]),
    ).toEqual([
      ['a1', 'CREATED'],
      ['bad', 'REJECTED'],
      ['a2', 'CREATED'],
    ]);
    expect(results[1].errors.map((e: { code: string }) => e.code)).toEqual(
      expect.arrayContaining(['TITLE_MISSING', 'PLACES_INVALID']),
    );
    expect(results[1].errors[0].message).toMatch(/[éèà]|obligatoire/);
    expect(syncRun).toMatchObject({
      status: 'SUCCEEDED',
      trigger: 'PUSH',
      counts: { received: 3, created: 2, rejected: 1 },
    });
    const [stored] = await api.db.dataSource.query<Array<{ description: string }>>(
      'SELECT description FROM listing WHERE id = $1',
      [results[0].listingId],
    );
    expect(stored?.description).not.toContain('<script>');
  });

  it('reports identical content as UNCHANGED', async () => {
    const response = await api.gql(UPSERT, { input: { listings: [listing('a1')] } }, key);
    expect(response.data.upsertListings.results[0].status).toBe('UNCHANGED');
  });

  it('refuses more than 1,000 items in one call with a coded error', async () => {
    const listings = Array.from({ length: 1_001 }, (_, i) => listing(`big-${i}`));
    const response = await api.gql(UPSERT, { input: { listings } }, key);
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(
      /Au plus 1\s000 annonces par appel \(reçu 1\s001\)/,
    );
  });

  it('forbids a partner key to push for another partner, and anonymous pushes', async () => {
    const other = await api.gql(
      UPSERT,
      { input: { partnerId: otherPartnerId, listings: [listing('x')] } },
      key,
    );
    expect(codeOf(other)).toBe('FORBIDDEN');
    const anonymous = await api.gql(UPSERT, { input: { listings: [listing('x')] } });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
  });

  it('lets an administrator push for a named partner only', async () => {
    const unnamed = await api.gql(
      UPSERT,
      { input: { listings: [listing('adm')] } },
      TEST_ADMIN_KEY,
    );
    expect(codeOf(unnamed)).toBe('BAD_USER_INPUT');
    const named = await api.gql(
      UPSERT,
      { input: { partnerId: otherPartnerId, listings: [listing('adm')] } },
      TEST_ADMIN_KEY,
    );
    expect(named.data.upsertListings.results[0].status).toBe('CREATED');
  });

  it('withdraws listings by external id', async () => {
    const response = await api.gql(WITHDRAW, { ids: ['a2', 'inconnu'] }, key);
    expect(response.data.withdrawListings).toEqual({ withdrawn: ['a2'], notFound: ['inconnu'] });
    const partner = await api.gql(`{ partner(slug: "plateforme-a") { listingCount } }`, {}, key);
    expect(partner.data.partner.listingCount).toBe(1);
  });
});
