import { Injectable } from '@nestjs/common';
import { SearchIndexMonitor } from '../index/search-index.monitor';
import { Counter, Gauge, Histogram, MetricsRegistry } from './metrics';

/** Outcome label of a search request. */
export type SearchOutcome = 'ok' | 'bad_input' | 'rate_limited' | 'unavailable' | 'error';

/** The search feature's Prometheus series, served by `GET /metrics`. */
@Injectable()
export class SearchMetrics {
  readonly registry = new MetricsRegistry();

  readonly searchLatency = this.registry.register(
    new Histogram(
      'passerelle_search_duration_seconds',
      'Time to answer a search (validation, Meilisearch, hydration from PostgreSQL).',
      [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    ),
  );

  readonly searches = this.registry.register(
    new Counter('passerelle_search_requests_total', 'Search requests by outcome.'),
  );

  readonly indexedListings = this.registry.register(
    new Counter(
      'passerelle_search_indexed_listings_total',
      'Listing changes applied to the search index by the outbox indexer.',
    ),
  );

  readonly indexerFailures = this.registry.register(
    new Counter(
      'passerelle_search_indexer_failures_total',
      'Indexer batches that failed (Meilisearch unreachable or a task failed), by kind.',
    ),
  );

  constructor(monitor: SearchIndexMonitor) {
    this.registry.register(
      new Gauge(
        'passerelle_search_index_lag_seconds',
        'Age of the oldest listing change not yet applied to the search index.',
        async () => (await monitor.outbox()).lagSeconds,
      ),
    );
    this.registry.register(
      new Gauge(
        'passerelle_search_outbox_pending',
        'Listing changes waiting in the outbox for the search index.',
        async () => (await monitor.outbox()).pending,
      ),
    );
    this.registry.register(
      new Gauge(
        'passerelle_search_outbox_failing',
        'Pending listing changes whose last indexing attempt failed.',
        async () => (await monitor.outbox()).failing,
      ),
    );
  }

  /** Records one search: its duration since `startedAt` (ms, from performance.now()). */
  observeSearch(startedAt: number, outcome: SearchOutcome): void {
    this.searchLatency.observe((performance.now() - startedAt) / 1000, { outcome });
    this.searches.inc({ outcome });
  }
}
