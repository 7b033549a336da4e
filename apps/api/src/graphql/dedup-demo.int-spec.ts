import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@passerelle/api-db/testing';
import { DemoDataService } from '@passerelle/api-demo';
import { IngestService } from '@passerelle/api-ingest';

/** The cross-partner pairs documented in libs/api/demo/data/README.md: [partner, id] × 2. */
function documentedPairs(): Array<[string, string]> {
  const readme = readFileSync(
    join(__dirname, '..', '..', '..', '..', 'libs', 'api', 'demo', 'data', 'README.md'),
    'utf8',
  );
  const pairs: Array<[string, string]> = [];
  for (const match of readme.matchAll(/^\| `(\d+)` \| `((?:EL|MS)-[\w-]+)` \|/gm))
    pairs.push([match[1]!, match[2]!]);
  return pairs;
}

describe('Deduplication of the demo feeds', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    await new DemoDataService(db.dataSource, new IngestService(db.dataSource)).loadIfEmpty();
  }, 60_000);

  afterAll(() => db?.drop());

  it('folds each documented cross-partner pair into one listing, and nothing else', async () => {
    const pairs = documentedPairs();
    expect(pairs).toHaveLength(30);
    const rows = await db.dataSource.query<Array<{ external_id: string; listing_id: string }>>(
      `SELECT external_id, listing_id FROM listing_source WHERE status = 'ACTIVE'`,
    );
    const listingOf = new Map(rows.map((row) => [row.external_id, row.listing_id]));
    const missed = pairs.filter(
      ([a, b]) => !listingOf.get(a) || listingOf.get(a) !== listingOf.get(b),
    );
    expect(missed).toEqual([]);
    const groups = await db.dataSource.query<Array<{ ids: string[] }>>(
      `SELECT array_agg(external_id ORDER BY external_id) AS ids FROM listing_source
        WHERE status = 'ACTIVE' GROUP BY listing_id HAVING count(*) > 1`,
    );
    expect(groups).toHaveLength(30);
  });
});
