import { startTestApp, type TestApp } from '../testing/test-app';

const COMMUNES = `query ($query: String!, $first: Int) {
  communes(query: $query, first: $first) {
    inseeCode name postalCodes departmentCode departmentName lat lon label
  }
}`;

describe('communes', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(async () => {
    await api?.close();
  });

  const communes = async (query: string, first?: number) => {
    const response = await api.gql(COMMUNES, { query, first });
    expect(response.errors).toBeUndefined();
    return response.data.communes as Array<Record<string, unknown>>;
  };

  it('puts the arrondissements of Lyon first for "lyon"', async () => {
    const found = await communes('lyon');

    expect(found.length).toBeGreaterThanOrEqual(9);
    expect(found.slice(0, 9).map((commune) => commune['name'])).toEqual(
      expect.arrayContaining([
        'Lyon 1er Arrondissement',
        'Lyon 3e Arrondissement',
        'Lyon 9e Arrondissement',
      ]),
    );
    for (const commune of found.slice(0, 9)) {
      expect(commune['name']).toMatch(/^Lyon \d+(er|e) Arrondissement$/);
      expect(commune['departmentCode']).toBe('69');
    }
  });

  it('finds Lyon 3e by its postal code, with what a choice needs', async () => {
    const [first] = await communes('69003');

    expect(first).toEqual({
      inseeCode: '69383',
      name: 'Lyon 3e Arrondissement',
      postalCodes: ['69003'],
      departmentCode: '69',
      departmentName: 'Rhône',
      lat: expect.closeTo(45.7534, 3),
      lon: expect.closeTo(4.8692, 3),
      label: 'Lyon 3e Arrondissement (69003)',
    });
  });

  it('ignores accents, case and hyphens: "saint etienne" finds Saint-Étienne', async () => {
    const [first] = await communes('saint etienne');

    expect(first).toMatchObject({
      inseeCode: '42218',
      name: 'Saint-Étienne',
      departmentCode: '42',
      departmentName: 'Loire',
    });
    expect(first?.['label']).toMatch(/^Saint-Étienne \(42\d{3}\)$/);
    expect((await communes('SAINT-ÉTIENNE'))[0]?.['inseeCode']).toBe('42218');
  });

  it('gives 10 communes by default and at most 20', async () => {
    expect(await communes('sa')).toHaveLength(10);
    expect(await communes('sa', 5)).toHaveLength(5);
    expect(await communes('sa', 500)).toHaveLength(20);
  });

  it('answers nothing for a blank query or an unknown place', async () => {
    expect(await communes('   ')).toEqual([]);
    expect(await communes('zzzzzz')).toEqual([]);
  });

  it('refuses a non-positive first with BAD_USER_INPUT', async () => {
    const response = await api.gql(COMMUNES, { query: 'lyon', first: 0 });

    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('is public: no key needed', async () => {
    const response = await api.gql('{ communes(query: "Paris", first: 1) { label } }');

    expect(response.errors).toBeUndefined();
    expect(response.data.communes[0].label).toMatch(/^Paris /);
  });
});
