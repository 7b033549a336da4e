import type { EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '@passerelle/api-core';
import { type PairDecision } from '../engine';
import { lockGroups } from './dedup-lock';
import { GroupWorkspace } from './group-workspace';

/** Who decides and why: stored with every decision. */
export interface Decider {
  /** An account id or e-mail, `admin:bootstrap-key`… */
  decidedBy: string;
  reason: string;
}

export interface DecisionOutcome {
  /** The listings of the sources involved, after the decision. */
  listingIds: string[];
  /** Listings left without an active source (withdrawn). */
  withdrawnListingIds: string[];
  /** Pairs of sources recorded. */
  decisionCount: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Records (or replaces) operators' decisions on pairs of sources, and closes their candidates. */
async function recordDecisions(
  manager: EntityManager,
  pairs: ReadonlyArray<readonly [string, string]>,
  decision: PairDecision,
  decider: Decider,
  now: Date,
): Promise<void> {
  if (pairs.length === 0) return;
  const ordered = pairs.map(([a, b]) => (a < b ? [a, b] : [b, a]));
  const lows = ordered.map((pair) => pair[0]!);
  const highs = ordered.map((pair) => pair[1]!);
  await manager.query(
    `INSERT INTO duplicate_decision (source_low_id, source_high_id, decision, reason, decided_by, decided_at)
     SELECT v.low, v.high, $3, $4, $5, $6 FROM unnest($1::uuid[], $2::uuid[]) AS v(low, high)
     ON CONFLICT (source_low_id, source_high_id) DO UPDATE
        SET decision = EXCLUDED.decision, reason = EXCLUDED.reason,
            decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at`,
    [lows, highs, decision, decider.reason, decider.decidedBy, now],
  );
  await manager.query(
    `UPDATE duplicate_candidate c SET status = 'RESOLVED', updated_at = now()
       FROM unnest($1::uuid[], $2::uuid[]) AS v(low, high)
      WHERE c.source_low_id = v.low AND c.source_high_id = v.high AND c.status = 'OPEN'`,
    [lows, highs],
  );
}

function requireReason(decider: Decider): void {
  if (!decider.reason.trim())
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'Indiquez la raison de la décision.', {
      field: 'reason',
    });
}

async function finish(
  workspace: GroupWorkspace,
  sourceIds: Iterable<string>,
  decisionCount: number,
): Promise<DecisionOutcome> {
  const summary = await workspace.writeListings();
  await workspace.writeGroups();
  const listingIds = new Set<string>();
  for (const id of sourceIds) {
    const listingId = workspace.listingOf(id);
    if (listingId) listingIds.add(listingId);
  }
  return {
    listingIds: [...listingIds].sort(),
    withdrawnListingIds: summary.withdrawn.sort(),
    decisionCount,
  };
}

/**
 * An operator merges two listings: MERGE is recorded for every pair of their active sources
 * (also two sources of the same partner: the operator decides), and the sources of
 * `sourceListingId` join `targetListingId`, which keeps its id; the other is withdrawn.
 */
export async function mergeListingGroups(
  manager: EntityManager,
  sourceListingId: string,
  targetListingId: string,
  decider: Decider,
  now = new Date(),
): Promise<DecisionOutcome> {
  requireReason(decider);
  if (sourceListingId === targetListingId)
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'Choisissez deux annonces différentes.');
  await lockGroups(manager);
  const workspace = new GroupWorkspace(manager, now);
  const ids = [sourceListingId, targetListingId].filter((id) => UUID.test(id));
  await workspace.loadListings(ids, new Set());
  for (const id of [sourceListingId, targetListingId]) {
    if (!workspace.hasListing(id))
      throw new AppError(ErrorCode.NOT_FOUND, `Annonce introuvable : ${id}.`, { listingId: id });
    if (workspace.membersOf(id).length === 0)
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `L’annonce ${id} n’a plus d’annonce source active : rien à fusionner.`,
        { listingId: id },
      );
  }
  await workspace.loadDecisions();
  const pairs: Array<[string, string]> = [];
  for (const a of workspace.membersOf(sourceListingId))
    for (const b of workspace.membersOf(targetListingId)) {
      pairs.push([a, b]);
      workspace.setDecision(a, b, 'MERGE');
    }
  await recordDecisions(manager, pairs, 'MERGE', decider, now);
  const sources = [
    ...workspace.membersOf(sourceListingId),
    ...workspace.membersOf(targetListingId),
  ];
  workspace.regroup([sourceListingId, targetListingId], [], {
    preferredListingId: targetListingId,
  });
  return finish(workspace, sources, pairs.length);
}

/**
 * An operator takes a source out of its group: SPLIT is recorded against every other active
 * source of the group (deduplication never puts them together again) and the source gets a
 * listing of its own; the group keeps its listing, regrouped without it.
 */
export async function splitSourceOut(
  manager: EntityManager,
  sourceId: string,
  decider: Decider,
  now = new Date(),
): Promise<DecisionOutcome> {
  requireReason(decider);
  await lockGroups(manager);
  const [row] = UUID.test(sourceId)
    ? await manager.query<Array<{ listing_id: string | null; status: string }>>(
        'SELECT listing_id, status FROM listing_source WHERE id = $1',
        [sourceId],
      )
    : [];
  if (!row)
    throw new AppError(ErrorCode.NOT_FOUND, `Annonce source introuvable : ${sourceId}.`, {
      sourceId,
    });
  if (row.status !== 'ACTIVE' || !row.listing_id)
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      'Cette annonce source est retirée : elle n’appartient plus à aucun groupe.',
      { sourceId },
    );
  const workspace = new GroupWorkspace(manager, now);
  await workspace.loadListings([row.listing_id], new Set());
  const others = workspace.membersOf(row.listing_id).filter((id) => id !== sourceId);
  if (others.length === 0)
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      'Cette annonce source est déjà seule dans son annonce : rien à séparer.',
      { sourceId },
    );
  await workspace.loadDecisions();
  const pairs = others.map((other) => [sourceId, other] as [string, string]);
  for (const [a, b] of pairs) workspace.setDecision(a, b, 'SPLIT');
  await recordDecisions(manager, pairs, 'SPLIT', decider, now);
  workspace.regroup([row.listing_id], [], { moved: new Set([sourceId]) });
  return finish(workspace, [sourceId, ...others], pairs.length);
}

/**
 * An operator answers "not the same mission" to a candidate pair in two listings: SPLIT is
 * recorded for the pair and the candidate is closed; nothing moves.
 */
export async function dismissCandidate(
  manager: EntityManager,
  candidateId: string,
  decider: Decider,
  now = new Date(),
): Promise<DecisionOutcome> {
  requireReason(decider);
  await lockGroups(manager);
  const [row] = UUID.test(candidateId)
    ? await manager.query<
        Array<{
          source_low_id: string;
          source_high_id: string;
          low_listing: string | null;
          high_listing: string | null;
        }>
      >(
        `SELECT c.source_low_id, c.source_high_id, lo.listing_id AS low_listing, hi.listing_id AS high_listing
           FROM duplicate_candidate c
           JOIN listing_source lo ON lo.id = c.source_low_id
           JOIN listing_source hi ON hi.id = c.source_high_id
          WHERE c.id = $1`,
        [candidateId],
      )
    : [];
  if (!row)
    throw new AppError(ErrorCode.NOT_FOUND, `Doublon potentiel introuvable : ${candidateId}.`, {
      candidateId,
    });
  if (row.low_listing && row.low_listing === row.high_listing)
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      'Ces deux annonces sources sont dans la même annonce : utilisez splitListingSource.',
      { candidateId },
    );
  await recordDecisions(manager, [[row.source_low_id, row.source_high_id]], 'SPLIT', decider, now);
  return {
    listingIds: [row.low_listing, row.high_listing].filter((id): id is string => !!id).sort(),
    withdrawnListingIds: [],
    decisionCount: 1,
  };
}
