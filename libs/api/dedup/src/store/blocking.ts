import type { DataSource, EntityManager } from 'typeorm';
import {
  type BlockingKeys,
  blockingKeys,
  descriptionSimilarityBound,
  descriptionSketchOf,
  type FeatureDigest,
  featuresFromDigest,
  featuresOf,
  KeyIndex,
  type ListingFeatures,
  REVIEW_THRESHOLD,
  scoreSides,
  type SourcePayload,
} from '../engine';

/** A stored source that shares blocking keys with an item of the chunk. */
export interface Candidate {
  /** Position of the item in the chunk. */
  pos: number;
  id: string;
  partnerId: string;
  /** Its matching features, as stored (null for a source written before deduplication). */
  features: ListingFeatures | null;
}

/**
 * Other partners' active sources, for a big run's blocking in memory (ADR 0017): their keys,
 * and the features of the candidates found most recently (at most `FEATURES_KEPT`, the least
 * recently found dropped first): a big organization's sources are candidates of many items.
 */
export class CandidateIndex {
  private readonly features = new Map<number, Omit<Candidate, 'pos'>>();

  constructor(readonly keys: KeyIndex) {}

  featuresOf(source: number): Omit<Candidate, 'pos'> | undefined {
    const candidate = this.features.get(source);
    if (candidate) {
      // Most recently found last: Map keeps insertion order.
      this.features.delete(source);
      this.features.set(source, candidate);
    }
    return candidate;
  }

  keep(source: number, candidate: Omit<Candidate, 'pos'>): void {
    if (this.features.size >= FEATURES_KEPT) {
      const oldest = this.features.keys().next();
      if (!oldest.done) this.features.delete(oldest.value);
    }
    this.features.set(source, candidate);
  }
}

/** Candidates' features kept by a `CandidateIndex` at most (about 1.5 KB each). */
const FEATURES_KEPT = 20_000;

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
  index?: CandidateIndex,
): Promise<Candidate[]> {
  if (index) return rankedInMemory(manager, keys, limits, index);
  const positions: number[] = [];
  const probes: string[] = [];
  keys.forEach((k, pos) => {
    for (const key of k.probes) {
      positions.push(pos);
      probes.push(key);
    }
  });
  if (probes.length === 0) return [];
  const rows = await manager.query<StoredRow[]>(BLOCKING_SQL, [
    positions,
    probes,
    partnerId,
    limits.perKeyLimit,
    limits.candidateLimit,
  ]);
  return rows.map((row) => ({ pos: row.pos, ...candidateOf(row) }));
}

interface StoredRow {
  pos: number;
  id: string;
  partner_id: string;
  features: FeatureDigest | null;
}

function candidateOf(row: Omit<StoredRow, 'pos'>): Omit<Candidate, 'pos'> {
  return { id: row.id, partnerId: row.partner_id, features: featuresFromDigest(row.features) };
}

/**
 * The same candidates as `BLOCKING_SQL`, ranked from the other partners' keys in memory
 * (`loadKeyIndex`), then the features of those not read before read by id.
 */
async function rankedInMemory(
  manager: EntityManager | DataSource,
  keys: readonly BlockingKeys[],
  limits: BlockingLimits,
  index: CandidateIndex,
): Promise<Candidate[]> {
  const ranked = keys.map((k) =>
    index.keys.rank(k.probes, limits.perKeyLimit, limits.candidateLimit),
  );
  // Held here, not read back from the index: a chunk looked up meanwhile may evict them.
  const found = new Map<number, Omit<Candidate, 'pos'>>();
  const unread: number[] = [];
  for (const source of new Set(ranked.flat())) {
    const candidate = index.featuresOf(source);
    if (candidate) found.set(source, candidate);
    else unread.push(source);
  }
  if (unread.length > 0) {
    const ids = unread.map((source) => index.keys.idOf(source));
    const stored = await manager.query<Array<Omit<StoredRow, 'pos'>>>(
      `SELECT x.id, s.partner_id, s.dedup_features AS features
       FROM unnest($1::uuid[]) AS x(id)
      CROSS JOIN LATERAL (
        SELECT partner_id, dedup_features, listing_id FROM listing_source WHERE id = x.id OFFSET 0
      ) s
      WHERE s.listing_id IS NOT NULL`,
      [ids],
    );
    const byId = new Map(stored.map((row) => [row.id, row]));
    unread.forEach((source, i) => {
      const row = byId.get(ids[i]!);
      if (!row) return;
      const candidate = candidateOf(row);
      found.set(source, candidate);
      index.keep(source, candidate);
    });
  }
  return ranked.flatMap((sources, pos) =>
    sources.flatMap((source) => {
      const candidate = found.get(source);
      return candidate ? [{ pos, ...candidate }] : [];
    }),
  );
}

/**
 * The blocking keys of the active sources of every partner but `partnerId`, as a `KeyIndex`
 * for `searchCandidates`, which then ranks candidates in memory instead of one index lookup
 * per probe key (ADR 0017). One scan through a cursor on a connection of its own, rows
 * fetched by thousands, in their physical order (the order the GIN index returns a key's rows
 * in, so that the per-key limit keeps the same sources). Undefined when the index would hold
 * more than `KeyIndex.MAX_SOURCES`: blocking stays in SQL.
 *
 * Valid for as long as the run holds `lockGroups`: other partners' sources and their keys do
 * not change meanwhile (see `searchCandidates`). Worth it for a big run only: reading the
 * keys costs about as much as the lookups of a few hundred items would (`keyIndexPays`).
 */
export async function loadKeyIndex(
  dataSource: DataSource,
  partnerId: string,
  expectedSources: number,
): Promise<CandidateIndex | undefined> {
  if (expectedSources > KeyIndex.MAX_SOURCES) return undefined;
  const index = new KeyIndex(expectedSources, expectedSources * KEYS_PER_SOURCE);
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    await runner.query(
      `DECLARE other_keys NO SCROLL CURSOR FOR
         SELECT id, array_to_string(dedup_keys, E'\\n') AS keys FROM listing_source
          WHERE status = 'ACTIVE' AND partner_id <> $1 AND cardinality(dedup_keys) > 0`,
      [partnerId],
    );
    for (;;) {
      const rows = (await runner.query('FETCH 5000 FROM other_keys')) as Array<{
        id: string;
        keys: string;
      }>;
      // Keys are normalized text: never a line break.
      for (const row of rows) if (!index.add(row.id, row.keys.split('\n'))) return undefined;
      if (rows.length < 5000) break;
    }
    await runner.commitTransaction();
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    await runner.release();
  }
  return new CandidateIndex(index);
}

/**
 * Whether reading the other partners' keys (`loadKeyIndex`) pays, for a run that has looked
 * up the candidates of `lookedUp` items so far, in an index of `indexed` sources: once the
 * lookups so far have cost about what reading the keys costs (as when renting until the rent
 * paid reaches the price: never more than twice the better choice made with hindsight,
 * whatever the run's size). Never for the first chunk. Measured on the 100k benchmark's data
 * (docs/dedup.md): reading costs ~10 µs per source; a lookup in SQL ~300 µs per item.
 */
export function keyIndexPays(lookedUp: number, indexed: number): boolean {
  return lookedUp >= Math.max(KEY_INDEX_MIN_ITEMS, indexed / 24);
}

const KEY_INDEX_MIN_ITEMS = 500;

/**
 * How many sources the index holds, from PostgreSQL's statistics (live rows of
 * `listing_source`, all partners and statuses: an overestimate of the sources to read): free,
 * unlike a count.
 */
export async function indexedSources(manager: EntityManager | DataSource): Promise<number> {
  const [row] = await manager.query<Array<{ n: string }>>(
    `SELECT GREATEST(s.n_live_tup, c.reltuples, 0)::bigint AS n
       FROM pg_class c LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
      WHERE c.oid = 'listing_source'::regclass`,
  );
  return Number(row?.n ?? 0);
}

/** Stored keys per source, rounded up (8.4 on the benchmark's data, docs/dedup.md). */
const KEYS_PER_SOURCE = 10;

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
  options: { limits?: BlockingLimits; index?: CandidateIndex } = {},
): Promise<Map<SourcePayload, string[]>> {
  const keys = payloads.map((payload) => blockingKeys(payload));
  const rows = await findCandidates(
    queryable,
    partnerId,
    keys,
    options.limits ?? DEFAULT_LIMITS,
    options.index,
  );
  const kept = new Map<SourcePayload, string[]>(payloads.map((payload) => [payload, []]));
  for (const row of rows) {
    const payload = payloads[row.pos]!;
    const features = row.features;
    // Without stored features, the candidate is kept and scored on its payload.
    if (features) {
      const bound = scoreSides(
        { partnerId, features: featuresOf(payload) },
        { partnerId: row.partnerId, features },
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
