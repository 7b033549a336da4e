export { createApolloClient, createCache, type ApolloClientOptions } from './create-apollo-client';
export {
  TaxonomyDocument,
  type TaxonomyQuery,
  type TaxonomyQueryVariables,
} from './generated/graphql';
