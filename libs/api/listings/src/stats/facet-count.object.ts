import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('FacetCount', {
  description: 'How many listings have one value of a facet, with its French label.',
})
export class FacetCountObject {
  @Field({ description: 'The value, as filters take it (slug, code, enum value).' })
  value!: string;

  @Field({ description: 'French label shown to people.' })
  label!: string;

  @Field(() => Int)
  count!: number;
}
