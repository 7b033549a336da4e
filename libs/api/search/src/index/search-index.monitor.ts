import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface OutboxStatus {
  /** Listing changes not yet applied to the index. */
  pending: number;
  /** Of those, how many failed at their last attempt (Meilisearch down, or it refused them). */
  failing: number;
  /** Age of the oldest pending change, in seconds (0 when none): the index lag. */
  lagSeconds: number;
  lastError: string | null;
}

/** Readiness detail of the index, added to `/ready` (informational: it never fails it). */
export interface IndexReadiness extends Partial<OutboxStatus> {
  /** `failing`: the last attempt to apply changes failed; `lagging`: changes wait too long. */
  status: 'up' | 'lagging' | 'failing' | 'unknown';
  reason?: string;
}

/** Above this lag, `/ready` says the index is lagging (and why, when a change failed). */
export const LAGGING_AFTER_SECONDS = 60;
const CACHE_MS = 1_000;
const READINESS_TIMEOUT_MS = 2_000;

/** Index lag and outbox depth, for `/ready`, `/metrics` and the admin status. */
@Injectable()
export class SearchIndexMonitor {
  private cached?: { at: number; value: Promise<OutboxStatus> };

  constructor(private readonly dataSource: DataSource) {}

  /** The outbox of listing changes, read at most once a second. */
  outbox(): Promise<OutboxStatus> {
    const now = Date.now();
    if (this.cached && now - this.cached.at < CACHE_MS) return this.cached.value;
    const value = this.read();
    this.cached = { at: now, value };
    value.catch(() => (this.cached = undefined));
    return value;
  }

  async readiness(): Promise<IndexReadiness> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const outbox = await Promise.race([
        this.outbox(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer within ${READINESS_TIMEOUT_MS} ms`)),
            READINESS_TIMEOUT_MS,
          );
        }),
      ]);
      const waiting = `${outbox.pending} listing changes wait for the search index since ${outbox.lagSeconds} s`;
      if (outbox.failing > 0 && outbox.lastError)
        return { status: 'failing', reason: `${waiting}: ${outbox.lastError}`, ...outbox };
      if (outbox.lagSeconds > LAGGING_AFTER_SECONDS)
        return { status: 'lagging', reason: waiting, ...outbox };
      return { status: 'up', ...outbox };
    } catch (error) {
      return { status: 'unknown', reason: error instanceof Error ? error.message : String(error) };
    } finally {
      clearTimeout(timer);
    }
  }

  private async read(): Promise<OutboxStatus> {
    const [row] = await this.dataSource.query<
      Array<{ pending: number; failing: number; lag: number | null; last_error: string | null }>
    >(
      `SELECT count(*)::int AS pending,
              count(*) FILTER (WHERE last_error IS NOT NULL)::int AS failing,
              extract(epoch FROM now() - min(created_at))::float8 AS lag,
              (SELECT last_error FROM outbox_event
                WHERE processed_at IS NULL AND aggregate_type = 'listing' AND last_error IS NOT NULL
                ORDER BY id DESC LIMIT 1) AS last_error
         FROM outbox_event WHERE processed_at IS NULL AND aggregate_type = 'listing'`,
    );
    return {
      pending: row?.pending ?? 0,
      failing: row?.failing ?? 0,
      lagSeconds: Math.max(0, Math.round((row?.lag ?? 0) * 10) / 10),
      lastError: row?.last_error ?? null,
    };
  }
}
