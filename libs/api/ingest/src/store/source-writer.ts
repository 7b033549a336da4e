import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { lockGroups, planChunk, type PlanOptions } from '@passerelle/api-dedup';
import { insertRows, ListingSourceStatus, updateRowsById } from '@passerelle/api-db';
import { ItemOutcome } from '@passerelle/shared-domain';
import type { NormalizedListing, NormalizedLocation } from '../pipeline';
import { organizationKey, resolveOrganizations } from './organization-resolver';

/** One valid item of a run, ready to store. */
export interface PreparedItem {
  position: number;
  listing: NormalizedListing;
  hash: string;
  /** Hash of the connector's output (`inputHash`), stored so the next run can skip the pipeline. */
  inputHash: string;
}

/**
 * An unchanged source's `last_seen_at` is refreshed when it is older than this, not at every
 * run: a re-sync of an unchanged feed then writes nothing (expiry counts in days).
 */
export const LAST_SEEN_REFRESH_MS = 24 * 60 * 60 * 1000;

export interface WrittenItem {
  outcome: ItemOutcome.CREATED | ItemOutcome.UPDATED | ItemOutcome.UNCHANGED;
  listingId: string;
}

export interface WriteOptions {
  /** False: no matching, every new source gets its own listing (benchmark baseline). */
  deduplicate?: boolean;
  /** Known for the whole run (see `PlanOptions.othersHaveSources`). */
  othersHaveSources?: boolean;
  /** The items' deduplication candidates, looked up ahead (see `PlanOptions.candidates`). */
  candidates?: PlanOptions['candidates'];
}

interface ExistingSource {
  id: string;
  external_id: string;
  content_hash: string;
  input_hash: string | null;
  listing_id: string | null;
  status: ListingSourceStatus;
  last_seen_at: Date;
}

function locationRows(listing: NormalizedListing, sourceId: string, listingId: string | null) {
  return listing.locations.map((location: NormalizedLocation, position) => ({
    listing_source_id: sourceId,
    listing_id: listingId,
    position,
    street: location.street,
    postal_code: location.postalCode,
    city: location.city,
    city_code: location.cityCode,
    department_code: location.departmentCode,
    region_code: location.regionCode,
    lat: location.lat,
    lon: location.lon,
    precision: location.precision,
  }));
}

/** Sources carried again unchanged: their `last_seen_at` moves when it is a day old. */
export async function touchSources(
  manager: EntityManager,
  sourceIds: readonly string[],
  now: Date,
): Promise<void> {
  if (sourceIds.length === 0) return;
  await manager.query(
    'UPDATE listing_source SET last_seen_at = $1 WHERE id = ANY($2::uuid[]) AND last_seen_at < $3',
    [now, sourceIds, new Date(now.getTime() - LAST_SEEN_REFRESH_MS)],
  );
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
    `SELECT id, external_id, content_hash, input_hash, listing_id, status, last_seen_at
       FROM listing_source
      WHERE partner_id = $1 AND external_id = ANY($2::text[])`,
    [partnerId, items.map((i) => i.listing.externalId)],
  );
  const byExternalId = new Map(existing.map((row) => [row.external_id, row]));

  const stale = now.getTime() - LAST_SEEN_REFRESH_MS;
  const unchanged: Array<{ id: string; input_hash: string; last_seen_at: Date }> = [];
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
      if (source.input_hash !== item.inputHash || source.last_seen_at.getTime() < stale)
        unchanged.push({ id: source.id, input_hash: item.inputHash, last_seen_at: now });
      results.set(item.position, { outcome: ItemOutcome.UNCHANGED, listingId: source.listing_id });
    } else changed.push({ item, source });
  }

  // Same content through another input (or a day later): remember the input, nothing else.
  await updateRowsById(manager, 'listing_source', unchanged);
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
    {
      enabled: options.deduplicate ?? true,
      othersHaveSources: options.othersHaveSources,
      candidates: options.candidates,
    },
  );
  await plan.writeListings();

  const sourceRow = (id: string, item: PreparedItem) => ({
    id,
    listing_id: plan.listingOf(id),
    organization_id: orgOf(item.listing),
    dedup_keys: plan.keysOf(id),
    dedup_features: plan.digestOf(id),
    content_hash: item.hash,
    input_hash: item.inputHash,
    payload: item.listing,
    url: item.listing.url,
    apply_url: item.listing.applyUrl,
    status: ListingSourceStatus.ACTIVE,
    last_seen_at: now,
    last_sync_run_id: syncRunId,
  });
  await insertRows(
    manager,
    'listing_source',
    created.map(({ item, id }) => ({
      ...sourceRow(id, item),
      partner_id: partnerId,
      external_id: item.listing.externalId,
      first_seen_at: now,
    })),
  );
  await updateRowsById(
    manager,
    'listing_source',
    changed.map(({ item, source }) => ({ ...sourceRow(source.id, item), withdrawn_at: null })),
    ['updated_at = now()'],
  );

  const locations: ReturnType<typeof locationRows> = [];
  for (const { item, id } of created) {
    locations.push(...locationRows(item.listing, id, plan.locationListingOf(id)));
    results.set(item.position, { outcome: ItemOutcome.CREATED, listingId: plan.listingOf(id) });
  }
  for (const { item, source } of changed) {
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

  await insertRows(manager, 'listing_location', locations);
  await plan.writeGroups();
  return results;
}
