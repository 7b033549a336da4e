import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { ErrorCode, AppError } from '@passerelle/api-core';
import {
  type Actor,
  CurrentActor,
  requireAuthenticated,
  requirePartnerAccess,
} from '@passerelle/api-auth';
import { IngestService } from '@passerelle/api-ingest';
import { SyncTrigger } from '@passerelle/shared-domain';
import { toFieldErrorObject } from '../sync-run/field-error.object';
import { toSyncRunObject } from '../sync-run/sync-run.object';
import { UpsertListingsInput } from './listing.input';
import { UpsertListingsPayload, WithdrawListingsPayload } from './push.payload';

export const MAX_BATCH = 1_000;

/** Which partner a push acts for: a partner key's own, or the one an ADMIN names. */
function targetPartner(actor: Actor, partnerId: string | null | undefined): string {
  requireAuthenticated(actor);
  const target = partnerId ?? (actor.kind === 'partner' ? actor.partnerId : undefined);
  if (!target) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      'Précisez `partnerId` : une clé administrateur pousse pour une plateforme donnée.',
    );
  }
  requirePartnerAccess(actor, target);
  return target;
}

@Resolver()
export class PushResolver {
  constructor(private readonly ingest: IngestService) {}

  @Mutation(() => UpsertListingsPayload, {
    description:
      'Creates or updates up to 1,000 listings of the calling partner; one result per item, in order. Invalid items are reported, never stop the others.',
  })
  async upsertListings(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => UpsertListingsInput }) input: UpsertListingsInput,
  ): Promise<UpsertListingsPayload> {
    const partnerId = targetPartner(actor, input.partnerId);
    if (input.listings.length > MAX_BATCH) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `Au plus ${MAX_BATCH.toLocaleString('fr-FR')} annonces par appel (reçu ${input.listings.length.toLocaleString('fr-FR')}) : découpez le lot.`,
        { maxBatch: MAX_BATCH, received: input.listings.length },
      );
    }
    const { syncRun, results } = await this.ingest.run({
      partnerId,
      trigger: SyncTrigger.PUSH,
      fullSnapshot: input.fullSnapshot ?? false,
      items: input.listings.map((item, index) => ({ index, item, warnings: [] })),
      collectResults: true,
    });
    return {
      syncRun: toSyncRunObject(syncRun),
      results: results.map((r) => ({
        externalId: r.externalId,
        status: r.outcome,
        listingId: r.listingId,
        errors: r.errors.map(toFieldErrorObject),
        warnings: r.warnings.map(toFieldErrorObject),
      })),
    };
  }

  @Mutation(() => WithdrawListingsPayload, {
    description: 'Withdraws listings of the calling partner by external id.',
  })
  async withdrawListings(
    @CurrentActor() actor: Actor,
    @Args('externalIds', { type: () => [String] }) externalIds: string[],
    @Args('partnerId', { type: () => String, nullable: true }) partnerId?: string | null,
  ): Promise<WithdrawListingsPayload> {
    const target = targetPartner(actor, partnerId);
    if (externalIds.length > MAX_BATCH) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `Au plus ${MAX_BATCH.toLocaleString('fr-FR')} identifiants par appel.`,
      );
    }
    return this.ingest.withdraw(target, externalIds);
  }
}
