import type { EntityManager } from 'typeorm';
import {
  ListingEntity,
  ListingLocationEntity,
  ListingSourceEntity,
  ListingSourceStatus,
  OutboxEventEntity,
} from '@passerelle/api-db';
import { ItemOutcome, ListingStatus } from '@passerelle/shared-domain';
import type { NormalizedListing } from '../pipeline';
import { organizationKey, resolveOrganizations } from './organization-resolver';

/** One valid item of a run, ready to store. */
export interface PreparedItem {
  position: number;
  listing: NormalizedListing;
  hash: string;
}

export interface WrittenItem {
  outcome: ItemOutcome.CREATED | ItemOutcome.UPDATED | ItemOutcome.UNCHANGED;
  listingId: string;
}

interface ExistingSource {
  id: string;
  external_id: string;
  content_hash: string;
  listing_id: string | null;
  status: ListingSourceStatus;
}

/** The columns of the listing shown to people, from one source (until deduplication merges). */
function listingValues(listing: NormalizedListing, organizationId: string | null, now: Date) {
  return {
    kind: listing.kind,
    status: ListingStatus.PUBLISHED,
    title: listing.title,
    description: listing.description,
    summary: listing.summary,
    domain: listing.domain,
    activities: listing.activities,
    tags: listing.tags,
    remote: listing.remote,
    places: listing.places,
    schedule: listing.schedule,
    startsAt: listing.startsAt ? new Date(listing.startsAt) : null,
    endsAt: listing.endsAt ? new Date(listing.endsAt) : null,
    postedAt: listing.postedAt ? new Date(listing.postedAt) : null,
    openToMinors: listing.flags.openToMinors,
    reducedMobilityAccessible: listing.flags.reducedMobilityAccessible,
    closeToTransport: listing.flags.closeToTransport,
    imageUrl: listing.imageUrl,
    organizationId,
    publishedAt: now,
  };
}

function locationRows(listing: NormalizedListing, sourceId: string, listingId: string) {
  return listing.locations.map((location, position) => ({
    ...location,
    position,
    listingSourceId: sourceId,
    listingId,
  }));
}

function outboxRow(listingId: string, eventType: string) {
  return { aggregateType: 'listing', aggregateId: listingId, eventType, payload: { listingId } };
}

/**
 * Writes one chunk of valid items of a partner inside the run's transaction: unchanged items
 * only touch `last_seen_at`; new and changed ones write the source, its listing, its locations
 * and an outbox row for the indexer, in a handful of multi-row statements.
 */
export async function writeChunk(
  manager: EntityManager,
  partnerId: string,
  syncRunId: string,
  items: PreparedItem[],
  now: Date,
): Promise<Map<number, WrittenItem>> {
  const results = new Map<number, WrittenItem>();
  if (items.length === 0) return results;
  const existing: ExistingSource[] = await manager.query(
    `SELECT id, external_id, content_hash, listing_id, status FROM listing_source
      WHERE partner_id = $1 AND external_id = ANY($2::text[])`,
    [partnerId, items.map((i) => i.listing.externalId)],
  );
  const byExternalId = new Map(existing.map((row) => [row.external_id, row]));

  const unchanged: string[] = [];
  const created: PreparedItem[] = [];
  const changed: Array<{ item: PreparedItem; source: ExistingSource }> = [];
  for (const item of items) {
    const source = byExternalId.get(item.listing.externalId);
    if (!source) created.push(item);
    else if (
      source.content_hash === item.hash &&
      source.status === ListingSourceStatus.ACTIVE &&
      source.listing_id
    ) {
      unchanged.push(source.id);
      results.set(item.position, { outcome: ItemOutcome.UNCHANGED, listingId: source.listing_id });
    } else changed.push({ item, source });
  }

  if (unchanged.length > 0) {
    await manager.query(
      'UPDATE listing_source SET last_seen_at = $1, last_sync_run_id = $2 WHERE id = ANY($3::uuid[])',
      [now, syncRunId, unchanged],
    );
  }

  const toWrite = [...created, ...changed.map((c) => c.item)];
  const orgIds = await resolveOrganizations(
    manager,
    partnerId,
    toWrite.flatMap((i) => (i.listing.organization ? [i.listing.organization] : [])),
  );
  const orgOf = (listing: NormalizedListing) =>
    listing.organization ? (orgIds.get(organizationKey(listing.organization)) ?? null) : null;

  const locations: ReturnType<typeof locationRows> = [];
  const outbox: ReturnType<typeof outboxRow>[] = [];

  if (created.length > 0) {
    const listings = await manager
      .createQueryBuilder()
      .insert()
      .into(ListingEntity)
      .values(created.map((i) => listingValues(i.listing, orgOf(i.listing), now)))
      .returning(['id'])
      .execute();
    const listingIds = listings.identifiers.map((row) => (row as { id: string }).id);
    const sources = await manager
      .createQueryBuilder()
      .insert()
      .into(ListingSourceEntity)
      .values(
        created.map((i, n) => ({
          partnerId,
          externalId: i.listing.externalId,
          listingId: listingIds[n]!,
          contentHash: i.hash,
          payload: i.listing,
          url: i.listing.url,
          applyUrl: i.listing.applyUrl,
          status: ListingSourceStatus.ACTIVE,
          firstSeenAt: now,
          lastSeenAt: now,
          lastSyncRunId: syncRunId,
        })),
      )
      .returning(['id'])
      .execute();
    created.forEach((item, n) => {
      const listingId = listingIds[n]!;
      const sourceId = (sources.identifiers[n] as { id: string }).id;
      locations.push(...locationRows(item.listing, sourceId, listingId));
      outbox.push(outboxRow(listingId, 'listing.created'));
      results.set(item.position, { outcome: ItemOutcome.CREATED, listingId });
    });
  }

  for (const { item, source } of changed) {
    let listingId = source.listing_id;
    const values = listingValues(item.listing, orgOf(item.listing), now);
    if (listingId) {
      await manager.update(ListingEntity, { id: listingId }, values);
    } else {
      const inserted = await manager.insert(ListingEntity, values);
      listingId = (inserted.identifiers[0] as { id: string }).id;
    }
    await manager.update(
      ListingSourceEntity,
      { id: source.id },
      {
        listingId,
        contentHash: item.hash,
        payload: item.listing,
        url: item.listing.url,
        applyUrl: item.listing.applyUrl,
        status: ListingSourceStatus.ACTIVE,
        withdrawnAt: null,
        lastSeenAt: now,
        lastSyncRunId: syncRunId,
      },
    );
    await manager.delete(ListingLocationEntity, { listingSourceId: source.id });
    locations.push(...locationRows(item.listing, source.id, listingId));
    outbox.push(outboxRow(listingId, 'listing.updated'));
    results.set(item.position, { outcome: ItemOutcome.UPDATED, listingId });
  }

  if (locations.length > 0)
    await manager
      .createQueryBuilder()
      .insert()
      .into(ListingLocationEntity)
      .values(locations)
      .execute();
  if (outbox.length > 0)
    await manager.createQueryBuilder().insert().into(OutboxEventEntity).values(outbox).execute();
  return results;
}
