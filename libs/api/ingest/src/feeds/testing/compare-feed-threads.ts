/**
 * Run by read-feed-in-thread.int-spec.ts under `node -r @swc-node/register` (Jest's transform
 * cannot load a thread): reads each feed given as `format:file[:mappingFile]` on a thread and on
 * this one, and prints what each gave (item count, digest of the items, failure) as JSON.
 */
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import type {
  FeedItem,
  KnownRecordFeedItem,
  MappedFeedItem,
} from '@passerelle/connectors-api-engagement';
import type { FieldMapping } from '@passerelle/connectors-tabular';
import type { FeedFormat } from '@passerelle/shared-domain';
import { inputHash, inputHashSalt, runPipeline } from '../../pipeline';
import { canReadFeedInThread, readFeedInThread } from '../read-feed-in-thread';
import { parseFeed, type KnownRecords } from '../read-feed';

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
 * The thread's ahead work against the same work done here: the first valid item's hash (its
 * record's, for the national XML) is given as known (hashed only, or not even parsed), the
 * others are hashed and run through the pipeline.
 */
async function checkAhead(format: FeedFormat, file: string, mapping: FieldMapping | null) {
  const salt = inputHashSalt();
  const now = new Date('2026-01-01T00:00:00Z');
  const hashOf = (item: MappedFeedItem) => item.recordHash ?? inputHash(item.item, salt);
  const read = async (records: KnownRecords) => {
    const local: Array<FeedItem | KnownRecordFeedItem> = [];
    for await (const item of parseFeed(format, createReadStream(file), mapping, undefined, records))
      local.push(item);
    return local;
  };
  const first = (await read({ salt, known: new Map() })).find((item) => 'item' in item);
  const knownInputs: Array<[string, string]> =
    first && 'item' in first ? [[hashOf(first), first.item.externalId]] : [];
  const local = await read({ salt, known: new Map(knownInputs) });
  let checked = 0;
  let hashedOnly = 0;
  let mismatches = 0;
  let position = 0;
  const ahead = { salt, now, knownInputs };
  for await (const item of readFeedInThread(
    format,
    createReadStream(file),
    mapping,
    undefined,
    ahead,
  )) {
    const mine = local[position++]!;
    if ('rejected' in mine) continue;
    checked++;
    if ('known' in item || !item.ahead?.pipeline) hashedOnly++;
    if ('known' in mine) {
      if (JSON.stringify(item) !== JSON.stringify(mine)) mismatches++;
      continue;
    }
    // An item whose pipeline ran ahead comes without its input, but with its external id.
    if (!('item' in item) || item.item.externalId !== mine.item.externalId) mismatches++;
    const hash = hashOf(mine);
    const expected = knownInputs.some(([known]) => known === hash)
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
