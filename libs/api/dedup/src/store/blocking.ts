import type { EntityManager } from 'typeorm';
import type { BlockingKeys, FeatureDigest } from '../engine';

/** A stored source that shares blocking keys with an item of the chunk. */
export interface CandidateRow {
  /** Position of the item in the chunk. */
  pos: number;
  id: string;
  listing_id: string;
  partner_id: string;
  /** Its matching features, as stored (null for a source written before deduplication). */
  features: FeatureDigest | null;
}

/**
 * Blocking, one statement for a chunk: each probe of each item is one GIN index lookup
 * (`dedup_keys @> ARRAY[key]`, at most `perKeyLimit` sources read, with what the next steps
 * need); per item, the active sources of other partners sharing the most keys with it, at most
 * `candidateLimit`. Written with LATERAL lookups only, so that the plan does not depend on
 * statistics (stale during a first sync, when the table grows inside one transaction).
 */
const BLOCKING_SQL = `
  WITH matches AS (
    SELECT k.pos, x.id, x.listing_id, x.partner_id, x.features
      FROM unnest($1::int[], $2::text[]) AS k(pos, key)
      CROSS JOIN LATERAL (
        SELECT s.id, s.listing_id, s.partner_id, s.dedup_features AS features
          FROM listing_source s
         WHERE s.dedup_keys @> ARRAY[k.key] AND s.status = 'ACTIVE' AND s.partner_id <> $3
         LIMIT $4
      ) x
  ),
  ranked AS (
    SELECT pos, id, any_value(listing_id) AS listing_id, any_value(partner_id) AS partner_id,
           any_value(features) AS features,
           row_number() OVER (PARTITION BY pos ORDER BY count(*) DESC, id) AS rank
      FROM matches GROUP BY pos, id
  )
  SELECT pos, id, listing_id, partner_id, features FROM ranked
   WHERE rank <= $5 AND listing_id IS NOT NULL`;

export interface BlockingLimits {
  /** Sources read per key at most. */
  perKeyLimit: number;
  /** Candidates per item at most. */
  candidateLimit: number;
}

export async function findCandidates(
  manager: EntityManager,
  partnerId: string,
  keys: readonly BlockingKeys[],
  limits: BlockingLimits,
): Promise<CandidateRow[]> {
  const positions: number[] = [];
  const probes: string[] = [];
  keys.forEach((k, pos) => {
    for (const key of k.probes) {
      positions.push(pos);
      probes.push(key);
    }
  });
  if (probes.length === 0) return [];
  return manager.query<CandidateRow[]>(BLOCKING_SQL, [
    positions,
    probes,
    partnerId,
    limits.perKeyLimit,
    limits.candidateLimit,
  ]);
}

/**
 * False while no other partner has an active source (a first partner's first sync): nothing to
 * match. One lookup per partner in the (partner_id, external_id) index, in its order, so that
 * the planner never reads the partner's own sources by a sequential scan (stale statistics
 * during a first sync made it do so at every chunk).
 */
export async function othersHaveSources(
  manager: EntityManager,
  partnerId: string,
): Promise<boolean> {
  const rows = await manager.query<unknown[]>(
    `SELECT 1 FROM partner p
      CROSS JOIN LATERAL (
        SELECT 1 FROM listing_source s WHERE s.partner_id = p.id AND s.status = 'ACTIVE'
         ORDER BY s.partner_id, s.external_id LIMIT 1
      ) x
      WHERE p.id <> $1
      LIMIT 1`,
    [partnerId],
  );
  return rows.length > 0;
}
