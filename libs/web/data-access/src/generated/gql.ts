/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Taxonomy {\n  taxonomy {\n    domains {\n      slug\n      label\n    }\n  }\n}": typeof types.TaxonomyDocument,
    "query ListingPage($id: ID!) {\n  listing(id: $id) {\n    id\n    kind\n    status\n    title\n    description\n    domain {\n      slug\n      label\n    }\n    activities {\n      slug\n      label\n    }\n    remote\n    places\n    schedule\n    startsAt\n    endsAt\n    postedAt\n    openToMinors\n    reducedMobilityAccessible\n    closeToTransport\n    locations {\n      street\n      postalCode\n      city\n      departmentCode\n      lat\n      lon\n      precision\n    }\n    organization {\n      id\n      name\n      rna\n      siren\n    }\n    sources {\n      partner {\n        slug\n        name\n      }\n      status\n      url\n      applyUrl\n    }\n  }\n}": typeof types.ListingPageDocument,
    "query AppConfig {\n  appConfig {\n    mapTileUrl\n    mapAttribution\n  }\n}": typeof types.AppConfigDocument,
    "query SearchMap($input: SearchInput!, $zoom: Int!, $bounds: BoundsInput!) {\n  searchMap(input: $input, zoom: $zoom, bounds: $bounds) {\n    totalCount\n    remoteCount\n    placeCount\n    clusters {\n      lat\n      lon\n      count\n      bounds {\n        south\n        west\n        north\n        east\n      }\n    }\n    points {\n      listingId\n      lat\n      lon\n      title\n      organizationName\n      city\n      startsAt\n      endsAt\n    }\n  }\n}": typeof types.SearchMapDocument,
    "query Communes($query: String!, $first: Int) {\n  communes(query: $query, first: $first) {\n    inseeCode\n    label\n    departmentName\n    lat\n    lon\n  }\n}": typeof types.CommunesDocument,
    "query SearchListings($input: SearchInput!) {\n  search(input: $input) {\n    totalCount\n    edges {\n      ...SearchResultEdge\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    facets {\n      kind {\n        value\n        label\n        count\n      }\n      domains {\n        value\n        label\n        count\n      }\n      activities {\n        value\n        label\n        count\n      }\n      remote {\n        value\n        label\n        count\n      }\n      departments {\n        value\n        label\n        count\n      }\n      partners {\n        value\n        label\n        count\n      }\n    }\n  }\n}": typeof types.SearchListingsDocument,
    "query SearchListingsNextPage($input: SearchInput!) {\n  search(input: $input) {\n    totalCount\n    edges {\n      ...SearchResultEdge\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.SearchListingsNextPageDocument,
    "fragment SearchResultEdge on SearchEdge {\n  cursor\n  distanceKm\n  node {\n    id\n    kind\n    title\n    domain {\n      slug\n      label\n    }\n    remote\n    startsAt\n    endsAt\n    locations {\n      city\n      postalCode\n      departmentCode\n    }\n    organization {\n      id\n      name\n    }\n    sources {\n      partner {\n        slug\n        name\n      }\n    }\n  }\n}": typeof types.SearchResultEdgeFragmentDoc,
};
const documents: Documents = {
    "query Taxonomy {\n  taxonomy {\n    domains {\n      slug\n      label\n    }\n  }\n}": types.TaxonomyDocument,
    "query ListingPage($id: ID!) {\n  listing(id: $id) {\n    id\n    kind\n    status\n    title\n    description\n    domain {\n      slug\n      label\n    }\n    activities {\n      slug\n      label\n    }\n    remote\n    places\n    schedule\n    startsAt\n    endsAt\n    postedAt\n    openToMinors\n    reducedMobilityAccessible\n    closeToTransport\n    locations {\n      street\n      postalCode\n      city\n      departmentCode\n      lat\n      lon\n      precision\n    }\n    organization {\n      id\n      name\n      rna\n      siren\n    }\n    sources {\n      partner {\n        slug\n        name\n      }\n      status\n      url\n      applyUrl\n    }\n  }\n}": types.ListingPageDocument,
    "query AppConfig {\n  appConfig {\n    mapTileUrl\n    mapAttribution\n  }\n}": types.AppConfigDocument,
    "query SearchMap($input: SearchInput!, $zoom: Int!, $bounds: BoundsInput!) {\n  searchMap(input: $input, zoom: $zoom, bounds: $bounds) {\n    totalCount\n    remoteCount\n    placeCount\n    clusters {\n      lat\n      lon\n      count\n      bounds {\n        south\n        west\n        north\n        east\n      }\n    }\n    points {\n      listingId\n      lat\n      lon\n      title\n      organizationName\n      city\n      startsAt\n      endsAt\n    }\n  }\n}": types.SearchMapDocument,
    "query Communes($query: String!, $first: Int) {\n  communes(query: $query, first: $first) {\n    inseeCode\n    label\n    departmentName\n    lat\n    lon\n  }\n}": types.CommunesDocument,
    "query SearchListings($input: SearchInput!) {\n  search(input: $input) {\n    totalCount\n    edges {\n      ...SearchResultEdge\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    facets {\n      kind {\n        value\n        label\n        count\n      }\n      domains {\n        value\n        label\n        count\n      }\n      activities {\n        value\n        label\n        count\n      }\n      remote {\n        value\n        label\n        count\n      }\n      departments {\n        value\n        label\n        count\n      }\n      partners {\n        value\n        label\n        count\n      }\n    }\n  }\n}": types.SearchListingsDocument,
    "query SearchListingsNextPage($input: SearchInput!) {\n  search(input: $input) {\n    totalCount\n    edges {\n      ...SearchResultEdge\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.SearchListingsNextPageDocument,
    "fragment SearchResultEdge on SearchEdge {\n  cursor\n  distanceKm\n  node {\n    id\n    kind\n    title\n    domain {\n      slug\n      label\n    }\n    remote\n    startsAt\n    endsAt\n    locations {\n      city\n      postalCode\n      departmentCode\n    }\n    organization {\n      id\n      name\n    }\n    sources {\n      partner {\n        slug\n        name\n      }\n    }\n  }\n}": types.SearchResultEdgeFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Taxonomy {\n  taxonomy {\n    domains {\n      slug\n      label\n    }\n  }\n}"): (typeof documents)["query Taxonomy {\n  taxonomy {\n    domains {\n      slug\n      label\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListingPage($id: ID!) {\n  listing(id: $id) {\n    id\n    kind\n    status\n    title\n    description\n    domain {\n      slug\n      label\n    }\n    activities {\n      slug\n      label\n    }\n    remote\n    places\n    schedule\n    startsAt\n    endsAt\n    postedAt\n    openToMinors\n    reducedMobilityAccessible\n    closeToTransport\n    locations {\n      street\n      postalCode\n      city\n      departmentCode\n      lat\n      lon\n      precision\n    }\n    organization {\n      id\n      name\n      rna\n      siren\n    }\n    sources {\n      partner {\n        slug\n        name\n      }\n      status\n      url\n      applyUrl\n    }\n  }\n}"): (typeof documents)["query ListingPage($id: ID!) {\n  listing(id: $id) {\n    id\n    kind\n    status\n    title\n    description\n    domain {\n      slug\n      label\n    }\n    activities {\n      slug\n      label\n    }\n    remote\n    places\n    schedule\n    startsAt\n    endsAt\n    postedAt\n    openToMinors\n    reducedMobilityAccessible\n    closeToTransport\n    locations {\n      street\n      postalCode\n      city\n      departmentCode\n      lat\n      lon\n      precision\n    }\n    organization {\n      id\n      name\n      rna\n      siren\n    }\n    sources {\n      partner {\n        slug\n        name\n      }\n      status\n      url\n      applyUrl\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AppConfig {\n  appConfig {\n    mapTileUrl\n    mapAttribution\n  }\n}"): (typeof documents)["query AppConfig {\n  appConfig {\n    mapTileUrl\n    mapAttribution\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchMap($input: SearchInput!, $zoom: Int!, $bounds: BoundsInput!) {\n  searchMap(input: $input, zoom: $zoom, bounds: $bounds) {\n    totalCount\n    remoteCount\n    placeCount\n    clusters {\n      lat\n      lon\n      count\n      bounds {\n        south\n        west\n        north\n        east\n      }\n    }\n    points {\n      listingId\n      lat\n      lon\n      title\n      organizationName\n      city\n      startsAt\n      endsAt\n    }\n  }\n}"): (typeof documents)["query SearchMap($input: SearchInput!, $zoom: Int!, $bounds: BoundsInput!) {\n  searchMap(input: $input, zoom: $zoom, bounds: $bounds) {\n    totalCount\n    remoteCount\n    placeCount\n    clusters {\n      lat\n      lon\n      count\n      bounds {\n        south\n        west\n        north\n        east\n      }\n    }\n    points {\n      listingId\n      lat\n      lon\n      title\n      organizationName\n      city\n      startsAt\n      endsAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Communes($query: String!, $first: Int) {\n  communes(query: $query, first: $first) {\n    inseeCode\n    label\n    departmentName\n    lat\n    lon\n  }\n}"): (typeof documents)["query Communes($query: String!, $first: Int) {\n  communes(query: $query, first: $first) {\n    inseeCode\n    label\n    departmentName\n    lat\n    lon\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchListings($input: SearchInput!) {\n  search(input: $input) {\n    totalCount\n    edges {\n      ...SearchResultEdge\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    facets {\n      kind {\n        value\n        label\n        count\n      }\n      domains {\n        value\n        label\n        count\n      }\n      activities {\n        value\n        label\n        count\n      }\n      remote {\n        value\n        label\n        count\n      }\n      departments {\n        value\n        label\n        count\n      }\n      partners {\n        value\n        label\n        count\n      }\n    }\n  }\n}"): (typeof documents)["query SearchListings($input: SearchInput!) {\n  search(input: $input) {\n    totalCount\n    edges {\n      ...SearchResultEdge\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    facets {\n      kind {\n        value\n        label\n        count\n      }\n      domains {\n        value\n        label\n        count\n      }\n      activities {\n        value\n        label\n        count\n      }\n      remote {\n        value\n        label\n        count\n      }\n      departments {\n        value\n        label\n        count\n      }\n      partners {\n        value\n        label\n        count\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchListingsNextPage($input: SearchInput!) {\n  search(input: $input) {\n    totalCount\n    edges {\n      ...SearchResultEdge\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query SearchListingsNextPage($input: SearchInput!) {\n  search(input: $input) {\n    totalCount\n    edges {\n      ...SearchResultEdge\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SearchResultEdge on SearchEdge {\n  cursor\n  distanceKm\n  node {\n    id\n    kind\n    title\n    domain {\n      slug\n      label\n    }\n    remote\n    startsAt\n    endsAt\n    locations {\n      city\n      postalCode\n      departmentCode\n    }\n    organization {\n      id\n      name\n    }\n    sources {\n      partner {\n        slug\n        name\n      }\n    }\n  }\n}"): (typeof documents)["fragment SearchResultEdge on SearchEdge {\n  cursor\n  distanceKm\n  node {\n    id\n    kind\n    title\n    domain {\n      slug\n      label\n    }\n    remote\n    startsAt\n    endsAt\n    locations {\n      city\n      postalCode\n      departmentCode\n    }\n    organization {\n      id\n      name\n    }\n    sources {\n      partner {\n        slug\n        name\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;