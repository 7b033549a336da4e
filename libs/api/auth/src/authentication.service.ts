import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppError, type AppConfig, ErrorCode } from '@passerelle/api-core';
import { ANONYMOUS, type Actor, AUTH_MESSAGES } from './actor';
import { secretsEqual } from './api-key-secret';
import { ApiKeyService } from './api-key.service';

const BEARER = /^Bearer[ \t]+(\S(?:.*\S)?)[ \t]*$/i;

/** Turns the `Authorization` header of a request into an Actor, or throws UNAUTHENTICATED. */
@Injectable()
export class AuthenticationService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly apiKeys: ApiKeyService,
  ) {}

  /**
   * No header: anonymous. A header that is not `Bearer <secret>`, or a secret that is not an
   * active key: UNAUTHENTICATED, even for public queries (a caller with a revoked key learns
   * it at once rather than silently reading as anonymous).
   */
  async authenticate(authorization: string | string[] | undefined): Promise<Actor> {
    if (authorization === undefined || authorization === '') return ANONYMOUS;
    const header = Array.isArray(authorization) ? authorization.join(',') : authorization;
    const secret = BEARER.exec(header)?.[1];
    if (!secret) throw new AppError(ErrorCode.UNAUTHENTICATED, AUTH_MESSAGES.malformedHeader);

    const adminKey = this.config.adminKey;
    if (adminKey !== undefined && secretsEqual(secret, adminKey)) {
      return { kind: 'admin', via: 'bootstrap-key' };
    }
    const key = await this.apiKeys.authenticate(secret);
    return { kind: 'partner', partnerId: key.partnerId, apiKeyId: key.id };
  }
}
