/**
 * Run by read-feed-in-thread.int-spec.ts under `node -r @swc-node/register` (Jest's transform
 * cannot load a thread): reads each feed given as `format:file[:mappingFile]` on a thread and on
 * this one, and prints what each gave (item count, digest of the items, failure) as JSON.
 */
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import type { FieldMapping } from '@passerelle/connectors-tabular';
import type { FeedFormat } from '@passerelle/shared-domain';
import { canReadFeedInThread, readFeedInThread } from '../read-feed-in-thread';
import { parseFeed } from '../read-feed';

async function digest(items: AsyncIterable<unknown>) {
  const hash = createHash('sha256');
  let count = 0;
  let failure: string | null = null;
  try {
    for await (const item of items) {
      hash.update(JSON.stringify(item));
      count++;
    }
  } catch (error) {
    const { name, code, message, byteOffset, line } = error as Record<string, unknown>;
    failure = JSON.stringify({ name, code, message, byteOffset, line });
  }
  return { count, digest: hash.digest('hex'), failure };
}

void (async () => {
  const results: Record<string, unknown> = { threadAvailable: canReadFeedInThread() };
  for (const spec of process.argv.slice(2)) {
    const [format, file, mappingFile] = spec.split(':') as [FeedFormat, string, string?];
    const mapping = mappingFile
      ? (JSON.parse(readFileSync(mappingFile, 'utf8')) as FieldMapping)
      : null;
    results[spec] = {
      thread: await digest(readFeedInThread(format, createReadStream(file), mapping)),
      inline: await digest(parseFeed(format, createReadStream(file), mapping)),
    };
  }
  process.stdout.write(JSON.stringify(results));
})();
