export { PartnersModule } from './partners.module';
export { PartnersLoaders } from './partners.loaders';
export { PartnerService } from './partner/partner.service';
export { SyncRunService } from './sync-run/sync-run.service';
export { PartnerObject, toPartnerObject } from './partner/partner.object';
export { CreatePartnerInput } from './partner/create-partner.input';
export { ApiKeyObject, IssuedApiKeyObject, toApiKeyObject } from './api-key/api-key.object';
export { FeedObject, toFeedObject } from './feed/feed.object';
export { FieldErrorObject, toFieldErrorObject } from './sync-run/field-error.object';
export {
  SyncRunConnection,
  SyncRunCountsObject,
  SyncRunEdge,
  SyncRunObject,
  toSyncRunObject,
} from './sync-run/sync-run.object';
export {
  SyncRunRejectionConnection,
  SyncRunRejectionEdge,
  SyncRunRejectionObject,
  toSyncRunRejectionObject,
} from './sync-run/sync-run-rejection.object';
