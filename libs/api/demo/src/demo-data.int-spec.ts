import { createTestDatabase, type TestDatabase } from '@passerelle/api-db/testing';
import { IngestService } from '@passerelle/api-ingest';
import { SyncRunStatus } from '@passerelle/shared-domain';
import { DemoDataService } from './demo-data.service';

describe(DemoDataService.name, () => {
  let db: TestDatabase;
  let service: DemoDataService;

  beforeAll(async () => {
    db = await createTestDatabase();
    service = new DemoDataService(db.dataSource, new IngestService(db.dataSource));
  });

  afterAll(() => db.drop());

  it('loads the three demo feeds through the pipeline, almost every item accepted', async () => {
    const runs = await service.loadIfEmpty();
    expect(runs.map((r) => r.status)).toEqual([
      SyncRunStatus.SUCCEEDED,
      SyncRunStatus.SUCCEEDED,
      SyncRunStatus.SUCCEEDED,
    ]);
    expect(runs.map((r) => r.received)).toEqual([150, 100, 80]);
    for (const run of runs) expect(run.rejected).toBeLessThanOrEqual(run.received * 0.05);
    const [{ n }] = await db.dataSource.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM listing WHERE status = 'PUBLISHED'`,
    );
    // 330 sources; the cross-partner duplicates of the demo feeds fold into one listing each.
    expect(n).toBeGreaterThanOrEqual(290);
    expect(n).toBeLessThan(330);
    const [{ located }] = await db.dataSource.query<[{ located: number }]>(
      'SELECT count(DISTINCT listing_id)::int AS located FROM listing_location WHERE lat IS NOT NULL',
    );
    expect(located).toBeGreaterThan(250);
  });

  it('loads nothing when partners already exist', async () => {
    expect(await service.loadIfEmpty()).toEqual([]);
  });
});
