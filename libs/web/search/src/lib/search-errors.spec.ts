import { describeSearchError, searchFailureOf } from './search-errors';

describe(describeSearchError.name, () => {
  it('explains SEARCH_UNAVAILABLE in plain French', () => {
    expect(describeSearchError({ codes: ['SEARCH_UNAVAILABLE'], network: false })).toEqual({
      title: 'Recherche momentanément indisponible',
      description:
        'La recherche est momentanément indisponible. Les annonces ne sont pas perdues : réessayez dans quelques minutes.',
    });
  });

  it('asks to wait when RATE_LIMITED', () => {
    expect(describeSearchError({ codes: ['RATE_LIMITED'], network: false }).description).toBe(
      'Trop de recherches en peu de temps : patientez quelques secondes.',
    );
  });

  it("repeats the API's message for a refused search", () => {
    expect(
      describeSearchError({
        codes: ['BAD_USER_INPUT'],
        message: 'Domaine inconnu : « x ».',
        network: false,
      }).description,
    ).toBe('Domaine inconnu : « x ». Modifiez les critères ou réinitialisez les filtres.');
  });

  it('points at the connection when the API cannot be reached', () => {
    expect(describeSearchError({ codes: [], network: true }).description).toMatch(
      /Vérifiez votre connexion/,
    );
  });

  it('has a message for anything else', () => {
    expect(describeSearchError({ codes: ['INTERNAL_SERVER_ERROR'], network: false }).title).toBe(
      "Les annonces n'ont pas pu être chargées",
    );
  });
});

describe(searchFailureOf.name, () => {
  it('reads the codes of GraphQL errors', () => {
    expect(
      searchFailureOf({
        graphQLErrors: [
          {
            message: 'La recherche est momentanément indisponible.',
            extensions: { code: 'SEARCH_UNAVAILABLE' },
          },
        ],
      }),
    ).toEqual({
      codes: ['SEARCH_UNAVAILABLE'],
      message: 'La recherche est momentanément indisponible.',
      network: false,
    });
  });

  it('reads the codes in the body of an HTTP error', () => {
    const networkError = Object.assign(new Error('Response not successful'), {
      result: {
        errors: [{ message: 'Requête invalide.', extensions: { code: 'BAD_USER_INPUT' } }],
      },
    });

    expect(searchFailureOf({ graphQLErrors: [], networkError })).toMatchObject({
      codes: ['BAD_USER_INPUT'],
      network: false,
    });
  });

  it('tells a network failure', () => {
    expect(searchFailureOf({ networkError: new TypeError('Failed to fetch') })).toEqual({
      codes: [],
      message: null,
      network: true,
    });
  });
});
