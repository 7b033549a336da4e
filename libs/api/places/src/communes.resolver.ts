import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CommuneObject } from './commune.object';
import { CommunesService } from './communes.service';

@Resolver(() => CommuneObject)
export class CommunesResolver {
  constructor(private readonly service: CommunesService) {}

  @Query(() => [CommuneObject], {
    description:
      'Commune autocomplete: communes whose name (accents and case ignored) or postal code starts with the query, larger communes first. Public.',
  })
  communes(
    @Args('query', { description: 'Start of a commune name or of a postal code.' }) query: string,
    @Args('first', {
      type: () => Int,
      nullable: true,
      description: 'How many communes, default 10, at most 20.',
    })
    first?: number | null,
  ): CommuneObject[] {
    return this.service.search(query, first);
  }
}
