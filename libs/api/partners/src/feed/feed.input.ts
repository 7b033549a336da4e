import { Field, InputType, Int } from '@nestjs/graphql';
import { FeedFormat, JSONScalar } from '@passerelle/api-core';

@InputType('FeedInput')
export class FeedInput {
  @Field(() => String, { description: 'http(s) URL of the feed.' })
  url!: string;

  @Field(() => FeedFormat, { nullable: true, description: 'Default API_ENGAGEMENT_XML.' })
  format?: FeedFormat | null;

  @Field(() => JSONScalar, {
    nullable: true,
    description:
      'JSON and CSV feeds: { fields: { title: "intitule", … }, values: { domain: { "Solidarité": "solidarite-insertion" } } } — see docs/partners.md.',
  })
  mapping?: unknown;

  @Field(() => Int, {
    nullable: true,
    description: 'Pull every N minutes (≥ 15); null: on demand only.',
  })
  everyMinutes?: number | null;

  @Field(() => String, { nullable: true, description: 'HTTP basic authentication.' })
  username?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Stored for the fetches, never shown again.',
  })
  password?: string | null;
}
