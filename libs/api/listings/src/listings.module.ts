import { Module } from '@nestjs/common';
import { ListingResolver } from './listing/listing.resolver';
import { ListingsService } from './listing/listings.service';
import { ListingsLoaders } from './listings.loaders';
import { ApplyRedirectController } from './redirect/apply-redirect.controller';
import { ApplyRedirectService } from './redirect/apply-redirect.service';
import { FederationStatsResolver } from './stats/federation-stats.resolver';
import { FederationStatsService } from './stats/federation-stats.service';
import '@passerelle/api-core'; // registers the GraphQL enums

/**
 * Public reading of listings (API.md): `listing(id)`, `federationStats`, and the apply
 * redirect `/r/…`. The search feature imports it to hydrate its hits (`ListingsService.findByIds`).
 */
@Module({
  controllers: [ApplyRedirectController],
  providers: [
    ListingsService,
    ListingsLoaders,
    ListingResolver,
    FederationStatsService,
    FederationStatsResolver,
    ApplyRedirectService,
  ],
  exports: [ListingsService, ListingsLoaders, FederationStatsService],
})
export class ListingsModule {}
