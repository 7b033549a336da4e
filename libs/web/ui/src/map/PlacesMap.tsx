import { MapView } from './MapView';
import type { MapPosition, MapTiles } from './map-types';
import { PointMarker } from './markers';

export interface PlacesMapProps {
  readonly places: ReadonlyArray<MapPosition & { readonly label: string }>;
  readonly tiles: MapTiles;
  readonly label?: string;
}

const PAD = 0.01;

/** A small map of a few places (a listing's), fitted to them. */
export function PlacesMap({ places, tiles, label = 'Carte des lieux' }: PlacesMapProps) {
  const first = places[0];
  if (!first) return null;
  const lats = places.map((p) => p.lat);
  const lons = places.map((p) => p.lon);
  const bounds = {
    south: Math.min(...lats) - PAD,
    west: Math.min(...lons) - PAD,
    north: Math.max(...lats) + PAD,
    east: Math.max(...lons) + PAD,
  };
  return (
    <MapView center={first} zoom={12} bounds={bounds} tiles={tiles} label={label} maxZoom={16}>
      {places.map((place, index) => (
        <PointMarker key={index} position={place} label={place.label} />
      ))}
    </MapView>
  );
}
