import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  FeedParseError,
  isRejectedFeedItem,
  type FeedItem,
} from '@passerelle/connectors-api-engagement';
import { lockGroups, refreshListings } from '@passerelle/api-dedup';
import {
  ListingSourceStatus,
  PartnerEntity,
  SyncRunEntity,
  SyncRunItemEntity,
} from '@passerelle/api-db';
import { ItemOutcome, SyncRunStatus } from '@passerelle/shared-domain';
import { IngestErrorCode, ingestIssue, runPipeline } from '../pipeline';
import {
  type IngestRunRequest,
  type ItemProblem,
  type ItemResult,
  SnapshotHeldError,
} from './ingest-run.types';
import { type PreparedItem, writeChunk } from './source-writer';

const CHUNK_SIZE = 500;

/** TypeORM answers an UPDATE … RETURNING on PostgreSQL with `[rows, affectedCount]`. */
async function updateReturning<T>(
  manager: EntityManager,
  sql: string,
  parameters: unknown[],
): Promise<T[]> {
  const [rows] = await manager.query<[T[], number]>(sql, parameters);
  return rows;
}

/** A whole-feed failure (fetch or parse): a coded error whose French message is shown as is. */
function isFeedError(error: unknown): error is Error & { code: string } {
  if (error instanceof FeedParseError) return true;
  const code: unknown =
    error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('FEED_');
}

const problem = ({ path, code, message }: ItemProblem): ItemProblem => ({ path, code, message });

interface RunState {
  run: SyncRunEntity;
  counts: Record<
    'received' | 'created' | 'updated' | 'unchanged' | 'rejected' | 'withdrawn',
    number
  >;
  results: ItemResult[] | undefined;
  seen: Set<string>;
  /** External ids present in the run but rejected now: their stored version is kept, not withdrawn. */
  rejectedKnown: string[];
}

/**
 * The one ingest path for push batches and feed pulls: every item goes through the pipeline
 * (validate → normalize → geocode → hash) and is stored with its outcome. A run is one
 * transaction: a feed that fails half-way or a held snapshot changes nothing, and a crash
 * mid-run leaves nothing half-written, so running it again is safe.
 */
@Injectable()
export class IngestService {
  private readonly logger = new Logger(IngestService.name);

  constructor(private readonly dataSource: DataSource) {}

  async run(request: IngestRunRequest): Promise<{ syncRun: SyncRunEntity; results: ItemResult[] }> {
    const repo = this.dataSource.getRepository(SyncRunEntity);
    const run = request.syncRunId
      ? await repo.findOneByOrFail({ id: request.syncRunId })
      : await this.start(request);
    const state: RunState = {
      run,
      counts: { received: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, withdrawn: 0 },
      results: request.collectResults ? [] : undefined,
      seen: new Set(),
      rejectedKnown: [],
    };
    let status = SyncRunStatus.SUCCEEDED;
    let error: { code: string; message: string } | undefined;
    let pendingWithdrawals = 0;
    try {
      await this.dataSource.transaction((manager) => this.process(manager, request, state));
    } catch (caught) {
      state.results = state.results?.map((r) => ({
        ...r,
        outcome: r.outcome === ItemOutcome.REJECTED ? r.outcome : ItemOutcome.UNCHANGED,
        listingId: null,
      }));
      if (caught instanceof SnapshotHeldError) {
        status = SyncRunStatus.HELD;
        pendingWithdrawals = caught.pendingWithdrawals;
        error = { code: 'SNAPSHOT_HELD', message: caught.message };
      } else {
        status = SyncRunStatus.FAILED;
        error = isFeedError(caught)
          ? { code: caught.code, message: caught.message }
          : {
              code: 'INTERNAL_ERROR',
              message: 'Erreur interne pendant la synchronisation : rien n’a été modifié.',
            };
        if (!isFeedError(caught)) this.logger.error(caught, `Sync run ${run.id} failed`);
      }
      // Nothing was applied: only the rejections stay meaningful.
      state.counts = { ...state.counts, created: 0, updated: 0, unchanged: 0, withdrawn: 0 };
    }
    const finishedAt = new Date();
    await repo.update(
      { id: run.id },
      {
        ...state.counts,
        status,
        finishedAt,
        errorCode: error?.code ?? null,
        errorMessage: error?.message ?? null,
        pendingWithdrawals,
      },
    );
    return { syncRun: await repo.findOneByOrFail({ id: run.id }), results: state.results ?? [] };
  }

  /** Records a RUNNING sync run, so that operators see it before its items are processed. */
  async start(
    request: Pick<IngestRunRequest, 'partnerId' | 'feedId' | 'trigger' | 'fullSnapshot'>,
  ): Promise<SyncRunEntity> {
    const repo = this.dataSource.getRepository(SyncRunEntity);
    return repo.save(
      repo.create({
        partnerId: request.partnerId,
        feedId: request.feedId ?? null,
        trigger: request.trigger,
        status: SyncRunStatus.RUNNING,
        fullSnapshot: request.fullSnapshot,
      }),
    );
  }

  private async process(
    manager: EntityManager,
    request: IngestRunRequest,
    state: RunState,
  ): Promise<void> {
    // Group changes are serialized across runs (see lockGroups), before anything is written.
    await lockGroups(manager);
    const now = new Date();
    let chunk: PreparedItem[] = [];
    let problems: Array<Omit<ItemResult, 'listingId'>> = [];
    const flush = async () => {
      const written = await writeChunk(manager, request.partnerId, state.run.id, chunk, now, {
        deduplicate: request.deduplicate,
      });
      for (const item of chunk) {
        const result = written.get(item.position);
        if (!result) continue;
        state.counts[
          result.outcome === ItemOutcome.CREATED
            ? 'created'
            : result.outcome === ItemOutcome.UPDATED
              ? 'updated'
              : 'unchanged'
        ]++;
        const pending = state.results?.[item.position];
        if (pending) Object.assign(pending, result);
      }
      await this.saveProblems(manager, state.run.id, problems);
      chunk = [];
      problems = [];
    };

    for await (const feedItem of request.items as AsyncIterable<FeedItem>) {
      const position = state.counts.received++;
      const outcome = this.prepare(feedItem, request, state);
      const result: ItemResult = {
        position,
        externalId: outcome.externalId,
        outcome: outcome.prepared ? ItemOutcome.UNCHANGED : ItemOutcome.REJECTED,
        listingId: null,
        errors: outcome.errors,
        warnings: outcome.warnings,
      };
      state.results?.push(result);
      if (outcome.prepared) chunk.push({ ...outcome.prepared, position });
      else state.counts.rejected++;
      if (!outcome.prepared || outcome.warnings.length > 0) problems.push(result);
      if (chunk.length >= CHUNK_SIZE) await flush();
    }
    await flush();
    if (state.rejectedKnown.length > 0) {
      await manager.query(
        `UPDATE listing_source SET last_seen_at = now(), last_sync_run_id = $1
          WHERE partner_id = $2 AND external_id = ANY($3::text[])`,
        [state.run.id, request.partnerId, state.rejectedKnown],
      );
    }
    if (request.fullSnapshot)
      state.counts.withdrawn = await this.withdrawMissing(manager, request, state.run.id);
  }

  private prepare(
    feedItem: FeedItem,
    request: IngestRunRequest,
    state: RunState,
  ): {
    externalId: string | null;
    prepared?: Omit<PreparedItem, 'position'>;
    errors: ItemProblem[];
    warnings: ItemProblem[];
  } {
    if (isRejectedFeedItem(feedItem)) {
      return {
        externalId: feedItem.externalId ?? null,
        errors: feedItem.rejected.map(problem),
        warnings: [],
      };
    }
    const externalId = feedItem.item.externalId?.trim() || null;
    const warnings = feedItem.warnings.map(problem);
    if (externalId && state.seen.has(externalId)) {
      return {
        externalId,
        errors: [
          problem(
            ingestIssue(IngestErrorCode.DUPLICATE_EXTERNAL_ID, 'externalId', 'error', externalId),
          ),
        ],
        warnings,
      };
    }
    if (externalId) state.seen.add(externalId);
    const result = runPipeline(feedItem.item, { crosswalk: request.crosswalk, now: request.now });
    warnings.push(...result.warnings.map(problem));
    if (!result.ok) {
      if (externalId) state.rejectedKnown.push(externalId);
      return { externalId, errors: result.errors.map(problem), warnings };
    }
    return {
      externalId,
      prepared: { listing: result.listing, hash: result.hash },
      errors: [],
      warnings,
    };
  }

  private async saveProblems(
    manager: EntityManager,
    syncRunId: string,
    problems: Array<Omit<ItemResult, 'listingId'>>,
  ) {
    if (problems.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(SyncRunItemEntity)
      .values(
        problems.map((p) => ({
          syncRunId,
          position: p.position,
          externalId: p.externalId,
          outcome: p.outcome,
          errors: p.errors,
          warnings: p.warnings,
        })),
      )
      .execute();
  }

  /** Snapshot semantics, with the mass-withdrawal guard: above the threshold, roll back and hold. */
  private async withdrawMissing(
    manager: EntityManager,
    request: IngestRunRequest,
    syncRunId: string,
  ): Promise<number> {
    const [counts] = await manager.query<Array<{ active: number; missing: number }>>(
      `SELECT count(*)::int AS active,
              count(*) FILTER (WHERE last_sync_run_id IS DISTINCT FROM $2)::int AS missing
         FROM listing_source WHERE partner_id = $1 AND status = 'ACTIVE'`,
      [request.partnerId, syncRunId],
    );
    const { active = 0, missing = 0 } = counts ?? {};
    if (missing === 0) return 0;
    const partner = await manager.findOneByOrFail(PartnerEntity, { id: request.partnerId });
    const threshold = Number(partner.snapshotWithdrawalThreshold);
    if (!request.confirmWithdrawals && missing > threshold * active)
      throw new SnapshotHeldError(missing, active, threshold);

    const withdrawn = await updateReturning<{ listing_id: string | null }>(
      manager,
      `UPDATE listing_source SET status = $3, withdrawn_at = now()
        WHERE partner_id = $1 AND status = 'ACTIVE' AND last_sync_run_id IS DISTINCT FROM $2
        RETURNING listing_id`,
      [request.partnerId, syncRunId, ListingSourceStatus.WITHDRAWN],
    );
    await refreshListings(
      manager,
      withdrawn.flatMap((w) => (w.listing_id ? [w.listing_id] : [])),
    );
    return withdrawn.length;
  }

  /** `withdrawListings`: the partner withdraws some of its sources now. */
  async withdraw(
    partnerId: string,
    externalIds: string[],
  ): Promise<{ withdrawn: string[]; notFound: string[] }> {
    return this.dataSource.transaction(async (manager) => {
      await lockGroups(manager);
      const rows = await updateReturning<{ external_id: string; listing_id: string | null }>(
        manager,
        `UPDATE listing_source SET status = 'WITHDRAWN', withdrawn_at = now()
          WHERE partner_id = $1 AND external_id = ANY($2::text[]) AND status = 'ACTIVE'
          RETURNING external_id, listing_id`,
        [partnerId, externalIds],
      );
      // Each listing keeps its other sources (recomputed) or is withdrawn with its last one.
      await refreshListings(
        manager,
        rows.flatMap((r) => (r.listing_id ? [r.listing_id] : [])),
      );
      const done = new Set(rows.map((r) => r.external_id));
      const known: Array<{ external_id: string }> = await manager.query(
        'SELECT external_id FROM listing_source WHERE partner_id = $1 AND external_id = ANY($2::text[])',
        [partnerId, externalIds],
      );
      const exists = new Set(known.map((k) => k.external_id));
      return { withdrawn: [...done], notFound: externalIds.filter((id) => !exists.has(id)) };
    });
  }
}
