import './lib/dsfr-link';

export { PageLayout, type PageLayoutProps } from './lib/PageLayout';
export { SiteFooter } from './lib/SiteFooter';
export { SiteHeader } from './lib/SiteHeader';
export { TermTagList, type TermTagListProps } from './lib/TermTagList';
export type { TaxonomyTerm } from './lib/taxonomy-term';
export { sortTermsByLabel } from './lib/sort-terms-by-label';
export { useDocumentTitle } from './lib/useDocumentTitle';
export {
  DEFAULT_DOCUMENT_TITLE,
  FOOTER_ID,
  MAIN_CONTENT_ID,
  SERVICE_TAGLINE,
  SERVICE_TITLE,
  documentTitle,
} from './lib/site';
// The Leaflet wrapper is `@passerelle/web-ui/map` (import it lazily); this loads itself lazily.
export { LazyPlacesMap } from './map/LazyPlacesMap';
export type { PlacesMapProps } from './map/PlacesMap';
