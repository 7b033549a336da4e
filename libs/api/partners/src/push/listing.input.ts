import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ListingKind, RemoteMode } from '@passerelle/shared-domain';
import type { AddressInput, ListingInput, OrganizationInput } from '@passerelle/shared-domain';

@InputType('AddressInput')
export class AddressInputType implements AddressInput {
  @Field(() => String, { nullable: true }) street?: string | null;
  @Field(() => String, { nullable: true }) postalCode?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => String, { nullable: true, description: 'INSEE commune code.' }) cityCode?:
    string | null;
  @Field(() => String, { nullable: true }) departmentCode?: string | null;
  @Field(() => String, { nullable: true }) country?: string | null;
  @Field(() => Float, { nullable: true }) lat?: number | null;
  @Field(() => Float, { nullable: true }) lon?: number | null;
}

@InputType('OrganizationInput')
export class OrganizationInputType implements OrganizationInput {
  @Field(() => String, { nullable: true }) externalId?: string | null;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'RNA id: W + 9 characters.' }) rna?:
    string | null;
  @Field(() => String, { nullable: true, description: 'SIREN (9 digits) or SIRET (14 digits).' })
  siren?: string | null;
  @Field(() => String, { nullable: true }) url?: string | null;
}

@InputType('ListingInput', { description: "The national exchange format's fields, in camelCase." })
export class ListingInputType implements ListingInput {
  @Field(() => ID) externalId!: string;
  @Field(() => ListingKind, { nullable: true, description: 'Default NEED.' })
  kind?: ListingKind | null;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'HTML allowed; sanitized on the way in.' })
  description!: string;
  @Field(() => String) applyUrl!: string;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Taxonomy slug, or a label of your crosswalk.',
  })
  domain?: string | null;
  @Field(() => [String], { nullable: true }) activities?: string[] | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
  @Field(() => RemoteMode, { nullable: true }) remote?: RemoteMode | null;
  @Field(() => Int, { nullable: true }) places?: number | null;
  @Field(() => String, { nullable: true }) schedule?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 8601 or dd/mm/yyyy.' }) startsAt?:
    string | null;
  @Field(() => String, { nullable: true }) endsAt?: string | null;
  @Field(() => String, { nullable: true }) postedAt?: string | null;
  @Field(() => Boolean, { nullable: true }) openToMinors?: boolean | null;
  @Field(() => Boolean, { nullable: true }) reducedMobilityAccessible?: boolean | null;
  @Field(() => Boolean, { nullable: true }) closeToTransport?: boolean | null;
  @Field(() => String, { nullable: true }) imageUrl?: string | null;
  @Field(() => [AddressInputType], { nullable: true }) addresses?: AddressInputType[] | null;
  @Field(() => OrganizationInputType, { nullable: true })
  organization?: OrganizationInputType | null;
}

@InputType('UpsertListingsInput')
export class UpsertListingsInput {
  @Field(() => [ListingInputType], { description: 'At most 1,000 per call.' })
  listings!: ListingInputType[];

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True: sources of this partner absent from this batch are withdrawn (with the mass-withdrawal guard).',
  })
  fullSnapshot?: boolean | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Partner to push for: needed with an ADMIN key, implied by a partner key.',
  })
  partnerId?: string | null;
}
