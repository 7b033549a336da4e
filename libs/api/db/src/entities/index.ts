import { ApiKeyEntity } from './api-key.entity';
import { ApplyClickEntity } from './apply-click.entity';
import { DuplicateCandidateEntity } from './duplicate-candidate.entity';
import { DuplicateDecisionEntity } from './duplicate-decision.entity';
import { FeedEntity } from './feed.entity';
import { ListingLocationEntity } from './listing-location.entity';
import { ListingSourceEntity } from './listing-source.entity';
import { ListingEntity } from './listing.entity';
import { OrganizationEntity } from './organization.entity';
import { OutboxEventEntity } from './outbox-event.entity';
import { PartnerEntity } from './partner.entity';
import { SyncRunItemEntity } from './sync-run-item.entity';
import { SyncRunEntity } from './sync-run.entity';

export { ApiKeyEntity } from './api-key.entity';
export { ApplyClickEntity } from './apply-click.entity';
export { DuplicateCandidateEntity, DuplicateCandidateStatus } from './duplicate-candidate.entity';
export { DuplicateDecisionEntity, DuplicateDecisionKind } from './duplicate-decision.entity';
export { orderedPair } from './duplicate-pair.util';
export { FeedEntity } from './feed.entity';
export { ListingLocationEntity } from './listing-location.entity';
export { ListingSourceEntity, ListingSourceStatus } from './listing-source.entity';
export { ListingEntity } from './listing.entity';
export type { JsonbObject } from './jsonb.type';
export { numericTransformer } from './numeric.transformer';
export { OrganizationEntity } from './organization.entity';
export { OutboxEventEntity } from './outbox-event.entity';
export { PartnerEntity } from './partner.entity';
export { SyncRunItemEntity, type ItemProblem } from './sync-run-item.entity';
export { SyncRunEntity } from './sync-run.entity';

/** Every table of the schema, for the data source (explicit classes: no globs under SWC/jest). */
export const entities = [
  PartnerEntity,
  ApiKeyEntity,
  FeedEntity,
  SyncRunEntity,
  SyncRunItemEntity,
  OrganizationEntity,
  ListingEntity,
  ListingSourceEntity,
  ListingLocationEntity,
  OutboxEventEntity,
  ApplyClickEntity,
  DuplicateDecisionEntity,
  DuplicateCandidateEntity,
];
