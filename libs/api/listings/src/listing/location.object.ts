import { Field, Float, ObjectType } from '@nestjs/graphql';
import { ListingSourceStatus, type ListingLocationEntity } from '@passerelle/api-db';
import { GeoPrecision, type ListingStatus } from '@passerelle/api-core';
import { showsInactiveSources } from './listing-visibility';

@ObjectType('Location', { description: 'One place of a listing, geocoded.' })
export class LocationObject {
  @Field(() => String, { nullable: true })
  street!: string | null;

  @Field(() => String, { nullable: true })
  postalCode!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => String, { nullable: true, description: 'INSEE commune code.' })
  cityCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'INSEE department code (`75`, `2A`, `971`).',
  })
  departmentCode!: string | null;

  @Field(() => String, { nullable: true, description: 'INSEE region code (`11`).' })
  regionCode!: string | null;

  @Field(() => Float, { nullable: true })
  lat!: number | null;

  @Field(() => Float, { nullable: true })
  lon!: number | null;

  @Field(() => GeoPrecision, {
    nullable: true,
    description: 'How the point was obtained; null when there is no point (never a made-up 0,0).',
  })
  precision!: GeoPrecision | null;
}

/** The columns of a location `toLocationObject` reads. */
export type LocationColumns = Pick<
  ListingLocationEntity,
  | 'street'
  | 'postalCode'
  | 'city'
  | 'cityCode'
  | 'departmentCode'
  | 'regionCode'
  | 'lat'
  | 'lon'
  | 'precision'
>;

/** A location row with the status of the source it comes from (what the loader reads). */
export interface LocationRecord {
  location: LocationColumns;
  sourceStatus: ListingSourceStatus;
}

export function toLocationObject(entity: LocationColumns): LocationObject {
  return {
    street: entity.street,
    postalCode: entity.postalCode,
    city: entity.city,
    cityCode: entity.cityCode,
    departmentCode: entity.departmentCode,
    regionCode: entity.regionCode,
    lat: entity.lat,
    lon: entity.lon,
    precision: entity.precision,
  };
}

const placeKey = (l: LocationObject): string =>
  JSON.stringify([l.street, l.postalCode, l.city, l.cityCode, l.departmentCode, l.lat, l.lon]);

/**
 * The places of a listing from the locations of its sources (in source order, then address
 * order): those of the sources it shows (see `showsInactiveSources`), the same place described
 * by two platforms once.
 */
export function listingLocations(
  records: readonly LocationRecord[],
  listingStatus: ListingStatus,
): LocationObject[] {
  const shown = showsInactiveSources(listingStatus)
    ? records
    : records.filter((r) => r.sourceStatus === ListingSourceStatus.ACTIVE);
  const seen = new Set<string>();
  const locations: LocationObject[] = [];
  for (const { location } of shown) {
    const object = toLocationObject(location);
    const key = placeKey(object);
    if (seen.has(key)) continue;
    seen.add(key);
    locations.push(object);
  }
  return locations;
}
