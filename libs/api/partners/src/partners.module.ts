import { Module } from '@nestjs/common';
import { AuthModule } from '@passerelle/api-auth';
import { IngestModule } from '@passerelle/api-ingest';
import { ApiKeyResolver } from './api-key/api-key.resolver';
import { FeedResolver } from './feed/feed.resolver';
import { FeedSyncService } from './feed/feed-sync.service';
import { PartnerResolver } from './partner/partner.resolver';
import { PartnerService } from './partner/partner.service';
import { PartnersLoaders } from './partners.loaders';
import { PushResolver } from './push/push.resolver';
import { SyncRunResolver } from './sync-run/sync-run.resolver';
import { SyncRunService } from './sync-run/sync-run.service';
import '@passerelle/api-core'; // registers the GraphQL enums

/** Operators' GraphQL: partners, API keys, push, feeds and sync runs (API.md, "Partner push", "Operators"). */
@Module({
  imports: [AuthModule, IngestModule],
  providers: [
    PartnerService,
    SyncRunService,
    PartnersLoaders,
    PartnerResolver,
    ApiKeyResolver,
    SyncRunResolver,
    PushResolver,
    FeedResolver,
    FeedSyncService,
  ],
  exports: [PartnerService, SyncRunService, PartnersLoaders, FeedSyncService],
})
export class PartnersModule {}
