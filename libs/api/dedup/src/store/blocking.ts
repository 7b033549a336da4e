import type { DataSource, EntityManager } from 'typeorm';
import {
  type BlockingKeys,
  blockingKeys,
  descriptionSimilarityBound,
  descriptionSketchOf,
  type FeatureDigest,
  featuresFromDigest,
  featuresOf,
  REVIEW_THRESHOLD,
  scoreSides,
  type SourcePayload,
} from '../engine';

/** A stored source that shares blocking keys with an item of the chunk. */
export interface CandidateRow {
  /** Position of the item in the chunk. */
  pos: number;
  id: string;
  partner_id: string;
  /** Its matching features, as stored (null for a source written before deduplication). */
  features: FeatureDigest | null;
}

/**
 * Blocking, one statement for a chunk: each probe of each item is one GIN index lookup
 * (`dedup_keys @> ARRAY[key]`, at most `perKeyLimit` sources read); per item, the active
 * sources of other partners sharing the most keys with it, at most `candidateLimit`, and only
 * for those their stored features (read by id once ranked: carried through the ranking, the
 * features of every source read cost 130 ms per chunk at 100,000 listings, 77 ms this way).
 * Written with LATERAL lookups only (OFFSET 0 or LIMIT: never pulled up into joins), so that
 * the plan does not depend on statistics (stale during a first sync, when the table grows
 * inside one transaction).
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
  SELECT r.pos, r.id, s.partner_id, s.dedup_features AS features
    FROM ranked r
   CROSS JOIN LATERAL (
     SELECT partner_id, dedup_features, listing_id FROM listing_source WHERE id = r.id OFFSET 0
   ) s
   WHERE r.rank <= $5 AND s.listing_id IS NOT NULL`;

export interface BlockingLimits {
  /** Sources read per key at most. */
  perKeyLimit: number;
  /** Candidates per item at most. */
  candidateLimit: number;
}

export async function findCandidates(
  manager: EntityManager | DataSource,
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

/** Blocking limits of ingest. */
export const DEFAULT_LIMITS: BlockingLimits = { perKeyLimit: 40, candidateLimit: 10 };

/**
 * The stored sources each listing of a chunk may match, by payload: blocking, then an upper
 * bound of the score from the stored features (descriptions bounded by their sketches), so
 * that nothing heavy is read for a candidate that cannot reach the review threshold. Only the
 * ids: their groups are read in the run's transaction (`GroupWorkspace.loadGroupsOf`).
 *
 * Blocking reads other partners' sources only, which no one changes while a run holds
 * `lockGroups` except the run itself, and the run only moves them between listings; so this
 * may run outside the run's transaction, on another connection, ahead of the chunk (ingest
 * looks the next chunk's candidates up while the previous chunk is written).
 */
export async function searchCandidates(
  queryable: EntityManager | DataSource,
  partnerId: string,
  payloads: readonly SourcePayload[],
  limits: BlockingLimits = DEFAULT_LIMITS,
): Promise<Map<SourcePayload, string[]>> {
  const keys = payloads.map((payload) => blockingKeys(payload));
  const rows = await findCandidates(queryable, partnerId, keys, limits);
  const kept = new Map<SourcePayload, string[]>(payloads.map((payload) => [payload, []]));
  for (const row of rows) {
    const payload = payloads[row.pos]!;
    const features = featuresFromDigest(row.features);
    // Without stored features, the candidate is kept and scored on its payload.
    if (features) {
      const bound = scoreSides(
        { partnerId, features: featuresOf(payload) },
        { partnerId: row.partner_id, features },
        {
          assumeDescriptionSimilarity: descriptionSimilarityBound(
            descriptionSketchOf(payload),
            features.descriptionSketch,
          ),
        },
      );
      if (bound.vetoed || bound.score < REVIEW_THRESHOLD) continue;
    }
    kept.get(payload)!.push(row.id);
  }
  return kept;
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
