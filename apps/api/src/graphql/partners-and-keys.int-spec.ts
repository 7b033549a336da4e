import { ApiKeyEntity } from '@passerelle/api-db';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from '../testing/test-app';

const CREATE_PARTNER = `mutation ($input: CreatePartnerInput!) {
  createPartner(input: $input) { id slug name url contactEmail listingCount }
}`;
const ISSUE_KEY = `mutation ($partnerId: ID!, $label: String) {
  issueApiKey(partnerId: $partnerId, label: $label) {
    secret
    apiKey { id prefix label createdAt lastUsedAt revokedAt }
  }
}`;
const REVOKE_KEY = `mutation ($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`;
const PARTNER = `query ($slug: String!) {
  partner(slug: $slug) {
    id slug name listingCount
    apiKeys { id prefix label lastUsedAt revokedAt }
    feeds { id }
    syncRuns(first: 5) { totalCount edges { cursor } pageInfo { hasNextPage } }
  }
}`;

const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

describe('Operators: partners and API keys', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(async () => {
    await api?.close();
  });

  async function createPartner(slug: string): Promise<{ id: string; slug: string }> {
    const response = await api.gql(
      CREATE_PARTNER,
      { input: { slug, name: `Plateforme ${slug}` } },
      TEST_ADMIN_KEY,
    );
    expect(response.errors).toBeUndefined();
    return response.data.createPartner as { id: string; slug: string };
  }

  async function issueKey(partnerId: string, secret = TEST_ADMIN_KEY, label?: string) {
    const response = await api.gql(ISSUE_KEY, { partnerId, label }, secret);
    expect(response.errors).toBeUndefined();
    return response.data.issueApiKey as {
      secret: string;
      apiKey: { id: string; prefix: string; label: string | null };
    };
  }

  it('lets the admin create a partner and issue a key whose secret works at once', async () => {
    const created = await api.gql(
      CREATE_PARTNER,
      {
        input: {
          slug: 'je-veux-aider',
          name: 'JeVeuxAider',
          url: 'https://www.jeveuxaider.gouv.fr',
          contactEmail: 'contact@jeveuxaider.gouv.fr',
        },
      },
      TEST_ADMIN_KEY,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data.createPartner).toMatchObject({
      slug: 'je-veux-aider',
      name: 'JeVeuxAider',
      url: 'https://www.jeveuxaider.gouv.fr',
      contactEmail: 'contact@jeveuxaider.gouv.fr',
      listingCount: 0,
    });

    const issued = await issueKey(created.data.createPartner.id, TEST_ADMIN_KEY, 'Production');
    expect(issued.secret).toMatch(/^psl_[a-z0-9]{8}_[A-Za-z0-9]{32}$/);
    expect(issued.secret.startsWith(`psl_${issued.apiKey.prefix}_`)).toBe(true);
    expect(issued.apiKey).toMatchObject({ label: 'Production', lastUsedAt: null, revokedAt: null });

    const read = await api.gql(PARTNER, { slug: 'je-veux-aider' }, issued.secret);
    expect(read.errors).toBeUndefined();
    expect(read.data.partner).toMatchObject({
      slug: 'je-veux-aider',
      listingCount: 0,
      feeds: [],
      syncRuns: { totalCount: 0, edges: [], pageInfo: { hasNextPage: false } },
    });
  });

  it('shows the key’s prefix afterwards, never its secret, and stores only a hash', async () => {
    const partner = await createPartner('prefix-visible');
    const issued = await issueKey(partner.id);
    const read = await api.gql(PARTNER, { slug: 'prefix-visible' }, TEST_ADMIN_KEY);
    expect(read.data.partner.apiKeys).toEqual([
      expect.objectContaining({ id: issued.apiKey.id, prefix: issued.apiKey.prefix }),
    ]);
    const secretPart = issued.secret.split('_')[2]!;
    expect(JSON.stringify(read)).not.toContain(secretPart);

    const row = await api.db.dataSource.getRepository(ApiKeyEntity).findOneByOrFail({
      id: issued.apiKey.id,
    });
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(secretPart);
  });

  it('records when a key was last used', async () => {
    const partner = await createPartner('last-used');
    const issued = await issueKey(partner.id);
    await api.gql(PARTNER, { slug: 'last-used' }, issued.secret);
    const repository = api.db.dataSource.getRepository(ApiKeyEntity);
    let lastUsedAt: Date | null = null;
    for (let attempt = 0; attempt < 50 && lastUsedAt === null; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      lastUsedAt = (await repository.findOneByOrFail({ id: issued.apiKey.id })).lastUsedAt;
    }
    expect(lastUsedAt).toBeInstanceOf(Date);
  });

  it('lets a partner key read its own partner only, and issue keys for it only', async () => {
    const mine = await createPartner('mine');
    const other = await createPartner('other');
    const { secret } = await issueKey(mine.id);

    const own = await api.gql(PARTNER, { slug: 'mine' }, secret);
    expect(own.data.partner.id).toBe(mine.id);

    const foreign = await api.gql(PARTNER, { slug: 'other' }, secret);
    expect(codeOf(foreign)).toBe('FORBIDDEN');
    expect(foreign.errors![0]!.message).toMatch(/plateforme partenaire/);
    expect(foreign.data.partner).toBeNull();

    const foreignKey = await api.gql(ISSUE_KEY, { partnerId: other.id }, secret);
    expect(codeOf(foreignKey)).toBe('FORBIDDEN');

    const ownKey = await api.gql(ISSUE_KEY, { partnerId: mine.id }, secret);
    expect(ownKey.errors).toBeUndefined();

    const creates = await api.gql(CREATE_PARTNER, { input: { slug: 'x', name: 'X' } }, secret);
    expect(codeOf(creates)).toBe('FORBIDDEN');
  });

  it('refuses a revoked key and an unknown key with UNAUTHENTICATED', async () => {
    const partner = await createPartner('revoked');
    const issued = await issueKey(partner.id);
    const revoked = await api.gql(REVOKE_KEY, { id: issued.apiKey.id }, TEST_ADMIN_KEY);
    expect(revoked.data.revokeApiKey.revokedAt).toEqual(expect.any(String));

    const withRevoked = await api.gql(PARTNER, { slug: 'revoked' }, issued.secret);
    expect(codeOf(withRevoked)).toBe('UNAUTHENTICATED');
    expect(withRevoked.errors![0]!.message).toMatch(/révoquée/);

    const unknown = `psl_${issued.apiKey.prefix}_${'A'.repeat(32)}`;
    expect(codeOf(await api.gql(PARTNER, { slug: 'revoked' }, unknown))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql(PARTNER, { slug: 'revoked' }, 'psl_zzzzzzzz_nope'))).toBe(
      'UNAUTHENTICATED',
    );
    // A bad key is refused even on a public query: its holder learns it at once.
    expect(codeOf(await api.gql('{ taxonomy { domains { slug } } }', {}, unknown))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('asks an anonymous caller to authenticate', async () => {
    const response = await api.gql(CREATE_PARTNER, { input: { slug: 'anon', name: 'Anon' } });
    expect(codeOf(response)).toBe('UNAUTHENTICATED');
    expect(response.errors![0]!.message).toMatch(/Authentification requise/);
    expect(codeOf(await api.gql(PARTNER, { slug: 'mine' }))).toBe('UNAUTHENTICATED');
  });

  it('rejects an invalid slug with BAD_USER_INPUT and a taken one with CONFLICT', async () => {
    const invalid = await api.gql(
      CREATE_PARTNER,
      { input: { slug: 'Je Veux Aider', name: 'JVA' } },
      TEST_ADMIN_KEY,
    );
    expect(codeOf(invalid)).toBe('BAD_USER_INPUT');
    expect(invalid.errors![0]!.extensions!['field']).toBe('slug');
    expect(invalid.errors![0]!.message).toMatch(/Identifiant/);

    await createPartner('taken');
    const taken = await api.gql(
      CREATE_PARTNER,
      { input: { slug: 'taken', name: 'Encore' } },
      TEST_ADMIN_KEY,
    );
    expect(codeOf(taken)).toBe('CONFLICT');
    expect(taken.errors![0]!.message).toMatch(/déjà/);
  });

  it('answers null for an unknown partner and NOT_FOUND when issuing a key for one', async () => {
    const none = await api.gql(PARTNER, { slug: 'nobody' }, TEST_ADMIN_KEY);
    expect(none.errors).toBeUndefined();
    expect(none.data.partner).toBeNull();
    const missing = await api.gql(
      ISSUE_KEY,
      { partnerId: '00000000-0000-4000-8000-000000000000' },
      TEST_ADMIN_KEY,
    );
    expect(codeOf(missing)).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(ISSUE_KEY, { partnerId: 'not-a-uuid' }, TEST_ADMIN_KEY))).toBe(
      'NOT_FOUND',
    );
  });

  it('lets a partner revoke its own keys but not another partner’s', async () => {
    const mine = await createPartner('revoker');
    const other = await createPartner('revoked-by-nobody');
    const { secret } = await issueKey(mine.id);
    const spare = await issueKey(mine.id);
    const foreign = await issueKey(other.id);

    expect(codeOf(await api.gql(REVOKE_KEY, { id: foreign.apiKey.id }, secret))).toBe('FORBIDDEN');
    const own = await api.gql(REVOKE_KEY, { id: spare.apiKey.id }, secret);
    expect(own.data.revokeApiKey.id).toBe(spare.apiKey.id);
  });
});
