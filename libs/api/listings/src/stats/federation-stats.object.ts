import { Field, Int, ObjectType } from '@nestjs/graphql';
import { FacetCountObject } from './facet-count.object';

@ObjectType('FederationStats', {
  description:
    'What the federation holds now: published listings by kind, domain, place, platform.',
})
export class FederationStatsObject {
  @Field(() => Int, { description: 'Published listings.' })
  listings!: number;

  @Field(() => Int, { description: 'Listings the partner platforms publish now (active sources).' })
  sources!: number;

  @Field(() => Int, {
    description:
      'Duplicates folded: active sources attached to a listing, minus the listings they feed.',
  })
  foldedSources!: number;

  @Field(() => [FacetCountObject], { description: 'Published listings by kind (both kinds).' })
  byKind!: FacetCountObject[];

  @Field(() => [FacetCountObject], {
    description:
      'Published listings by taxonomy domain (listings without a domain are not counted).',
  })
  byDomain!: FacetCountObject[];

  @Field(() => [FacetCountObject], {
    description:
      'Published listings by department code (a multi-site listing counts in each of its departments).',
  })
  byDepartment!: FacetCountObject[];

  @Field(() => [FacetCountObject], {
    description:
      'Published listings by partner slug (a listing published by two platforms counts for each).',
  })
  byPartner!: FacetCountObject[];
}
