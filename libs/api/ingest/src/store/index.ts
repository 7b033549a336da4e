export { IngestService } from './ingest.service';
export {
  SnapshotHeldError,
  type IngestRunRequest,
  type ItemProblem,
  type ItemResult,
} from './ingest-run.types';
