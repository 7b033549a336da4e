import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Error codes of the API (`extensions.code`), stable: partners build against them. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  RATE_LIMITED = 'RATE_LIMITED',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  SEARCH_UNAVAILABLE = 'SEARCH_UNAVAILABLE',
  CONFLICT = 'CONFLICT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  UNAUTHENTICATED: 'Authentification requise : clé d’API absente, inconnue ou révoquée.',
  FORBIDDEN: 'Vous n’avez pas le droit d’effectuer cette action.',
  NOT_FOUND: 'Ressource introuvable.',
  BAD_USER_INPUT: 'Requête invalide.',
  RATE_LIMITED: 'Trop de requêtes : réessayez dans quelques instants.',
  QUERY_TOO_COMPLEX: 'Requête trop complexe.',
  SEARCH_UNAVAILABLE:
    'La recherche est momentanément indisponible. Réessayez dans quelques minutes.',
  CONFLICT: 'Cette ressource existe déjà.',
  INTERNAL_SERVER_ERROR: 'Une erreur interne est survenue.',
};

/** A coded domain error: thrown by services, mapped once to a GraphQL error. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string = DEFAULT_MESSAGES[code],
    details?: Record<string, unknown>,
  ) {
    super(message, { extensions: { code, ...details } });
    this.name = 'AppError';
  }
}

const KNOWN = new Set<string>(Object.values(ErrorCode));
/** Codes Apollo and graphql-js produce for malformed requests. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The one mapping from thrown errors to what clients see: coded errors pass through,
 * malformed requests keep their code, anything else becomes INTERNAL_SERVER_ERROR with no
 * stack or internal message. `report` receives unexpected errors for the logs.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  report: (formatted: GraphQLFormattedError) => void = () => undefined,
): GraphQLFormattedError {
  const raw = formatted.extensions?.['code'];
  const code = typeof raw === 'string' ? raw : '';
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  if (KNOWN.has(code) || REQUEST_CODES.has(code)) {
    return { ...formatted, extensions };
  }
  report(formatted);
  return {
    message: DEFAULT_MESSAGES.INTERNAL_SERVER_ERROR,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
