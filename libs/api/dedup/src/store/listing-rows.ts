import type { EntityManager } from 'typeorm';
import { ListingStatus } from '@passerelle/shared-domain';
import type { CanonicalValues } from '../engine';

/** Outbox event types the search indexer consumes. */
export enum ListingEvent {
  CREATED = 'listing.created',
  UPDATED = 'listing.updated',
  WITHDRAWN = 'listing.withdrawn',
}

/** A `listing` row as jsonb_populate_recordset reads it (snake_case columns). */
function listingRow(id: string, values: CanonicalValues, now: Date) {
  return {
    id,
    status: ListingStatus.PUBLISHED,
    kind: values.kind,
    title: values.title,
    description: values.description,
    summary: values.summary,
    domain: values.domain,
    activities: values.activities,
    tags: values.tags,
    remote: values.remote,
    places: values.places,
    schedule: values.schedule,
    starts_at: values.startsAt,
    ends_at: values.endsAt,
    posted_at: values.postedAt,
    open_to_minors: values.openToMinors,
    reduced_mobility_accessible: values.reducedMobilityAccessible,
    close_to_transport: values.closeToTransport,
    image_url: values.imageUrl,
    organization_id: values.organizationId,
    published_at: now.toISOString(),
  };
}

const COLUMNS = [
  'kind',
  'title',
  'description',
  'summary',
  'domain',
  'activities',
  'tags',
  'remote',
  'places',
  'schedule',
  'starts_at',
  'ends_at',
  'posted_at',
  'open_to_minors',
  'reduced_mobility_accessible',
  'close_to_transport',
  'image_url',
  'organization_id',
] as const;

/** Inserts new canonical listings (PUBLISHED) in one statement. */
export async function insertListings(
  manager: EntityManager,
  rows: ReadonlyArray<{ id: string; values: CanonicalValues }>,
  now: Date,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = ['id', 'status', ...COLUMNS, 'published_at'].join(', ');
  await manager.query(
    `INSERT INTO listing (${columns})
     SELECT ${columns} FROM jsonb_populate_recordset(NULL::listing, $1::jsonb)`,
    [JSON.stringify(rows.map((row) => listingRow(row.id, row.values, now)))],
  );
}

/** Rewrites existing canonical listings from their groups, (re)published, in one statement. */
export async function updateListings(
  manager: EntityManager,
  rows: ReadonlyArray<{ id: string; values: CanonicalValues }>,
  now: Date,
): Promise<void> {
  if (rows.length === 0) return;
  await manager.query(
    `UPDATE listing l SET ${COLUMNS.map((c) => `${c} = v.${c}`).join(', ')},
            status = v.status, published_at = COALESCE(l.published_at, v.published_at),
            updated_at = now()
       FROM jsonb_populate_recordset(NULL::listing, $1::jsonb) v
      WHERE l.id = v.id`,
    [JSON.stringify(rows.map((row) => listingRow(row.id, row.values, now)))],
  );
}

/** Withdraws listings left without an active source; returns those that were not already. */
export async function withdrawListings(
  manager: EntityManager,
  listingIds: readonly string[],
): Promise<string[]> {
  if (listingIds.length === 0) return [];
  const [rows] = await manager.query<[Array<{ id: string }>, number]>(
    `UPDATE listing SET status = $2, updated_at = now()
      WHERE id = ANY($1::uuid[]) AND status <> $2 RETURNING id`,
    [listingIds, ListingStatus.WITHDRAWN],
  );
  return rows.map((row) => row.id);
}

/**
 * The places of each listing are those of one source (its place source): its locations carry
 * the listing id, the other sources' locations carry none, so the canonical listing's places
 * stay one indexed read without repeating the same place once per partner.
 */
export async function pointLocations(
  manager: EntityManager,
  clear: ReadonlyArray<{ listingId: string; sourceId: string | null }>,
  point: ReadonlyArray<{ listingId: string; sourceId: string }>,
): Promise<void> {
  // The listing id off the locations of every other source than its place source. OFFSET 0
  // keeps each LATERAL an index lookup: pulled up, the planner joined the whole table by a
  // sequential scan, twice (statistics are stale while a first sync grows it).
  if (clear.length > 0)
    await manager.query(
      `UPDATE listing_location SET listing_id = NULL
        WHERE id IN (
          SELECT ll.id FROM unnest($1::uuid[], $2::uuid[]) AS t(listing_id, source_id)
            CROSS JOIN LATERAL (
              SELECT id, listing_source_id FROM listing_location
               WHERE listing_id = t.listing_id OFFSET 0
            ) ll
           WHERE ll.listing_source_id IS DISTINCT FROM t.source_id)`,
      [clear.map((c) => c.listingId), clear.map((c) => c.sourceId)],
    );
  if (point.length === 0) return;
  await manager.query(
    `UPDATE listing_location SET listing_id = x.listing_id
       FROM (
         SELECT ll.id, v.listing_id FROM unnest($1::uuid[], $2::uuid[]) AS v(source_id, listing_id)
           CROSS JOIN LATERAL (
             SELECT id, listing_id FROM listing_location
              WHERE listing_source_id = v.source_id OFFSET 0
           ) ll
          WHERE ll.listing_id IS DISTINCT FROM v.listing_id
       ) x
      WHERE listing_location.id = x.id`,
    [point.map((p) => p.sourceId), point.map((p) => p.listingId)],
  );
}

/** Outbox rows for the search indexer, written in the same transaction as the change. */
export async function insertOutbox(
  manager: EntityManager,
  events: ReadonlyArray<{ listingId: string; type: ListingEvent }>,
): Promise<void> {
  if (events.length === 0) return;
  await manager.query(
    `INSERT INTO outbox_event (aggregate_type, aggregate_id, event_type, payload)
     SELECT 'listing', v.id, v.type, jsonb_build_object('listingId', v.id)
       FROM unnest($1::uuid[], $2::text[]) AS v(id, type)`,
    [events.map((e) => e.listingId), events.map((e) => e.type)],
  );
}

/** Moves sources to other listings. */
export async function moveSources(
  manager: EntityManager,
  moves: ReadonlyArray<{ sourceId: string; listingId: string }>,
): Promise<void> {
  if (moves.length === 0) return;
  await manager.query(
    `UPDATE listing_source s SET listing_id = v.listing_id
       FROM unnest($1::uuid[], $2::uuid[]) AS v(id, listing_id)
      WHERE s.id = v.id`,
    [moves.map((m) => m.sourceId), moves.map((m) => m.listingId)],
  );
}
