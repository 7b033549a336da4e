import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each source keeps a hash of the item as its connector produced it (before the pipeline),
 * so that a re-sync recognizes an unchanged item without validating, sanitizing and geocoding
 * it again (docs/adr/0011-unchanged-items-skip-the-pipeline.md). Null until the item is next
 * seen.
 */
export class SourceInputHash1796041200000 implements MigrationInterface {
  name = 'SourceInputHash1796041200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "listing_source" ADD "input_hash" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "listing_source" DROP COLUMN "input_hash"`);
  }
}
