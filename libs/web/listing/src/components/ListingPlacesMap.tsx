import { useQuery } from '@apollo/client/react';
import { AppConfigDocument } from '@passerelle/web-data-access';
import { LazyPlacesMap } from '@passerelle/web-ui';
import type { ListingPlace } from '../lib/listing-types';

export interface ListingPlacesMapProps {
  readonly places: readonly ListingPlace[];
  readonly title: string;
}

/** A small map of the listing's places that have a point, loaded on demand (Leaflet). */
export function ListingPlacesMap({ places, title }: ListingPlacesMapProps) {
  const config = useQuery(AppConfigDocument);
  const points = places.flatMap((place) =>
    place.lat !== null && place.lon !== null
      ? [{ lat: place.lat, lon: place.lon, label: [title, place.city].filter(Boolean).join(', ') }]
      : [],
  );
  if (points.length === 0 || !config.data) return null;
  return (
    <div style={{ height: '16rem' }} className="fr-mb-2w">
      <LazyPlacesMap
        places={points}
        tiles={{
          url: config.data.appConfig.mapTileUrl,
          attribution: config.data.appConfig.mapAttribution,
        }}
        label={places.length > 1 ? 'Carte des lieux de la mission' : 'Carte du lieu de la mission'}
      />
    </div>
  );
}
