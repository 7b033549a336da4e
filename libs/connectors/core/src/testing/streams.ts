import type { FeedItem, KnownRecordFeedItem, MappedFeedItem } from '../connector.types';

/** Test helpers for connectors: byte streams from buffers and the outcome of a whole run. */
/** An async stream of the values of a (lazy) iterable, handed over one tick at a time like a socket's. */
export async function* asAsync<T>(values: Iterable<T>): AsyncGenerator<T> {
  for (const value of values) yield await Promise.resolve(value);
}

function* slices(buffer: Buffer, size: number): Generator<Buffer> {
  for (let start = 0; start < buffer.length; start += size)
    yield buffer.subarray(start, start + size);
}

/** The bytes as an async stream of chunks of `size` bytes. */
export function chunked(bytes: Uint8Array | string, size = 64 * 1024): AsyncGenerator<Buffer> {
  return asAsync(
    slices(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes), size),
  );
}

export interface FeedRun<T = FeedItem> {
  items: T[];
  error: (Error & { code?: string; byteOffset?: number; line?: number }) | undefined;
}

/** Runs a connector to the end, keeping what it yielded and what it threw. */
export async function run<T = FeedItem>(feed: AsyncIterable<T>): Promise<FeedRun<T>> {
  const items: T[] = [];
  try {
    for await (const item of feed) items.push(item);
    return { items, error: undefined };
  } catch (error) {
    return { items, error: error as FeedRun<T>['error'] };
  }
}

/** The mapped item at `index`, failing the test if it was rejected. */
export function mapped(
  items: ReadonlyArray<FeedItem | KnownRecordFeedItem>,
  index: number,
): MappedFeedItem {
  const item = items[index];
  if (!item || !('item' in item))
    throw new Error(`item ${index} is not a mapped item: ${JSON.stringify(item)}`);
  return item;
}
