import { createMeilisearchClient } from '@passerelle/api-core';
import type { DataSource } from 'typeorm';
import { settingsHash } from '../index/index-settings';

export * from './french-listings.fixture';

/** Listing changes the indexer has not applied yet. */
export async function pendingIndexChanges(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query<Array<{ n: number }>>(
    `SELECT count(*)::int AS n FROM outbox_event
      WHERE processed_at IS NULL AND aggregate_type = 'listing'`,
  );
  return row?.n ?? 0;
}

/** Polls `check` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 60_000,
  what = 'the condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Waits until the outbox indexer of a test app (its own index prefix) has applied every
 * listing change: the rows are marked processed only after Meilisearch's tasks succeeded.
 */
export function waitForSearchIndex(dataSource: DataSource, timeoutMs = 60_000): Promise<true> {
  return eventually(
    async () => ((await pendingIndexChanges(dataSource)) === 0 ? true : undefined),
    timeoutMs,
    'the search index to catch up',
  );
}

/** Deletes the Meilisearch indexes of a test prefix (afterAll). */
export async function dropTestIndexes(
  prefix: string,
  meiliUrl = process.env['MEILI_URL']!,
  apiKey = process.env['MEILI_MASTER_KEY'],
): Promise<void> {
  if (!prefix) return;
  const client = createMeilisearchClient(meiliUrl, apiKey);
  const { results } = await client.getIndexes({ limit: 1_000 });
  await Promise.all(
    results
      .filter((index) => index.uid.startsWith(prefix))
      .map((index) => client.deleteIndex(index.uid).waitTask({ timeout: 30_000 })),
  );
}

/** Waits until a test app's worker has built its index (`<prefix>listings`, current settings). */
export function waitForSearchReady(
  prefix: string,
  timeoutMs = 60_000,
  meiliUrl = process.env['MEILI_URL']!,
  apiKey = process.env['MEILI_MASTER_KEY'],
): Promise<true> {
  const client = createMeilisearchClient(meiliUrl, apiKey);
  return eventually(
    async () => {
      const state = await client
        .index(`${prefix}search_state`)
        .getDocument<{ settingsHash: string }>('listings');
      return state.settingsHash === settingsHash() ? true : undefined;
    },
    timeoutMs,
    'the search index to be built',
  );
}
