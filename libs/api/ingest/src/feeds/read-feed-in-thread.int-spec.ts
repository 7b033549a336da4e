import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../../..');
const DEMO = join(ROOT, 'libs/api/demo/data');
const SCRIPT = join(__dirname, 'testing/compare-feed-threads.ts');

interface Outcome {
  count: number;
  digest: string;
  failure: string | null;
}

describe('readFeedInThread', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'feed-thread-'));
    const xml = readFileSync(join(DEMO, 'benevolat-ensemble.xml'));
    // Cut inside a mission: the items before it, then FEED_MALFORMED with its byte offset.
    writeFileSync(join(dir, 'truncated.xml'), xml.subarray(0, Math.floor(xml.length / 2)));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same items and the same failures as the connector on this thread', () => {
    const specs = [
      `API_ENGAGEMENT_XML:${join(DEMO, 'benevolat-ensemble.xml')}`,
      `JSON:${join(DEMO, 'entraide-locale.json')}:${join(DEMO, 'entraide-locale.mapping.json')}`,
      `CSV:${join(DEMO, 'mairies-solidaires.csv')}:${join(DEMO, 'mairies-solidaires.mapping.json')}`,
      `API_ENGAGEMENT_XML:${join(dir, 'truncated.xml')}`,
    ];
    const output = execFileSync(process.execPath, ['-r', '@swc-node/register', SCRIPT, ...specs], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'test' },
    });
    const results = JSON.parse(output) as Record<
      string,
      {
        thread: Outcome;
        inline: Outcome;
        ahead: { checked: number; hashedOnly: number; mismatches: number };
      }
    > & {
      threadAvailable: boolean;
    };
    expect(results.threadAvailable).toBe(true);
    for (const spec of specs) {
      const { thread, inline } = results[spec]!;
      expect(thread).toEqual(inline);
      expect(thread.count).toBeGreaterThan(10);
    }
    // With the ahead work: every valid item hashed, the pipeline run on all but the known one,
    // with the results this thread gets.
    for (const spec of specs.slice(0, 3)) {
      const { ahead } = results[spec]!;
      expect(ahead).toEqual({ checked: expect.any(Number), hashedOnly: 1, mismatches: 0 });
      expect(ahead.checked).toBeGreaterThan(10);
    }
    const truncated = results[specs[3]!]!.thread;
    expect(JSON.parse(truncated.failure!)).toMatchObject({
      name: 'FeedParseError',
      code: 'FEED_MALFORMED',
      byteOffset: expect.any(Number),
    });
    expect(results[specs[0]!]!.thread.failure).toBeNull();
  }, 60_000);
});
