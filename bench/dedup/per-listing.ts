/**
 * What deduplication computes for every source, per listing, without a database: the engine's
 * features, description words and sketch, blocking keys and stored digest, on the first
 * `--items` listings of a benchmark feed after the ingest pipeline (what ingest hands it).
 * Best of five rounds, each on fresh copies (the engine memoizes per object).
 *
 *   node -r @swc-node/register bench/dedup/generate-feeds.ts --count 100k
 *   node -r @swc-node/register bench/dedup/per-listing.ts [--count 100k] [--partner b] [--items 10000]
 */
import { createReadStream } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  blockingKeys,
  descriptionSketchOf,
  descriptionTokensOf,
  digestOf,
  featuresOf,
  type SourcePayload,
} from '@passerelle/api-dedup';
import { loadGeoIndex } from '@passerelle/api-geo';
import { runPipeline } from '@passerelle/api-ingest';
import { isRejectedFeedItem, parseApiEngagementXml } from '@passerelle/connectors-api-engagement';
import { parseCount, REPO_ROOT } from '../ingest/generate-feed';
import { feedDir } from './generate-feeds';

/** The pipeline's output for the feed's first `limit` valid listings, as JSON (copied per round). */
async function listings(file: string, limit: number): Promise<{ json: string; count: number }> {
  loadGeoIndex();
  const out: unknown[] = [];
  for await (const feedItem of parseApiEngagementXml(createReadStream(file))) {
    if (isRejectedFeedItem(feedItem)) continue;
    const result = runPipeline(feedItem.item);
    if (result.ok) out.push(result.listing);
    if (out.length >= limit) break;
  }
  return { json: JSON.stringify(out), count: out.length };
}

async function main() {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '100k' },
      partner: { type: 'string', default: 'b' },
      items: { type: 'string', default: '10000' },
    },
  });
  const file = join(feedDir(parseCount(values.count)), `partner-${values.partner}.xml`);
  const { json, count } = await listings(file, Number(values.items));
  const measure = (label: string, work: (listing: SourcePayload) => unknown) => {
    let best = Infinity;
    for (let round = 0; round < 5; round++) {
      const fresh = JSON.parse(json) as SourcePayload[];
      const started = performance.now();
      for (const listing of fresh) work(listing);
      best = Math.min(best, performance.now() - started);
    }
    console.log(`| ${label} | ${((best * 1000) / count).toFixed(1)} |`);
  };
  console.log(`${count} listings of ${relative(REPO_ROOT, file)}, µs per listing (best of 5):\n`);
  console.log('| work | µs |\n|---|---|');
  measure('features (`featuresOf`)', featuresOf);
  measure('description words (`descriptionTokensOf`)', descriptionTokensOf);
  measure('description sketch (words included)', descriptionSketchOf);
  measure('blocking keys (features included)', blockingKeys);
  measure('stored digest (features and sketch included)', digestOf);
  measure('all a source needs: keys and digest', (listing) => {
    blockingKeys(listing);
    digestOf(listing);
  });
}

void main();
