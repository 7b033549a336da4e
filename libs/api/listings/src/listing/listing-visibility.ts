import type { Actor } from '@passerelle/api-auth';
import { ListingStatus } from '@passerelle/shared-domain';
import type { ListingsRequestLoaders } from '../listings.loaders';
import type { ListingObject } from './listing.object';

/**
 * Statuses anyone may read. An expired, closed or withdrawn listing stays readable (its page
 * says so instead of vanishing); PENDING (awaiting moderation) and REJECTED ones do not.
 */
export const PUBLIC_LISTING_STATUSES: readonly ListingStatus[] = [
  ListingStatus.PUBLISHED,
  ListingStatus.CLOSED,
  ListingStatus.EXPIRED,
  ListingStatus.WITHDRAWN,
];

const PUBLIC = new Set<ListingStatus>(PUBLIC_LISTING_STATUSES);

export function isPubliclyVisible(status: ListingStatus): boolean {
  return PUBLIC.has(status);
}

/**
 * Whether the actor may read a listing: public statuses for everyone; the others for an
 * administrator, or for a partner that feeds the listing (`sourcePartnerIds`).
 */
export function canSeeListing(
  actor: Actor,
  status: ListingStatus,
  sourcePartnerIds: readonly string[],
): boolean {
  if (isPubliclyVisible(status)) return true;
  switch (actor.kind) {
    case 'admin':
      return true;
    case 'partner':
      return sourcePartnerIds.includes(actor.partnerId);
    case 'anonymous':
      return false;
  }
}

/**
 * `listing(id)`: the listing if the actor may read it, else null (also for unknown or malformed
 * ids). Through the request's loaders, so several listings asked in one request are read
 * together and their relations batched; a partner's sources are read only for a hidden status.
 */
export async function findVisibleListing(
  actor: Actor,
  id: string,
  loaders: Pick<ListingsRequestLoaders, 'listing' | 'sources'>,
): Promise<ListingObject | null> {
  const listing = await loaders.listing.load(id);
  if (!listing || canSeeListing(actor, listing.status, [])) return listing;
  if (actor.kind !== 'partner') return null;
  const sources = await loaders.sources.load(listing.id);
  const partnerIds = sources.map((source) => source.partnerId);
  return canSeeListing(actor, listing.status, partnerIds) ? listing : null;
}

/**
 * A published listing shows only the platforms that publish it now (active sources); any other
 * listing shows every source it had, so its page can say where it was.
 */
export function showsInactiveSources(status: ListingStatus): boolean {
  return status !== ListingStatus.PUBLISHED;
}
