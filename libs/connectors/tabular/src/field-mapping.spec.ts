import { validateFieldMapping } from './field-mapping';
import { entraideLocaleMapping } from './__fixtures__/mappings';

const minimal = { externalId: 'id', title: 'titre', description: 'desc', applyUrl: 'lien' };

describe(validateFieldMapping.name, () => {
  it('accepts a complete mapping and returns a clean copy', () => {
    const result = validateFieldMapping(JSON.parse(JSON.stringify(entraideLocaleMapping)));
    expect(result).toEqual({ ok: true, mapping: entraideLocaleMapping });
  });

  it('trims source field names', () => {
    expect(validateFieldMapping({ fields: { ...minimal, title: '  titre ' } })).toEqual({
      ok: true,
      mapping: { fields: minimal },
    });
  });

  it('refuses something that is not an object', () => {
    expect(validateFieldMapping('id=titre')).toEqual({
      ok: false,
      errors: [
        {
          path: '',
          code: 'MAPPING_NOT_AN_OBJECT',
          message: 'La correspondance des champs doit être un objet JSON.',
        },
      ],
    });
  });

  it('reports every problem at once, with its path, a stable code and a French message', () => {
    const result = validateFieldMapping({
      fields: { title: 'titre', description: '', nom: 'nom', places: 3 },
      values: {
        remote: { Hybride: 'PARTIAL' },
        domain: { Santé: 'sante', SANTE: 'sante-publique' },
        colour: {},
      },
      listSeparator: '',
      encoding: 'klingon',
      schedule: '1 fois par semaine',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(({ path, code }) => [path, code])).toEqual([
      ['schedule', 'MAPPING_UNKNOWN_KEY'],
      ['fields.description', 'MAPPING_INVALID_SOURCE'],
      ['fields.nom', 'MAPPING_UNKNOWN_FIELD'],
      ['fields.places', 'MAPPING_INVALID_SOURCE'],
      ['fields.externalId', 'MAPPING_REQUIRED_FIELD'],
      ['fields.applyUrl', 'MAPPING_REQUIRED_FIELD'],
      ['values.remote.Hybride', 'MAPPING_INVALID_VALUE'],
      ['values.domain.SANTE', 'MAPPING_DUPLICATE_KEY'],
      ['values.colour', 'MAPPING_INVALID_CROSSWALK'],
      ['listSeparator', 'MAPPING_INVALID_SEPARATOR'],
      ['encoding', 'MAPPING_INVALID_ENCODING'],
    ]);
    expect(result.errors.find((error) => error.path === 'values.remote.Hybride')?.message).toBe(
      'Valeur « PARTIAL » invalide pour remote (attendu : ONSITE, HYBRID, REMOTE).',
    );
  });

  it('accepts the ISO-8859-1 encoding', () => {
    expect(validateFieldMapping({ fields: minimal, encoding: 'ISO-8859-1' })).toEqual({
      ok: true,
      mapping: { fields: minimal, encoding: 'ISO-8859-1' },
    });
  });
});
