import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ListingEntity, ListingLocationEntity, OrganizationEntity } from '@passerelle/api-db';
import type { ListingStatus } from '@passerelle/shared-domain';
import { isUuid } from '../ids';
import { type ListingColumns, type ListingObject, toListingObject } from './listing.object';
import type { SourceRecord } from './listing-source.object';
import type { LocationColumns, LocationRecord } from './location.object';
import { type OrganizationObject, toOrganizationObject } from './organization.object';

export interface FindListingsOptions {
  /** Only listings with one of these statuses (e.g. PUBLIC_LISTING_STATUSES); default: any. */
  statuses?: readonly ListingStatus[];
}

/**
 * A page of listings and what their cards show, as the request's loaders would read it
 * (`ListingsLoaders.prime` hands it to them): `findPageByIds`.
 */
export interface ListingPage {
  listings: ListingObject[];
  /** By listing id: the locations of its sources, in source order then address order. */
  locations: Map<string, LocationRecord[]>;
  /** By listing id: every source (any status) with its partner, oldest first. */
  sources: Map<string, SourceRecord[]>;
  /** By organization id. */
  organizations: Map<string, OrganizationObject>;
}

type JsonSource = Omit<SourceRecord, 'listingId' | 'firstSeenAt' | 'lastSeenAt'> & {
  firstSeenAt: string;
  lastSeenAt: string;
};
type PageRow = ListingColumns & {
  organization: OrganizationObject | null;
  sources: JsonSource[];
  locations: Array<LocationColumns & { sourceStatus: LocationRecord['sourceStatus'] }>;
};

/**
 * One query for a page of listings with their organization, sources and locations (JSON
 * aggregates, in the loaders' orders): no TypeORM hydration, one round trip instead of four.
 */
const PAGE_SQL = `
SELECT l.id, l.kind, l.status, l.title, l.description, l.summary, l.domain, l.activities,
       l.tags, l.remote, l.places, l.schedule, l.starts_at AS "startsAt", l.ends_at AS "endsAt",
       l.posted_at AS "postedAt", l.open_to_minors AS "openToMinors",
       l.reduced_mobility_accessible AS "reducedMobilityAccessible",
       l.close_to_transport AS "closeToTransport", l.image_url AS "imageUrl",
       l.organization_id AS "organizationId", l.created_at AS "createdAt",
       l.updated_at AS "updatedAt", l.published_at AS "publishedAt",
       CASE WHEN o.id IS NULL THEN NULL ELSE
         json_build_object('id', o.id, 'name', o.name, 'rna', o.rna, 'siren', o.siren, 'url', o.url)
       END AS organization,
       (SELECT coalesce(json_agg(json_build_object(
                 'id', s.id, 'partnerId', s.partner_id, 'partnerSlug', p.slug,
                 'partnerName', p.name, 'externalId', s.external_id, 'url', s.url,
                 'status', s.status, 'firstSeenAt', s.first_seen_at, 'lastSeenAt', s.last_seen_at)
               ORDER BY s.first_seen_at, s.id), '[]')
          FROM listing_source s JOIN partner p ON p.id = s.partner_id
         WHERE s.listing_id = l.id) AS sources,
       (SELECT coalesce(json_agg(json_build_object(
                 'street', ll.street, 'postalCode', ll.postal_code, 'city', ll.city,
                 'cityCode', ll.city_code, 'departmentCode', ll.department_code,
                 'regionCode', ll.region_code, 'lat', ll.lat, 'lon', ll.lon,
                 'precision', ll.precision, 'sourceStatus', s.status)
               ORDER BY s.first_seen_at, s.id, ll.position), '[]')
          FROM listing_location ll JOIN listing_source s ON s.id = ll.listing_source_id
         WHERE ll.listing_id = l.id) AS locations
  FROM listing l LEFT JOIN organization o ON o.id = l.organization_id
 WHERE l.id = ANY($1::uuid[]) AND ($2::text[] IS NULL OR l.status::text = ANY($2::text[]))`;

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

  /**
   * `findByIds` and the relations the cards of a page show (locations, organization, sources),
   * in one query; hand the result to `ListingsLoaders.prime` so that the field resolvers read
   * it instead of querying again.
   */
  async findPageByIds(
    ids: readonly string[],
    options: FindListingsOptions = {},
  ): Promise<ListingPage> {
    const page: ListingPage = {
      listings: [],
      locations: new Map(),
      sources: new Map(),
      organizations: new Map(),
    };
    const valid = [...new Set(ids.filter(isUuid))];
    const { statuses } = options;
    if (valid.length === 0 || statuses?.length === 0) return page;
    const rows = await this.dataSource.query<PageRow[]>(PAGE_SQL, [
      valid,
      statuses ? [...statuses] : null,
    ]);
    const byId = new Map<string, ListingObject>();
    for (const { organization, sources, locations, ...columns } of rows) {
      byId.set(columns.id, toListingObject(columns));
      if (organization) page.organizations.set(organization.id, organization);
      page.sources.set(
        columns.id,
        sources.map((source) => ({
          ...source,
          listingId: columns.id,
          firstSeenAt: new Date(source.firstSeenAt),
          lastSeenAt: new Date(source.lastSeenAt),
        })),
      );
      page.locations.set(
        columns.id,
        locations.map(({ sourceStatus, ...location }) => ({ location, sourceStatus })),
      );
    }
    page.listings = ids.flatMap((id) => byId.get(id) ?? []);
    return page;
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
