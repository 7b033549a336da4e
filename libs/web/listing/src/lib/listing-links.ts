/** Addresses of the listing page and what it links to. */

/** The search page, target of the breadcrumb's "Annonces" (owned by the search feature). */
export const SEARCH_PAGE_PATH = '/recherche';

/** Path of a listing's page: `/annonces/{id}`. */
export function listingPath(id: string): string {
  return `/annonces/${encodeURIComponent(id)}`;
}

/** Absolute address of a listing's page, to share: no query string, no fragment. */
export function listingUrl(origin: string, id: string): string {
  return new URL(listingPath(id), origin).href;
}

/** A `mailto:` link that prefills an e-mail with the listing's title and address. */
export function mailtoShareHref(title: string, url: string): string {
  const subject = `${title} — Passerelle`;
  const body = `Bonjour,\n\nCette annonce pourrait vous intéresser\u00a0:\n${title}\n${url}\n`;
  // RFC 6068: every reserved character percent-encoded; encodeURIComponent does that (spaces as %20).
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
