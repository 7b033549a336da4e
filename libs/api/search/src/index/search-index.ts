import { Logger } from '@nestjs/common';
import type { Meilisearch, Task } from 'meilisearch';
import type { DataSource, EntityManager } from 'typeorm';
import { withIndexLock } from './index-lock';
import { DOCUMENT_VERSION, INDEX_SETTINGS, settingsHash } from './index-settings';
import { ListingDocumentsReader } from './listing-documents.reader';
import { meiliErrorCode, quote, settle } from './meili';
import type { SearchDocument } from './search-document';

/** What is stored next to the index, in the `<prefix>search_state` index. */
export interface IndexState {
  id: 'listings';
  /** Hash of the settings and document version the live index was built with. */
  settingsHash: string;
  documentVersion: number;
  rebuiltAt: string;
  reason: string;
  listings: number;
  documents: number;
  durationMs: number;
}

export interface RebuildReport {
  indexUid: string;
  listings: number;
  documents: number;
  durationMs: number;
}

export interface SearchIndexOptions {
  /** `MEILI_INDEX_PREFIX`. */
  prefix: string;
  taskTimeoutMs: number;
}

const REBUILD_PAGE = 1_000;
/**
 * Additions a rebuild keeps queued before it waits for the oldest: Meilisearch indexes queued
 * additions to one index as one batch, and PostgreSQL is read meanwhile (one task at a time,
 * ~300 documents/s at 1,000,000 listings).
 */
const REBUILD_TASKS_IN_FLIGHT = 8;
const QUEUED_TASK_POLL_MS = 250;
const notFound = (task: Task) => task.error?.code === 'index_not_found';

/**
 * The listings index: its settings and lifecycle (create, rebuild, swap) and the writes of
 * the outbox indexer. PostgreSQL is the source of truth: everything here can be redone.
 */
export class SearchIndex {
  private readonly logger = new Logger(SearchIndex.name);
  readonly uid: string;
  readonly stateUid: string;
  readonly nextUid: string;
  readonly hash = settingsHash();

  constructor(
    private readonly client: Meilisearch,
    private readonly dataSource: DataSource,
    private readonly options: SearchIndexOptions,
    private readonly reader = new ListingDocumentsReader(),
  ) {
    this.uid = `${options.prefix}listings`;
    this.nextUid = `${options.prefix}listings_next`;
    this.stateUid = `${options.prefix}search_state`;
  }

  /** The stored state, or null when there is none (never built, or Meilisearch lost it). */
  async state(): Promise<IndexState | null> {
    try {
      return await this.client.index(this.stateUid).getDocument<IndexState>('listings');
    } catch (error) {
      const code = meiliErrorCode(error);
      if (code === 'index_not_found' || code === 'document_not_found') return null;
      throw error;
    }
  }

  /** Why the live index must be rebuilt before use, or null when it is up to date. */
  async staleness(): Promise<string | null> {
    const state = await this.state();
    if (!state) return 'no index yet';
    if (state.settingsHash !== this.hash)
      return `settings changed (${state.settingsHash} → ${this.hash})`;
    try {
      await this.client.getRawIndex(this.uid);
    } catch (error) {
      if (meiliErrorCode(error) === 'index_not_found') return 'index missing';
      throw error;
    }
    return null;
  }

  /**
   * At worker start (and after Meilisearch was unreachable): rebuilds when the index is
   * missing or was built with other settings. Returns the reason of the rebuild, if any.
   */
  async ensureReady(): Promise<string | null> {
    const reason = await this.staleness();
    if (!reason) return null;
    return withIndexLock(this.dataSource, this.uid, async () => {
      const stillStale = await this.staleness(); // another worker may have done it meanwhile
      if (!stillStale) return null;
      this.logger.log(`Rebuilding search index ${this.uid}: ${stillStale}`);
      await this.rebuildLocked(stillStale);
      return stillStale;
    });
  }

  /**
   * Rebuilds the whole index from PostgreSQL without downtime: a new index with the current
   * settings is filled, then swapped with the live one, which keeps answering meanwhile.
   * The outbox indexer waits (same lock); what changes meanwhile is applied after the swap.
   */
  async rebuild(reason = 'requested'): Promise<RebuildReport> {
    return withIndexLock(this.dataSource, this.uid, () => this.rebuildLocked(reason));
  }

  private async rebuildLocked(reason: string): Promise<RebuildReport> {
    const started = Date.now();
    const timeout = this.options.taskTimeoutMs;
    await settle(this.client.deleteIndex(this.nextUid), timeout, notFound);
    await settle(this.client.createIndex(this.nextUid, { primaryKey: 'id' }), timeout);
    const next = this.client.index<SearchDocument>(this.nextUid);
    await settle(next.updateSettings(INDEX_SETTINGS), timeout);

    let listings = 0;
    let documents = 0;
    let after: string | null = null;
    const queued: Array<Promise<unknown>> = [];
    try {
      for (;;) {
        const ids = await this.reader.publishedIds(this.dataSource, after, REBUILD_PAGE);
        if (ids.length === 0) break;
        after = ids[ids.length - 1] ?? null;
        const docs = [...(await this.reader.documents(this.dataSource, ids)).values()].flat();
        listings += ids.length;
        documents += docs.length;
        if (docs.length === 0) continue;
        // Queued tasks wait for those before them: polled every 250 ms, not 25 (the client
        // keeps one abort listener per poll until the wait ends).
        const added = settle(
          next.addDocuments(docs, { primaryKey: 'id' }),
          timeout,
          undefined,
          QUEUED_TASK_POLL_MS,
        );
        added.catch(() => undefined); // surfaced when awaited below
        queued.push(added);
        if (queued.length >= REBUILD_TASKS_IN_FLIGHT) await queued.shift();
      }
      await Promise.all(queued);
    } finally {
      // Never leave a rejection unobserved when a read or a task failed.
      await Promise.allSettled(queued);
    }

    await settle(
      this.client.createIndex(this.uid, { primaryKey: 'id' }),
      timeout,
      (task) => task.error?.code === 'index_already_exists',
    );
    await settle(
      this.client.swapIndexes([{ indexes: [this.uid, this.nextUid], rename: false }]),
      timeout,
    );
    await settle(this.client.deleteIndex(this.nextUid), timeout, notFound);
    const durationMs = Date.now() - started;
    await this.writeState({ reason, listings, documents, durationMs });
    this.logger.log(
      `Search index ${this.uid} rebuilt (${reason}): ${listings} listings, ${documents} documents in ${durationMs} ms`,
    );
    return { indexUid: this.uid, listings, documents, durationMs };
  }

  private async writeState(
    report: Pick<IndexState, 'reason' | 'listings' | 'documents' | 'durationMs'>,
  ) {
    const timeout = this.options.taskTimeoutMs;
    const state: IndexState = {
      id: 'listings',
      settingsHash: this.hash,
      documentVersion: DOCUMENT_VERSION,
      rebuiltAt: new Date().toISOString(),
      ...report,
    };
    await settle(
      this.client.index(this.stateUid).addDocuments([state], { primaryKey: 'id' }),
      timeout,
    );
  }

  /**
   * Replaces the documents of these listings with what PostgreSQL says now: upserts their
   * documents and deletes those beyond the new count (all of them for a listing that is no
   * longer published). No delete-then-add: a listing never disappears in between. Returns
   * the number of documents written.
   */
  async applyListings(
    db: Pick<EntityManager, 'query'>,
    listingIds: readonly string[],
  ): Promise<number> {
    if (listingIds.length === 0) return 0;
    const byListing = await this.reader.documents(db, listingIds);
    const documents = [...byListing.values()].flat();
    // Grouped by new document count: a handful of clauses even for a batch of 500 listings.
    const byCount = new Map<number, string[]>();
    for (const [listingId, docs] of byListing) {
      const ids = byCount.get(docs.length) ?? [];
      ids.push(quote(listingId));
      byCount.set(docs.length, ids);
    }
    const filter = [...byCount]
      .map(([count, ids]) =>
        count === 0
          ? `listingId IN [${ids.join(', ')}]`
          : `(listingId IN [${ids.join(', ')}] AND position >= ${count})`,
      )
      .join(' OR ');
    const index = this.client.index<SearchDocument>(this.uid);
    const timeout = this.options.taskTimeoutMs;
    // Both enqueued before waiting, so that Meilisearch can batch them. The two sets of
    // documents are disjoint (positions below / from the new count): order does not matter.
    const added = documents.length > 0 ? index.addDocuments(documents, { primaryKey: 'id' }) : null;
    if (added) await added;
    const deleted = index.deleteDocuments({ filter });
    await deleted;
    if (added) await settle(added, timeout);
    await settle(deleted, timeout);
    return documents.length;
  }
}
