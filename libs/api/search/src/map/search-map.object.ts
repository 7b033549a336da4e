import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MapBounds', { description: 'A box, WGS 84 degrees.' })
export class MapBoundsObject {
  @Field(() => Float)
  south!: number;

  @Field(() => Float)
  west!: number;

  @Field(() => Float)
  north!: number;

  @Field(() => Float)
  east!: number;
}

@ObjectType('MapCluster', {
  description:
    'Places grouped in one cell of the map grid, drawn at their centroid. Zoom to `bounds` to split it.',
})
export class MapClusterObject {
  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lon!: number;

  @Field(() => Int, { description: 'Places in the cell (a multi-site listing counts each).' })
  count!: number;

  @Field(() => MapBoundsObject, { description: 'Box of the places of the cluster.' })
  bounds!: MapBoundsObject;
}

@ObjectType('MapPoint', { description: 'One place of a listing, with what a popup shows.' })
export class MapPointObject {
  @Field(() => String)
  listingId!: string;

  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lon!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  organizationName!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => Date, { nullable: true })
  startsAt!: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt!: Date | null;
}

@ObjectType('SearchMap', {
  description:
    'What the map shows of a search in its viewport: clusters when zoomed out, points (places) when the viewport holds few of them.',
})
export class SearchMapObject {
  @Field(() => Int, { description: 'Listings matching the search (as `search.totalCount`).' })
  totalCount!: number;

  @Field(() => Int, {
    description: 'Of those, listings with no place on the map (remote, or not geocoded).',
  })
  remoteCount!: number;

  @Field(() => Int, { description: 'Places of matching listings inside the viewport.' })
  placeCount!: number;

  @Field(() => [MapClusterObject], {
    description: 'Cells holding two places or more (empty when `points` holds everything).',
  })
  clusters!: MapClusterObject[];

  @Field(() => [MapPointObject], { description: 'Single places, at their own position.' })
  points!: MapPointObject[];
}

@ObjectType('AppConfig', { description: 'Public settings of the web app.' })
export class AppConfigObject {
  @Field(() => String, {
    nullable: true,
    description:
      'Map tile URL template (`{s}`, `{z}`, `{x}`, `{y}`); null: no tiles, a plain background.',
  })
  mapTileUrl!: string | null;

  @Field(() => String, { description: 'Attribution of the tiles (HTML).' })
  mapAttribution!: string;
}
