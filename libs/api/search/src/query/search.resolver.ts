import { Inject, Injectable } from '@nestjs/common';
import { Args, Context, Info, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { AppError, ErrorCode } from '@passerelle/api-core';
import { SearchMetrics, type SearchOutcome } from '../metrics/search.metrics';
import { TokenBuckets } from '../rate-limit/token-bucket';
import { SEARCH_CONFIG, type SearchConfig } from '../search.config';
import { SearchResultsObject } from './search-results.object';
import { toSearchQuery } from './search-query';
import { SearchInput } from './search.input';
import { SearchService } from './search.service';

/** Per-IP token buckets of `search` (SEARCH_RATE_LIMIT_PER_SECOND, SEARCH_RATE_LIMIT_BURST). */
@Injectable()
export class SearchRateLimiter {
  private readonly buckets: TokenBuckets;

  constructor(@Inject(SEARCH_CONFIG) config: SearchConfig) {
    this.buckets = new TokenBuckets(config.rateLimitPerSecond, config.rateLimitBurst);
  }

  /** Throws RATE_LIMITED (with `retryAfter`, seconds) when this client asks too often. */
  check(ip: string): void {
    const decision = this.buckets.take(ip);
    if (decision.allowed) return;
    throw new AppError(
      ErrorCode.RATE_LIMITED,
      `Trop de recherches depuis votre adresse : réessayez dans ${decision.retryAfterSeconds} s.`,
      { retryAfter: decision.retryAfterSeconds },
    );
  }
}

/** Whether the operation selects `facets` on this field (fragments followed). */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>): boolean =>
    (set?.selections ?? []).some((selection) => {
      switch (selection.kind) {
        case Kind.FIELD:
          return selection.name.value === name;
        case Kind.INLINE_FRAGMENT:
          return visit(selection.selectionSet, seen);
        case Kind.FRAGMENT_SPREAD: {
          const fragment = info.fragments[selection.name.value];
          if (!fragment || seen.has(fragment.name.value)) return false;
          return visit(fragment.selectionSet, new Set([...seen, fragment.name.value]));
        }
      }
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet, new Set()));
}

function outcomeOf(error: unknown): SearchOutcome {
  if (!(error instanceof AppError)) return 'error';
  switch (error.code) {
    case ErrorCode.BAD_USER_INPUT:
      return 'bad_input';
    case ErrorCode.RATE_LIMITED:
      return 'rate_limited';
    case ErrorCode.SEARCH_UNAVAILABLE:
      return 'unavailable';
    default:
      return 'error';
  }
}

@Resolver(() => SearchResultsObject)
export class SearchResolver {
  constructor(
    private readonly service: SearchService,
    private readonly limiter: SearchRateLimiter,
    private readonly metrics: SearchMetrics,
  ) {}

  @Query(() => SearchResultsObject, {
    description:
      'Searches published listings: words (typos, accents and French synonyms tolerated), filters, place (around a point or in the map viewport), sort; each listing once, with facet counts. Rate-limited per client address.',
  })
  async search(
    @Args('input', { type: () => SearchInput }) input: SearchInput,
    @Context('req') req: Request | undefined,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchResultsObject> {
    const started = performance.now();
    try {
      this.limiter.check(req?.ip ?? req?.socket?.remoteAddress ?? 'unknown');
      const results = await this.service.search(toSearchQuery(input), {
        facets: selectsField(info, 'facets'),
        request: req,
      });
      this.metrics.observeSearch(started, 'ok');
      return results;
    } catch (error) {
      this.metrics.observeSearch(started, outcomeOf(error));
      throw error;
    }
  }
}
