/** What went wrong with a search, as the page explains it. */
export interface SearchProblem {
  readonly title: string;
  readonly description: string;
}

export interface SearchFailure {
  /** `extensions.code` of the GraphQL errors. */
  readonly codes: readonly string[];
  /** The API's French message of the first error, shown for a refused search. */
  readonly message?: string | null;
  /** True when the API could not be reached (or did not answer GraphQL). */
  readonly network: boolean;
}

/** The French explanation of a failed search, in plain words, by error code. */
export function describeSearchError(failure: SearchFailure): SearchProblem {
  if (failure.codes.includes('SEARCH_UNAVAILABLE')) {
    return {
      title: 'Recherche momentanément indisponible',
      description:
        'La recherche est momentanément indisponible. Les annonces ne sont pas perdues : réessayez dans quelques minutes.',
    };
  }
  if (failure.codes.includes('RATE_LIMITED')) {
    return {
      title: 'Trop de recherches',
      description: 'Trop de recherches en peu de temps : patientez quelques secondes.',
    };
  }
  if (failure.codes.includes('BAD_USER_INPUT')) {
    return {
      title: "Cette recherche n'a pas pu être faite",
      description: `${failure.message?.trim() || 'Un des critères est invalide.'} Modifiez les critères ou réinitialisez les filtres.`,
    };
  }
  if (failure.network) {
    return {
      title: "Les annonces n'ont pas pu être chargées",
      description:
        'Le service ne répond pas pour le moment. Vérifiez votre connexion, puis réessayez.',
    };
  }
  return {
    title: "Les annonces n'ont pas pu être chargées",
    description: 'Une erreur est survenue de notre côté. Réessayez dans un instant.',
  };
}

export interface ErrorLike {
  readonly message?: string;
  readonly graphQLErrors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
  readonly networkError?: (Error & { result?: unknown }) | null;
}

/** The codes and message of an ApolloError, from GraphQL errors or an HTTP error's body. */
export function searchFailureOf(error: ErrorLike): SearchFailure {
  const fromBody = (
    error.networkError?.result as { errors?: ErrorLike['graphQLErrors'] } | undefined
  )?.errors;
  const errors = [...(error.graphQLErrors ?? []), ...(fromBody ?? [])];
  const codes = errors
    .map((e) => e.extensions?.['code'])
    .filter((code): code is string => typeof code === 'string');
  return {
    codes,
    message: errors[0]?.message ?? null,
    network: Boolean(error.networkError) && codes.length === 0,
  };
}
