import { startTestApp, type TestApp } from '../testing/test-app';
import { MAX_QUERY_DEPTH } from './query-limits.plugin';

describe('GraphQL query limits', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(() => api?.close());

  it('refuses a query nested deeper than the limit before running it', async () => {
    let selection = 'id';
    for (let i = 0; i < MAX_QUERY_DEPTH; i++)
      selection = `partner { syncRuns(first: 1) { edges { node { ${selection} } } } }`;
    const response = await api.http
      .post('/graphql')
      .send({ query: `{ syncRun(id: "x") { ${selection} } }` });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(response.body.errors[0].message).toMatch(/^Requête trop imbriquée/);
  });

  it('refuses a query asking for too many items at once', async () => {
    const query = `{ partner(slug: "x") { syncRuns(first: 100) { edges { node { rejections(first: 100) {
      edges { node { position externalId errors { path code message } } } } } } } } }`;
    const response = await api.http.post('/graphql').send({ query });
    expect(response.body.errors[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      maxComplexity: 20_000,
    });
  });

  it('still answers introspection, which tools need', async () => {
    const response = await api.gql(
      '{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }',
    );
    expect(response.errors).toBeUndefined();
  });
});
