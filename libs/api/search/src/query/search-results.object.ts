import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PageInfoObject } from '@passerelle/api-core';
import { FacetCountObject, ListingObject } from '@passerelle/api-listings';

@ObjectType('SearchEdge')
export class SearchEdgeObject {
  @Field()
  cursor!: string;

  @Field(() => ListingObject)
  node!: ListingObject;

  @Field(() => Float, {
    nullable: true,
    description:
      'With `near`: kilometres from it to the listing’s nearest matching place (null for a remote listing without one).',
  })
  distanceKm!: number | null;
}

@ObjectType('SearchFacets', {
  description:
    'Counts of listings per value, with French labels. A facet counts as if its own filter were not set (so that other values can still be chosen); every other filter applies.',
})
export class SearchFacetsObject {
  @Field(() => [FacetCountObject])
  kind!: FacetCountObject[];

  @Field(() => [FacetCountObject])
  domains!: FacetCountObject[];

  @Field(() => [FacetCountObject])
  activities!: FacetCountObject[];

  @Field(() => [FacetCountObject])
  remote!: FacetCountObject[];

  @Field(() => [FacetCountObject])
  departments!: FacetCountObject[];

  @Field(() => [FacetCountObject], {
    description: 'A listing counts once per platform publishing it.',
  })
  partners!: FacetCountObject[];
}

@ObjectType('SearchResults')
export class SearchResultsObject {
  @Field(() => Int, {
    description: 'Listings matching (each once, whatever its number of places).',
  })
  totalCount!: number;

  @Field(() => [SearchEdgeObject])
  edges!: SearchEdgeObject[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;

  @Field(() => SearchFacetsObject)
  facets!: SearchFacetsObject;
}
