import { Inject } from '@nestjs/common';
import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { AppError, ErrorCode } from '@passerelle/api-core';
import { SearchRateLimiter } from '../query/search.resolver';
import { type Bounds, toSearchQuery } from '../query/search-query';
import { BoundsInput, SearchInput } from '../query/search.input';
import { MAP_CONFIG, type MapConfig } from './map.config';
import { AppConfigObject, SearchMapObject } from './search-map.object';
import { SearchMapService } from './search-map.service';

export const MAX_ZOOM = 22;

/** The viewport checked like `SearchInput.bounds` (south < north, west < east, in range). */
export function toViewport(bounds: BoundsInput): Bounds {
  const viewport = toSearchQuery({ bounds }).bounds;
  if (!viewport) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Zone de carte manquante.');
  return viewport;
}

@Resolver()
export class SearchMapResolver {
  constructor(
    private readonly service: SearchMapService,
    private readonly limiter: SearchRateLimiter,
    @Inject(MAP_CONFIG) private readonly config: MapConfig,
  ) {}

  @Query(() => SearchMapObject, {
    description:
      'The map of a search: every matching listing inside the viewport `bounds`, as clusters of places at low zoom and as points when few. Same filters as `search` (`first`, `after` and `sort` are ignored). Rate-limited with `search`.',
  })
  async searchMap(
    @Args('input', { type: () => SearchInput }) input: SearchInput,
    @Args('zoom', { type: () => Int, description: 'Map zoom level, 0 to 22.' }) zoom: number,
    @Args('bounds', { type: () => BoundsInput, description: 'The viewport.' })
    bounds: BoundsInput,
    @Context('req') req: Request | undefined,
  ): Promise<SearchMapObject> {
    this.limiter.check(req?.ip ?? req?.socket?.remoteAddress ?? 'unknown');
    if (!Number.isInteger(zoom) || zoom < 0 || zoom > MAX_ZOOM)
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `Niveau de zoom invalide : ${zoom} (attendu de 0 à ${MAX_ZOOM}).`,
        { field: 'zoom', value: zoom },
      );
    return this.service.searchMap(toSearchQuery(input), toViewport(bounds), zoom);
  }

  @Query(() => AppConfigObject, { description: 'Public settings of the web app (map tiles).' })
  appConfig(): AppConfigObject {
    return { mapTileUrl: this.config.tileUrl, mapAttribution: this.config.attribution };
  }
}
