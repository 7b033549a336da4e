export {
  MAPPED_FIELDS,
  REQUIRED_FIELDS,
  validateFieldMapping,
  type FieldMapping,
  type FieldMappingValidation,
  type ListingKindName,
  type MappedField,
  type RemoteModeName,
  type ValueCrosswalks,
} from './field-mapping';
export { TABULAR_DEFAULTS, type TabularFeedOptions } from './feed-text';
export { parseJsonFeed } from './parse-json-feed';
export { CSV_MAX_RECORD_SIZE, detectDelimiter, parseCsvFeed } from './parse-csv-feed';
