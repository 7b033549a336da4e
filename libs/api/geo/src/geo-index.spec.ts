import { readFileSync } from 'node:fs';
import {
  communeByInsee,
  communesByPostalCode,
  createGeoIndex,
  defaultCommunesPath,
  departmentOfPostalCode,
  isInFrance,
  loadGeoIndex,
  readGeoIndex,
  regionOfDepartment,
  searchCommunes,
} from './index';

describe('loadGeoIndex', () => {
  it('loads the shipped table of about 35,000 communes quickly and once', () => {
    const started = performance.now();
    const fresh = readGeoIndex(defaultCommunesPath());
    const elapsed = performance.now() - started;
    expect(fresh.size).toBeGreaterThan(35_000);
    // The target is < 300 ms; the bound is loose because test machines are shared.
    expect(elapsed).toBeLessThan(1_500);
    expect(loadGeoIndex()).toBe(loadGeoIndex());
  });

  it('ships the attribution of La Poste with the data', () => {
    const head = readFileSync(defaultCommunesPath(), 'utf8').slice(0, 300);
    expect(head).toContain(
      'Source : La Poste, Base officielle des codes postaux, data.gouv.fr, Licence Ouverte / Open Licence',
    );
  });

  it('keeps the region column in step with the department table', () => {
    const index = loadGeoIndex();
    const mismatches: string[] = [];
    for (const line of readFileSync(defaultCommunesPath(), 'utf8').split('\n')) {
      const [insee, , , dept = '', region = ''] = line.split('\t');
      if (!insee || insee.startsWith('#') || insee === 'insee') continue;
      if ((regionOfDepartment(dept) ?? '') !== region) mismatches.push(insee);
      if (index.communeByInsee(insee)?.departmentCode !== dept) mismatches.push(insee);
    }
    expect(mismatches).toEqual([]);
  });

  it('places every commune centroid of the table inside France', () => {
    const outside: string[] = [];
    for (const line of readFileSync(defaultCommunesPath(), 'utf8').split('\n')) {
      const [insee, , name, , , lat, lon] = line.split('\t');
      if (!insee || !lat || !lon || insee === 'insee') continue;
      if (!isInFrance(Number(lat), Number(lon))) outside.push(`${insee} ${name}`);
    }
    expect(outside).toEqual([]);
  });
});

describe('communeByInsee', () => {
  it('finds Lyon 3e Arrondissement with its centroid, department and region', () => {
    expect(communeByInsee('69383')).toEqual({
      inseeCode: '69383',
      name: 'Lyon 3e Arrondissement',
      postalCodes: ['69003'],
      departmentCode: '69',
      regionCode: '84',
      lat: 45.75336,
      lon: 4.86919,
    });
  });

  it('gives the Corsican departments 2A and 2B and the Corsica region', () => {
    expect(communeByInsee('2A004')).toMatchObject({
      name: 'Ajaccio',
      departmentCode: '2A',
      regionCode: '94',
    });
    expect(communeByInsee('2b033')).toMatchObject({
      name: 'Bastia',
      departmentCode: '2B',
      regionCode: '94',
    });
  });

  it('gives overseas communes a three-digit department', () => {
    expect(communeByInsee('97105')).toMatchObject({
      name: 'Basse-Terre',
      departmentCode: '971',
      regionCode: '01',
    });
    expect(communeByInsee('97411')).toMatchObject({
      name: 'Saint-Denis',
      departmentCode: '974',
      regionCode: '04',
    });
  });

  it('keeps communes without coordinates, with no point', () => {
    expect(communeByInsee('98735')).toMatchObject({
      name: 'Papeete',
      departmentCode: '987',
      regionCode: null,
      lat: null,
      lon: null,
    });
  });

  it('restores French case in names', () => {
    expect(communeByInsee('50237')?.name).toBe('La Haye-Pesnel');
    expect(communeByInsee('51002')?.name).toBe("Saint-Martin-d'Ablois");
    expect(communeByInsee('53119')?.name).toBe("L'Huisserie");
    expect(communeByInsee('42218')?.name).toBe('Saint-Étienne');
    expect(communeByInsee('75101')?.name).toBe('Paris 1er Arrondissement');
  });

  it('answers nothing for unknown or malformed codes', () => {
    expect(communeByInsee('99999')).toBeUndefined();
    expect(communeByInsee('Lyon')).toBeUndefined();
  });
});

describe('communesByPostalCode', () => {
  it('lists every commune sharing a postal code', () => {
    const names = communesByPostalCode('01300').map((c) => c.name);
    expect(names.length).toBeGreaterThan(5);
    expect(names).toContain('Belley');
  });

  it('reads a code written with a space or without its leading zero', () => {
    expect(communesByPostalCode('69 003').map((c) => c.inseeCode)).toEqual(['69383']);
    expect(communesByPostalCode('1000').map((c) => c.name)).toContain('Bourg-en-Bresse');
  });

  it('answers an empty list for an unknown code', () => {
    expect(communesByPostalCode('00000')).toEqual([]);
    expect(communesByPostalCode('abc')).toEqual([]);
  });
});

describe('departmentOfPostalCode', () => {
  it('reads the department from the table, including Corsica and the collectivities', () => {
    expect(departmentOfPostalCode('69003')).toBe('69');
    expect(departmentOfPostalCode('20000')).toBe('2A');
    expect(departmentOfPostalCode('20200')).toBe('2B');
    expect(departmentOfPostalCode('97100')).toBe('971');
    expect(departmentOfPostalCode('97133')).toBe('977');
  });

  it('derives the department of a code missing from the table from its digits', () => {
    expect(departmentOfPostalCode('75099')).toBe('75');
    expect(departmentOfPostalCode('20199')).toBe('2A');
    expect(departmentOfPostalCode('97499')).toBe('974');
    expect(departmentOfPostalCode('99999')).toBeUndefined();
    expect(departmentOfPostalCode('7500')).toBe('07');
  });
});

describe('searchCommunes', () => {
  it('finds communes by name prefix regardless of accents, case and abbreviations', () => {
    expect(searchCommunes('saint-ét', 3)[0]?.name).toBe('Saint-Étienne');
    expect(searchCommunes('ST ETIENNE', 3)[0]?.name).toBe('Saint-Étienne');
    expect(searchCommunes('nimes', 1)[0]?.name).toBe('Nîmes');
  });

  it('ranks large communes first', () => {
    expect(searchCommunes('lyon', 3).map((c) => c.name)).toEqual([
      'Lyon 1er Arrondissement',
      'Lyon 2e Arrondissement',
      'Lyon 3e Arrondissement',
    ]);
    expect(searchCommunes('bordeaux', 1)[0]?.postalCodes).toContain('33000');
    expect(searchCommunes('toulo', 1)[0]?.name).toBe('Toulouse');
    expect(searchCommunes('toul', 1)[0]?.name).toBe('Toul'); // an exact name comes first
  });

  it('matches a name without its leading article', () => {
    expect(searchCommunes('havre', 5).map((c) => c.name)).toContain('Le Havre');
  });

  it('finds communes by postal code prefix', () => {
    const found = searchCommunes('6900', 10);
    expect(found.map((c) => c.postalCodes[0])).toEqual([
      '69001',
      '69002',
      '69003',
      '69004',
      '69005',
      '69006',
      '69007',
      '69008',
      '69009',
    ]);
    expect(searchCommunes('20000', 5).map((c) => c.name)).toEqual(['Ajaccio']);
  });

  it('honours the limit and ignores empty queries', () => {
    expect(searchCommunes('saint', 7)).toHaveLength(7);
    expect(searchCommunes('  ', 7)).toEqual([]);
    expect(searchCommunes('-', 7)).toEqual([]);
  });
});

describe(createGeoIndex.name, () => {
  it('builds an index from a small table, for tests of other libraries', () => {
    const index = createGeoIndex(
      [
        '# test',
        'insee\tpostal\tname\tdept\tregion\tlat\tlon',
        "01001\t01400\tL'Abergement-Clémenciat\t01\t84\t46.15343\t4.92611",
        '',
      ].join('\n'),
    );
    expect(index.size).toBe(1);
    expect(index.communesByName('l abergement clemenciat')).toHaveLength(1);
    expect(index.communesByPostalCode('01400')[0]?.lat).toBe(46.15343);
  });
});
