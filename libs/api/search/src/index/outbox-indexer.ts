import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@passerelle/api-core';
import { SEARCH_CONFIG, type SearchConfig } from '../search.config';
import { SearchMetrics } from '../metrics/search.metrics';
import { tryLockForTransaction } from './index-lock';
import { describeError, isUnreachable } from './meili';
import { SearchIndex } from './search-index';

interface OutboxRow {
  id: string;
  aggregate_id: string;
}

/** What one batch did. */
export interface BatchResult {
  /** Outbox rows marked processed. */
  processed: number;
  /** Outbox rows left for a later attempt. */
  failed: number;
  /** True when another process holds the index (a rebuild, another worker). */
  busy: boolean;
  /** Set when Meilisearch could not be reached: the loop backs off. */
  error?: unknown;
}

const FIRST_BACKOFF_MS = 250;
/** Rows Meilisearch refused this many times leave the batches (see `runBatch`). */
export const PARKED_AFTER = 3;
const PARKED_RETRY_MS = 60_000;
const STOP_GRACE_MS = 15_000;
/** Processed outbox rows are kept this long (to trace a change), then deleted. */
export const OUTBOX_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;
const PURGE_EVERY_MS = 60 * 60 * 1000;
const PURGE_BATCH = 10_000;

/**
 * Worker processes run the indexer (`PASSERELLE_ROLE` worker or all). Test apps run it only
 * with their own index prefix (`testIndexPrefix()`): without one they would all write the
 * same index from different databases.
 */
export function indexerRuns(config: Pick<AppConfig, 'role' | 'nodeEnv' | 'meiliIndexPrefix'>) {
  if (config.role === 'api') return false;
  return !(config.nodeEnv === 'test' && config.meiliIndexPrefix === '');
}

/** Carries a batch's failure to the loop's backoff. */
class IndexerPause extends Error {
  constructor(override readonly cause: unknown) {
    super('indexing paused');
  }
}

const unreachableMessage = (error: unknown) =>
  `Meilisearch unreachable: ${describeError(error)}`.slice(0, 1_000);

/** Exponential backoff, capped: 250 ms, 500 ms, 1 s… up to `max`. */
export function backoffMs(failures: number, max: number): number {
  return Math.min(max, FIRST_BACKOFF_MS * 2 ** Math.max(0, Math.min(failures - 1, 20)));
}

/**
 * Applies listing changes from the outbox to the search index, in worker processes
 * (`PASSERELLE_ROLE` ≠ api): a polling loop, because pg-boss schedules no finer than a
 * minute. Each batch: lock up to N unprocessed rows (SKIP LOCKED), rebuild the documents of
 * their listings from PostgreSQL, write them, wait for Meilisearch's tasks, mark the rows
 * processed, commit. A listing Meilisearch refuses keeps its rows (attempts + 1, last
 * error) while the others go through; when Meilisearch is down or too slow the rows wait as
 * they are and the loop backs off until it is back. Nothing is lost.
 */
@Injectable()
export class OutboxIndexer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxIndexer.name);
  private loop?: Promise<void>;
  private stopping = false;
  private wake?: () => void;
  /** Whether the index was checked (settings, existence) since start or the last failure. */
  private ready = false;
  private lastParkedRetry = 0;
  private lastPurge = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly appConfig: AppConfig,
    @Inject(SEARCH_CONFIG) private readonly config: SearchConfig,
    private readonly dataSource: DataSource,
    private readonly index: SearchIndex,
    private readonly metrics: SearchMetrics,
  ) {}

  onApplicationBootstrap(): void {
    if (!indexerRuns(this.appConfig)) return;
    this.loop = this.run();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    if (!this.loop) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.loop,
      new Promise((resolve) => (timer = setTimeout(resolve, STOP_GRACE_MS))),
    ]);
    clearTimeout(timer);
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      let pause = this.config.indexerIntervalMs;
      try {
        if (!this.ready) {
          await this.index.ensureReady();
          this.ready = true;
        }
        const result = await this.runBatch();
        if (result.error !== undefined) throw new IndexerPause(result.error);
        if (failures > 0) this.logger.log('Search indexing resumed');
        failures = 0;
        if (result.processed > 0) pause = 0;
        else if (Date.now() - this.lastPurge > PURGE_EVERY_MS) {
          this.lastPurge = Date.now();
          const purged = await this.purgeProcessed(new Date(Date.now() - OUTBOX_RETENTION_MS));
          if (purged > 0) this.logger.log(`Purged ${purged} processed outbox rows`);
        }
      } catch (caught) {
        const error = caught instanceof IndexerPause ? caught.cause : caught;
        failures++;
        if (isUnreachable(error)) await this.noteUnreachable(error);
        this.ready = false; // Meilisearch may come back empty: check the index again first
        pause = backoffMs(failures, this.config.indexerMaxBackoffMs);
        if (failures === 1 || failures % 20 === 0)
          this.logger.warn(
            `Search indexing failed (${failures}×, next try in ${pause} ms): ${describeError(error)}`,
          );
      }
      if (pause > 0 && !this.stopping) await this.sleep(pause);
    }
  }

  /**
   * Deletes the rows processed before `before`, in batches (the table would otherwise grow
   * with every change ever made). Unprocessed rows are never touched.
   */
  async purgeProcessed(before: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const [, deleted] = await this.dataSource.query<[unknown[], number]>(
        `DELETE FROM outbox_event WHERE id IN (
           SELECT id FROM outbox_event WHERE processed_at < $1 LIMIT $2)`,
        [before, PURGE_BATCH],
      );
      total += deleted;
      if (deleted < PURGE_BATCH || this.stopping) return total;
    }
  }

  /** Says on the waiting rows why they wait (for /ready), without touching their attempts. */
  private async noteUnreachable(error: unknown): Promise<void> {
    const message = unreachableMessage(error);
    try {
      await this.dataSource.query(
        `UPDATE outbox_event SET last_error = $1
          WHERE processed_at IS NULL AND aggregate_type = 'listing' AND last_error IS DISTINCT FROM $1`,
        [message],
      );
    } catch {
      // PostgreSQL is unavailable too: /ready says so.
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  /**
   * One batch of the outbox, in one transaction. Rows that Meilisearch refused
   * `PARKED_AFTER` times are left out of batches and retried alone, at most once a minute,
   * so that one bad listing never slows the others down.
   */
  async runBatch(): Promise<BatchResult> {
    const retryParked = Date.now() - this.lastParkedRetry >= PARKED_RETRY_MS;
    const result = await this.dataSource.transaction(async (manager) => {
      if (!(await tryLockForTransaction(manager, this.index.uid)))
        return { processed: 0, failed: 0, busy: true };
      let rows: OutboxRow[] = await manager.query(
        `SELECT id, aggregate_id FROM outbox_event
          WHERE processed_at IS NULL AND aggregate_type = 'listing' AND attempts < $2
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.config.indexerBatchSize, PARKED_AFTER],
      );
      if (rows.length === 0 && retryParked) {
        this.lastParkedRetry = Date.now();
        rows = await manager.query(
          `SELECT id, aggregate_id FROM outbox_event
            WHERE processed_at IS NULL AND aggregate_type = 'listing' AND aggregate_id = (
              SELECT aggregate_id FROM outbox_event
               WHERE processed_at IS NULL AND aggregate_type = 'listing' AND attempts >= $1
               ORDER BY id LIMIT 1)
            FOR UPDATE SKIP LOCKED`,
          [PARKED_AFTER],
        );
      }
      if (rows.length === 0) return { processed: 0, failed: 0, busy: false };
      return this.apply(manager, rows);
    });
    return result;
  }

  private async apply(manager: EntityManager, rows: OutboxRow[]): Promise<BatchResult> {
    const listingIds = [...new Set(rows.map((row) => row.aggregate_id))];
    /** Listing id → why Meilisearch refused it. */
    const refused = new Map<string, string>();
    let unreachable: unknown;
    try {
      await this.index.applyListings(manager, listingIds);
    } catch (error) {
      if (isUnreachable(error)) unreachable = error;
      else if (listingIds.length === 1) refused.set(listingIds[0]!, describeError(error));
      else {
        // Meilisearch refused the batch: find the listings it refuses, let the others through.
        for (const id of listingIds) {
          try {
            await this.index.applyListings(manager, [id]);
          } catch (single) {
            if (isUnreachable(single)) {
              unreachable = single;
              break;
            }
            refused.set(id, describeError(single));
          }
        }
      }
    }
    if (unreachable !== undefined) {
      // Meilisearch is down or too slow: the rows wait as they are (attempts unchanged, so
      // they are never parked), with the reason for /ready. Some documents may have been
      // written already: writing them again is harmless.
      await manager.query('UPDATE outbox_event SET last_error = $2 WHERE id = ANY($1::bigint[])', [
        rows.map((row) => row.id),
        unreachableMessage(unreachable),
      ]);
      this.metrics.indexerFailures.inc({ kind: 'unreachable' });
      return { processed: 0, failed: rows.length, busy: false, error: unreachable };
    }

    const done = rows.filter((row) => !refused.has(row.aggregate_id)).map((row) => row.id);
    if (done.length > 0)
      await manager.query(
        'UPDATE outbox_event SET processed_at = now(), last_error = NULL WHERE id = ANY($1::bigint[])',
        [done],
      );
    for (const [listingId, message] of refused) {
      await manager.query(
        `UPDATE outbox_event SET attempts = attempts + 1, last_error = $2
          WHERE id = ANY($1::bigint[])`,
        [
          rows.filter((row) => row.aggregate_id === listingId).map((row) => row.id),
          message.slice(0, 1_000),
        ],
      );
      this.logger.warn(`Meilisearch refused listing ${listingId}: ${message}`);
    }
    if (listingIds.length > refused.size)
      this.metrics.indexedListings.inc({}, listingIds.length - refused.size);
    if (refused.size > 0) this.metrics.indexerFailures.inc({ kind: 'refused' }, refused.size);
    return { processed: done.length, failed: rows.length - done.length, busy: false };
  }
}
