/**
 * A link to the search page, "/recherche?domaines=sante", written here so that the home page
 * does not load the search page's code (its parameters are read by @passerelle/web-search).
 */
export function searchHref(params: Readonly<Record<string, string>> = {}): string {
  const query = new URLSearchParams(params).toString();
  return query ? `/recherche?${query}` : '/recherche';
}
