/**
 * The parsing thread of `readFeedInThread`: runs the feed's connector on the bytes the main
 * thread sends, and sends the items back in the order they complete; with `ahead`, each item
 * also carries its input hash and, unless that hash is a known one, its pipeline result.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ListingInput } from '@passerelle/shared-domain';
import type { FeedThreadData, FromFeedThread, ToFeedThread } from './feed-thread.protocol';
import { prepareAhead, type IngestItem } from '../pipeline';
import { knownRecordsOf, parseFeed } from './read-feed';

const port = parentPort!;
const data = workerData as FeedThreadData;
const send = (message: FromFeedThread) => port.postMessage(message);

const inbox: ToFeedThread[] = [];
let wake: (() => void) | undefined;
port.on('message', (message: ToFeedThread) => {
  inbox.push(message);
  wake?.();
});

let batch: IngestItem[] = [];
const records = data.ahead && knownRecordsOf(data.ahead);
const known = records?.known ?? new Map<string, string>();
const flush = () => {
  if (batch.length === 0) return;
  send({ type: 'items', items: batch });
  batch = [];
};

/**
 * An item whose pipeline ran here is sent without its input but its external id: the run reads
 * nothing else of it, and cloning ~4 KB of input per item to the main thread is a good part of
 * a first sync's cost.
 */
function withoutInput(item: IngestItem): IngestItem {
  if (!item.ahead?.pipeline || !('item' in item)) return item;
  return { ...item, item: { externalId: item.item.externalId } as ListingInput };
}

/** The feed's bytes: each request for more sends the items so far, then an ack. */
async function* input(): AsyncGenerator<Uint8Array> {
  for (;;) {
    flush();
    send({ type: 'ack' });
    while (inbox.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    const message = inbox.shift()!;
    if (message.type === 'end') return;
    yield message.chunk;
  }
}

void (async () => {
  try {
    const items = parseFeed(data.format, input(), data.mapping, data.maxBytes, records);
    for await (const item of items) {
      batch.push(data.ahead ? withoutInput(prepareAhead(item, data.ahead, known)) : item);
      if (batch.length >= 200) flush();
    }
    flush();
    send({ type: 'done' });
  } catch (error) {
    flush();
    const { code, byteOffset, line } = error as {
      code?: unknown;
      byteOffset?: number;
      line?: number;
    };
    send({
      type: 'failed',
      failure: {
        code: typeof code === 'string' ? code : undefined,
        message: error instanceof Error ? error.message : String(error),
        byteOffset,
        line,
      },
    });
  }
})();
