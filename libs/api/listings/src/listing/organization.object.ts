import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { OrganizationEntity } from '@passerelle/api-db';

@ObjectType('Organization', {
  description:
    'The structure behind a listing: association, company, public body, local authority.',
})
export class OrganizationObject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Association id in the RNA: `W` + 9 digits.',
  })
  rna!: string | null;

  @Field(() => String, { nullable: true, description: 'SIREN (9 digits).' })
  siren!: string | null;

  @Field(() => String, { nullable: true, description: 'Web site of the structure.' })
  url!: string | null;
}

export function toOrganizationObject(entity: OrganizationEntity): OrganizationObject {
  return {
    id: entity.id,
    name: entity.name,
    rna: entity.rna,
    siren: entity.siren,
    url: entity.url,
  };
}
