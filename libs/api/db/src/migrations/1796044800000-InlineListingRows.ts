import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Canonical listings (a description of ~1–3 KB) stay in their heap rows, uncompressed, up to a
 * page: above the default 2 KB target PostgreSQL compressed each row with pglz at insert, a
 * good part of its CPU time during a sync (bench/ingest, docs/performance.md). Rows beyond a
 * page are still compressed and moved out of line. `listing_source` keeps the default: its
 * payload goes out of line, so the narrow rows that a re-sync looks up by external id stay
 * few pages (inline payloads made a re-sync read and hint twice as many).
 */
export class InlineListingRows1796044800000 implements MigrationInterface {
  name = 'InlineListingRows1796044800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "listing" SET (toast_tuple_target = 8160)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "listing" RESET (toast_tuple_target)`);
  }
}
