import {
  ApolloClient,
  HttpLink,
  InMemoryCache,
  type NormalizedCacheObject,
} from '@apollo/client/core';
import { searchFieldPolicy } from './search-field-policy';

export interface ApolloClientOptions {
  /** Replaces the global fetch (server-side rendering, tests). */
  readonly fetch?: typeof fetch;
}

/**
 * Cache identities: the taxonomy is a singleton and its terms are identified by slug
 * (they carry no `id`), so the cache never holds two copies of one domain. Search results are
 * kept per search, pages appended (see search-field-policy.ts).
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: { fields: { search: searchFieldPolicy } },
      Taxonomy: { keyFields: [] },
      Domain: { keyFields: ['slug'] },
      Activity: { keyFields: ['slug'] },
    },
  });
}

/** The Apollo client of the web app, talking to the API on the same origin by default. */
export function createApolloClient(
  uri = '/graphql',
  options: ApolloClientOptions = {},
): ApolloClient<NormalizedCacheObject> {
  return new ApolloClient({
    link: new HttpLink({ uri, fetch: options.fetch, credentials: 'same-origin' }),
    cache: createCache(),
  });
}
