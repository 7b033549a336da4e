import type { DataSource, EntityManager } from 'typeorm';
import type { ListingKind, ListingStatus, RemoteMode } from '@passerelle/shared-domain';
import {
  type ListingForIndex,
  type PlaceForIndex,
  type SearchDocument,
  toSearchDocuments,
} from './search-document';

interface ListingRow {
  id: string;
  status: ListingStatus;
  kind: ListingKind;
  title: string;
  summary: string;
  description: string;
  domain: string | null;
  activities: string[];
  tags: string[];
  remote: RemoteMode;
  starts_at: Date | null;
  ends_at: Date | null;
  posted_at: Date | null;
  published_at: Date | null;
  created_at: Date;
  open_to_minors: boolean | null;
  reduced_mobility_accessible: boolean | null;
  organization_name: string | null;
}

interface PlaceRow {
  listing_id: string;
  city: string | null;
  postal_code: string | null;
  city_code: string | null;
  department_code: string | null;
  region_code: string | null;
  lat: number | null;
  lon: number | null;
}

type Queryable = Pick<EntityManager | DataSource, 'query'>;

/**
 * Reads listings from PostgreSQL and maps them to search documents: the one mapper used by
 * the outbox indexer and the full rebuild, so both write the same documents.
 */
export class ListingDocumentsReader {
  /** Documents of each listing (an empty list when it must leave the index). */
  async documents(
    db: Queryable,
    listingIds: readonly string[],
  ): Promise<Map<string, SearchDocument[]>> {
    const result = new Map<string, SearchDocument[]>(listingIds.map((id) => [id, []]));
    if (listingIds.length === 0) return result;
    for (const listing of await this.read(db, listingIds))
      result.set(listing.id, toSearchDocuments(listing));
    return result;
  }

  /** Ids of published listings after `afterId`, in id order: the rebuild's keyset pages. */
  async publishedIds(db: Queryable, afterId: string | null, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await db.query(
      `SELECT id FROM listing WHERE status = 'PUBLISHED' AND ($1::uuid IS NULL OR id > $1::uuid)
        ORDER BY id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map((row) => row.id);
  }

  private async read(db: Queryable, ids: readonly string[]): Promise<ListingForIndex[]> {
    const listings: ListingRow[] = await db.query(
      `SELECT l.id, l.status, l.kind, l.title, l.summary, l.description, l.domain, l.activities,
              l.tags, l.remote, l.starts_at, l.ends_at, l.posted_at, l.published_at, l.created_at,
              l.open_to_minors, l.reduced_mobility_accessible, o.name AS organization_name
         FROM listing l LEFT JOIN organization o ON o.id = l.organization_id
        WHERE l.id = ANY($1::uuid[]) AND l.status = 'PUBLISHED'`,
      [ids],
    );
    if (listings.length === 0) return [];
    const published = listings.map((l) => l.id);
    // One after the other: inside a transaction both share one connection.
    const partners: Array<{ listing_id: string; slugs: string[] }> = await db.query(
      `SELECT s.listing_id, array_agg(DISTINCT p.slug) AS slugs
           FROM listing_source s JOIN partner p ON p.id = s.partner_id
          WHERE s.listing_id = ANY($1::uuid[]) AND s.status = 'ACTIVE'
          GROUP BY s.listing_id`,
      [published],
    );
    const places: PlaceRow[] = await db.query(
      `SELECT ll.listing_id, ll.city, ll.postal_code, ll.city_code, ll.department_code,
                ll.region_code, ll.lat, ll.lon
           FROM listing_location ll JOIN listing_source s ON s.id = ll.listing_source_id
          WHERE ll.listing_id = ANY($1::uuid[]) AND s.status = 'ACTIVE'
          ORDER BY ll.listing_id, s.first_seen_at, s.id, ll.position`,
      [published],
    );
    const slugsOf = new Map(partners.map((p) => [p.listing_id, p.slugs]));
    const placesOf = new Map<string, PlaceForIndex[]>();
    for (const row of places) {
      const list = placesOf.get(row.listing_id) ?? [];
      list.push({
        city: row.city,
        postalCode: row.postal_code,
        cityCode: row.city_code,
        departmentCode: row.department_code,
        regionCode: row.region_code,
        lat: row.lat,
        lon: row.lon,
      });
      placesOf.set(row.listing_id, list);
    }
    return listings.map((row) => ({
      id: row.id,
      status: row.status,
      kind: row.kind,
      title: row.title,
      summary: row.summary,
      description: row.description,
      domain: row.domain,
      activities: row.activities ?? [],
      tags: row.tags ?? [],
      remote: row.remote,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      postedAt: row.posted_at,
      publishedAt: row.published_at,
      createdAt: row.created_at,
      openToMinors: row.open_to_minors,
      reducedMobilityAccessible: row.reduced_mobility_accessible,
      organizationName: row.organization_name,
      partnerSlugs: slugsOf.get(row.id) ?? [],
      places: placesOf.get(row.id) ?? [],
    }));
  }
}
