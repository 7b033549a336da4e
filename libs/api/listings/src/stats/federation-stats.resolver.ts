import { Query, Resolver } from '@nestjs/graphql';
import { FederationStatsObject } from './federation-stats.object';
import { FederationStatsService } from './federation-stats.service';

@Resolver(() => FederationStatsObject)
export class FederationStatsResolver {
  constructor(private readonly stats: FederationStatsService) {}

  @Query(() => FederationStatsObject, {
    description: 'Counts of the federation by kind, domain, department and partner. Public.',
  })
  federationStats(): Promise<FederationStatsObject> {
    return this.stats.stats();
  }
}
