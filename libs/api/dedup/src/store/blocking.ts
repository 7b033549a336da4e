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
 * (`dedup_keys @> ARRAY[key]`, at most `perKeyLimit` sources read); per item, the active
 * sources of other partners sharing the most keys with it, at most `candidateLimit`.
 */
const BLOCKING_SQL = `
  WITH matches AS (
    SELECT k.pos, x.id
      FROM unnest($1::int[], $2::text[]) AS k(pos, key)
      CROSS JOIN LATERAL (
        SELECT s.id FROM listing_source s
         WHERE s.dedup_keys @> ARRAY[k.key] AND s.status = 'ACTIVE' AND s.partner_id <> $3
         LIMIT $4
      ) x
  ),
  ranked AS (
    SELECT pos, id, row_number() OVER (PARTITION BY pos ORDER BY count(*) DESC, id) AS rank
      FROM matches GROUP BY pos, id
  )
  SELECT r.pos, s.id, s.listing_id, s.partner_id, s.dedup_features AS features
    FROM ranked r JOIN listing_source s ON s.id = r.id
   WHERE r.rank <= $5 AND s.listing_id IS NOT NULL`;

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

/** False while no other partner has an active source (a first partner's first sync): nothing to match. */
export async function othersHaveSources(
  manager: EntityManager,
  partnerId: string,
): Promise<boolean> {
  const rows = await manager.query<unknown[]>(
    `SELECT 1 FROM partner p
      WHERE p.id <> $1
        AND EXISTS (SELECT 1 FROM listing_source s WHERE s.partner_id = p.id AND s.status = 'ACTIVE')
      LIMIT 1`,
    [partnerId],
  );
  return rows.length > 0;
}
