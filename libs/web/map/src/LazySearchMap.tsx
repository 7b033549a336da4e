import { lazy, Suspense } from 'react';
import type { SearchMapProps } from './components/SearchMap';

const SearchMap = lazy(() => import('./components/SearchMap'));

/** The search map, loaded on demand (Leaflet is not in the search page's first chunk). */
export function LazySearchMap(props: SearchMapProps) {
  return (
    <Suspense fallback={<p className="fr-text--sm">Chargement de la carte…</p>}>
      <SearchMap {...props} />
    </Suspense>
  );
}
