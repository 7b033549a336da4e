import { registerEnumType } from '@nestjs/graphql';
import {
  FeedFormat,
  GeoPrecision,
  ItemOutcome,
  ListingKind,
  ListingStatus,
  RemoteMode,
  SyncRunStatus,
  SyncTrigger,
} from '@passerelle/shared-domain';

/**
 * The one place the shared-domain enums become GraphQL enums (names as in API.md). Importing
 * this module registers them; every *.object.ts that uses one imports it.
 */
registerEnumType(ListingKind, {
  name: 'ListingKind',
  description: 'NEED: a structure needs help. OFFER: someone offers help.',
});
registerEnumType(ListingStatus, {
  name: 'ListingStatus',
  description: 'Lifecycle of a listing.',
});
registerEnumType(RemoteMode, {
  name: 'RemoteMode',
  description: 'ONSITE, HYBRID (partly remote) or REMOTE.',
});
registerEnumType(GeoPrecision, {
  name: 'GeoPrecision',
  description: 'How precisely a location was placed on the map.',
});
registerEnumType(FeedFormat, { name: 'FeedFormat', description: 'Format of a partner feed.' });
registerEnumType(SyncTrigger, {
  name: 'SyncTrigger',
  description: 'PULL: Passerelle fetched a feed. PUSH: the partner sent a batch.',
});
registerEnumType(SyncRunStatus, {
  name: 'SyncRunStatus',
  description:
    'RUNNING, SUCCEEDED, FAILED (nothing applied), or HELD (a snapshot that would withdraw too much waits for an operator).',
});
registerEnumType(ItemOutcome, {
  name: 'ItemOutcome',
  description: 'What happened to one item of a sync run.',
});

export {
  FeedFormat,
  GeoPrecision,
  ItemOutcome,
  ListingKind,
  ListingStatus,
  RemoteMode,
  SyncRunStatus,
  SyncTrigger,
};
