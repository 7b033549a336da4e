import { startTestApp, TEST_ADMIN_KEY, type TestApp } from '../testing/test-app';

const CREATE_PARTNER = `mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { id } }`;
const ISSUE_KEY = `mutation ($partnerId: ID!) { issueApiKey(partnerId: $partnerId) { secret } }`;
const UPSERT = `mutation ($input: UpsertListingsInput!) {
  upsertListings(input: $input) { results { externalId status listingId } }
}`;
const WITHDRAW = `mutation ($ids: [String!]!) { withdrawListings(externalIds: $ids) { withdrawn } }`;

const TITLES: Record<string, string> = {
  m1: 'Collecte de vêtements chauds pour l’hiver',
  'b-m1': 'Collecte de vêtements chauds pour l’hiver',
  evil: 'Atelier de réparation de vélos',
  hidden: 'Lecture à voix haute en médiathèque',
};

const listing = (externalId: string, applyUrl: string) => ({
  externalId,
  title: TITLES[externalId] ?? `Mission ${externalId}`,
  description: `${TITLES[externalId] ?? externalId} : trier, ranger et accueillir le public le samedi.`,
  applyUrl,
  addresses: [{ postalCode: '69003', city: 'Lyon' }],
  organization: {
    name: externalId.endsWith('m1') ? 'Vestiaire solidaire de Lyon' : `Association ${externalId}`,
  },
});

interface Partner {
  id: string;
  key: string;
}

describe('Apply redirect /r/{listingId}[/{partnerSlug}]', () => {
  let api: TestApp;
  let a: Partner;
  let b: Partner;
  const ids: Record<string, string> = {};

  const push = async (partner: Partner, items: unknown[]) => {
    const response = await api.gql(UPSERT, { input: { listings: items } }, partner.key);
    for (const result of response.data.upsertListings.results) {
      expect(result.status).toBe('CREATED');
      ids[result.externalId] = result.listingId;
    }
  };
  const clicks = () =>
    api.db.dataSource.query<Array<{ listing_id: string; partner_id: string | null }>>(
      'SELECT listing_id, partner_id FROM apply_click ORDER BY clicked_at, id',
    );
  const expectNotFoundPage = (response: {
    status: number;
    text: string;
    headers: Record<string, string>;
  }) => {
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
    expect(response.headers['location']).toBeUndefined();
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.text).toContain('<html lang="fr">');
    expect(response.text).toContain('Annonce introuvable');
    expect(response.text).toContain('<a href="/">');
  };

  beforeAll(async () => {
    api = await startTestApp();
    const partner = async (slug: string): Promise<Partner> => {
      const input = { slug, name: `Plateforme ${slug}` };
      const id = (await api.gql(CREATE_PARTNER, { input }, TEST_ADMIN_KEY)).data.createPartner.id;
      const key = (await api.gql(ISSUE_KEY, { partnerId: id }, TEST_ADMIN_KEY)).data.issueApiKey
        .secret;
      return { id, key };
    };
    a = await partner('plateforme-a');
    b = await partner('plateforme-b');
    await push(a, [
      listing('m1', 'https://plateforme-a.example/m1/postuler?source=passerelle'),
      listing('evil', 'https://plateforme-a.example/evil'),
      listing('hidden', 'https://plateforme-a.example/hidden'),
    ]);
    // B publishes the same mission later; deduplication attaches its source to A's listing.
    await push(b, [listing('b-m1', 'https://plateforme-b.example/candidater/m1')]);
    expect(ids['b-m1']).toBe(ids['m1']);
  });

  afterAll(() => api?.close());

  it('answers 302 to the oldest active source’s apply URL and counts the click', async () => {
    const response = await api.http.get(`/r/${ids['m1']}`);
    expect(response.status).toBe(302);
    expect(response.headers['location']).toBe(
      'https://plateforme-a.example/m1/postuler?source=passerelle',
    );
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(await clicks()).toEqual([{ listing_id: ids['m1'], partner_id: a.id }]);
  });

  it('goes to the named platform’s source with a partner slug', async () => {
    const response = await api.http.get(`/r/${ids['m1']}/plateforme-b`);
    expect(response.status).toBe(302);
    expect(response.headers['location']).toBe('https://plateforme-b.example/candidater/m1');
    expect((await clicks()).at(-1)).toEqual({ listing_id: ids['m1'], partner_id: b.id });
  });

  it('keeps nothing about the person who clicked', async () => {
    const columns = await api.db.dataSource.query<Array<{ column_name: string }>>(
      `SELECT column_name FROM information_schema.columns
        WHERE table_name = 'apply_click' ORDER BY column_name`,
    );
    expect(columns.map((c) => c.column_name)).toEqual([
      'clicked_at',
      'id',
      'listing_id',
      'partner_id',
    ]);
  });

  it('does not count a HEAD request (link previews) as a click', async () => {
    const before = (await clicks()).length;
    const response = await api.http.head(`/r/${ids['m1']}`);
    expect(response.status).toBe(302);
    expect(await clicks()).toHaveLength(before);
  });

  it('answers a French 404 page for an unknown or malformed listing id or an unknown partner', async () => {
    const before = (await clicks()).length;
    for (const path of [
      '/r/00000000-0000-4000-8000-000000000000',
      '/r/pas-un-identifiant',
      `/r/${ids['m1']}/plateforme-inconnue`,
      `/r/${ids['m1']}/PLATEFORME-A`,
      '/r/https%3A%2F%2Fevil.example%2F',
      `/r/${ids['m1']}/https%3A%2F%2Fevil.example`,
    ]) {
      expectNotFoundPage(await api.http.get(path));
    }
    expect(await clicks()).toHaveLength(before);
  });

  it('answers 404 once the named platform no longer publishes the listing', async () => {
    await api.gql(WITHDRAW, { ids: ['b-m1'] }, b.key);
    expectNotFoundPage(await api.http.get(`/r/${ids['m1']}/plateforme-b`));
    expect((await api.http.get(`/r/${ids['m1']}`)).status).toBe(302);
  });

  it('answers 404 when no source is active any more', async () => {
    await api.gql(WITHDRAW, { ids: ['m1'] }, a.key);
    expectNotFoundPage(await api.http.get(`/r/${ids['m1']}`));
  });

  it('never follows a URL that is not http(s), even one stored in the database', async () => {
    await api.db.dataSource.query(
      `UPDATE listing_source SET apply_url = 'javascript:alert(document.cookie)' WHERE listing_id = $1`,
      [ids['evil']],
    );
    const before = (await clicks()).length;
    expectNotFoundPage(await api.http.get(`/r/${ids['evil']}`));
    expectNotFoundPage(await api.http.get(`/r/${ids['evil']}/plateforme-a`));
    expect(await clicks()).toHaveLength(before);
  });

  it('does not send people to a listing awaiting moderation', async () => {
    await api.db.dataSource.query(`UPDATE listing SET status = 'PENDING' WHERE id = $1`, [
      ids['hidden'],
    ]);
    expectNotFoundPage(await api.http.get(`/r/${ids['hidden']}`));
  });
});
