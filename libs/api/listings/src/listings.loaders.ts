import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { ListingObject } from './listing/listing.object';
import type { SourceRecord } from './listing/listing-source.object';
import { type ListingPage, ListingsService } from './listing/listings.service';
import type { LocationRecord } from './listing/location.object';
import type { OrganizationObject } from './listing/organization.object';

/** One DataLoader per relation, for one request: a field resolver never queries per parent. */
export interface ListingsRequestLoaders {
  /** A listing by id, any status (callers check visibility). */
  listing: DataLoader<string, ListingObject | null>;
  /** Every source of a listing (any status), oldest first. */
  sources: DataLoader<string, SourceRecord[]>;
  /** The locations of a listing's sources, with each source's status. */
  locations: DataLoader<string, LocationRecord[]>;
  /** An organization by id. */
  organization: DataLoader<string, OrganizationObject | null>;
}

/** Hands out the loaders of a request (keyed by the request object: gone with it). */
@Injectable()
export class ListingsLoaders {
  private readonly byRequest = new WeakMap<object, ListingsRequestLoaders>();

  constructor(private readonly listings: ListingsService) {}

  for(request: object): ListingsRequestLoaders {
    let loaders = this.byRequest.get(request);
    if (!loaders) {
      loaders = this.create();
      this.byRequest.set(request, loaders);
    }
    return loaders;
  }

  /** Hands a page read at once (`ListingsService.findPageByIds`) to the request's loaders. */
  prime(request: object, page: ListingPage): void {
    const loaders = this.for(request);
    for (const listing of page.listings) loaders.listing.prime(listing.id, listing);
    for (const [id, records] of page.locations) loaders.locations.prime(id, records);
    for (const [id, records] of page.sources) loaders.sources.prime(id, records);
    for (const [id, organization] of page.organizations)
      loaders.organization.prime(id, organization);
  }

  private create(): ListingsRequestLoaders {
    const byKey =
      <V, W>(load: (ids: readonly string[]) => Promise<Map<string, V>>, fallback: () => W) =>
      async (ids: readonly string[]): Promise<(V | W)[]> => {
        const found = await load(ids);
        return ids.map((id) => found.get(id) ?? fallback());
      };
    return {
      listing: new DataLoader(async (ids: readonly string[]) => {
        const found = new Map((await this.listings.findByIds(ids)).map((l) => [l.id, l]));
        return ids.map((id) => found.get(id) ?? null);
      }),
      sources: new DataLoader(
        byKey(
          (ids) => this.listings.sourcesByListingIds(ids),
          () => [],
        ),
      ),
      locations: new DataLoader(
        byKey(
          (ids) => this.listings.locationsByListingIds(ids),
          () => [],
        ),
      ),
      organization: new DataLoader(
        byKey(
          (ids) => this.listings.organizationsByIds(ids),
          () => null,
        ),
      ),
    };
  }
}
