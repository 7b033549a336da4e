import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { FeedParseError } from '@passerelle/connectors-api-engagement';
import type { FieldMapping } from '@passerelle/connectors-tabular';
import type { FeedFormat } from '@passerelle/shared-domain';
import type { AheadOptions, IngestItem } from '../pipeline';
import type { FeedThreadData, FromFeedThread, ThreadFailure } from './feed-thread.protocol';

const WORKER_FILE = join(__dirname, `feed-thread.worker${__filename.slice(-3)}`);
/** Input chunks sent ahead of the parsing thread. */
const CHUNKS_AHEAD = 4;
/** Items waiting for the consumer above which no more input is sent (memory stays bounded). */
const MAX_BUFFERED_ITEMS = 2_000;
const YOUNG_GENERATION_MB = 32;

/**
 * Whether a thread can load the parser: compiled JavaScript, or TypeScript under
 * `@swc-node/register` (npm start, the image, the benchmarks). Not under Jest's transform.
 */
export function canReadFeedInThread(): boolean {
  return (
    __filename.endsWith('.js') || process.execArgv.some((arg) => arg.includes('@swc-node/register'))
  );
}

function rebuild(failure: ThreadFailure): Error {
  if (failure.code)
    return new FeedParseError(failure.code, failure.message, {
      byteOffset: failure.byteOffset,
      line: failure.line,
    });
  return new Error(failure.message);
}

/**
 * `readFeed` on another thread: the connector (XML, JSON or CSV parsing, decoding, mapping)
 * runs beside the pipeline and the database writes instead of taking turns with them. Same
 * items in the same order, same errors (after the items complete before them), same streaming:
 * the bytes are sent a few chunks ahead and stop while the consumer lags behind. With `ahead`,
 * the thread also hashes the items and runs the pipeline on those not known to be unchanged.
 */
export async function* readFeedInThread(
  format: FeedFormat,
  body: AsyncIterable<Buffer | Uint8Array>,
  mapping: FieldMapping | null,
  maxBytes?: number,
  ahead?: AheadOptions,
): AsyncGenerator<IngestItem> {
  const data: FeedThreadData = { format, mapping, maxBytes, ahead };
  // The thread allocates fast and keeps little: a young generation larger than V8's default
  // spares it most of its garbage collection. 32 MB: re-syncs no longer parse known records, and
  // at 64 MB the peak RSS of a sync was ~30 MB higher for no measured gain (docs/performance.md).
  const worker = new Worker(WORKER_FILE, {
    workerData: data,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  const items: IngestItem[] = [];
  let credits = CHUNKS_AHEAD;
  let failure: Error | undefined;
  let done = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  worker.on('message', (message: FromFeedThread) => {
    if (message.type === 'items') items.push(...message.items);
    else if (message.type === 'ack') credits++;
    else if (message.type === 'failed') failure = rebuild(message.failure);
    else done = true;
    notify();
  });
  worker.on('error', (error) => {
    failure = error;
    notify();
  });
  worker.on('exit', (code) => {
    if (!done && !failure) failure = new Error(`The feed parsing thread stopped (exit ${code}).`);
    notify();
  });

  const source = body[Symbol.asyncIterator]();
  let sourceDone = false;
  try {
    for (;;) {
      while (!sourceDone && credits > 0 && items.length < MAX_BUFFERED_ITEMS && !failure) {
        const next = await source.next();
        if (next.done) {
          sourceDone = true;
          worker.postMessage({ type: 'end' });
        } else {
          credits--;
          worker.postMessage({ type: 'chunk', chunk: next.value });
        }
      }
      if (items.length > 0) {
        yield* items.splice(0, items.length);
        continue;
      }
      if (failure) throw failure;
      if (done) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    if (!sourceDone) await source.return?.();
    await worker.terminate();
  }
}
