import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { AppError, ErrorCode } from '../errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType('PageInfo', { description: 'Relay page information.' })
export class PageInfoObject {
  @Field()
  hasNextPage!: boolean;

  @Field({ description: 'True when the page was asked for after a cursor.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items, default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}.`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Opaque cursor: items after this one.',
  })
  after?: string | null;
}

/** `first` as a page size: default 20, capped at 100, never negative. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, '« first » doit être un entier positif ou nul.', {
      field: 'first',
    });
  }
  return Math.min(first, MAX_PAGE_SIZE);
}

type CursorValue = string | number;

/** An opaque cursor: base64url of the ordering key, tagged with what it points into. */
export function encodeCursor(kind: string, key: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify([kind, ...key]), 'utf8').toString('base64url');
}

/**
 * The ordering key of a cursor made by `encodeCursor(kind, …)`, checked by `isKey`;
 * anything else is BAD_USER_INPUT (never a database error).
 */
export function decodeCursor<K extends readonly CursorValue[]>(
  kind: string,
  cursor: string,
  isKey: (values: readonly unknown[]) => values is K,
): K {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (Array.isArray(parsed) && parsed[0] === kind) {
    const key = parsed.slice(1) as readonly unknown[];
    if (isKey(key)) return key;
  }
  throw new AppError(ErrorCode.BAD_USER_INPUT, 'Curseur « after » invalide.', { field: 'after' });
}

/** A page read from the database, before mapping to GraphQL objects. */
export interface Page<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export interface Connection<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfoObject;
}

export function toConnection<T, R>(page: Page<T>, map: (node: T) => R): Connection<R> {
  const edges = page.edges.map(({ cursor, node }) => ({ cursor, node: map(node) }));
  return {
    totalCount: page.totalCount,
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** One page request of a batch: the parent and its arguments (`after` already decoded). */
export interface PageRequest<K> {
  parentId: string;
  first: number;
  after: K | null;
  /** The cursor as given, for cache keys. */
  rawAfter: string | null;
}

export const pageRequestKey = (request: PageRequest<unknown>): string =>
  `${request.parentId}|${request.first}|${request.rawAfter ?? ''}`;

/** Splits a batch of page requests into groups sharing the same arguments (one query each). */
export function groupByArguments<K>(requests: readonly PageRequest<K>[]): PageRequest<K>[][] {
  const groups = new Map<string, PageRequest<K>[]>();
  for (const request of requests) {
    const key = `${request.first}|${request.rawAfter ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(request);
    else groups.set(key, [request]);
  }
  return [...groups.values()];
}
