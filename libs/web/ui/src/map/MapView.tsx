import 'leaflet/dist/leaflet.css';
import './map.css';
import type { LatLngBoundsExpression, Map as LeafletMap } from 'leaflet';
import { type ReactNode, useEffect, useRef } from 'react';
import { MapContainer, TileLayer, ZoomControl, useMap, useMapEvents } from 'react-leaflet';
import {
  type MapBox,
  type MapPosition,
  type MapTiles,
  type MapViewport,
  clampBox,
} from './map-types';

export interface MapViewProps {
  /** Start view, when no `bounds`. */
  readonly center: MapPosition;
  readonly zoom: number;
  /** A box to show: the map fits it at start and whenever it changes (by value). */
  readonly bounds?: MapBox | null;
  readonly tiles: MapTiles;
  /** Accessible name of the map (its container is focusable: arrows pan, +/- zoom). */
  readonly label: string;
  /** After every move or zoom (and once at start), with `byUser` false for programmatic ones. */
  readonly onMove?: (viewport: MapViewport & { byUser: boolean }) => void;
  readonly maxZoom?: number;
  readonly className?: string;
  readonly children?: ReactNode;
}

const toLeaflet = (box: MapBox): LatLngBoundsExpression => [
  [box.south, box.west],
  [box.north, box.east],
];

function viewportOf(map: LeafletMap): MapViewport {
  const b = map.getBounds();
  return {
    zoom: map.getZoom(),
    bounds: clampBox({
      south: b.getSouth(),
      west: b.getWest(),
      north: b.getNorth(),
      east: b.getEast(),
    }),
  };
}

/** Reports moves; fits `bounds` when it changes; names the container. */
function MapController({
  bounds,
  label,
  onMove,
}: Pick<MapViewProps, 'bounds' | 'label' | 'onMove'>) {
  const map = useMap();
  const programmatic = useRef(true);
  const onMoveRef = useRef(onMove);
  useEffect(() => {
    onMoveRef.current = onMove;
  });
  const boxKey = bounds ? JSON.stringify(bounds) : '';

  useMapEvents({
    moveend: () => {
      onMoveRef.current?.({ ...viewportOf(map), byUser: !programmatic.current });
      programmatic.current = false;
    },
  });

  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('aria-label', label);
    container.setAttribute('role', 'region');
  }, [map, label]);

  useEffect(() => {
    if (bounds) {
      programmatic.current = true;
      map.fitBounds(toLeaflet(bounds));
    }
    // Report the first view even when fitBounds does not move.
    onMoveRef.current?.({ ...viewportOf(map), byUser: false });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- by value (boxKey)
  }, [map, boxKey]);

  return null;
}

/**
 * The project's Leaflet map (react-leaflet), the only one: tiles from the configuration (none:
 * a plain background, markers still drawn), French zoom buttons, a focusable labelled
 * container. Load it lazily (see LazyMapView): Leaflet stays out of the first chunk.
 */
export function MapView({
  center,
  zoom,
  bounds,
  tiles,
  label,
  onMove,
  maxZoom = 18,
  className,
  children,
}: MapViewProps) {
  return (
    <MapContainer
      center={[center.lat, center.lon]}
      zoom={zoom}
      maxZoom={maxZoom}
      minZoom={2}
      zoomControl={false}
      worldCopyJump={false}
      className={['pass-map', className].filter(Boolean).join(' ')}
    >
      {tiles.url ? (
        <TileLayer url={tiles.url} attribution={tiles.attribution} maxZoom={maxZoom} />
      ) : null}
      <ZoomControl position="topright" zoomInTitle="Zoomer" zoomOutTitle="Dézoomer" />
      <MapController bounds={bounds} label={label} onMove={onMove} />
      {children}
    </MapContainer>
  );
}

/** Makes the map redraw after its container was hidden or resized (list/map toggle). */
export function MapResize({ token }: { readonly token: unknown }) {
  const map = useMap();
  useEffect(() => {
    map.invalidateSize();
  }, [map, token]);
  return null;
}

/** Zooms the map to a box (a cluster's). */
export function useFitBounds(): (box: MapBox) => void {
  const map = useMap();
  return (box) => {
    map.fitBounds(toLeaflet(box), { padding: [24, 24] });
  };
}
