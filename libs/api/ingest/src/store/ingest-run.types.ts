import type { FeedItem } from '@passerelle/connectors-api-engagement';
import type { ItemOutcome, SyncTrigger } from '@passerelle/shared-domain';
import type { AheadOptions, IngestItem, TaxonomyCrosswalk } from '../pipeline';

export interface ItemProblem {
  path: string;
  code: string;
  message: string;
}

/** What happened to one item, in input order (the push payload returns these). */
export interface ItemResult {
  position: number;
  externalId: string | null;
  outcome: ItemOutcome;
  listingId: string | null;
  errors: ItemProblem[];
  warnings: ItemProblem[];
}

export interface IngestRunRequest {
  partnerId: string;
  /** A run already recorded with `start()` (a queued feed sync); otherwise one is recorded. */
  syncRunId?: string;
  trigger: SyncTrigger;
  feedId?: string | null;
  /** A full snapshot: the partner's active sources missing from it are withdrawn. */
  fullSnapshot: boolean;
  /**
   * Items as connectors yield them (push wraps its inputs the same way), or a function that
   * opens them given the work the source may do ahead (`readFeed(…, ahead)`): the run checks
   * that work and does what is missing.
   */
  items:
    | AsyncIterable<FeedItem>
    | Iterable<FeedItem>
    | ((ahead: AheadOptions) => AsyncIterable<IngestItem>);
  crosswalk?: TaxonomyCrosswalk;
  /** Keep every item's result in memory for the caller (push batches of ≤ 1,000 items). */
  collectResults?: boolean;
  /** Apply a snapshot even above the mass-withdrawal threshold (an operator confirmed it). */
  confirmWithdrawals?: boolean;
  /**
   * False: no deduplication, every new source gets its own listing (the benchmark's baseline).
   * Default true.
   */
  deduplicate?: boolean;
  /** Replaces the reference time of the validation rules (tests). */
  now?: Date;
}

/** Thrown inside the run transaction to roll it back when a snapshot would withdraw too much. */
export class SnapshotHeldError extends Error {
  constructor(
    readonly pendingWithdrawals: number,
    readonly activeSources: number,
    readonly threshold: number,
  ) {
    super(
      `La synchronisation retirerait ${pendingWithdrawals} annonces sur ${activeSources} (plus de ${Math.round(threshold * 100)} %) : elle est suspendue jusqu'à la confirmation d'un opérateur.`,
    );
    this.name = 'SnapshotHeldError';
  }
}

export { type ItemOutcome, type SyncTrigger };
