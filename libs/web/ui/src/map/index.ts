/**
 * The Leaflet wrapper (`@passerelle/web-ui/map`). Import it only from a lazily loaded module
 * (`lazy(() => import(…))`): it pulls Leaflet and its CSS.
 */
export { MapResize, MapView, useFitBounds, type MapViewProps } from './MapView';
export {
  ClusterMarker,
  PointMarker,
  type ClusterMarkerProps,
  type PointMarkerProps,
} from './markers';
export { PlacesMap, type PlacesMapProps } from './PlacesMap';
export {
  clampBox,
  countLabel,
  type MapBox,
  type MapPosition,
  type MapTiles,
  type MapViewport,
} from './map-types';
