import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, requireAdmin } from '@passerelle/api-auth';
import { decodeCursor, encodeCursor, type Page } from '@passerelle/api-core';
import type { Signal } from '../engine';
import {
  type Decider,
  type DecisionOutcome,
  dismissCandidate,
  mergeListingGroups,
  splitSourceOut,
} from '../store';
import type {
  DuplicateCandidateObject,
  DuplicateCandidateSourceObject,
} from './duplicate-candidate.object';

/** Candidates are listed by decreasing score; the key is (score, id). */
type CandidateKey = readonly [score: number, id: string];
const CANDIDATE_CURSOR = 'DuplicateCandidate';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isCandidateKey = (key: readonly unknown[]): key is CandidateKey =>
  key.length === 2 &&
  typeof key[0] === 'number' &&
  Number.isFinite(key[0]) &&
  typeof key[1] === 'string' &&
  UUID.test(key[1]);

const side = (prefix: 'lo' | 'hi') => `
  ${prefix}.id AS ${prefix}_id, ${prefix}.listing_id AS ${prefix}_listing_id,
  ${prefix}.external_id AS ${prefix}_external_id, ${prefix}.url AS ${prefix}_url,
  ${prefix}.apply_url AS ${prefix}_apply_url, ${prefix}.payload->>'title' AS ${prefix}_title,
  ${prefix}.payload->'locations'->0->>'city' AS ${prefix}_city,
  ${prefix}.payload->'locations'->0->>'departmentCode' AS ${prefix}_department_code,
  ${prefix}.payload->'organization'->>'name' AS ${prefix}_organization_name,
  p_${prefix}.slug AS ${prefix}_partner_slug, p_${prefix}.name AS ${prefix}_partner_name`;

/** Open candidates whose two sources are active and still in different listings. */
const FROM_OPEN = `
  FROM duplicate_candidate c
  JOIN listing_source lo ON lo.id = c.source_low_id
  JOIN partner p_lo ON p_lo.id = lo.partner_id
  JOIN listing_source hi ON hi.id = c.source_high_id
  JOIN partner p_hi ON p_hi.id = hi.partner_id
  WHERE c.status = 'OPEN' AND lo.status = 'ACTIVE' AND hi.status = 'ACTIVE'
    AND lo.listing_id IS DISTINCT FROM hi.listing_id`;

type Row = Record<string, unknown> & {
  id: string;
  score: number;
  signals: { signals?: Signal[] };
  created_at: Date;
};

function sourceOf(row: Row, prefix: 'lo' | 'hi'): DuplicateCandidateSourceObject {
  const text = (name: string) => (row[`${prefix}_${name}`] as string | null) ?? null;
  return {
    sourceId: text('id')!,
    listingId: text('listing_id')!,
    partnerSlug: text('partner_slug')!,
    partnerName: text('partner_name')!,
    externalId: text('external_id')!,
    title: text('title') ?? '',
    city: text('city'),
    departmentCode: text('department_code'),
    organizationName: text('organization_name'),
    url: text('url'),
    applyUrl: text('apply_url') ?? '',
  };
}

/** Who decided, as stored with the decision. */
function decidedBy(actor: Actor): string {
  switch (actor.kind) {
    case 'admin':
      return `admin:${actor.via}`;
    case 'partner':
      return `api-key:${actor.apiKeyId}`;
    case 'anonymous':
      return 'anonymous';
  }
}

/** Operators' side of deduplication: the review queue and the decisions (ADMIN only). */
@Injectable()
export class DedupService {
  constructor(private readonly dataSource: DataSource) {}

  async candidates(
    actor: Actor,
    first: number,
    after: string | null,
  ): Promise<Page<DuplicateCandidateObject>> {
    requireAdmin(actor);
    const key = after ? decodeCursor(CANDIDATE_CURSOR, after, isCandidateKey) : null;
    const [{ total }] = await this.dataSource.query<[{ total: number }]>(
      `SELECT count(*)::int AS total ${FROM_OPEN}`,
    );
    const rows = await this.dataSource.query<Row[]>(
      `SELECT c.id, c.score, c.signals, c.created_at, ${side('lo')}, ${side('hi')}
       ${FROM_OPEN} ${key ? 'AND (c.score, c.id) < ($2::real, $3::uuid)' : ''}
       ORDER BY c.score DESC, c.id DESC LIMIT $1`,
      [first + 1, ...(key ?? [])],
    );
    return {
      totalCount: total,
      hasNextPage: rows.length > first,
      hasPreviousPage: key !== null,
      edges: rows.slice(0, first).map((row) => ({
        cursor: encodeCursor(CANDIDATE_CURSOR, [row.score, row.id]),
        node: {
          id: row.id,
          score: row.score,
          signals: row.signals.signals ?? [],
          first: sourceOf(row, 'lo'),
          second: sourceOf(row, 'hi'),
          createdAt: row.created_at,
        },
      })),
    };
  }

  merge(actor: Actor, sourceListingId: string, targetListingId: string, reason: string) {
    return this.decide(actor, reason, (manager, decider) =>
      mergeListingGroups(manager, sourceListingId, targetListingId, decider),
    );
  }

  split(actor: Actor, sourceId: string, reason: string) {
    return this.decide(actor, reason, (manager, decider) =>
      splitSourceOut(manager, sourceId, decider),
    );
  }

  dismiss(actor: Actor, candidateId: string, reason: string) {
    return this.decide(actor, reason, (manager, decider) =>
      dismissCandidate(manager, candidateId, decider),
    );
  }

  private decide(
    actor: Actor,
    reason: string,
    work: (manager: EntityManager, decider: Decider) => Promise<DecisionOutcome>,
  ): Promise<DecisionOutcome> {
    requireAdmin(actor);
    const decider = { decidedBy: decidedBy(actor), reason: reason.trim() };
    return this.dataSource.transaction((manager) => work(manager, decider));
  }
}
