/**
 * French departments, overseas collectivities and regions with their INSEE codes (regions of
 * 2016). The region of each department is also written by tools/geo/build-communes.mjs into
 * communes.tsv; a test keeps both in step.
 */

export interface Region {
  readonly code: string;
  readonly name: string;
}

export interface Department {
  readonly code: string;
  readonly name: string;
  /** INSEE region code; null for the overseas collectivities, which belong to no region. */
  readonly regionCode: string | null;
}

export const REGIONS: readonly Region[] = [
  { code: '01', name: 'Guadeloupe' },
  { code: '02', name: 'Martinique' },
  { code: '03', name: 'Guyane' },
  { code: '04', name: 'La Réunion' },
  { code: '06', name: 'Mayotte' },
  { code: '11', name: 'Île-de-France' },
  { code: '24', name: 'Centre-Val de Loire' },
  { code: '27', name: 'Bourgogne-Franche-Comté' },
  { code: '28', name: 'Normandie' },
  { code: '32', name: 'Hauts-de-France' },
  { code: '44', name: 'Grand Est' },
  { code: '52', name: 'Pays de la Loire' },
  { code: '53', name: 'Bretagne' },
  { code: '75', name: 'Nouvelle-Aquitaine' },
  { code: '76', name: 'Occitanie' },
  { code: '84', name: 'Auvergne-Rhône-Alpes' },
  { code: '93', name: "Provence-Alpes-Côte d'Azur" },
  { code: '94', name: 'Corse' },
];

/** [code, name, region] of the 101 departments. */
const DEPARTMENT_ROWS: ReadonlyArray<readonly [string, string, string]> = [
  ['01', 'Ain', '84'],
  ['02', 'Aisne', '32'],
  ['03', 'Allier', '84'],
  ['04', 'Alpes-de-Haute-Provence', '93'],
  ['05', 'Hautes-Alpes', '93'],
  ['06', 'Alpes-Maritimes', '93'],
  ['07', 'Ardèche', '84'],
  ['08', 'Ardennes', '44'],
  ['09', 'Ariège', '76'],
  ['10', 'Aube', '44'],
  ['11', 'Aude', '76'],
  ['12', 'Aveyron', '76'],
  ['13', 'Bouches-du-Rhône', '93'],
  ['14', 'Calvados', '28'],
  ['15', 'Cantal', '84'],
  ['16', 'Charente', '75'],
  ['17', 'Charente-Maritime', '75'],
  ['18', 'Cher', '24'],
  ['19', 'Corrèze', '75'],
  ['2A', 'Corse-du-Sud', '94'],
  ['2B', 'Haute-Corse', '94'],
  ['21', "Côte-d'Or", '27'],
  ['22', "Côtes-d'Armor", '53'],
  ['23', 'Creuse', '75'],
  ['24', 'Dordogne', '75'],
  ['25', 'Doubs', '27'],
  ['26', 'Drôme', '84'],
  ['27', 'Eure', '28'],
  ['28', 'Eure-et-Loir', '24'],
  ['29', 'Finistère', '53'],
  ['30', 'Gard', '76'],
  ['31', 'Haute-Garonne', '76'],
  ['32', 'Gers', '76'],
  ['33', 'Gironde', '75'],
  ['34', 'Hérault', '76'],
  ['35', 'Ille-et-Vilaine', '53'],
  ['36', 'Indre', '24'],
  ['37', 'Indre-et-Loire', '24'],
  ['38', 'Isère', '84'],
  ['39', 'Jura', '27'],
  ['40', 'Landes', '75'],
  ['41', 'Loir-et-Cher', '24'],
  ['42', 'Loire', '84'],
  ['43', 'Haute-Loire', '84'],
  ['44', 'Loire-Atlantique', '52'],
  ['45', 'Loiret', '24'],
  ['46', 'Lot', '76'],
  ['47', 'Lot-et-Garonne', '75'],
  ['48', 'Lozère', '76'],
  ['49', 'Maine-et-Loire', '52'],
  ['50', 'Manche', '28'],
  ['51', 'Marne', '44'],
  ['52', 'Haute-Marne', '44'],
  ['53', 'Mayenne', '52'],
  ['54', 'Meurthe-et-Moselle', '44'],
  ['55', 'Meuse', '44'],
  ['56', 'Morbihan', '53'],
  ['57', 'Moselle', '44'],
  ['58', 'Nièvre', '27'],
  ['59', 'Nord', '32'],
  ['60', 'Oise', '32'],
  ['61', 'Orne', '28'],
  ['62', 'Pas-de-Calais', '32'],
  ['63', 'Puy-de-Dôme', '84'],
  ['64', 'Pyrénées-Atlantiques', '75'],
  ['65', 'Hautes-Pyrénées', '76'],
  ['66', 'Pyrénées-Orientales', '76'],
  ['67', 'Bas-Rhin', '44'],
  ['68', 'Haut-Rhin', '44'],
  ['69', 'Rhône', '84'],
  ['70', 'Haute-Saône', '27'],
  ['71', 'Saône-et-Loire', '27'],
  ['72', 'Sarthe', '52'],
  ['73', 'Savoie', '84'],
  ['74', 'Haute-Savoie', '84'],
  ['75', 'Paris', '11'],
  ['76', 'Seine-Maritime', '28'],
  ['77', 'Seine-et-Marne', '11'],
  ['78', 'Yvelines', '11'],
  ['79', 'Deux-Sèvres', '75'],
  ['80', 'Somme', '32'],
  ['81', 'Tarn', '76'],
  ['82', 'Tarn-et-Garonne', '76'],
  ['83', 'Var', '93'],
  ['84', 'Vaucluse', '93'],
  ['85', 'Vendée', '52'],
  ['86', 'Vienne', '75'],
  ['87', 'Haute-Vienne', '75'],
  ['88', 'Vosges', '44'],
  ['89', 'Yonne', '27'],
  ['90', 'Territoire de Belfort', '27'],
  ['91', 'Essonne', '11'],
  ['92', 'Hauts-de-Seine', '11'],
  ['93', 'Seine-Saint-Denis', '11'],
  ['94', 'Val-de-Marne', '11'],
  ['95', "Val-d'Oise", '11'],
  ['971', 'Guadeloupe', '01'],
  ['972', 'Martinique', '02'],
  ['973', 'Guyane', '03'],
  ['974', 'La Réunion', '04'],
  ['976', 'Mayotte', '06'],
];

export const DEPARTMENTS: readonly Department[] = DEPARTMENT_ROWS.map(
  ([code, name, regionCode]) => ({
    code,
    name,
    regionCode,
  }),
);

/** Overseas collectivities (COM) and New Caledonia: INSEE codes used like department codes. */
export const OVERSEAS_COLLECTIVITIES: readonly Department[] = [
  { code: '975', name: 'Saint-Pierre-et-Miquelon', regionCode: null },
  { code: '977', name: 'Saint-Barthélemy', regionCode: null },
  { code: '978', name: 'Saint-Martin', regionCode: null },
  { code: '986', name: 'Wallis-et-Futuna', regionCode: null },
  { code: '987', name: 'Polynésie française', regionCode: null },
  { code: '988', name: 'Nouvelle-Calédonie', regionCode: null },
  { code: '989', name: 'Île de Clipperton', regionCode: null },
];

const byCode: ReadonlyMap<string, Department> = new Map(
  [...DEPARTMENTS, ...OVERSEAS_COLLECTIVITIES].map((d) => [d.code, d]),
);
const regionsByCode: ReadonlyMap<string, Region> = new Map(REGIONS.map((r) => [r.code, r]));

/** A department or overseas collectivity by INSEE code (`75`, `2A`, `971`, `987`). */
export function departmentByCode(code: string): Department | undefined {
  return byCode.get(code);
}

export function regionByCode(code: string): Region | undefined {
  return regionsByCode.get(code);
}

export function regionOfDepartment(departmentCode: string): string | null {
  return byCode.get(departmentCode)?.regionCode ?? null;
}

/** Department code of an INSEE commune code: `2A004` → `2A`, `97105` → `971`, `69383` → `69`. */
export function departmentOfInsee(inseeCode: string): string {
  return inseeCode.startsWith('97') || inseeCode.startsWith('98')
    ? inseeCode.slice(0, 3)
    : inseeCode.slice(0, 2);
}

/**
 * Reads a department code as partners write it: `1` or `01` → `01`, `2a` → `2A`, `971` → `971`.
 * Returns undefined for anything that is not a known department or collectivity (`20`, `99`).
 */
export function normalizeDepartmentCode(
  raw: string | number | null | undefined,
): string | undefined {
  if (raw === null || raw === undefined) return undefined;
  let code = String(raw).trim().toUpperCase();
  if (/^\d$/.test(code)) code = `0${code}`;
  return byCode.has(code) ? code : undefined;
}
