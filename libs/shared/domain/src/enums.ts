/** Enumerations of the domain, shared by the API (GraphQL enums) and the web app. */

export enum ListingKind {
  NEED = 'NEED',
  OFFER = 'OFFER',
}

export enum ListingStatus {
  PENDING = 'PENDING',
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
  EXPIRED = 'EXPIRED',
  WITHDRAWN = 'WITHDRAWN',
  REJECTED = 'REJECTED',
}

export enum RemoteMode {
  ONSITE = 'ONSITE',
  HYBRID = 'HYBRID',
  REMOTE = 'REMOTE',
}

export enum GeoPrecision {
  ADDRESS = 'ADDRESS',
  CITY = 'CITY',
  DEPARTMENT = 'DEPARTMENT',
}

export enum FeedFormat {
  API_ENGAGEMENT_XML = 'API_ENGAGEMENT_XML',
  JSON = 'JSON',
  CSV = 'CSV',
}

export enum SyncTrigger {
  PULL = 'PULL',
  PUSH = 'PUSH',
}

export enum SyncRunStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  HELD = 'HELD',
}

/** Outcome of one item of a push batch or a pull. */
export enum ItemOutcome {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  REJECTED = 'REJECTED',
}
