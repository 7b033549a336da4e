import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type {
  ApiKeyEntity,
  FeedEntity,
  PartnerEntity,
  SyncRunEntity,
  SyncRunItemEntity,
} from '@passerelle/api-db';
import { type Page, type PageRequest, pageRequestKey } from '@passerelle/api-core';
import { PartnerService } from './partner/partner.service';
import { type RejectionKey, type SyncRunKey, SyncRunService } from './sync-run/sync-run.service';

/** One DataLoader per relation, for one request: a field resolver never queries per parent. */
export interface PartnersRequestLoaders {
  partner: DataLoader<string, PartnerEntity | null>;
  listingCount: DataLoader<string, number>;
  apiKeys: DataLoader<string, ApiKeyEntity[]>;
  feeds: DataLoader<string, FeedEntity[]>;
  syncRuns: DataLoader<PageRequest<SyncRunKey>, Page<SyncRunEntity>, string>;
  rejections: DataLoader<PageRequest<RejectionKey>, Page<SyncRunItemEntity>, string>;
}

/** Hands out the loaders of a request (keyed by the request object: gone with it). */
@Injectable()
export class PartnersLoaders {
  private readonly byRequest = new WeakMap<object, PartnersRequestLoaders>();

  constructor(
    private readonly partners: PartnerService,
    private readonly syncRuns: SyncRunService,
  ) {}

  for(request: object): PartnersRequestLoaders {
    let loaders = this.byRequest.get(request);
    if (!loaders) {
      loaders = this.create();
      this.byRequest.set(request, loaders);
    }
    return loaders;
  }

  private create(): PartnersRequestLoaders {
    const byKey =
      <V, W>(load: (ids: readonly string[]) => Promise<Map<string, V>>, fallback: () => W) =>
      async (ids: readonly string[]): Promise<(V | W)[]> => {
        const found = await load(ids);
        return ids.map((id) => found.get(id) ?? fallback());
      };
    return {
      partner: new DataLoader(
        byKey(
          (ids) => this.partners.byIds(ids),
          () => null,
        ),
      ),
      listingCount: new DataLoader(
        byKey(
          (ids) => this.partners.listingCounts(ids),
          () => 0,
        ),
      ),
      apiKeys: new DataLoader(
        byKey(
          (ids) => this.partners.apiKeysOf(ids),
          () => [],
        ),
      ),
      feeds: new DataLoader(
        byKey(
          (ids) => this.partners.feeds(ids),
          () => [],
        ),
      ),
      syncRuns: new DataLoader<PageRequest<SyncRunKey>, Page<SyncRunEntity>, string>(
        (requests) => this.syncRuns.syncRunPages(requests),
        {
          cacheKeyFn: pageRequestKey,
        },
      ),
      rejections: new DataLoader<PageRequest<RejectionKey>, Page<SyncRunItemEntity>, string>(
        (requests) => this.syncRuns.rejectionPages(requests),
        {
          cacheKeyFn: pageRequestKey,
        },
      ),
    };
  }
}
