import { AppError, ErrorCode, formatGraphQLError } from './errors';

describe('formatGraphQLError', () => {
  it('keeps the code and the French message of a coded error', () => {
    const error = new AppError(ErrorCode.NOT_FOUND, 'Annonce introuvable.');
    expect(formatGraphQLError({ message: error.message, extensions: error.extensions })).toEqual({
      message: 'Annonce introuvable.',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('hides an unexpected error behind INTERNAL_SERVER_ERROR and reports it', () => {
    const reported: string[] = [];
    const out = formatGraphQLError(
      {
        message: 'relation "x" does not exist',
        extensions: { code: 'WHATEVER', stacktrace: ['at db'] },
      },
      (f) => reported.push(f.message),
    );
    expect(out).toMatchObject({
      message: 'Une erreur interne est survenue.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(out)).not.toContain('relation');
    expect(reported).toEqual(['relation "x" does not exist']);
  });

  it('keeps validation errors of malformed queries without their stack', () => {
    const out = formatGraphQLError({
      message: 'Cannot query field "nope"',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['x'] },
    });
    expect(out.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
