import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { lockGroups, planChunk } from '@passerelle/api-dedup';
import {
  ListingLocationEntity,
  ListingSourceEntity,
  ListingSourceStatus,
} from '@passerelle/api-db';
import { ItemOutcome } from '@passerelle/shared-domain';
import type { NormalizedListing, NormalizedLocation } from '../pipeline';
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

export interface WriteOptions {
  /** False: no matching, every new source gets its own listing (benchmark baseline). */
  deduplicate?: boolean;
}

interface ExistingSource {
  id: string;
  external_id: string;
  content_hash: string;
  listing_id: string | null;
  status: ListingSourceStatus;
}

function locationRows(
  listing: NormalizedListing,
  sourceId: string,
  listingId: string | null,
): Array<
  NormalizedLocation & { position: number; listingSourceId: string; listingId: string | null }
> {
  return listing.locations.map((location, position) => ({
    ...location,
    position,
    listingSourceId: sourceId,
    listingId,
  }));
}

/**
 * Writes one chunk of valid items of a partner inside the run's transaction: unchanged items
 * only touch `last_seen_at`; new and changed ones are deduplicated (`planChunk`: attached to
 * the group of the same mission at another partner, or a listing of their own), then their
 * source, locations, group listings and outbox rows are written in a handful of multi-row
 * statements.
 */
export async function writeChunk(
  manager: EntityManager,
  partnerId: string,
  syncRunId: string,
  items: PreparedItem[],
  now: Date,
  options: WriteOptions = {},
): Promise<Map<number, WrittenItem>> {
  const results = new Map<number, WrittenItem>();
  if (items.length === 0) return results;
  await lockGroups(manager);
  const existing: ExistingSource[] = await manager.query(
    `SELECT id, external_id, content_hash, listing_id, status FROM listing_source
      WHERE partner_id = $1 AND external_id = ANY($2::text[])`,
    [partnerId, items.map((i) => i.listing.externalId)],
  );
  const byExternalId = new Map(existing.map((row) => [row.external_id, row]));

  const unchanged: string[] = [];
  const created: Array<{ item: PreparedItem; id: string }> = [];
  const changed: Array<{ item: PreparedItem; source: ExistingSource }> = [];
  for (const item of items) {
    const source = byExternalId.get(item.listing.externalId);
    if (!source) created.push({ item, id: randomUUID() });
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
  if (created.length === 0 && changed.length === 0) return results;

  const orgIds = await resolveOrganizations(
    manager,
    partnerId,
    [...created.map((c) => c.item), ...changed.map((c) => c.item)].flatMap((i) =>
      i.listing.organization ? [i.listing.organization] : [],
    ),
  );
  const orgOf = (listing: NormalizedListing) =>
    listing.organization ? (orgIds.get(organizationKey(listing.organization)) ?? null) : null;

  const plan = await planChunk(
    manager,
    partnerId,
    [
      ...created.map(({ item, id }) => ({
        id,
        externalId: item.listing.externalId,
        payload: item.listing,
        organizationId: orgOf(item.listing),
        previousListingId: null,
      })),
      ...changed.map(({ item, source }) => ({
        id: source.id,
        externalId: item.listing.externalId,
        payload: item.listing,
        organizationId: orgOf(item.listing),
        previousListingId: source.listing_id,
      })),
    ],
    now,
    { enabled: options.deduplicate ?? true },
  );
  await plan.writeListings();

  const locations: ReturnType<typeof locationRows> = [];
  if (created.length > 0) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(ListingSourceEntity)
      .values(
        created.map(({ item, id }) => ({
          id,
          partnerId,
          externalId: item.listing.externalId,
          listingId: plan.listingOf(id),
          organizationId: orgOf(item.listing),
          dedupKeys: plan.keysOf(id),
          dedupFeatures: plan.digestOf(id),
          contentHash: item.hash,
          payload: item.listing,
          url: item.listing.url,
          applyUrl: item.listing.applyUrl,
          status: ListingSourceStatus.ACTIVE,
          firstSeenAt: now,
          lastSeenAt: now,
          lastSyncRunId: syncRunId,
        })),
      )
      .execute();
    for (const { item, id } of created) {
      locations.push(...locationRows(item.listing, id, plan.locationListingOf(id)));
      results.set(item.position, { outcome: ItemOutcome.CREATED, listingId: plan.listingOf(id) });
    }
  }

  for (const { item, source } of changed) {
    await manager.update(
      ListingSourceEntity,
      { id: source.id },
      {
        listingId: plan.listingOf(source.id),
        organizationId: orgOf(item.listing),
        dedupKeys: plan.keysOf(source.id),
        dedupFeatures: plan.digestOf(source.id),
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
    locations.push(...locationRows(item.listing, source.id, plan.locationListingOf(source.id)));
    results.set(item.position, {
      outcome: ItemOutcome.UPDATED,
      listingId: plan.listingOf(source.id),
    });
  }
  if (changed.length > 0)
    await manager.query('DELETE FROM listing_location WHERE listing_source_id = ANY($1::uuid[])', [
      changed.map((c) => c.source.id),
    ]);

  if (locations.length > 0)
    await manager
      .createQueryBuilder()
      .insert()
      .into(ListingLocationEntity)
      .values(locations)
      .execute();
  await plan.writeGroups();
  return results;
}
