import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ListingStatus } from '@passerelle/shared-domain';
import {
  assignListings,
  canonicalListing,
  clusterSources,
  type ClusterNode,
  MERGE_THRESHOLD,
  type PairDecision,
  pairKey,
  type PairScore,
  scorePair,
  type SourcePayload,
} from '../engine';
import {
  insertListings,
  insertOutbox,
  ListingEvent,
  moveSources,
  pointLocations,
  updateListings,
  withdrawListings,
} from './listing-rows';

/** One source in memory: an item of the run (being written) or an existing group member. */
export interface SourceNode {
  id: string;
  partnerId: string;
  externalId: string;
  /** Its listing now, as regrouping goes. */
  listingId: string | null;
  /** Its listing in the database when loaded (null for a new source). */
  storedListingId: string | null;
  payload: SourcePayload;
  organizationId: string | null;
  updatedAt: Date;
  /** Written by the caller (ingest): only its listing is decided here. */
  isItem: boolean;
}

interface ListingState {
  id: string;
  isNew: boolean;
  createdAt: number;
  status: ListingStatus;
  /** Active sources. */
  members: Set<string>;
  /** The sources whose locations carry its id in the database (its place source, normally). */
  storedPlaceSources: Set<string>;
}

interface MemberRow {
  id: string;
  partner_id: string;
  external_id: string;
  listing_id: string;
  payload: SourcePayload;
  organization_id: string | null;
  updated_at: Date;
}

export interface RegroupOptions {
  /** Sources that count for half when deciding which group keeps a listing. */
  moved?: ReadonlySet<string>;
  /** The listing the merged group keeps (an operator's target). */
  preferredListingId?: string;
}

export interface WriteSummary {
  created: string[];
  updated: string[];
  withdrawn: string[];
}

/**
 * The groups touched by one change (an ingest chunk, an operator's decision), in memory: loads
 * the listings involved with their active sources and the operators' decisions, regroups them
 * with the engine, then writes the canonical listings, the moved sources, the place of each
 * listing and the outbox rows in a few set-based statements.
 */
export class GroupWorkspace {
  readonly nodes = new Map<string, SourceNode>();
  private readonly listings = new Map<string, ListingState>();
  private readonly decisions = new Map<string, PairDecision>();
  private readonly scores = new Map<string, PairScore>();
  private readonly touched = new Set<string>();
  private readonly loadedDecisionsFor = new Set<string>();
  /** Listing id → the source whose places it shows. */
  private readonly placeSources = new Map<string, string>();
  private pendingEvents: Array<{ listingId: string; type: ListingEvent }> = [];

  constructor(
    private readonly manager: EntityManager,
    private readonly now: Date,
  ) {}

  /**
   * Loads listings (not loaded yet) with their active sources, except `skip` (the run's items):
   * `listingIds`, and the listings `ofSources` are in now (read in the run's transaction: the
   * run may have moved them since they were found).
   */
  async loadListings(
    listingIds: Iterable<string>,
    skip: ReadonlySet<string>,
    ofSources: readonly string[] = [],
  ): Promise<void> {
    const wanted = [...new Set(listingIds)].filter((id) => !this.listings.has(id));
    const sources = [...new Set(ofSources)].filter((id) => !this.nodes.has(id));
    if (wanted.length === 0 && sources.length === 0) return;
    // The listings with their active sources, in one statement (a listing without one: a row
    // of NULL source columns); LATERAL index lookups whatever the (stale) statistics say
    // (OFFSET 0: not pulled up into joins the planner may make sequential scans of).
    const rows = await this.manager.query<
      Array<
        {
          listing_created_at: Date;
          listing_status: ListingStatus;
          listing: string;
          place_sources: string[];
        } & (MemberRow | { [K in keyof MemberRow]: null })
      >
    >(
      `SELECT l.id AS listing, l.created_at AS listing_created_at, l.status AS listing_status,
              l.place_sources, s.id, s.partner_id, s.external_id, s.listing_id, s.payload, s.organization_id,
              s.updated_at
         FROM (
           SELECT id FROM unnest($1::uuid[]) AS w(id)
           UNION
           SELECT x.listing_id FROM unnest($2::uuid[]) AS c(id)
            CROSS JOIN LATERAL (
              SELECT listing_id FROM listing_source WHERE id = c.id OFFSET 0
            ) x
         ) w
         JOIN LATERAL (
           SELECT id, created_at, status,
                  ARRAY(SELECT DISTINCT listing_source_id FROM listing_location
                         WHERE listing_id = listing.id)::text[] AS place_sources
             FROM listing WHERE id = w.id OFFSET 0
         ) l ON true
         LEFT JOIN LATERAL (
           SELECT * FROM listing_source WHERE listing_id = l.id AND status = 'ACTIVE' OFFSET 0
         ) s ON true
        WHERE l.id <> ALL($3::uuid[])`,
      [wanted, sources, [...this.listings.keys()]],
    );
    const members: MemberRow[] = [];
    for (const row of rows) {
      if (!this.listings.has(row.listing))
        this.listings.set(row.listing, {
          id: row.listing,
          isNew: false,
          createdAt: row.listing_created_at.getTime(),
          status: row.listing_status,
          members: new Set(),
          storedPlaceSources: new Set(row.place_sources),
        });
      if (row.id !== null) members.push(row);
    }
    for (const row of members) {
      if (skip.has(row.id) || this.nodes.has(row.id)) continue;
      this.nodes.set(row.id, {
        id: row.id,
        partnerId: row.partner_id,
        externalId: row.external_id,
        listingId: row.listing_id,
        storedListingId: row.listing_id,
        payload: row.payload,
        organizationId: row.organization_id,
        updatedAt: row.updated_at,
        isItem: false,
      });
      this.listings.get(row.listing_id)?.members.add(row.id);
    }
  }

  /** Loads the operators' decisions on pairs among the sources in memory. */
  async loadDecisions(): Promise<void> {
    const ids = [...this.nodes.keys()].filter((id) => !this.loadedDecisionsFor.has(id));
    if (ids.length === 0) return;
    for (const id of ids) this.loadedDecisionsFor.add(id);
    const rows = await this.manager.query<
      Array<{ source_low_id: string; source_high_id: string; decision: PairDecision }>
    >(
      `SELECT source_low_id, source_high_id, decision FROM duplicate_decision
        WHERE source_low_id = ANY($1::uuid[]) OR source_high_id = ANY($1::uuid[])`,
      [ids],
    );
    for (const row of rows)
      this.decisions.set(pairKey(row.source_low_id, row.source_high_id), row.decision);
  }

  /** Adds a source of the run; it joins `listingId` (its stored listing) if any. */
  addItem(node: Omit<SourceNode, 'isItem' | 'storedListingId'>): void {
    this.nodes.set(node.id, { ...node, storedListingId: node.listingId, isItem: true });
    if (node.listingId) this.listings.get(node.listingId)?.members.add(node.id);
  }

  decisionOf(a: string, b: string): PairDecision | undefined {
    return this.decisions.get(pairKey(a, b));
  }

  setDecision(a: string, b: string, decision: PairDecision): void {
    this.decisions.set(pairKey(a, b), decision);
  }

  membersOf(listingId: string): string[] {
    return [...(this.listings.get(listingId)?.members ?? [])];
  }

  hasListing(listingId: string): boolean {
    return this.listings.has(listingId);
  }

  /** The engine's score of two sources in memory (cached). */
  score(a: string, b: string): PairScore {
    const key = pairKey(a, b);
    let score = this.scores.get(key);
    if (!score) {
      const x = this.nodes.get(a)!;
      const y = this.nodes.get(b)!;
      score = scorePair(
        { partnerId: x.partnerId, listing: x.payload },
        { partnerId: y.partnerId, listing: y.payload },
      );
      this.scores.set(key, score);
    }
    return score;
  }

  /** True when the algorithm alone would put the two in one group. */
  merges(a: string, b: string): boolean {
    const score = this.score(a, b);
    return !score.vetoed && score.score >= MERGE_THRESHOLD;
  }

  /** A new listing (written at the end) holding these sources. */
  private newListing(): ListingState {
    const listing: ListingState = {
      id: randomUUID(),
      isNew: true,
      createdAt: this.now.getTime(),
      status: ListingStatus.PUBLISHED,
      members: new Set(),
      storedPlaceSources: new Set(),
    };
    this.listings.set(listing.id, listing);
    return listing;
  }

  private moveTo(sourceId: string, listingId: string): void {
    const node = this.nodes.get(sourceId)!;
    if (node.listingId === listingId) return;
    if (node.listingId) {
      this.listings.get(node.listingId)?.members.delete(sourceId);
      this.touched.add(node.listingId);
    }
    node.listingId = listingId;
    this.listings.get(listingId)!.members.add(sourceId);
    this.touched.add(listingId);
  }

  /** Marks a listing for recomputation (a member's content changed). */
  touch(listingId: string): void {
    this.touched.add(listingId);
  }

  /** A source alone in a new listing. */
  isolate(sourceId: string): string {
    const listing = this.newListing();
    this.moveTo(sourceId, listing.id);
    return listing.id;
  }

  /**
   * Regroups the given listings' sources plus `extra` sources from scratch with the engine
   * (operators' decisions, then pairs by decreasing score, with the no-same-partner, veto and
   * split constraints); each listing stays with the group holding most of its sources.
   */
  regroup(listingIds: Iterable<string>, extra: Iterable<string>, options: RegroupOptions = {}) {
    const ids = new Set<string>(extra);
    const listings = new Set<string>();
    for (const listingId of listingIds) {
      listings.add(listingId);
      for (const member of this.membersOf(listingId)) ids.add(member);
    }
    for (const id of ids) {
      const listingId = this.nodes.get(id)?.listingId;
      if (listingId) listings.add(listingId);
    }
    const members = [...ids].map((id) => this.nodes.get(id)!);
    const clusterNodes: ClusterNode[] = members.map((node) => ({
      id: node.id,
      partnerId: node.partnerId,
      order: `${node.externalId}\u0000${node.partnerId}`,
    }));
    const edges = [];
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i]!.id, members[j]!.id];
        const score = this.score(a, b);
        if (!score.vetoed && score.score >= MERGE_THRESHOLD)
          edges.push({ a, b, score: score.score });
      }
    const decisions = new Map<string, PairDecision>();
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const decision = this.decisionOf(members[i]!.id, members[j]!.id);
        if (decision) decisions.set(pairKey(members[i]!.id, members[j]!.id), decision);
      }
    const groups = clusterSources({
      nodes: clusterNodes,
      edges,
      decisions,
      vetoed: (a, b) => this.score(a, b).vetoed,
    });
    const assigned = assignListings({
      groups,
      previousListing: new Map(members.map((node) => [node.id, node.listingId])),
      listings: [...listings].flatMap((id) => {
        const state = this.listings.get(id);
        return state ? [{ id, createdAt: state.createdAt }] : [];
      }),
      movedSources: options.moved,
      preferredListingId: options.preferredListingId,
    });
    groups.forEach((group, index) => {
      const listingId = assigned[index] ?? this.newListing().id;
      for (const node of group) this.moveTo(node.id, listingId);
    });
  }

  /** Listing of a source now. */
  listingOf(sourceId: string): string | null {
    return this.nodes.get(sourceId)?.listingId ?? null;
  }

  /** The listing a source's locations point to: its listing if it is the place source, else null. */
  locationListingOf(sourceId: string): string | null {
    const listingId = this.listingOf(sourceId);
    return listingId && this.placeSources.get(listingId) === sourceId ? listingId : null;
  }

  /**
   * Writes the canonical listings of the touched groups (new ones inserted, others rewritten,
   * empty ones withdrawn). Call before writing the items (their listing must exist).
   */
  async writeListings(): Promise<WriteSummary> {
    const inserts: Array<{ id: string; values: ReturnType<typeof canonicalListing>['values'] }> =
      [];
    const updates: typeof inserts = [];
    const emptied: string[] = [];
    for (const listingId of [...this.touched].sort()) {
      const listing = this.listings.get(listingId);
      if (!listing) continue;
      const members = [...listing.members].map((id) => this.nodes.get(id)!);
      if (members.length === 0) {
        this.placeSources.delete(listingId);
        if (!listing.isNew) emptied.push(listingId);
        continue;
      }
      const canonical = canonicalListing(
        members.map((node) => ({
          sourceId: node.id,
          partnerId: node.partnerId,
          externalId: node.externalId,
          updatedAt: node.updatedAt,
          organizationId: node.organizationId,
          payload: node.payload,
        })),
      );
      this.placeSources.set(listingId, canonical.placeSourceId);
      (listing.isNew ? inserts : updates).push({ id: listingId, values: canonical.values });
    }
    await insertListings(this.manager, inserts, this.now);
    await updateListings(this.manager, updates, this.now);
    const withdrawn = await withdrawListings(this.manager, emptied);
    this.pendingEvents = [
      ...inserts.map((row) => ({ listingId: row.id, type: ListingEvent.CREATED })),
      ...updates.map((row) => ({ listingId: row.id, type: ListingEvent.UPDATED })),
      ...withdrawn.map((id) => ({ listingId: id, type: ListingEvent.WITHDRAWN })),
    ];
    return {
      created: inserts.map((row) => row.id),
      updated: updates.map((row) => row.id),
      withdrawn,
    };
  }

  /**
   * After the items are written: moves the other sources whose group changed, points each
   * touched listing's locations to its place source, and writes the outbox rows.
   */
  async writeGroups(): Promise<void> {
    const moves = [...this.nodes.values()]
      .filter((node) => !node.isItem && node.listingId && node.listingId !== node.storedListingId)
      .map((node) => ({ sourceId: node.id, listingId: node.listingId! }));
    await moveSources(this.manager, moves);
    // Only the place source's locations may carry a listing's id. The items' locations were
    // written right; a listing's other rows are cleared, and a place source that is not an item
    // pointed to it, only where what was loaded says they are not right already.
    const clear: string[] = [];
    const point: Array<{ listingId: string; sourceId: string }> = [];
    for (const listingId of this.touched) {
      const listing = this.listings.get(listingId);
      if (!listing) continue;
      const place = this.placeSources.get(listingId);
      if ([...listing.storedPlaceSources].some((id) => id !== place)) clear.push(listingId);
      if (place && !this.nodes.get(place)?.isItem && !listing.storedPlaceSources.has(place))
        point.push({ listingId, sourceId: place });
      listing.storedPlaceSources = new Set(place ? [place] : []);
    }
    await pointLocations(
      this.manager,
      clear.map((listingId) => ({ listingId, sourceId: this.placeSources.get(listingId) ?? null })),
      point,
    );
    await insertOutbox(this.manager, this.pendingEvents);
    for (const node of this.nodes.values()) node.storedListingId = node.listingId;
    this.pendingEvents = [];
    this.touched.clear();
  }
}
