import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ListingSourceStatus } from '@passerelle/api-db';
import { ListingKind, ListingStatus } from '@passerelle/shared-domain';
import type { FacetCountObject } from './facet-count.object';
import { departmentLabel, domainFacetLabel, kindLabel, sortFacets } from './facet-labels';
import type { FederationStatsObject } from './federation-stats.object';

interface Totals {
  listings: number;
  sources: number;
  folded: number;
}
interface Row {
  value: string;
  count: number;
}

const PUBLISHED = ListingStatus.PUBLISHED;
const ACTIVE = ListingSourceStatus.ACTIVE;

/** The counts of `federationStats`: a handful of aggregate queries on PostgreSQL. */
@Injectable()
export class FederationStatsService {
  constructor(private readonly dataSource: DataSource) {}

  async stats(): Promise<FederationStatsObject> {
    const [totals, kinds, domains, departments, partners] = await Promise.all([
      this.query<Totals>(
        `SELECT (SELECT count(*)::int FROM listing WHERE status = $1) AS listings,
                count(*)::int AS sources,
                (count(*) FILTER (WHERE listing_id IS NOT NULL) - count(DISTINCT listing_id))::int
                  AS folded
           FROM listing_source WHERE status = $2`,
        [PUBLISHED, ACTIVE],
      ),
      this.query<Row>(
        `SELECT kind AS value, count(*)::int AS count FROM listing WHERE status = $1 GROUP BY kind`,
        [PUBLISHED],
      ),
      this.query<Row>(
        `SELECT domain AS value, count(*)::int AS count FROM listing
          WHERE status = $1 AND domain IS NOT NULL GROUP BY domain`,
        [PUBLISHED],
      ),
      this.query<Row>(
        `SELECT loc.department_code AS value, count(DISTINCT loc.listing_id)::int AS count
           FROM listing_location loc
           JOIN listing_source s ON s.id = loc.listing_source_id AND s.status = $2
           JOIN listing l ON l.id = loc.listing_id AND l.status = $1
          WHERE loc.department_code IS NOT NULL
          GROUP BY loc.department_code`,
        [PUBLISHED, ACTIVE],
      ),
      this.query<Row & { label: string }>(
        `SELECT p.slug AS value, p.name AS label, count(DISTINCT s.listing_id)::int AS count
           FROM listing_source s
           JOIN partner p ON p.id = s.partner_id
           JOIN listing l ON l.id = s.listing_id AND l.status = $1
          WHERE s.status = $2
          GROUP BY p.slug, p.name`,
        [PUBLISHED, ACTIVE],
      ),
    ]);
    const { listings = 0, sources = 0, folded = 0 } = totals[0] ?? {};
    const kindCounts = new Map(kinds.map((row) => [row.value, row.count]));
    const facets = (rows: Row[], label: (value: string) => string): FacetCountObject[] =>
      sortFacets(
        rows.map((row) => ({ value: row.value, label: label(row.value), count: row.count })),
      );
    return {
      listings,
      sources,
      foldedSources: folded,
      byKind: Object.values(ListingKind).map((kind) => ({
        value: kind,
        label: kindLabel(kind),
        count: kindCounts.get(kind) ?? 0,
      })),
      byDomain: facets(domains, domainFacetLabel),
      byDepartment: facets(departments, departmentLabel),
      byPartner: sortFacets(partners),
    };
  }

  private query<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    return this.dataSource.query<T[]>(sql, parameters);
  }
}
