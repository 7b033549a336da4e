import type { FieldPolicy } from '@apollo/client/core';

/** The page-related arguments of `search(input:)`: not part of what a search is. */
const PAGE_ARGUMENTS = new Set(['first', 'after']);
const DEFAULT_PAGE_SIZE = 20;

interface SearchArgs {
  readonly input?: Record<string, unknown> & { first?: number | null; after?: string | null };
}

interface StoredEdge {
  readonly cursor: string;
}

interface StoredResults {
  readonly edges: readonly StoredEdge[];
  /** How many results were asked for in all (not a GraphQL field: bookkeeping of the cache). */
  readonly requested?: number;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly [field: string]: unknown;
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` name the same search. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${stableJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The cache key of a search: its input without `first` and `after`. */
export function searchCacheKey(args: SearchArgs | null | undefined): string {
  const criteria = Object.fromEntries(
    Object.entries(args?.input ?? {}).filter(
      ([name, value]) => !PAGE_ARGUMENTS.has(name) && value !== null,
    ),
  );
  return `search:${stableJson(criteria)}`;
}

/**
 * `Query.search`: one cache entry per search (whatever the page), pages appended.
 * - keyArgs: the input without `first` and `after`, so "load more" (after = endCursor) adds to
 *   the entry of its search instead of creating another.
 * - merge: without `after`, the answer replaces the entry (a new first page); with `after`, its
 *   edges are appended after the edge of that cursor (a page asked twice is not doubled), and
 *   fields it does not select (the facets of the next-page query) are kept.
 * - read: an entry holding fewer results than the `first` asked (a page restored from the URL
 *   asks for `first: 20 × page`) counts as missing, so the API is asked — unless that many were
 *   already asked for (the API may answer a short page when listings were just unpublished).
 */
export const searchFieldPolicy: FieldPolicy<StoredResults> = {
  keyArgs: (args) => searchCacheKey(args as SearchArgs | null),
  merge(existing, incoming, { args }) {
    const input = (args as SearchArgs | null)?.input;
    const asked = input?.first ?? DEFAULT_PAGE_SIZE;
    const after = input?.after;
    if (!existing || !after) return { ...incoming, requested: asked };
    const cut = existing.edges.findIndex((edge) => edge.cursor === after);
    const kept = cut === -1 ? existing.edges : existing.edges.slice(0, cut + 1);
    return {
      ...existing,
      ...incoming,
      edges: [...kept, ...incoming.edges],
      requested: kept.length + asked,
    };
  },
  read(existing, { args }) {
    if (!existing) return undefined;
    const input = (args as SearchArgs | null)?.input;
    if (input?.after) return existing;
    const wanted = input?.first ?? DEFAULT_PAGE_SIZE;
    const short = existing.edges.length < wanted && existing.pageInfo.hasNextPage;
    if (short && (existing.requested ?? 0) < wanted) return undefined;
    return existing;
  },
};
