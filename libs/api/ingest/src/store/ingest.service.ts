import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  FeedParseError,
  isKnownRecordFeedItem,
  isRejectedFeedItem,
} from '@passerelle/connectors-api-engagement';
import {
  indexedSources,
  type CandidateIndex,
  keyIndexPays,
  loadKeyIndex,
  lockGroups,
  othersHaveSources,
  refreshListings,
  searchCandidates,
} from '@passerelle/api-dedup';
import { insertRows, ListingSourceStatus, PartnerEntity, SyncRunEntity } from '@passerelle/api-db';
import { ItemOutcome, SyncRunStatus } from '@passerelle/shared-domain';
import {
  type AheadOptions,
  type IngestItem,
  IngestErrorCode,
  ingestIssue,
  inputHash,
  inputHashSalt,
  runPipeline,
} from '../pipeline';
import {
  type IngestRunRequest,
  type ItemProblem,
  type ItemResult,
  SnapshotHeldError,
} from './ingest-run.types';
import { LAST_SEEN_REFRESH_MS, type PreparedItem, touchSources, writeChunk } from './source-writer';

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
  /** External ids of the run's items that reached the pipeline (a later duplicate is rejected). */
  seen: Set<string>;
  /** External ids of items the connector could not read: their stored version is kept too. */
  unreadable: string[];
  /** Whether the partner had any source when the run started (else no item can be unchanged). */
  hasSources: boolean;
  /** Whether another partner has active sources (else nothing to match). */
  othersHaveSources?: boolean;
  /** Sources in the index when the run started (PostgreSQL's estimate), if others have some. */
  indexedSources?: number;
  /** Items whose candidates were looked up so far. */
  lookedUp?: number;
  /** Other partners' keys, once the run is big enough for reading them to pay (keyIndexPays). */
  keyIndex?: Promise<CandidateIndex | undefined>;
}

/** A chunk of items after the pipeline, before its write. */
interface PreparedChunk {
  items: Array<PreparedItem & { result: ItemResult }>;
  /** Deduplication's candidates of the items, looked up while the previous chunk is written. */
  candidates?: ReturnType<typeof searchCandidates>;
  /** Items whose input is the stored one: UNCHANGED without the pipeline. */
  skipped: Array<{ sourceId: string; stale: boolean; result: ItemResult }>;
  /** Items with errors or warnings: recorded as the run's items once their outcome is known. */
  problems: ItemResult[];
}

/** The stored state of a source that decides whether its item can skip the pipeline. */
interface KnownInput {
  id: string;
  external_id: string;
  input_hash: string;
  listing_id: string;
  last_seen_at: Date;
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
      unreadable: [],
      hasSources: true,
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

  /**
   * Reads the items chunk by chunk: each chunk goes through the pipeline while the previous one
   * is being written (one write in flight, so the worker and PostgreSQL work at the same time),
   * and the writes stay in input order. Items whose input is the one stored for their source
   * are UNCHANGED without the pipeline.
   */
  private async process(
    manager: EntityManager,
    request: IngestRunRequest,
    state: RunState,
  ): Promise<void> {
    // Group changes are serialized across runs (see lockGroups), before anything is written.
    await lockGroups(manager);
    const [sources] = await manager.query<Array<{ exist: boolean }>>(
      'SELECT EXISTS (SELECT 1 FROM listing_source WHERE partner_id = $1) AS exist',
      [request.partnerId],
    );
    state.hasSources = sources?.exist ?? false;
    // Other partners' sources do not change while this run holds lockGroups.
    state.othersHaveSources =
      request.deduplicate === false ? false : await othersHaveSources(manager, request.partnerId);
    if (state.othersHaveSources) state.indexedSources = await indexedSources(manager);
    const now = new Date();
    const salt = inputHashSalt(request.crosswalk);
    let batch: Array<{ position: number; feedItem: IngestItem }> = [];
    let writing: Promise<void> = Promise.resolve();
    const next = async () => {
      const chunk = await this.prepareChunk(manager, request, state, batch, salt);
      batch = [];
      // Other partners' sources, on another connection (see searchCandidates).
      if (state.othersHaveSources && chunk.items.length > 0) {
        const listings = chunk.items.map((item) => item.listing);
        chunk.candidates = this.keyIndex(request, state).then((index) =>
          searchCandidates(this.dataSource, request.partnerId, listings, { index }),
        );
        chunk.candidates.catch(() => undefined); // awaited by the chunk's write
        state.lookedUp = (state.lookedUp ?? 0) + listings.length;
      }
      await writing;
      writing = this.writeChunk(manager, request, state, chunk, now);
      // Surfaced by the next `await writing`; never left unhandled meanwhile.
      writing.catch(() => undefined);
    };
    try {
      const items =
        typeof request.items === 'function'
          ? request.items(await this.aheadOptions(request, state, salt))
          : (request.items as AsyncIterable<IngestItem>);
      for await (const feedItem of items) {
        batch.push({ position: state.counts.received++, feedItem });
        if (batch.length >= CHUNK_SIZE) await next();
      }
      await next();
      await writing;
    } catch (error) {
      // The transaction ends when this throws: no statement of a write may still be queued.
      await writing.catch(() => undefined);
      throw error;
    }
    if (request.fullSnapshot)
      state.counts.withdrawn = await this.withdrawMissing(manager, request, state);
  }

  /**
   * The other partners' keys, read (once, on another connection) when the run has looked up
   * enough items for it to pay; until then, none: blocking looks keys up in SQL.
   */
  private keyIndex(
    request: IngestRunRequest,
    state: RunState,
  ): Promise<CandidateIndex | undefined> {
    const indexed = state.indexedSources ?? 0;
    if (!state.keyIndex && keyIndexPays(state.lookedUp ?? 0, indexed)) {
      const started = performance.now();
      state.keyIndex = loadKeyIndex(this.dataSource, request.partnerId, indexed).then((index) => {
        this.logger.debug(
          index
            ? `Run ${state.run.id}: ${index.keys.keys} keys of ${index.keys.sources} sources of other partners read in ${Math.round(performance.now() - started)} ms (${index.keys.bytes} bytes)`
            : `Run ${state.run.id}: too many sources of other partners to hold their keys; blocking stays in SQL`,
        );
        return index;
      });
    }
    return state.keyIndex ?? Promise.resolve(undefined);
  }

  /** The work an item source may do ahead, with the input hashes stored for the partner. */
  private async aheadOptions(
    request: IngestRunRequest,
    state: RunState,
    salt: string,
  ): Promise<AheadOptions> {
    const rows: Array<{ input_hash: string; external_id: string }> = state.hasSources
      ? await this.dataSource.query(
          `SELECT input_hash, external_id FROM listing_source
            WHERE partner_id = $1 AND status = 'ACTIVE' AND listing_id IS NOT NULL
              AND input_hash IS NOT NULL`,
          [request.partnerId],
        )
      : [];
    return {
      salt,
      crosswalk: request.crosswalk,
      now: request.now,
      knownInputs: rows.map((row) => [row.input_hash, row.external_id] as const),
    };
  }

  private async prepareChunk(
    manager: EntityManager,
    request: IngestRunRequest,
    state: RunState,
    batch: ReadonlyArray<{ position: number; feedItem: IngestItem }>,
    salt: string,
  ): Promise<PreparedChunk> {
    const chunk: PreparedChunk = { items: [], skipped: [], problems: [] };
    const stale = new Date(Date.now() - LAST_SEEN_REFRESH_MS);
    const candidates: Array<{ position: number; externalId: string; hash: string }> = [];
    const record = (result: ItemResult) => {
      state.results?.push(result);
      if (result.errors.length > 0 || result.warnings.length > 0) chunk.problems.push(result);
      if (result.outcome === ItemOutcome.REJECTED) state.counts.rejected++;
    };
    const results = new Map<number, ItemResult>();
    for (const { position, feedItem } of batch) {
      const result: ItemResult = {
        position,
        externalId: null,
        outcome: ItemOutcome.REJECTED,
        listingId: null,
        errors: [],
        warnings: [],
      };
      results.set(position, result);
      if (isRejectedFeedItem(feedItem)) {
        result.externalId = feedItem.externalId ?? null;
        result.errors = feedItem.rejected.map(problem);
        if (result.externalId) state.unreadable.push(result.externalId);
        continue;
      }
      const known = isKnownRecordFeedItem(feedItem);
      const externalId = known ? feedItem.externalId : feedItem.item.externalId?.trim() || null;
      result.externalId = externalId;
      if (!known) result.warnings = feedItem.warnings.map(problem);
      if (externalId && state.seen.has(externalId)) {
        result.errors = [
          problem(
            ingestIssue(IngestErrorCode.DUPLICATE_EXTERNAL_ID, 'externalId', 'error', externalId),
          ),
        ];
        continue;
      }
      if (!externalId) continue; // the pipeline reports it
      state.seen.add(externalId);
      candidates.push({
        position,
        externalId,
        hash: known
          ? feedItem.recordHash
          : (feedItem.ahead?.inputHash ?? feedItem.recordHash ?? inputHash(feedItem.item, salt)),
      });
    }

    // Read on another connection, outside the run's transaction: only sources stored before the
    // run can match (an external id reaches the pipeline once per run, and runs are serialized by
    // lockGroups), and the query does not wait behind the previous chunk's write.
    const known = new Map<string, KnownInput>();
    if (candidates.length > 0 && state.hasSources) {
      const rows: KnownInput[] = await this.dataSource.query(
        `SELECT id, external_id, input_hash, listing_id, last_seen_at FROM listing_source
          WHERE partner_id = $1 AND external_id = ANY($2::text[])
            AND status = 'ACTIVE' AND listing_id IS NOT NULL AND input_hash IS NOT NULL`,
        [request.partnerId, candidates.map((c) => c.externalId)],
      );
      for (const row of rows) known.set(row.external_id, row);
    }
    const skip = new Map<number, KnownInput>();
    for (const candidate of candidates) {
      const source = known.get(candidate.externalId);
      if (source?.input_hash === candidate.hash) skip.set(candidate.position, source);
    }
    const hashes = new Map(candidates.map((c) => [c.position, c.hash]));

    for (const { position, feedItem } of batch) {
      const result = results.get(position)!;
      const source = skip.get(position);
      if (source) {
        result.outcome = ItemOutcome.UNCHANGED;
        result.listingId = source.listing_id;
        state.counts.unchanged++;
        chunk.skipped.push({ sourceId: source.id, stale: source.last_seen_at < stale, result });
      } else if (isKnownRecordFeedItem(feedItem) && result.errors.length === 0) {
        // Its hash was read from the partner's active sources under the run's lock: it cannot
        // have changed since. Nothing was applied yet; the run fails and can be run again.
        throw new Error(
          `Sync run ${state.run.id}: the known record of ${feedItem.externalId} is no longer stored`,
        );
      } else if (
        !isRejectedFeedItem(feedItem) &&
        !isKnownRecordFeedItem(feedItem) &&
        result.errors.length === 0
      ) {
        // Done ahead unless the input hash was a known one (then the source was found changed).
        const outcome =
          feedItem.ahead?.pipeline ??
          runPipeline(feedItem.item, { crosswalk: request.crosswalk, now: request.now });
        result.warnings.push(...outcome.warnings.map(problem));
        if (outcome.ok) {
          result.outcome = ItemOutcome.UNCHANGED; // until written
          chunk.items.push({
            position,
            listing: outcome.listing,
            hash: outcome.hash,
            inputHash: hashes.get(position)!, // valid items have an external id
            result,
          });
        } else result.errors = outcome.errors.map(problem);
      }
      record(result);
    }
    return chunk;
  }

  private async writeChunk(
    manager: EntityManager,
    request: IngestRunRequest,
    state: RunState,
    chunk: PreparedChunk,
    now: Date,
  ): Promise<void> {
    const written = await writeChunk(manager, request.partnerId, state.run.id, chunk.items, now, {
      deduplicate: request.deduplicate,
      othersHaveSources: state.othersHaveSources,
      candidates: chunk.candidates,
    });
    for (const item of chunk.items) {
      const result = written.get(item.position);
      if (!result) continue;
      state.counts[
        result.outcome === ItemOutcome.CREATED
          ? 'created'
          : result.outcome === ItemOutcome.UPDATED
            ? 'updated'
            : 'unchanged'
      ]++;
      Object.assign(item.result, result);
    }
    await touchSources(
      manager,
      chunk.skipped.filter((s) => s.stale).map((s) => s.sourceId),
      now,
    );
    const skippedIds = chunk.skipped.map((s) => s.sourceId);
    if (state.results && skippedIds.length > 0) {
      // A previous chunk's deduplication may have moved them to another group since.
      const rows: Array<{ id: string; listing_id: string }> = await manager.query(
        'SELECT id, listing_id FROM listing_source WHERE id = ANY($1::uuid[])',
        [skippedIds],
      );
      const listingOf = new Map(rows.map((row) => [row.id, row.listing_id]));
      for (const { sourceId, result } of chunk.skipped)
        result.listingId = listingOf.get(sourceId) ?? result.listingId;
    }
    // Warnings are recorded when an item is created or updated, not again while it is unchanged.
    await this.saveProblems(
      manager,
      state.run.id,
      chunk.problems.filter((p) => p.outcome !== ItemOutcome.UNCHANGED || p.errors.length > 0),
    );
  }

  private async saveProblems(
    manager: EntityManager,
    syncRunId: string,
    problems: readonly ItemResult[],
  ) {
    await insertRows(
      manager,
      'sync_run_item',
      problems.map((p) => ({
        sync_run_id: syncRunId,
        position: p.position,
        external_id: p.externalId,
        outcome: p.outcome,
        errors: p.errors,
        warnings: p.warnings,
      })),
    );
  }

  /** Snapshot semantics, with the mass-withdrawal guard: above the threshold, roll back and hold. */
  private async withdrawMissing(
    manager: EntityManager,
    request: IngestRunRequest,
    state: RunState,
  ): Promise<number> {
    // Every external id the run carried, valid or not: a rejected item keeps its stored version.
    const present = [...state.seen, ...state.unreadable];
    const [counts] = await manager.query<Array<{ active: number; missing: number }>>(
      `SELECT count(*)::int AS active,
              count(*) FILTER (WHERE external_id <> ALL($2::text[]))::int AS missing
         FROM listing_source WHERE partner_id = $1 AND status = 'ACTIVE'`,
      [request.partnerId, present],
    );
    const { active = 0, missing = 0 } = counts ?? {};
    if (missing === 0) return 0;
    const partner = await manager.findOneByOrFail(PartnerEntity, { id: request.partnerId });
    const threshold = Number(partner.snapshotWithdrawalThreshold);
    if (!request.confirmWithdrawals && missing > threshold * active)
      throw new SnapshotHeldError(missing, active, threshold);

    const withdrawn = await updateReturning<{ listing_id: string | null }>(
      manager,
      `UPDATE listing_source SET status = $3, withdrawn_at = now(), last_sync_run_id = $4
        WHERE partner_id = $1 AND status = 'ACTIVE' AND external_id <> ALL($2::text[])
        RETURNING listing_id`,
      [request.partnerId, present, ListingSourceStatus.WITHDRAWN, state.run.id],
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
