import type { EntityManager } from 'typeorm';

/** Key of the transaction-level advisory lock that serializes group changes. */
export const DEDUP_LOCK_KEY = 7_215_001_009;

/**
 * Serializes everything that changes groups (ingest runs, operators' merges and splits) until
 * the end of the caller's transaction. Without it, two partners' runs in parallel would not see
 * each other's uncommitted sources and the same mission would stay in two listings forever.
 * Take it before the transaction writes anything, so that no row lock is held while waiting.
 */
export async function lockGroups(manager: EntityManager): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock($1::bigint)', [DEDUP_LOCK_KEY]);
}
