import { NetworkStatus } from '@apollo/client/core';
import { useQuery } from '@apollo/client/react';
import {
  SearchListingsDocument,
  SearchListingsNextPageDocument,
  type SearchListingsQuery,
} from '@passerelle/web-data-access';
import { useCallback, useMemo } from 'react';
import { searchFailureOf, type SearchFailure } from '../lib/search-errors';
import { PAGE_SIZE, toSearchInput, type SearchUrlState } from '../lib/url-state';

export type SearchResultsData = SearchListingsQuery['search'];
export type SearchFacetsData = SearchResultsData['facets'];

export interface SearchResultsApi {
  /** The results of this search; undefined while loading it or when it failed. */
  readonly results: SearchResultsData | undefined;
  /** The facets to show: this search's, else the previous one's (the sidebar does not blink). */
  readonly facets: SearchFacetsData | undefined;
  /** Loading this search (not the next page). */
  readonly loading: boolean;
  readonly loadingMore: boolean;
  readonly failure: SearchFailure | undefined;
  readonly retry: () => void;
  /** Loads the next page after the last result; rejects when it fails. */
  readonly loadMore: () => Promise<void>;
}

/** The search of the URL, run on the API: first pages, count and facets; "load more". */
export function useSearchResults(state: SearchUrlState): SearchResultsApi {
  const input = useMemo(() => toSearchInput(state), [state]);
  const { data, previousData, loading, error, networkStatus, refetch, fetchMore } = useQuery(
    SearchListingsDocument,
    { variables: { input }, notifyOnNetworkStatusChange: true },
  );
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const results = error ? undefined : data?.search;

  const retry = useCallback(() => {
    refetch().catch(() => undefined); // the error shows through `error`
  }, [refetch]);

  const endCursor = results?.pageInfo.endCursor;
  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    await fetchMore({
      query: SearchListingsNextPageDocument,
      variables: { input: { ...input, first: PAGE_SIZE, after: endCursor } },
    });
  }, [endCursor, fetchMore, input]);

  return {
    results,
    facets: (data ?? previousData)?.search.facets,
    loading: loading && !loadingMore,
    loadingMore,
    failure: error ? searchFailureOf(error) : undefined,
    retry,
    loadMore,
  };
}
