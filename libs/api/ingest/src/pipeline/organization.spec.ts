import { IngestErrorCode, IssueCollector } from './ingest.errors';
import {
  normalizeOrganization,
  normalizeOrganizationName,
  normalizeRna,
  normalizeSiren,
} from './organization';

describe(normalizeOrganization.name, () => {
  it('normalizes the RNA to upper case and keeps the SIREN part of a SIRET', () => {
    const issues = new IssueCollector();
    const organization = normalizeOrganization(
      {
        name: ' Croix-Rouge française ',
        rna: 'w751 234 567',
        siren: '775 672 272 00030',
        url: 'https://www.croix-rouge.fr',
      },
      issues,
    );
    expect(organization).toEqual({
      externalId: null,
      name: 'Croix-Rouge française',
      normalizedName: 'croix rouge francaise',
      rna: 'W751234567',
      siren: '775672272',
      url: 'https://www.croix-rouge.fr/',
    });
    expect(issues.warnings).toEqual([]);
  });

  it('drops an invalid RNA or SIREN with a warning and keeps the organization', () => {
    const issues = new IssueCollector();
    const organization = normalizeOrganization(
      { name: 'Secours populaire', rna: '751234567', siren: '123456789' },
      issues,
    );
    expect(organization).toMatchObject({ rna: null, siren: null });
    expect(issues.warnings.map((w) => [w.code, w.path])).toEqual([
      [IngestErrorCode.RNA_INVALID, 'organization.rna'],
      [IngestErrorCode.SIREN_INVALID, 'organization.siren'],
    ]);
  });

  it('leaves out an organization without a name, with a warning', () => {
    const issues = new IssueCollector();
    expect(normalizeOrganization({ name: '  ', rna: 'W751234567' }, issues)).toBeNull();
    expect(issues.warnings.map((w) => w.code)).toEqual([IngestErrorCode.ORGANIZATION_NAME_MISSING]);
  });
});

describe(normalizeOrganizationName.name, () => {
  it('unifies "asso" and "association", accents, case and punctuation', () => {
    expect(normalizeOrganizationName('Asso. Les Restos du Cœur')).toBe(
      'association les restos du coeur',
    );
    expect(normalizeOrganizationName('ASSOCIATION LES RESTOS DU COEUR')).toBe(
      'association les restos du coeur',
    );
    expect(normalizeOrganizationName("Emmaüs Solidarité - L'Îlot & Co")).toBe(
      'emmaus solidarite l ilot et co',
    );
  });
});

describe('identifiers', () => {
  it('accepts RNA ids of Corsican prefectures and refuses other shapes', () => {
    expect(normalizeRna('W2A1002345')).toBe('W2A1002345');
    expect(normalizeRna('W12345678')).toBeUndefined();
    expect(normalizeRna('X751234567')).toBeUndefined();
  });

  it('checks the SIREN key', () => {
    expect(normalizeSiren('775672272')).toBe('775672272');
    expect(normalizeSiren('775672273')).toBeUndefined();
    expect(normalizeSiren('7756722720003')).toBeUndefined();
  });
});
