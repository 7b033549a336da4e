export { SearchModule } from './search.module';
export {
  SEARCH_CONFIG,
  SearchConfigError,
  loadSearchConfig,
  type SearchConfig,
} from './search.config';
export {
  DOCUMENT_VERSION,
  FACET_ATTRIBUTES,
  INDEX_SETTINGS,
  MAX_TOTAL_HITS,
  STOP_WORDS,
  SYNONYM_GROUPS,
  settingsHash,
  synonymMap,
} from './index/index-settings';
export { SearchIndex, type IndexState, type RebuildReport } from './index/search-index';
export {
  LAGGING_AFTER_SECONDS,
  SearchIndexMonitor,
  type IndexReadiness,
  type OutboxStatus,
} from './index/search-index.monitor';
export { OUTBOX_RETENTION_MS, OutboxIndexer, type BatchResult } from './index/outbox-indexer';
export { ListingDocumentsReader } from './index/listing-documents.reader';
export {
  toSearchDocuments,
  type ListingForIndex,
  type SearchDocument,
} from './index/search-document';
export { SearchMetrics } from './metrics/search.metrics';
export {
  SearchService,
  addCounts,
  countsPrimaryDocuments,
  searchPlan,
  searchRequests,
  type CountPart,
  type SearchPlan,
} from './query/search.service';
export { searchFilter } from './query/search-filter';
export { toSearchQuery, type SearchQuery } from './query/search-query';
export { SearchInput, SearchSort, GeoPointInput, BoundsInput } from './query/search.input';
export {
  SearchResultsObject,
  SearchEdgeObject,
  SearchFacetsObject,
} from './query/search-results.object';
export { SearchIndexStatusObject } from './admin/search-index-status.object';
export { DateScalar } from './query/date.scalar';
