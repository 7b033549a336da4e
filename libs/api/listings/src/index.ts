export { ListingsModule } from './listings.module';
export { ListingsLoaders, type ListingsRequestLoaders } from './listings.loaders';
export {
  ListingsService,
  type FindListingsOptions,
  type ListingPage,
} from './listing/listings.service';
export {
  ListingObject,
  type ListingColumns,
  toActivityObject,
  toDomainObject,
  toListingObject,
} from './listing/listing.object';
export {
  ListingSourceObject,
  PartnerSummaryObject,
  listingSources,
  toListingSourceObject,
  type SourceRecord,
} from './listing/listing-source.object';
export {
  LocationObject,
  listingLocations,
  toLocationObject,
  type LocationColumns,
  type LocationRecord,
} from './listing/location.object';
export { OrganizationObject, toOrganizationObject } from './listing/organization.object';
export {
  PUBLIC_LISTING_STATUSES,
  canSeeListing,
  findVisibleListing,
  isPubliclyVisible,
  showsInactiveSources,
} from './listing/listing-visibility';
export { FacetCountObject } from './stats/facet-count.object';
export { departmentLabel, domainFacetLabel, kindLabel, sortFacets } from './stats/facet-labels';
export { FederationStatsObject } from './stats/federation-stats.object';
export { FederationStatsService } from './stats/federation-stats.service';
export { APPLY_REDIRECT_PREFIX, applyRedirectPath } from './redirect/apply-redirect-path';
