import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deduplication at ingest: each source keeps the organization it names, its blocking keys and
 * its compact matching features, with a GIN index on the keys of active sources, so that candidates are found by index
 * lookups, never by comparing against everything. Generated, then tidied by hand; the GIN index
 * is hand-written (TypeORM cannot describe it: the entity declares it `synchronize: false`).
 * `fastupdate` is off: blocking looks keys up right after inserting them, in the same run, and
 * a pending list would be scanned linearly on every lookup.
 */
export class DedupIndexes1795950470171 implements MigrationInterface {
  name = 'DedupIndexes1795950470171';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of UP) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of DOWN) await queryRunner.query(sql);
  }
}

const UP = [
  `ALTER TABLE "listing_source"
    ADD "organization_id" uuid,
    ADD "dedup_keys" text array NOT NULL DEFAULT '{}',
    ADD "dedup_features" jsonb,
    ADD CONSTRAINT "fk_listing_source_organization_id" FOREIGN KEY ("organization_id")
      REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
  `CREATE INDEX "idx_listing_source_dedup_keys" ON "listing_source" USING gin ("dedup_keys")
    WITH (fastupdate = off) WHERE "status" = 'ACTIVE'`,
];

const DOWN = [
  `DROP INDEX "public"."idx_listing_source_dedup_keys"`,
  `ALTER TABLE "listing_source"
    DROP CONSTRAINT "fk_listing_source_organization_id",
    DROP COLUMN "dedup_features",
    DROP COLUMN "dedup_keys",
    DROP COLUMN "organization_id"`,
];
