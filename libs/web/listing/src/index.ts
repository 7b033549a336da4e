export { ListingPage } from './components/ListingPage';
export { ListingPlaces, type ListingPlacesProps } from './components/ListingPlaces';
export { listingPath } from './lib/listing-links';
export type { ListingDetails, ListingPlace } from './lib/listing-types';
