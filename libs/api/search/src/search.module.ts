import { Global, Module } from '@nestjs/common';
import type { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, MEILISEARCH } from '@passerelle/api-core';
import { ListingsModule } from '@passerelle/api-listings';
import { SearchAdminResolver, SearchRebuildJob } from './admin/search-admin.resolver';
import { OutboxIndexer } from './index/outbox-indexer';
import { SearchIndex } from './index/search-index';
import { SearchIndexMonitor } from './index/search-index.monitor';
import { MAP_CONFIG, loadMapConfig } from './map/map.config';
import { SearchMapResolver } from './map/search-map.resolver';
import { SearchMapService } from './map/search-map.service';
import { MetricsController } from './metrics/metrics.controller';
import { SearchMetrics } from './metrics/search.metrics';
import { SearchRateLimiter, SearchResolver } from './query/search.resolver';
import { SearchService } from './query/search.service';
import { SEARCH_CONFIG, type SearchConfig, loadSearchConfig } from './search.config';
import '@passerelle/api-core'; // registers the GraphQL enums

/**
 * Search (API.md `search`): the Meilisearch index fed from the outbox by a worker loop, the
 * query API, the admin rebuild, and `/metrics`. Global so that `/ready` can read the index lag.
 */
@Global()
@Module({
  imports: [ListingsModule],
  controllers: [MetricsController],
  providers: [
    { provide: SEARCH_CONFIG, useFactory: () => loadSearchConfig() },
    {
      provide: SearchIndex,
      inject: [MEILISEARCH, DataSource, APP_CONFIG, SEARCH_CONFIG],
      useFactory: (
        client: Meilisearch,
        dataSource: DataSource,
        app: AppConfig,
        config: SearchConfig,
      ) =>
        new SearchIndex(client, dataSource, {
          prefix: app.meiliIndexPrefix,
          taskTimeoutMs: config.taskTimeoutMs,
        }),
    },
    SearchIndexMonitor,
    SearchMetrics,
    OutboxIndexer,
    SearchService,
    SearchRateLimiter,
    SearchResolver,
    SearchRebuildJob,
    SearchAdminResolver,
    { provide: MAP_CONFIG, useFactory: () => loadMapConfig() },
    SearchMapService,
    SearchMapResolver,
  ],
  exports: [SearchIndex, SearchIndexMonitor, SearchMetrics],
})
export class SearchModule {}
