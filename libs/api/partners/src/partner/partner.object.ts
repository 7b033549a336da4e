import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { PartnerEntity } from '@passerelle/api-db';

@ObjectType('Partner', {
  description:
    'A platform that publishes listings to Passerelle (plateforme partenaire). Operators only: an admin, or that partner.',
})
export class PartnerObject {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Stable public identifier, e.g. "jeveuxaider".' })
  slug!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Home page of the platform.' })
  url!: string | null;

  @Field(() => String, { nullable: true })
  contactEmail!: string | null;

  @Field(() => Float, {
    description:
      'Share of the active listings a full snapshot may withdraw before the run is held for an operator.',
  })
  snapshotWithdrawalThreshold!: number;

  @Field()
  createdAt!: Date;
}

export function toPartnerObject(entity: PartnerEntity): PartnerObject {
  return {
    id: entity.id,
    slug: entity.slug,
    name: entity.name,
    url: entity.url,
    contactEmail: entity.contactEmail,
    snapshotWithdrawalThreshold: entity.snapshotWithdrawalThreshold,
    createdAt: entity.createdAt,
  };
}
