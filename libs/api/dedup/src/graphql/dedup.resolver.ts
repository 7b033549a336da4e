import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor } from '@passerelle/api-auth';
import { ConnectionArgs, pageSize, toConnection } from '@passerelle/api-core';
import { DedupService } from './dedup.service';
import {
  DuplicateCandidateConnection,
  DuplicateDecisionPayload,
} from './duplicate-candidate.object';

const REASON = { description: 'Why (stored with the decision, with who decided).' };

@Resolver()
export class DedupResolver {
  constructor(private readonly dedup: DedupService) {}

  @Query(() => DuplicateCandidateConnection, {
    description:
      'Pairs of sources that may be the same mission, for an operator to decide, highest score first. ADMIN only.',
  })
  async duplicateCandidates(
    @CurrentActor() actor: Actor,
    @Args() { first, after }: ConnectionArgs,
  ): Promise<DuplicateCandidateConnection> {
    const page = await this.dedup.candidates(actor, pageSize(first), after ?? null);
    return toConnection(page, (node) => node);
  }

  @Mutation(() => DuplicateDecisionPayload, {
    description:
      'Merges a listing into another: every pair of their sources is recorded as MERGE (also two sources of the same partner: the operator decides) and deduplication keeps them together; the source listing is withdrawn. ADMIN only.',
  })
  mergeListings(
    @CurrentActor() actor: Actor,
    @Args('sourceListingId', { type: () => ID }) sourceListingId: string,
    @Args('targetListingId', { type: () => ID }) targetListingId: string,
    @Args('reason', REASON) reason: string,
  ): Promise<DuplicateDecisionPayload> {
    return this.dedup.merge(actor, sourceListingId, targetListingId, reason);
  }

  @Mutation(() => DuplicateDecisionPayload, {
    description:
      'Takes a source out of its listing into a listing of its own: every pair with the other sources of the group is recorded as SPLIT, and deduplication never puts them together again. ADMIN only.',
  })
  splitListingSource(
    @CurrentActor() actor: Actor,
    @Args('sourceId', { type: () => ID }) sourceId: string,
    @Args('reason', REASON) reason: string,
  ): Promise<DuplicateDecisionPayload> {
    return this.dedup.split(actor, sourceId, reason);
  }

  @Mutation(() => DuplicateDecisionPayload, {
    description:
      'Answers "not the same mission" to a candidate pair: recorded as SPLIT, the candidate is closed, nothing moves. ADMIN only.',
  })
  dismissDuplicateCandidate(
    @CurrentActor() actor: Actor,
    @Args('candidateId', { type: () => ID }) candidateId: string,
    @Args('reason', REASON) reason: string,
  ): Promise<DuplicateDecisionPayload> {
    return this.dedup.dismiss(actor, candidateId, reason);
  }
}
