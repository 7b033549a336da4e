export { createApolloClient, createCache, type ApolloClientOptions } from './create-apollo-client';
export {
  TaxonomyDocument,
  type TaxonomyQuery,
  type TaxonomyQueryVariables,
} from './generated/graphql';
export {
  ListingPageDocument,
  type ListingPageQuery,
  type ListingPageQueryVariables,
} from './generated/graphql';
export {
  CommunesDocument,
  SearchListingsDocument,
  SearchListingsNextPageDocument,
  type CommunesQuery,
  type CommunesQueryVariables,
  type SearchListingsQuery,
  type SearchListingsQueryVariables,
  type SearchListingsNextPageQuery,
  type SearchListingsNextPageQueryVariables,
  type SearchResultEdgeFragment,
  type SearchInput,
  type SearchSort,
  type ListingKind,
  type RemoteMode,
} from './generated/graphql';
export { searchCacheKey, searchFieldPolicy } from './search-field-policy';
export {
  AppConfigDocument,
  SearchMapDocument,
  type AppConfigQuery,
  type BoundsInput,
  type SearchMapQuery,
  type SearchMapQueryVariables,
} from './generated/graphql';
