import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ApiKeyEntity } from '@passerelle/api-db';

@ObjectType('ApiKey', {
  description: 'A partner API key. Its secret is shown once, at issue, and never again.',
})
export class ApiKeyObject {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Public part of the secret (`psl_<prefix>_…`), to recognise the key.' })
  prefix!: string;

  @Field(() => String, { nullable: true })
  label!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Last use, to the minute.' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;
}

@ObjectType('IssuedApiKey', { description: 'A new API key and its secret, shown this once.' })
export class IssuedApiKeyObject {
  @Field(() => ApiKeyObject)
  apiKey!: ApiKeyObject;

  @Field({
    description:
      'The secret to send as `Authorization: Bearer <secret>`. Store it now: it cannot be shown again.',
  })
  secret!: string;
}

export function toApiKeyObject(entity: ApiKeyEntity): ApiKeyObject {
  return {
    id: entity.id,
    prefix: entity.prefix,
    label: entity.label,
    createdAt: entity.createdAt,
    lastUsedAt: entity.lastUsedAt,
    revokedAt: entity.revokedAt,
    expiresAt: entity.expiresAt,
  };
}
