import {
  Args,
  Context,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { type Actor, CurrentActor } from '@passerelle/api-auth';
import { ApiKeyObject, toApiKeyObject } from '../api-key/api-key.object';
import { FeedObject, toFeedObject } from '../feed/feed.object';
import { ConnectionArgs, pageSize, toConnection } from '@passerelle/api-core';
import { PartnersLoaders } from '../partners.loaders';
import { decodeSyncRunCursor } from '../sync-run/sync-run.service';
import { SyncRunConnection, toSyncRunObject } from '../sync-run/sync-run.object';
import { CreatePartnerInput } from './create-partner.input';
import { PartnerObject, toPartnerObject } from './partner.object';
import { PartnerService } from './partner.service';

@Resolver(() => PartnerObject)
export class PartnerResolver {
  constructor(
    private readonly partners: PartnerService,
    private readonly loaders: PartnersLoaders,
  ) {}

  @Mutation(() => PartnerObject, { description: 'Registers a partner platform. ADMIN.' })
  async createPartner(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreatePartnerInput,
  ): Promise<PartnerObject> {
    return toPartnerObject(await this.partners.create(actor, input));
  }

  @Query(() => PartnerObject, {
    nullable: true,
    description: 'A partner by slug. ADMIN, or that partner’s API key.',
  })
  async partner(
    @CurrentActor() actor: Actor,
    @Args('slug') slug: string,
  ): Promise<PartnerObject | null> {
    const partner = await this.partners.findBySlug(actor, slug);
    return partner && toPartnerObject(partner);
  }

  @ResolveField(() => Int, {
    description: 'Listings this partner currently publishes (active sources).',
  })
  listingCount(@Parent() partner: PartnerObject, @Context('req') request: object): Promise<number> {
    return this.loaders.for(request).listingCount.load(partner.id);
  }

  @ResolveField(() => [ApiKeyObject], {
    description: 'Every key, revoked ones included, oldest first.',
  })
  async apiKeys(
    @Parent() partner: PartnerObject,
    @Context('req') request: object,
  ): Promise<ApiKeyObject[]> {
    return (await this.loaders.for(request).apiKeys.load(partner.id)).map(toApiKeyObject);
  }

  @ResolveField(() => [FeedObject])
  async feeds(
    @Parent() partner: PartnerObject,
    @Context('req') request: object,
  ): Promise<FeedObject[]> {
    return (await this.loaders.for(request).feeds.load(partner.id)).map(toFeedObject);
  }

  @ResolveField(() => SyncRunConnection, { description: 'Sync runs, newest first.' })
  async syncRuns(
    @Parent() partner: PartnerObject,
    @Args() { first, after }: ConnectionArgs,
    @Context('req') request: object,
  ): Promise<SyncRunConnection> {
    const page = await this.loaders.for(request).syncRuns.load({
      parentId: partner.id,
      first: pageSize(first),
      after: after ? decodeSyncRunCursor(after) : null,
      rawAfter: after ?? null,
    });
    return toConnection(page, toSyncRunObject);
  }
}
