import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApplyClickEntity, ListingSourceStatus } from '@passerelle/api-db';
import { isUuid } from '../ids';
import { PUBLIC_LISTING_STATUSES } from '../listing/listing-visibility';
import { followableUrl } from './followable-url';

/** Where a click on "apply" goes. */
export interface ApplyTarget {
  partnerId: string;
  /** An http(s) URL read from the database, never from the request. */
  url: string;
}

/** Slugs are lowercase words joined by hyphens; anything else cannot exist. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Finds the apply URL of a listing's source, and counts clicks (nothing about the person). */
@Injectable()
export class ApplyRedirectService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The target of `/r/{listingId}[/{partnerSlug}]`: that partner's active source, or without a
   * slug the listing's oldest active source, whose apply URL is followable. Null when the
   * listing is unknown, not public (PENDING, REJECTED), or has no such source.
   */
  async findTarget(listingId: string, partnerSlug?: string): Promise<ApplyTarget | null> {
    if (!isUuid(listingId)) return null;
    if (partnerSlug !== undefined && !SLUG.test(partnerSlug)) return null;
    const rows = await this.dataSource.query<Array<{ partner_id: string; apply_url: string }>>(
      `SELECT s.partner_id, s.apply_url
         FROM listing_source s
         JOIN listing l ON l.id = s.listing_id
         JOIN partner p ON p.id = s.partner_id
        WHERE s.listing_id = $1 AND s.status = $2 AND l.status::text = ANY($3::text[])
          AND ($4::text IS NULL OR p.slug = $4)
        ORDER BY s.first_seen_at, s.id`,
      [listingId, ListingSourceStatus.ACTIVE, PUBLIC_LISTING_STATUSES, partnerSlug ?? null],
    );
    for (const row of rows) {
      const url = followableUrl(row.apply_url);
      if (url) return { partnerId: row.partner_id, url };
    }
    return null;
  }

  /** One row: the listing, the partner the click went to, the time. No IP, no user agent. */
  async countClick(listingId: string, partnerId: string): Promise<void> {
    await this.dataSource.getRepository(ApplyClickEntity).insert({ listingId, partnerId });
  }
}
