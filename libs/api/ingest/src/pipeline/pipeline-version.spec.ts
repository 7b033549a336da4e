import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { isRejectedFeedItem, parseApiEngagementXml } from '@passerelle/connectors-api-engagement';
import { PIPELINE_VERSION } from './input-hash';
import { runPipeline } from './run-pipeline';

const DEMO_FEED = join(__dirname, '../../../demo/data/benevolat-ensemble.xml');

/**
 * Stored input hashes let unchanged items skip the pipeline, which is only right while the
 * pipeline gives the same output for the same input. This digest of its output on a demo feed
 * changes when the pipeline's behaviour does: then bump PIPELINE_VERSION (so that every feed is
 * processed again at its next run) and record the new digest here.
 */
const RECORDED = {
  version: '2026-11-29.1',
  digest: '79bde2b281cb2944e696dbab597e992e7a949b41f806cd5a9a1a1b77fa5204e2',
};

describe('pipeline version', () => {
  it('is bumped whenever the pipeline output on the demo feed changes', async () => {
    const digest = createHash('sha256');
    let items = 0;
    for await (const item of parseApiEngagementXml(createReadStream(DEMO_FEED))) {
      if (isRejectedFeedItem(item)) continue;
      const result = runPipeline(item.item, { now: new Date('2026-01-01T00:00:00Z') });
      digest.update(result.ok ? result.hash : JSON.stringify(result.errors));
      items++;
    }
    expect(items).toBeGreaterThan(50);
    expect({ version: PIPELINE_VERSION, digest: digest.digest('hex') }).toEqual(RECORDED);
  });
});
