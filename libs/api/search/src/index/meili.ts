import {
  type EnqueuedTaskPromise,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchTaskTimeOutError,
  type Task,
} from 'meilisearch';

/** A Meilisearch task that ended `failed` or `canceled`. */
export class SearchTaskError extends Error {
  constructor(
    readonly task: Pick<Task, 'uid' | 'type' | 'status' | 'error'>,
    readonly indexUid: string | null,
  ) {
    super(
      `Meilisearch task ${task.uid} (${task.type}${indexUid ? ` on ${indexUid}` : ''}) ${task.status}: ${task.error?.message ?? 'no reason given'}`,
    );
    this.name = 'SearchTaskError';
  }

  get code(): string | undefined {
    return this.task.error?.code;
  }
}

/** The error code Meilisearch answered (`index_not_found`…), if it answered one. */
export function meiliErrorCode(error: unknown): string | undefined {
  if (error instanceof SearchTaskError) return error.code;
  if (error instanceof MeilisearchApiError) return error.cause?.code;
  return undefined;
}

/**
 * True when Meilisearch could not be reached or did not answer in time (as opposed to a
 * request it refused): the outbox rows are retried as they are until it is back.
 */
export function isUnreachable(error: unknown): boolean {
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchTaskTimeOutError)
    return true;
  if (error instanceof MeilisearchApiError) return (error.response?.status ?? 0) >= 500;
  return false;
}

/** A short, secret-free description of an error for logs and `last_error`. */
export function describeError(error: unknown): string {
  if (error instanceof MeilisearchRequestError) {
    const cause = error.cause as { message?: string; cause?: { code?: string } } | undefined;
    const detail = cause?.cause?.code ?? cause?.message;
    return `${error.message}${detail ? ` (${detail})` : ''}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Waits for an enqueued task and throws a SearchTaskError unless it succeeded. */
export async function settle(
  enqueued: EnqueuedTaskPromise,
  timeoutMs: number,
  accept: (task: Task) => boolean = () => false,
  intervalMs = 25,
): Promise<Task> {
  const task = await enqueued.waitTask({ timeout: timeoutMs, interval: intervalMs });
  if (task.status !== 'succeeded' && !accept(task)) throw new SearchTaskError(task, task.indexUid);
  return task;
}

/** Quotes a value for a Meilisearch filter expression. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
