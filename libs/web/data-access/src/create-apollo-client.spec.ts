import { TaxonomyDocument } from './generated/graphql';
import { createApolloClient } from './create-apollo-client';

interface RecordedRequest {
  readonly url: string;
  readonly method: string | undefined;
  readonly body: { operationName?: string; query?: string };
}

/** A fetch that answers like the API and records what the client sent. */
function fakeApi(payload: unknown): { fetch: typeof fetch; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const fakeFetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    requests.push({
      url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      method: init?.method,
      body: JSON.parse(
        typeof init?.body === 'string' ? init.body : '{}',
      ) as RecordedRequest['body'],
    });
    return Promise.resolve(
      new Response(JSON.stringify(payload), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      }),
    );
  };
  return { fetch: fakeFetch, requests };
}

const taxonomyPayload = {
  data: {
    taxonomy: {
      __typename: 'Taxonomy',
      domains: [
        { __typename: 'Domain', slug: 'education', label: 'Éducation pour tous' },
        { __typename: 'Domain', slug: 'sante', label: 'Santé' },
      ],
    },
  },
};

describe(createApolloClient.name, () => {
  it('posts the Taxonomy operation to /graphql by default', async () => {
    const api = fakeApi(taxonomyPayload);
    const client = createApolloClient(undefined, { fetch: api.fetch });

    const { data } = await client.query({ query: TaxonomyDocument });

    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]?.url).toBe('/graphql');
    expect(api.requests[0]?.method).toBe('POST');
    expect(api.requests[0]?.body.operationName).toBe('Taxonomy');
    expect(data.taxonomy.domains.map((domain) => domain.label)).toEqual([
      'Éducation pour tous',
      'Santé',
    ]);
  });

  it('sends requests to the given endpoint', async () => {
    const api = fakeApi(taxonomyPayload);
    const client = createApolloClient('http://localhost:3000/graphql', { fetch: api.fetch });

    await client.query({ query: TaxonomyDocument });

    expect(api.requests[0]?.url).toBe('http://localhost:3000/graphql');
  });

  it('keeps one cache entry per domain, identified by slug', async () => {
    const api = fakeApi(taxonomyPayload);
    const client = createApolloClient(undefined, { fetch: api.fetch });

    await client.query({ query: TaxonomyDocument });
    const cached = client.cache.extract() as Record<string, unknown>;

    expect(cached['Domain:{"slug":"education"}']).toEqual({
      __typename: 'Domain',
      slug: 'education',
      label: 'Éducation pour tous',
    });
    expect(cached['Taxonomy:{}']).toBeDefined();
  });

  it('answers a second query from the cache without calling the API again', async () => {
    const api = fakeApi(taxonomyPayload);
    const client = createApolloClient(undefined, { fetch: api.fetch });

    await client.query({ query: TaxonomyDocument });
    await client.query({ query: TaxonomyDocument });

    expect(api.requests).toHaveLength(1);
  });
});
