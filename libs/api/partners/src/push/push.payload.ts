import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ItemOutcome } from '@passerelle/api-core';
import { FieldErrorObject } from '../sync-run/field-error.object';
import { SyncRunObject } from '../sync-run/sync-run.object';

@ObjectType('ListingResult', {
  description: 'What happened to one item of a push, in input order.',
})
export class ListingResultObject {
  @Field(() => String, { nullable: true })
  externalId!: string | null;

  @Field(() => ItemOutcome)
  status!: ItemOutcome;

  @Field(() => ID, {
    nullable: true,
    description: 'The listing this item feeds (absent when rejected).',
  })
  listingId!: string | null;

  @Field(() => [FieldErrorObject], { description: 'Why the item was rejected.' })
  errors!: FieldErrorObject[];

  @Field(() => [FieldErrorObject], {
    description: 'What was corrected or dropped, the item being accepted.',
  })
  warnings!: FieldErrorObject[];
}

@ObjectType('UpsertListingsPayload')
export class UpsertListingsPayload {
  @Field(() => SyncRunObject)
  syncRun!: SyncRunObject;

  @Field(() => [ListingResultObject])
  results!: ListingResultObject[];
}

@ObjectType('WithdrawListingsPayload')
export class WithdrawListingsPayload {
  @Field(() => [String], { description: 'External ids withdrawn now.' })
  withdrawn!: string[];

  @Field(() => [String], { description: 'External ids this partner never sent.' })
  notFound!: string[];
}
