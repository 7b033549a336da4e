import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SearchIndexStatus', {
  description: 'State of the search index, for operators (ADMIN).',
})
export class SearchIndexStatusObject {
  @Field({ description: 'Name of the live Meilisearch index.' })
  indexUid!: string;

  @Field({ description: 'Hash of the index settings in the running code.' })
  settingsHash!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Hash of the settings the live index was built with (null: not built yet).',
  })
  builtWithSettingsHash!: string | null;

  @Field(() => Date, { nullable: true, description: 'End of the last full rebuild.' })
  rebuiltAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the last full rebuild happened.' })
  rebuildReason!: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Documents in the live index (one per place); null when Meilisearch does not answer.',
  })
  documentCount!: number | null;

  @Field(() => Int, { description: 'Listing changes waiting for the index.' })
  pendingChanges!: number;

  @Field(() => Int, { description: 'Of those, how many failed at their last attempt.' })
  failingChanges!: number;

  @Field(() => Float, { description: 'Age of the oldest waiting change, in seconds.' })
  lagSeconds!: number;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field({ description: 'True when this answer queued a full rebuild.' })
  rebuildQueued!: boolean;
}
