import type { DataSource, EntityManager } from 'typeorm';

/**
 * One writer at a time per index: the outbox indexer (a transaction-level try-lock around
 * each batch) and the rebuild (a session-level lock for its whole run) exclude each other, so
 * a batch never lands in an index being replaced and two workers never write one listing in
 * the wrong order. PostgreSQL advisory locks: nothing to clean up after a crash.
 */
const LOCK_CLASS = 0x5ea2c4;

/** Takes the index's lock for the current transaction if it is free; false otherwise. */
export async function tryLockForTransaction(
  manager: EntityManager,
  indexUid: string,
): Promise<boolean> {
  const rows: Array<{ locked: boolean }> = await manager.query(
    'SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS locked',
    [LOCK_CLASS, indexUid],
  );
  return rows[0]?.locked === true;
}

/** Runs `work` holding the index's lock on a dedicated connection (waits for it). */
export async function withIndexLock<T>(
  dataSource: DataSource,
  indexUid: string,
  work: () => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1, hashtext($2))', [LOCK_CLASS, indexUid]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1, hashtext($2))', [LOCK_CLASS, indexUid]);
    }
  } finally {
    await runner.release();
  }
}
