import { Field, Float, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { ListingKind, RemoteMode } from '@passerelle/api-core';
import { DateScalar } from './date.scalar';

export enum SearchSort {
  RELEVANCE = 'RELEVANCE',
  DISTANCE = 'DISTANCE',
  NEWEST = 'NEWEST',
  STARTING_SOON = 'STARTING_SOON',
}

registerEnumType(SearchSort, {
  name: 'SearchSort',
  description:
    'RELEVANCE (default), DISTANCE (needs `near`), NEWEST (posting date), STARTING_SOON (start date, running ones first, no date last).',
});

@InputType('GeoPointInput', { description: 'A point, WGS 84 degrees.' })
export class GeoPointInput {
  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lon!: number;
}

@InputType('BoundsInput', {
  description: 'The map viewport, WGS 84 degrees (south < north, west < east).',
})
export class BoundsInput {
  @Field(() => Float)
  south!: number;

  @Field(() => Float)
  west!: number;

  @Field(() => Float)
  north!: number;

  @Field(() => Float)
  east!: number;
}

@InputType('SearchInput', {
  description:
    'Full-text search with filters. Filters of one kind are OR-ed, different kinds AND-ed. Remote listings are kept in place-filtered searches (near, bounds, departments) unless `remote` leaves REMOTE out.',
})
export class SearchInput {
  @Field(() => String, {
    nullable: true,
    description: 'Words to look for, at most 200 characters.',
  })
  text?: string | null;

  @Field(() => ListingKind, { nullable: true })
  kind?: ListingKind | null;

  @Field(() => [String], { nullable: true, description: 'Taxonomy domain slugs.' })
  domains?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Taxonomy activity slugs.' })
  activities?: string[] | null;

  @Field(() => [RemoteMode], { nullable: true })
  remote?: RemoteMode[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'INSEE department codes (`75`, `2A`, `971`).',
  })
  departmentCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Slugs of partner platforms.' })
  partnerSlugs?: string[] | null;

  @Field(() => GeoPointInput, { nullable: true, description: 'Around this point (see radiusKm).' })
  near?: GeoPointInput | null;

  @Field(() => Float, {
    nullable: true,
    description: 'With `near`: radius in kilometres, default 25, at most 1,000.',
  })
  radiusKm?: number | null;

  @Field(() => BoundsInput, { nullable: true, description: 'Inside the map viewport.' })
  bounds?: BoundsInput | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Available from this day: listings not ended before it.',
  })
  availableFrom?: Date | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Available until this day: listings not starting after it.',
  })
  availableUntil?: Date | null;

  @Field(() => Boolean, { nullable: true })
  openToMinors?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  reducedMobilityAccessible?: boolean | null;

  @Field(() => SearchSort, { nullable: true, description: 'Default RELEVANCE.' })
  sort?: SearchSort | null;

  @Field(() => Int, { nullable: true, description: 'Page size, default 20, at most 100.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Opaque cursor: results after this one.' })
  after?: string | null;
}
