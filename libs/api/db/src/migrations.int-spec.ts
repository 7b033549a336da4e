import { createTestDatabase, type TestDatabase } from './testing';
import { QueryFailedError } from 'typeorm';
import {
  entities,
  ListingSourceEntity,
  MIGRATIONS_TABLE,
  PartnerEntity,
  checkMigrations,
} from './index';

async function aPartner(db: TestDatabase, slug: string): Promise<PartnerEntity> {
  return db.dataSource.getRepository(PartnerEntity).save({ slug, name: `Partner ${slug}` });
}

function aSource(partner: PartnerEntity, externalId: string): Partial<ListingSourceEntity> {
  return {
    partnerId: partner.id,
    externalId,
    contentHash: 'a'.repeat(64),
    payload: { title: 'Distribution alimentaire' },
    applyUrl: `https://example.org/apply/${externalId}`,
  };
}

async function tableNames(db: TestDatabase): Promise<string[]> {
  const rows: Array<{ table_name: string }> = await db.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
}

describe('migrations', () => {
  let db: TestDatabase;
  let other: TestDatabase;

  beforeAll(async () => {
    [db, other] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  });

  afterAll(async () => {
    await Promise.all([db?.drop(), other?.drop()]);
  });

  it('gives a cloned database every table of the entities, and the migrations table', async () => {
    const expected = entities.map((entity) => db.dataSource.getMetadata(entity).tableName);
    expect(await tableNames(db)).toEqual([...expected, MIGRATIONS_TABLE].sort());
  });

  it('keeps two test databases isolated from each other', async () => {
    await aPartner(db, 'isolated');
    expect(await db.dataSource.getRepository(PartnerEntity).countBy({ slug: 'isolated' })).toBe(1);
    expect(await other.dataSource.getRepository(PartnerEntity).countBy({ slug: 'isolated' })).toBe(
      0,
    );
    expect(db.url).not.toEqual(other.url);
  });

  it('reads the snapshot withdrawal threshold as a number, 0.3 by default', async () => {
    const partner = await aPartner(db, 'threshold');
    const loaded = await db.dataSource
      .getRepository(PartnerEntity)
      .findOneByOrFail({ id: partner.id });
    expect(loaded.snapshotWithdrawalThreshold).toBe(0.3);
  });

  it('refuses a second source with the same partner and external id', async () => {
    const sources = db.dataSource.getRepository(ListingSourceEntity);
    const [first, second] = [await aPartner(db, 'first'), await aPartner(db, 'second')];
    await sources.insert(aSource(first, 'mission-1'));
    await sources.insert(aSource(second, 'mission-1')); // same id, other partner: fine

    const duplicate = sources.insert(aSource(first, 'mission-1'));
    await expect(duplicate).rejects.toBeInstanceOf(QueryFailedError);
    await expect(duplicate).rejects.toMatchObject({
      driverError: { code: '23505', constraint: 'uq_listing_source_partner_id_external_id' },
    });
  });

  it('leaves nothing for the migration check to generate', async () => {
    expect(await checkMigrations(db.url)).toEqual([]);
  });

  it('reverts every migration and applies them again', async () => {
    const { dataSource } = other;
    const count = dataSource.migrations.length;
    for (let i = 0; i < count; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tableNames(other)).toEqual([MIGRATIONS_TABLE]);
    const enums: unknown[] = await dataSource.query(`SELECT 1 FROM pg_type WHERE typtype = 'e'`);
    expect(enums).toHaveLength(0);

    await dataSource.runMigrations({ transaction: 'each' });
    expect(await checkMigrations(other.url)).toEqual([]);
  });
});
