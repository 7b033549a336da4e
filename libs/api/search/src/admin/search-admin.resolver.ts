import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Meilisearch } from 'meilisearch';
import { MEILISEARCH } from '@passerelle/api-core';
import { type Actor, CurrentActor, requireAdmin } from '@passerelle/api-auth';
import { JobQueue } from '@passerelle/api-jobs';
import { SearchIndex } from '../index/search-index';
import { SearchIndexMonitor } from '../index/search-index.monitor';
import { SearchIndexStatusObject } from './search-index-status.object';

export const SEARCH_REBUILD_JOB = 'search-rebuild';

/** The full rebuild as a queue job, so that it runs in a worker, whichever process asked. */
@Injectable()
export class SearchRebuildJob implements OnModuleInit {
  private readonly logger = new Logger(SearchRebuildJob.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly index: SearchIndex,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.queue.work<{ reason?: string }>(
      SEARCH_REBUILD_JOB,
      async (job) => {
        const report = await this.index.rebuild(job.reason ?? 'requested');
        this.logger.log(`Rebuild job done: ${report.listings} listings`);
      },
      { retryLimit: 2, expireInSeconds: 6 * 3_600 },
    );
  }

  enqueue(reason: string): Promise<string | null> {
    return this.queue.send(SEARCH_REBUILD_JOB, { reason }, { singletonKey: SEARCH_REBUILD_JOB });
  }
}

@Resolver(() => SearchIndexStatusObject)
export class SearchAdminResolver {
  constructor(
    @Inject(MEILISEARCH) private readonly client: Meilisearch,
    private readonly index: SearchIndex,
    private readonly monitor: SearchIndexMonitor,
    private readonly job: SearchRebuildJob,
  ) {}

  @Query(() => SearchIndexStatusObject, {
    description: 'State of the search index: lag, pending changes, last rebuild (ADMIN).',
  })
  async searchIndexStatus(@CurrentActor() actor: Actor): Promise<SearchIndexStatusObject> {
    requireAdmin(actor);
    return this.status(false);
  }

  @Mutation(() => SearchIndexStatusObject, {
    description:
      'Rebuilds the whole search index from PostgreSQL in a worker, without downtime: a new index is filled, then swapped with the live one (ADMIN).',
  })
  async rebuildSearchIndex(@CurrentActor() actor: Actor): Promise<SearchIndexStatusObject> {
    requireAdmin(actor);
    await this.job.enqueue('requested by an administrator');
    return this.status(true);
  }

  private async status(rebuildQueued: boolean): Promise<SearchIndexStatusObject> {
    const [outbox, state, documentCount] = await Promise.all([
      this.monitor.outbox(),
      this.index.state().catch(() => null),
      this.client
        .index(this.index.uid)
        .getStats()
        .then((stats) => stats.numberOfDocuments)
        .catch(() => null),
    ]);
    return {
      indexUid: this.index.uid,
      settingsHash: this.index.hash,
      builtWithSettingsHash: state?.settingsHash ?? null,
      rebuiltAt: state ? new Date(state.rebuiltAt) : null,
      rebuildReason: state?.reason ?? null,
      documentCount,
      pendingChanges: outbox.pending,
      failingChanges: outbox.failing,
      lagSeconds: outbox.lagSeconds,
      lastError: outbox.lastError,
      rebuildQueued,
    };
  }
}
