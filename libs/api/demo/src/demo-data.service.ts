import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FeedEntity, PartnerEntity, type SyncRunEntity } from '@passerelle/api-db';
import { crosswalkOf, IngestService, readFeed } from '@passerelle/api-ingest';
import type { FieldMapping } from '@passerelle/connectors-tabular';
import { SyncTrigger } from '@passerelle/shared-domain';
import { DEMO_PARTNERS, type DemoPartner } from './demo-partners';

/** The fixture feeds: found beside the sources (`npm start`) or through DEMO_DATA_DIR. */
const DATA_DIR = process.env['DEMO_DATA_DIR'] ?? join(__dirname, '..', 'data');

/**
 * Demo data for `npm start`: three partners and their fixture feeds, loaded through the real
 * ingest pipeline (connectors → validate → normalize → geocode → store), once, on an empty
 * database. Their feeds have no schedule: the fixture files are read from disk.
 */
@Injectable()
export class DemoDataService {
  private readonly logger = new Logger(DemoDataService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly ingest: IngestService,
  ) {}

  /** Loads the demo partners when there is no partner at all; returns the sync runs. */
  async loadIfEmpty(): Promise<SyncRunEntity[]> {
    if ((await this.dataSource.getRepository(PartnerEntity).count()) > 0) return [];
    const runs: SyncRunEntity[] = [];
    for (const demo of DEMO_PARTNERS) runs.push(await this.load(demo));
    const total = runs.reduce((sum, run) => sum + run.created, 0);
    this.logger.log(`Demo data: ${total} listings from ${runs.length} partners`);
    return runs;
  }

  private async load(demo: DemoPartner): Promise<SyncRunEntity> {
    const mapping = demo.mappingFile
      ? (JSON.parse(readFileSync(join(DATA_DIR, demo.mappingFile), 'utf8')) as FieldMapping)
      : null;
    const { partner, feed } = await this.dataSource.transaction(async (manager) => {
      const partner = await manager.save(
        manager.create(PartnerEntity, { slug: demo.slug, name: demo.name, url: demo.url }),
      );
      const feed = await manager.save(
        manager.create(FeedEntity, {
          partnerId: partner.id,
          url: `${demo.url}/flux/${demo.file}`,
          format: demo.format,
          mapping: mapping ?? {},
          everyMinutes: null,
        }),
      );
      return { partner, feed };
    });
    const { syncRun } = await this.ingest.run({
      partnerId: partner.id,
      feedId: feed.id,
      trigger: SyncTrigger.PULL,
      fullSnapshot: true,
      items: (ahead) =>
        readFeed(
          demo.format,
          createReadStream(join(DATA_DIR, demo.file)),
          mapping,
          undefined,
          ahead,
        ),
      crosswalk: crosswalkOf(mapping),
    });
    this.logger.log(
      `Demo partner ${demo.slug}: ${syncRun.status}, ${syncRun.created} created, ${syncRun.rejected} rejected of ${syncRun.received}`,
    );
    return syncRun;
  }
}
