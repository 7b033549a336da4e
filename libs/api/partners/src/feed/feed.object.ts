import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { FeedEntity } from '@passerelle/api-db';
import { FeedFormat, JSONScalar } from '@passerelle/api-core';

@ObjectType('Feed', { description: 'A partner’s pull source (flux). Credentials are never shown.' })
export class FeedObject {
  @Field(() => ID)
  id!: string;

  @Field()
  url!: string;

  @Field(() => FeedFormat)
  format!: FeedFormat;

  @Field(() => Int, { nullable: true, description: 'Pull schedule; null: on demand only.' })
  everyMinutes!: number | null;

  @Field(() => JSONScalar, {
    description: 'Field mapping of JSON and CSV feeds (see docs/partners.md).',
  })
  mapping!: object;

  @Field()
  enabled!: boolean;

  @Field({ description: 'Whether the feed is fetched with HTTP basic authentication.' })
  usesBasicAuth!: boolean;

  @Field(() => Date, { nullable: true })
  lastRunAt!: Date | null;

  @Field()
  createdAt!: Date;
}

export function toFeedObject(entity: FeedEntity): FeedObject {
  return {
    id: entity.id,
    url: entity.url,
    format: entity.format,
    everyMinutes: entity.everyMinutes,
    mapping: entity.mapping,
    enabled: entity.enabled,
    usesBasicAuth: entity.basicAuthUsername !== null,
    lastRunAt: entity.lastRunAt,
    createdAt: entity.createdAt,
  };
}
