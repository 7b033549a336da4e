import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor } from '@passerelle/api-auth';
import { PartnerService } from '../partner/partner.service';
import { ApiKeyObject, IssuedApiKeyObject, toApiKeyObject } from './api-key.object';

@Resolver(() => ApiKeyObject)
export class ApiKeyResolver {
  constructor(private readonly partners: PartnerService) {}

  @Mutation(() => IssuedApiKeyObject, {
    description:
      'Issues an API key for a partner; the secret is shown this once. ADMIN, or that partner.',
  })
  async issueApiKey(
    @CurrentActor() actor: Actor,
    @Args('partnerId', { type: () => ID }) partnerId: string,
    @Args('label', { type: () => String, nullable: true }) label?: string | null,
  ): Promise<IssuedApiKeyObject> {
    const { apiKey, secret } = await this.partners.issueApiKey(actor, partnerId, label);
    return { apiKey: toApiKeyObject(apiKey), secret };
  }

  @Mutation(() => ApiKeyObject, {
    description: 'Revokes an API key at once (idempotent). ADMIN, or the key’s partner.',
  })
  async revokeApiKey(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ApiKeyObject> {
    return toApiKeyObject(await this.partners.revokeApiKey(actor, id));
  }
}
