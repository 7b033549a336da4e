import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Actor } from './actor';

/** The actor of each request, set by ActorGuard. Keyed by the request object: nothing leaks. */
const actors = new WeakMap<object, Actor>();

export function setRequestActor(request: object, actor: Actor): void {
  actors.set(request, actor);
}

export function getRequestActor(request: object): Actor | undefined {
  return actors.get(request);
}

/** The underlying HTTP request of a GraphQL operation or an HTTP route. */
export function requestOf(context: ExecutionContext): object {
  if (context.getType<GqlContextType>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: object }>().req;
  }
  return context.switchToHttp().getRequest<object>();
}
