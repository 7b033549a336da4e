import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@passerelle/api-core';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';

export const MAX_QUERY_DEPTH = 12;
export const MAX_QUERY_COMPLEXITY = 20_000;

/** Nesting depth of an operation, fragments followed, introspection fields not counted. */
export function queryDepth(document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        max = Math.max(max, selection.selectionSet ? 1 + depthOf(selection.selectionSet, seen) : 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depthOf(selection.selectionSet, seen));
      } else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        max = Math.max(
          max,
          depthOf(fragment?.selectionSet, new Set([...seen, selection.name.value])),
        );
      }
    }
    return max;
  };
  let depth = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION)
      depth = Math.max(depth, depthOf(definition.selectionSet, new Set()));
  }
  return depth;
}

/** A list asked with `first` (as an argument or in `input`) costs its children that many times. */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const input = args['input'] as { first?: unknown } | undefined;
  const first = typeof args['first'] === 'number' ? args['first'] : input?.first;
  const multiplier = typeof first === 'number' && first > 0 ? Math.min(first, 100) : 1;
  return 1 + childComplexity * multiplier;
};

function tooComplex(message: string, details: Record<string, number>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, ...details, http: { status: 400 } },
  });
}

/** Refuses operations nested too deep or asking for too much, before anything runs. */
export function queryLimitsPlugin(): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ document, schema, request }) => {
          const depth = queryDepth(document);
          if (depth > MAX_QUERY_DEPTH) {
            throw tooComplex(
              `Requête trop imbriquée : profondeur ${depth}, au plus ${MAX_QUERY_DEPTH}.`,
              {
                depth,
                maxDepth: MAX_QUERY_DEPTH,
              },
            );
          }
          const complexity = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            operationName: request.operationName ?? undefined,
            estimators: [pagedEstimator],
          });
          if (complexity > MAX_QUERY_COMPLEXITY) {
            throw tooComplex(
              `Requête trop coûteuse : complexité ${complexity}, au plus ${MAX_QUERY_COMPLEXITY}. Demandez moins d’éléments par page.`,
              { complexity, maxComplexity: MAX_QUERY_COMPLEXITY },
            );
          }
          return Promise.resolve();
        },
      }),
  };
}
