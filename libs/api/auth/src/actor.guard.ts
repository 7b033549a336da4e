import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { GqlContextType } from '@nestjs/graphql';
import type { Actor } from './actor';
import { AuthenticationService } from './authentication.service';
import { requestOf, setRequestActor } from './request-actor';

/**
 * Global guard (APP_GUARD) of every GraphQL query and mutation resolver: resolves the actor
 * once per request (the root fields of one operation share it) and keeps it for
 * `@CurrentActor()`. It lets everyone through; resolvers decide with `requireAdmin` /
 * `requirePartnerAccess`. A bad or revoked key fails here, with UNAUTHENTICATED.
 * Field resolvers do not run guards (Nest's default), so this costs one lookup per request.
 */
@Injectable()
export class ActorGuard implements CanActivate {
  private readonly inFlight = new WeakMap<object, Promise<Actor>>();

  constructor(private readonly authentication: AuthenticationService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // HTTP routes (health, redirects) are public and do not read the actor.
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const request = requestOf(context);
    let pending = this.inFlight.get(request);
    if (!pending) {
      const headers = (request as { headers?: Record<string, string | string[] | undefined> })
        .headers;
      pending = this.authentication.authenticate(headers?.['authorization']);
      this.inFlight.set(request, pending);
    }
    setRequestActor(request, await pending);
    return true;
  }
}
