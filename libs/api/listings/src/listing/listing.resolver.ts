import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor } from '@passerelle/api-auth';
import { ListingsLoaders } from '../listings.loaders';
import { ListingObject } from './listing.object';
import { ListingSourceObject, listingSources } from './listing-source.object';
import { findVisibleListing } from './listing-visibility';
import { LocationObject, listingLocations } from './location.object';
import { OrganizationObject } from './organization.object';

@Resolver(() => ListingObject)
export class ListingResolver {
  constructor(private readonly loaders: ListingsLoaders) {}

  @Query(() => ListingObject, {
    nullable: true,
    description:
      'A listing by id, expired, closed or withdrawn ones included (their page says so). PENDING and REJECTED ones only for an administrator or a partner that publishes it. Null when unknown or hidden.',
  })
  listing(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Context('req') request: object,
  ): Promise<ListingObject | null> {
    return findVisibleListing(actor, id, this.loaders.for(request));
  }

  @ResolveField(() => [LocationObject], {
    description: 'Where it takes place; empty for a remote listing without a place.',
  })
  async locations(
    @Parent() listing: ListingObject,
    @Context('req') request: object,
  ): Promise<LocationObject[]> {
    const records = await this.loaders.for(request).locations.load(listing.id);
    return listingLocations(records, listing.status);
  }

  @ResolveField(() => OrganizationObject, { nullable: true })
  async organization(
    @Parent() listing: ListingObject,
    @Context('req') request: object,
  ): Promise<OrganizationObject | null> {
    if (!listing.organizationId) return null;
    return this.loaders.for(request).organization.load(listing.organizationId);
  }

  @ResolveField(() => [ListingSourceObject], {
    description:
      'The platforms that publish it, oldest first: the active ones while PUBLISHED, every one otherwise (where it was).',
  })
  async sources(
    @Parent() listing: ListingObject,
    @Context('req') request: object,
  ): Promise<ListingSourceObject[]> {
    const records = await this.loaders.for(request).sources.load(listing.id);
    return listingSources(records, listing.status);
  }
}
