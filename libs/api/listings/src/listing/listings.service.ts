import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ListingEntity, ListingLocationEntity, OrganizationEntity } from '@passerelle/api-db';
import type { ListingStatus } from '@passerelle/shared-domain';
import { isUuid } from '../ids';
import { type ListingObject, toListingObject } from './listing.object';
import type { SourceRecord } from './listing-source.object';
import type { LocationRecord } from './location.object';
import { type OrganizationObject, toOrganizationObject } from './organization.object';

export interface FindListingsOptions {
  /** Only listings with one of these statuses (e.g. PUBLIC_LISTING_STATUSES); default: any. */
  statuses?: readonly ListingStatus[];
}

/** Groups rows by a key, every key of `keys` present (empty list when it has no row). */
function groupBy<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string) {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return groups;
}

/**
 * Reads listings from PostgreSQL (the source of truth) for people and for the search feature,
 * which hydrates a page of hits with `findByIds`. Every read is one query for a whole batch.
 */
@Injectable()
export class ListingsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The listings of these ids in the order given, unknown (or malformed) ids dropped: one query.
   * Their locations, organization and sources are resolved by the request's loaders.
   */
  async findByIds(
    ids: readonly string[],
    options: FindListingsOptions = {},
  ): Promise<ListingObject[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return [];
    const { statuses } = options;
    if (statuses?.length === 0) return [];
    const rows = await this.dataSource.getRepository(ListingEntity).findBy({
      id: In(valid),
      ...(statuses ? { status: In([...statuses]) } : {}),
    });
    const byId = new Map(rows.map((row) => [row.id, toListingObject(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  // Batch reads for the per-request loaders.

  /** Every source of these listings (any status) with its partner, oldest first. */
  async sourcesByListingIds(listingIds: readonly string[]): Promise<Map<string, SourceRecord[]>> {
    const rows = await this.dataSource.query<SourceRecord[]>(
      `SELECT s.id, s.listing_id AS "listingId", s.partner_id AS "partnerId",
              p.slug AS "partnerSlug", p.name AS "partnerName", s.external_id AS "externalId",
              s.url, s.status, s.first_seen_at AS "firstSeenAt", s.last_seen_at AS "lastSeenAt"
         FROM listing_source s JOIN partner p ON p.id = s.partner_id
        WHERE s.listing_id = ANY($1::uuid[])
        ORDER BY s.first_seen_at, s.id`,
      [listingIds],
    );
    return groupBy(listingIds, rows, (row) => row.listingId);
  }

  /** The locations of these listings' sources, in source order then address order. */
  async locationsByListingIds(
    listingIds: readonly string[],
  ): Promise<Map<string, LocationRecord[]>> {
    const rows = await this.dataSource
      .getRepository(ListingLocationEntity)
      .createQueryBuilder('location')
      .innerJoin('location.listingSource', 'source')
      .addSelect(['source.id', 'source.status'])
      .where('location.listingId IN (:...ids)', { ids: [...listingIds] })
      .orderBy('source.firstSeenAt', 'ASC')
      .addOrderBy('source.id', 'ASC')
      .addOrderBy('location.position', 'ASC')
      .getMany();
    const records = rows.flatMap((location) =>
      location.listingId && location.listingSource
        ? [{ location, sourceStatus: location.listingSource.status, listingId: location.listingId }]
        : [],
    );
    const groups = groupBy(listingIds, records, (record) => record.listingId);
    return new Map(
      [...groups].map(([id, group]) => [
        id,
        group.map(({ location, sourceStatus }) => ({ location, sourceStatus })),
      ]),
    );
  }

  async organizationsByIds(ids: readonly string[]): Promise<Map<string, OrganizationObject>> {
    const rows = await this.dataSource
      .getRepository(OrganizationEntity)
      .findBy({ id: In([...ids]) });
    return new Map(rows.map((row) => [row.id, toOrganizationObject(row)]));
  }
}
