import { Injectable } from '@nestjs/common';
import { DataSource, type ObjectLiteral, type Repository } from 'typeorm';
import { type Actor, requireAuthenticated, requirePartnerAccess } from '@passerelle/api-auth';
import { SyncRunEntity, SyncRunItemEntity } from '@passerelle/api-db';
import { ItemOutcome } from '@passerelle/shared-domain';
import { isUuid } from '../ids';
import {
  decodeCursor,
  encodeCursor,
  groupByArguments,
  type Page,
  type PageRequest,
} from '@passerelle/api-core';

/** Sync runs are listed newest first; the key is (startedAt to the microsecond, id). */
export type SyncRunKey = readonly [startedAt: string, id: string];
/** Rejections are listed in input order; the key is the item's position. */
export type RejectionKey = readonly [position: number];

const RUN_CURSOR = 'SyncRun';
const REJECTION_CURSOR = 'SyncRunRejection';

const isSyncRunKey = (key: readonly unknown[]): key is SyncRunKey =>
  key.length === 2 &&
  typeof key[0] === 'string' &&
  !Number.isNaN(Date.parse(key[0])) &&
  typeof key[1] === 'string' &&
  isUuid(key[1]);

const isRejectionKey = (key: readonly unknown[]): key is RejectionKey =>
  key.length === 1 && Number.isSafeInteger(key[0]);

export const decodeSyncRunCursor = (cursor: string): SyncRunKey =>
  decodeCursor(RUN_CURSOR, cursor, isSyncRunKey);
export const decodeRejectionCursor = (cursor: string): RejectionKey =>
  decodeCursor(REJECTION_CURSOR, cursor, isRejectionKey);

/** startedAt exactly as stored (microseconds), so a cursor never skips or repeats a run. */
const STARTED_AT_TEXT = `to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

interface KeyRow {
  parent_id: string;
  id: string;
  sort_key: string | number;
}

/** Sync runs and their rejected items; every list read is batched over parents. */
@Injectable()
export class SyncRunService {
  constructor(private readonly dataSource: DataSource) {}

  private get runs(): Repository<SyncRunEntity> {
    return this.dataSource.getRepository(SyncRunEntity);
  }

  /** The run if the actor may see it (admin, or the run's partner): null when none. */
  async findById(actor: Actor, id: string): Promise<SyncRunEntity | null> {
    requireAuthenticated(actor);
    const run = isUuid(id) ? await this.runs.findOneBy({ id }) : null;
    if (!run) return null;
    requirePartnerAccess(actor, run.partnerId);
    return run;
  }

  /** Pages of sync runs of several partners, newest first: a few queries for the whole batch. */
  async syncRunPages(requests: readonly PageRequest<SyncRunKey>[]): Promise<Page<SyncRunEntity>[]> {
    return this.pages(requests, {
      entity: SyncRunEntity,
      cursorKind: RUN_CURSOR,
      keyOf: (row) => [String(row.sort_key), row.id],
      count: `SELECT partner_id AS parent_id, count(*)::int AS total FROM sync_run
              WHERE partner_id = ANY($1::uuid[]) GROUP BY partner_id`,
      keys: (after) => `
        SELECT p.parent_id, r.id, r.sort_key
        FROM unnest($1::uuid[]) AS p(parent_id)
        CROSS JOIN LATERAL (
          SELECT id, ${STARTED_AT_TEXT} AS sort_key FROM sync_run
          WHERE partner_id = p.parent_id
            ${after ? 'AND (started_at, id) < ($3::timestamptz, $4::uuid)' : ''}
          ORDER BY started_at DESC, id DESC
          LIMIT $2
        ) r`,
    });
  }

  /** Pages of rejected items of several runs, in input order. */
  async rejectionPages(
    requests: readonly PageRequest<RejectionKey>[],
  ): Promise<Page<SyncRunItemEntity>[]> {
    return this.pages(requests, {
      entity: SyncRunItemEntity,
      cursorKind: REJECTION_CURSOR,
      keyOf: (row) => [Number(row.sort_key)],
      count: `SELECT sync_run_id AS parent_id, count(*)::int AS total FROM sync_run_item
              WHERE sync_run_id = ANY($1::uuid[]) AND outcome = '${ItemOutcome.REJECTED}'
              GROUP BY sync_run_id`,
      keys: (after) => `
        SELECT p.parent_id, i.id, i.sort_key
        FROM unnest($1::uuid[]) AS p(parent_id)
        CROSS JOIN LATERAL (
          SELECT id, position AS sort_key FROM sync_run_item
          WHERE sync_run_id = p.parent_id AND outcome = '${ItemOutcome.REJECTED}'
            ${after ? 'AND position > $3' : ''}
          ORDER BY position
          LIMIT $2
        ) i`,
    });
  }

  /**
   * Keyset pagination for many parents at once: one count query, then per group of requests
   * sharing (first, after) one LATERAL query for the keys of each parent's page (using the
   * (parent, sort key) index) and one query for the rows.
   */
  private async pages<E extends ObjectLiteral & { id: string }, K extends readonly unknown[]>(
    requests: readonly PageRequest<K>[],
    spec: {
      entity: new () => E;
      cursorKind: string;
      keyOf: (row: KeyRow) => (string | number)[];
      count: string;
      keys: (after: boolean) => string;
    },
  ): Promise<Page<E>[]> {
    const parentIds = [...new Set(requests.map((request) => request.parentId))];
    const totals = new Map<string, number>();
    const countRows = await this.dataSource.query<{ parent_id: string; total: number }[]>(
      spec.count,
      [parentIds],
    );
    for (const row of countRows) totals.set(row.parent_id, row.total);

    const pages = new Map<PageRequest<K>, Page<E>>();
    for (const group of groupByArguments(requests)) {
      const { first, after } = group[0] ?? { first: 0, after: null };
      const ids = [...new Set(group.map((request) => request.parentId))];
      const keyRows = await this.dataSource.query<KeyRow[]>(spec.keys(after !== null), [
        ids,
        first + 1,
        ...(after ?? []),
      ]);
      const rows = keyRows.length
        ? await this.dataSource
            .getRepository(spec.entity)
            .createQueryBuilder('row')
            .where('row.id IN (:...ids)', { ids: keyRows.map((row) => row.id) })
            .getMany()
        : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      const keysByParent = new Map<string, KeyRow[]>();
      for (const row of keyRows) {
        const list = keysByParent.get(row.parent_id);
        if (list) list.push(row);
        else keysByParent.set(row.parent_id, [row]);
      }
      for (const request of group) {
        const mine = keysByParent.get(request.parentId) ?? [];
        pages.set(request, {
          totalCount: totals.get(request.parentId) ?? 0,
          hasNextPage: mine.length > first,
          hasPreviousPage: after !== null,
          edges: mine.slice(0, first).flatMap((row) => {
            const node = byId.get(row.id);
            return node ? [{ cursor: encodeCursor(spec.cursorKind, spec.keyOf(row)), node }] : [];
          }),
        });
      }
    }
    return requests.map(
      (request) =>
        pages.get(request) ?? {
          totalCount: 0,
          edges: [],
          hasNextPage: false,
          hasPreviousPage: false,
        },
    );
  }
}
