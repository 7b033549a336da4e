import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Listings and their sources (a description of ~1–3 KB, and for sources the whole normalized
 * payload) stay in their heap rows, uncompressed, up to a page: above the default 2 KB target
 * PostgreSQL compressed each row with pglz at insert, about 15 % of its CPU time during a
 * sync (measured with bench/ingest, docs/performance.md), for ~18 % more WAL. Rows beyond a
 * page are still compressed and moved out of line as before.
 */
export class InlineListingRows1796044800000 implements MigrationInterface {
  name = 'InlineListingRows1796044800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "listing_source" SET (toast_tuple_target = 8160)`);
    await queryRunner.query(`ALTER TABLE "listing" SET (toast_tuple_target = 8160)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "listing_source" RESET (toast_tuple_target)`);
    await queryRunner.query(`ALTER TABLE "listing" RESET (toast_tuple_target)`);
  }
}
