import { testIndexPrefix } from '@passerelle/api-db/testing';
import { dropTestIndexes, waitForSearchReady } from '@passerelle/api-search/testing';
import { startTestApp, type TestApp } from '../testing/test-app';

jest.setTimeout(120_000);

const SEARCH = `query ($input: SearchInput!) { search(input: $input) { totalCount edges { cursor } } }`;

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;

describe('search query safety', () => {
  const prefix = testIndexPrefix();
  const savedEnv = { ...process.env };
  let api: TestApp;

  const firstError = async (input: Record<string, unknown>) => {
    const response = await api.gql(SEARCH, { input });
    return response.errors?.[0];
  };

  beforeAll(async () => {
    // A tiny limit: 3 searches at once, then one per second, per client address.
    process.env['SEARCH_RATE_LIMIT_BURST'] = '3';
    process.env['SEARCH_RATE_LIMIT_PER_SECOND'] = '1';
    api = await startTestApp({ env: { MEILI_INDEX_PREFIX: prefix } });
    await waitForSearchReady(prefix);
  });

  afterAll(async () => {
    process.env = savedEnv;
    await api?.close();
    await dropTestIndexes(prefix);
  });

  /** Each validation case from its own address, so that the tiny rate limit does not interfere. */
  let address = 0;
  const from = async (input: Record<string, unknown>) => {
    const response = await api.http
      .post('/graphql')
      .set('X-Forwarded-For', `198.51.100.${++address}`)
      .send({ query: SEARCH, variables: { input } });
    return (response.body as { errors?: Errors }).errors?.[0];
  };

  it.each([
    [{ domains: ['cuisine'] }, 'domains', /Domaine inconnu : « cuisine »/],
    [{ activities: ['peinture-sur-soie'] }, 'activities', /« peinture-sur-soie »/],
    [{ departmentCodes: ['99'] }, 'departmentCodes', /département inconnu : « 99 »/],
    [{ partnerSlugs: ['<script>'] }, 'partnerSlugs', /plateforme invalide/],
    [{ text: 'bénévolat '.repeat(25) }, 'text', /trop long : 2\d\d caractères \(au plus 200\)/],
    [{ near: { lat: 45.7, lon: 200 } }, 'near', /Longitude invalide/],
    [{ near: { lat: 45.7, lon: 4.8 }, radiusKm: -3 }, 'radiusKm', /Rayon invalide/],
    [{ radiusKm: 10 }, 'radiusKm', /avec « near »/],
    [{ bounds: { south: 45, west: 5, north: 46, east: 4 } }, 'bounds', /west/],
    [{ sort: 'DISTANCE' }, 'sort', /distance/],
    [{ first: -5 }, 'first', /positif/],
  ])('refuses %j with BAD_USER_INPUT on %s', async (input, field, message) => {
    const error = await from(input);
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error?.message).toMatch(message);
    expect(error?.extensions).not.toHaveProperty('stacktrace');
  });

  it('refuses a malformed date', async () => {
    const error = await from({ availableFrom: '2027-02-30' });
    expect(error?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(error?.message).toMatch(/AAAA-MM-JJ/);
  });

  it('limits searches per client address and says when to retry', async () => {
    const answers = [];
    for (let n = 0; n < 5; n++) answers.push(await firstError({ text: 'maraude' }));
    expect(answers.slice(0, 3)).toEqual([undefined, undefined, undefined]);
    expect(answers[3]).toMatchObject({
      message: expect.stringMatching(/Trop de recherches/),
      extensions: { code: 'RATE_LIMITED', retryAfter: 1 },
    });
    // Another address has its own allowance…
    expect(await from({ text: 'maraude' })).toBeUndefined();
    // …and the first one gets a search back after a second.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await firstError({ text: 'maraude' })).toBeUndefined();
  });
});
