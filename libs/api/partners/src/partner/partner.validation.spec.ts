import { AppError, ErrorCode } from '@passerelle/api-core';
import { validateCreatePartner } from './partner.validation';

const valid = { slug: 'je-veux-aider', name: ' JeVeuxAider ', url: '', contactEmail: null };

function fieldOf(work: () => unknown): unknown {
  try {
    work();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(ErrorCode.BAD_USER_INPUT);
    return (error as AppError).extensions['field'];
  }
}

describe('validateCreatePartner', () => {
  it('cleans a valid input', () => {
    expect(validateCreatePartner(valid)).toEqual({
      slug: 'je-veux-aider',
      name: 'JeVeuxAider',
      url: null,
      contactEmail: null,
    });
  });

  it.each(['Jeveuxaider', 'je--veux', '-jva', 'jva-', 'jé', 'a b', '', 'a'.repeat(65)])(
    'rejects the slug %j',
    (slug) => {
      expect(fieldOf(() => validateCreatePartner({ ...valid, slug }))).toBe('slug');
    },
  );

  it('rejects a blank name, a non-http URL and a malformed e-mail', () => {
    expect(fieldOf(() => validateCreatePartner({ ...valid, name: '  ' }))).toBe('name');
    expect(fieldOf(() => validateCreatePartner({ ...valid, url: 'ftp://x.fr' }))).toBe('url');
    expect(fieldOf(() => validateCreatePartner({ ...valid, contactEmail: 'a@b' }))).toBe(
      'contactEmail',
    );
  });
});
