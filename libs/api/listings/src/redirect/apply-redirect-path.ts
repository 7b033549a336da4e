/** Prefix of the apply redirect (served by ApplyRedirectController, outside GraphQL). */
export const APPLY_REDIRECT_PREFIX = '/r';

/**
 * Passerelle's counting redirect for a listing (`/r/{listingId}`), or for one platform that
 * publishes it (`/r/{listingId}/{partnerSlug}`). Relative: the web app and the API share an origin.
 */
export function applyRedirectPath(listingId: string, partnerSlug?: string): string {
  const base = `${APPLY_REDIRECT_PREFIX}/${encodeURIComponent(listingId)}`;
  return partnerSlug === undefined ? base : `${base}/${encodeURIComponent(partnerSlug)}`;
}
