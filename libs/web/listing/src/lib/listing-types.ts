import type { ListingPageQuery } from '@passerelle/web-data-access';

/** The listing as the page reads it (generated from ListingPage.graphql). */
export type ListingDetails = NonNullable<ListingPageQuery['listing']>;
export type ListingKind = ListingDetails['kind'];
export type ListingStatus = ListingDetails['status'];
export type RemoteMode = ListingDetails['remote'];
export type ListingPlace = ListingDetails['locations'][number];
export type GeoPrecision = NonNullable<ListingPlace['precision']>;
export type ListingSourceItem = ListingDetails['sources'][number];
export type ListingOrganization = NonNullable<ListingDetails['organization']>;
