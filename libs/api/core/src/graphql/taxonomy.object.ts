import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Domain', {
  description: 'A domain of the national taxonomy (e.g. "sante" → "Santé").',
})
export class DomainObject {
  @Field({ description: 'Stable identifier used in filters and feeds.' })
  slug!: string;

  @Field({ description: 'French label shown to people.' })
  label!: string;
}

@ObjectType('Activity', { description: 'An activity of the national taxonomy.' })
export class ActivityObject {
  @Field()
  slug!: string;

  @Field()
  label!: string;
}

@ObjectType('Taxonomy', { description: 'Domains and activities with their French labels.' })
export class TaxonomyObject {
  @Field(() => [DomainObject])
  domains!: DomainObject[];

  @Field(() => [ActivityObject])
  activities!: ActivityObject[];
}
