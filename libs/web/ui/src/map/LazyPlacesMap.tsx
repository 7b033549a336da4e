import { lazy, Suspense } from 'react';
import type { PlacesMapProps } from './PlacesMap';

const PlacesMap = lazy(() => import('./PlacesMap').then((m) => ({ default: m.PlacesMap })));

/** PlacesMap loaded on demand: importing this keeps Leaflet out of the caller's chunk. */
export function LazyPlacesMap(props: PlacesMapProps) {
  return (
    <Suspense fallback={null}>
      <PlacesMap {...props} />
    </Suspense>
  );
}
