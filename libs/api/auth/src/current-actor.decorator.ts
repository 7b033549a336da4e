import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from './actor';
import { getRequestActor, requestOf } from './request-actor';

/** The actor of the current request, for query and mutation resolvers (see ActorGuard). */
export function actorOf(context: ExecutionContext): Actor {
  const actor = getRequestActor(requestOf(context));
  if (!actor) {
    throw new Error(
      'No actor for this request: ActorGuard (AuthModule) resolves it for GraphQL queries and mutations only.',
    );
  }
  return actor;
}

/** `@CurrentActor() actor: Actor`: who is calling (anonymous, admin or a partner's key). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  actorOf(context),
);
