import { z } from 'zod';

const integer = (name: string, fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((value) => (value === undefined || value === '' ? String(fallback) : value))
    .pipe(
      z
        .string()
        .regex(/^\d+$/, `${name} must be a whole number between ${min} and ${max}`)
        .transform(Number)
        .pipe(
          z
            .number()
            .int()
            .min(min, `${name} must be between ${min} and ${max}`)
            .max(max, `${name} must be between ${min} and ${max}`),
        ),
    );

const schema = z.object({
  SEARCH_RATE_LIMIT_PER_SECOND: integer('SEARCH_RATE_LIMIT_PER_SECOND', 30, 1, 100_000),
  SEARCH_RATE_LIMIT_BURST: integer('SEARCH_RATE_LIMIT_BURST', 60, 1, 100_000),
  SEARCH_TIMEOUT_MS: integer('SEARCH_TIMEOUT_MS', 1_500, 100, 30_000),
  SEARCH_INDEXER_INTERVAL_MS: integer('SEARCH_INDEXER_INTERVAL_MS', 500, 10, 60_000),
  SEARCH_INDEXER_BATCH_SIZE: integer('SEARCH_INDEXER_BATCH_SIZE', 500, 1, 10_000),
  SEARCH_INDEXER_MAX_BACKOFF_MS: integer('SEARCH_INDEXER_MAX_BACKOFF_MS', 30_000, 100, 600_000),
  SEARCH_TASK_TIMEOUT_MS: integer('SEARCH_TASK_TIMEOUT_MS', 120_000, 1_000, 3_600_000),
});

/** Settings of the search feature (environment variables, validated at start). */
export interface SearchConfig {
  /** Token bucket per client IP on `search`: refill rate (requests per second)… */
  rateLimitPerSecond: number;
  /** …and bucket size (burst). */
  rateLimitBurst: number;
  /** A search that Meilisearch has not answered in this time is SEARCH_UNAVAILABLE. */
  searchTimeoutMs: number;
  /** Pause of the outbox indexer when the outbox is empty. */
  indexerIntervalMs: number;
  /** Outbox rows per indexer batch. */
  indexerBatchSize: number;
  /** Longest pause between two failed attempts (exponential backoff from 250 ms). */
  indexerMaxBackoffMs: number;
  /** How long the indexer waits for one Meilisearch task. */
  taskTimeoutMs: number;
}

export class SearchConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid search configuration: ${problems.join('; ')}`);
    this.name = 'SearchConfigError';
  }
}

/** Reads the SEARCH_* variables; throws a SearchConfigError naming each bad one. */
export function loadSearchConfig(env: NodeJS.ProcessEnv = process.env): SearchConfig {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new SearchConfigError(
      result.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        return `${issue.message} (got "${env[name] ?? ''}")`;
      }),
    );
  }
  const c = result.data;
  return {
    rateLimitPerSecond: c.SEARCH_RATE_LIMIT_PER_SECOND,
    rateLimitBurst: c.SEARCH_RATE_LIMIT_BURST,
    searchTimeoutMs: c.SEARCH_TIMEOUT_MS,
    indexerIntervalMs: c.SEARCH_INDEXER_INTERVAL_MS,
    indexerBatchSize: c.SEARCH_INDEXER_BATCH_SIZE,
    indexerMaxBackoffMs: c.SEARCH_INDEXER_MAX_BACKOFF_MS,
    taskTimeoutMs: c.SEARCH_TASK_TIMEOUT_MS,
  };
}

/** Injection token of the SearchConfig. */
export const SEARCH_CONFIG = Symbol('SEARCH_CONFIG');
