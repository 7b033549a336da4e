import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppError, ErrorCode, ConnectionArgs, pageSize, toConnection } from '@passerelle/api-core';
import { type Actor, CurrentActor } from '@passerelle/api-auth';
import { PartnerObject, toPartnerObject } from '../partner/partner.object';
import { PartnersLoaders } from '../partners.loaders';
import { SyncRunRejectionConnection, toSyncRunRejectionObject } from './sync-run-rejection.object';
import { SyncRunObject, toSyncRunObject } from './sync-run.object';
import { decodeRejectionCursor, SyncRunService } from './sync-run.service';

@Resolver(() => SyncRunObject)
export class SyncRunResolver {
  constructor(
    private readonly syncRuns: SyncRunService,
    private readonly loaders: PartnersLoaders,
  ) {}

  @Query(() => SyncRunObject, {
    nullable: true,
    description: 'A sync run by id. ADMIN, or the run’s partner.',
  })
  async syncRun(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SyncRunObject | null> {
    const run = await this.syncRuns.findById(actor, id);
    return run && toSyncRunObject(run);
  }

  @ResolveField(() => PartnerObject)
  async partner(
    @Parent() run: SyncRunObject,
    @Context('req') request: object,
  ): Promise<PartnerObject> {
    const partner = await this.loaders.for(request).partner.load(run.partnerId);
    if (!partner) throw new AppError(ErrorCode.NOT_FOUND, 'Plateforme partenaire introuvable.');
    return toPartnerObject(partner);
  }

  @ResolveField(() => SyncRunRejectionConnection, {
    description: 'Rejected items, in input order, with the reason of each.',
  })
  async rejections(
    @Parent() run: SyncRunObject,
    @Args() { first, after }: ConnectionArgs,
    @Context('req') request: object,
  ): Promise<SyncRunRejectionConnection> {
    const page = await this.loaders.for(request).rejections.load({
      parentId: run.id,
      first: pageSize(first),
      after: after ? decodeRejectionCursor(after) : null,
      rawAfter: after ?? null,
    });
    return toConnection(page, toSyncRunRejectionObject);
  }
}
