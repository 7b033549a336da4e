/**
 * Run by read-feed-in-thread.int-spec.ts under `node -r @swc-node/register` (Jest's transform
 * cannot load a thread): reads each feed given as `format:file[:mappingFile]` on a thread and on
 * this one, and prints what each gave (item count, digest of the items, failure) as JSON.
 */
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import type { FieldMapping } from '@passerelle/connectors-tabular';
import type { FeedFormat } from '@passerelle/shared-domain';
import { inputHash, inputHashSalt, runPipeline, type IngestItem } from '../../pipeline';
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

/**
 * The thread's ahead work against the same work done here: the first valid item's hash is
 * given as known (hashed only), the others are hashed and run through the pipeline.
 */
async function checkAhead(format: FeedFormat, file: string, mapping: FieldMapping | null) {
  const salt = inputHashSalt();
  const now = new Date('2026-01-01T00:00:00Z');
  const local: IngestItem[] = [];
  for await (const item of parseFeed(format, createReadStream(file), mapping)) local.push(item);
  const first = local.find((item) => 'item' in item);
  const knownHashes = first && 'item' in first ? [inputHash(first.item, salt)] : [];
  let checked = 0;
  let hashedOnly = 0;
  let mismatches = 0;
  let position = 0;
  const ahead = { salt, now, knownHashes };
  for await (const item of readFeedInThread(
    format,
    createReadStream(file),
    mapping,
    undefined,
    ahead,
  )) {
    const mine = local[position++]!;
    if (!('item' in mine)) continue;
    checked++;
    const hash = inputHash(mine.item, salt);
    if (!item.ahead?.pipeline) hashedOnly++;
    const expected = knownHashes.includes(hash)
      ? { inputHash: hash }
      : { inputHash: hash, pipeline: runPipeline(mine.item, { now }) };
    if (JSON.stringify(item.ahead) !== JSON.stringify(expected)) mismatches++;
  }
  return { checked, hashedOnly, mismatches };
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
      ahead: await checkAhead(format, file, mapping).catch(() => null),
    };
  }
  process.stdout.write(JSON.stringify(results));
})();
