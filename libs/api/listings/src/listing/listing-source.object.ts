import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ListingSourceStatus } from '@passerelle/api-db';
import type { ListingStatus } from '@passerelle/api-core';
import { applyRedirectPath } from '../redirect/apply-redirect-path';
import { showsInactiveSources } from './listing-visibility';

registerEnumType(ListingSourceStatus, {
  name: 'ListingSourceStatus',
  description: 'ACTIVE: the platform publishes it now. WITHDRAWN: it no longer does.',
});

@ObjectType('PartnerSummary', { description: 'A partner platform, as the public sees it.' })
export class PartnerSummaryObject {
  @Field({ description: 'Stable public identifier, e.g. "jeveuxaider".' })
  slug!: string;

  @Field()
  name!: string;
}

@ObjectType('ListingSource', {
  description: 'The listing as one partner platform publishes it (annonce source).',
})
export class ListingSourceObject {
  @Field(() => PartnerSummaryObject)
  partner!: PartnerSummaryObject;

  @Field({ description: 'The partner’s own id of the listing.' })
  externalId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The listing’s page on the partner’s platform.',
  })
  url!: string | null;

  @Field({
    description:
      'Passerelle’s redirect to this platform’s application form (`/r/{listingId}/{partnerSlug}`): it counts the click.',
  })
  applyUrl!: string;

  @Field(() => ListingSourceStatus)
  status!: ListingSourceStatus;

  @Field()
  firstSeenAt!: Date;

  @Field()
  lastSeenAt!: Date;
}

/** One source of a listing with its partner, as the loader reads it (never the payload). */
export interface SourceRecord {
  id: string;
  listingId: string;
  partnerId: string;
  partnerSlug: string;
  partnerName: string;
  externalId: string;
  url: string | null;
  status: ListingSourceStatus;
  firstSeenAt: Date;
  lastSeenAt: Date;
}

export function toListingSourceObject(record: SourceRecord): ListingSourceObject {
  return {
    partner: { slug: record.partnerSlug, name: record.partnerName },
    externalId: record.externalId,
    url: record.url,
    applyUrl: applyRedirectPath(record.listingId, record.partnerSlug),
    status: record.status,
    firstSeenAt: record.firstSeenAt,
    lastSeenAt: record.lastSeenAt,
  };
}

/**
 * The sources a listing shows, oldest first as given: only the active ones while it is
 * PUBLISHED, every one otherwise (so an expired or withdrawn listing says where it was).
 */
export function listingSources(
  records: readonly SourceRecord[],
  listingStatus: ListingStatus,
): ListingSourceObject[] {
  const shown = showsInactiveSources(listingStatus)
    ? records
    : records.filter((r) => r.status === ListingSourceStatus.ACTIVE);
  return shown.map(toListingSourceObject);
}
