import { Query, Resolver } from '@nestjs/graphql';
import { ACTIVITIES, DOMAINS } from '@passerelle/shared-domain';
import { TaxonomyObject } from '@passerelle/api-core';

const TAXONOMY: TaxonomyObject = {
  domains: DOMAINS.map(({ slug, label }) => ({ slug, label })),
  activities: ACTIVITIES.map(({ slug, label }) => ({ slug, label })),
};

@Resolver(() => TaxonomyObject)
export class TaxonomyResolver {
  @Query(() => TaxonomyObject, { description: 'Domains and activities with their French labels.' })
  taxonomy(): TaxonomyObject {
    return TAXONOMY;
  }
}
