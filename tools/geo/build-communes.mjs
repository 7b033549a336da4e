#!/usr/bin/env node
/**
 * Builds libs/api/geo/data/communes.tsv, the compact commune table shipped with the project,
 * from La Poste's "Base officielle des codes postaux" (laposte_hexasmal.csv).
 *
 *   node tools/geo/build-communes.mjs [path/to/laposte_hexasmal.csv] [path/to/communes.tsv]
 *
 * Defaults: ../shared/data/laposte_hexasmal.csv (next to the repository) and
 * libs/api/geo/data/communes.tsv. The output is deterministic: re-running on the same input
 * gives the same bytes.
 *
 * One row per (INSEE code, postal code); the "Ligne_5" localities are folded into their commune.
 * Columns: insee, postal, name, dept, region, lat, lon (coordinates rounded to 5 decimals, empty
 * when La Poste gives none). Foreign entries (INSEE 99xxx, e.g. Monaco) are left out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const inputPath =
  process.argv[2] ?? resolve(repoRoot, '..', 'shared', 'data', 'laposte_hexasmal.csv');
const outputPath =
  process.argv[3] ?? resolve(repoRoot, 'libs', 'api', 'geo', 'data', 'communes.tsv');

export const ATTRIBUTION =
  'Source : La Poste, Base officielle des codes postaux, data.gouv.fr, Licence Ouverte / Open Licence';

/**
 * INSEE region of each department (regions of 2016). Kept in step with
 * libs/api/geo/src/departments.ts by a test of the geo library.
 */
const REGION_DEPARTMENTS = {
  '01': ['971'],
  '02': ['972'],
  '03': ['973'],
  '04': ['974'],
  '06': ['976'],
  11: ['75', '77', '78', '91', '92', '93', '94', '95'],
  24: ['18', '28', '36', '37', '41', '45'],
  27: ['21', '25', '39', '58', '70', '71', '89', '90'],
  28: ['14', '27', '50', '61', '76'],
  32: ['02', '59', '60', '62', '80'],
  44: ['08', '10', '51', '52', '54', '55', '57', '67', '68', '88'],
  52: ['44', '49', '53', '72', '85'],
  53: ['22', '29', '35', '56'],
  75: ['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87'],
  76: ['09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82'],
  84: ['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74'],
  93: ['04', '05', '06', '13', '83', '84'],
  94: ['2A', '2B'],
};
const regionOfDepartment = new Map(
  Object.entries(REGION_DEPARTMENTS).flatMap(([region, departments]) =>
    departments.map((d) => [d, region]),
  ),
);

export function departmentOfInsee(insee) {
  return insee.startsWith('97') || insee.startsWith('98') ? insee.slice(0, 3) : insee.slice(0, 2);
}

// --- Restoring French case -------------------------------------------------------------------

/** Words written in lower case inside a commune name. */
const PARTICLES = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'sur',
  'sous',
  'en',
  'et',
  'aux',
  'au',
  'lez',
  'di',
]);
/** Leading articles, kept apart from the rest of the name by a space ("La Haye-Pesnel"). */
const ARTICLES = new Set(['LE', 'LA', 'LES']);
/** Frequent words whose accents can be restored without ambiguity. */
const ACCENTED = {
  A: 'à',
  ABBE: 'Abbé',
  ANDRE: 'André',
  ANGOULEME: 'Angoulême',
  BENOIT: 'Benoît',
  BESANCON: 'Besançon',
  BEZIERS: 'Béziers',
  BRUYERES: 'Bruyères',
  CHALONS: 'Châlons',
  CHATEAU: 'Château',
  CHATEAUX: 'Châteaux',
  CHENE: 'Chêne',
  CLEMENT: 'Clément',
  COTE: 'Côte',
  COTES: 'Côtes',
  CRETEIL: 'Créteil',
  EGLISE: 'Église',
  EMILION: 'Émilion',
  EPINAL: 'Épinal',
  EPINE: 'Épine',
  ETANG: 'Étang',
  ETANGS: 'Étangs',
  ETIENNE: 'Étienne',
  EVEQUE: 'Évêque',
  EVREUX: 'Évreux',
  EVRY: 'Évry',
  FERTE: 'Ferté',
  FORET: 'Forêt',
  FREJUS: 'Fréjus',
  GENEVIEVE: 'Geneviève',
  GUERET: 'Guéret',
  HELENE: 'Hélène',
  ILE: 'Île',
  ILES: 'Îles',
  LEGER: 'Léger',
  MACON: 'Mâcon',
  MEDARD: 'Médard',
  MERIGNAC: 'Mérignac',
  NIMES: 'Nîmes',
  NOUMEA: 'Nouméa',
  ORLEANS: 'Orléans',
  PERIGUEUX: 'Périgueux',
  PRE: 'Pré',
  REMY: 'Rémy',
  RENE: 'René',
  REUNION: 'Réunion',
  RIVIERE: 'Rivière',
  RIVIERES: 'Rivières',
  SEBASTIEN: 'Sébastien',
  SETE: 'Sète',
  SEVERIN: 'Séverin',
  VALERY: 'Valéry',
  VALLEE: 'Vallée',
  VENISSIEUX: 'Vénissieux',
  VERAN: 'Véran',
};
const EXPANDED = { ST: 'Saint', STE: 'Sainte', STS: 'Saints', STES: 'Saintes' };

function capitalize(word) {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

function caseWord(word, first) {
  const expanded = EXPANDED[word];
  if (expanded) return expanded;
  const accented = ACCENTED[word];
  const lower = (accented ?? word).toLowerCase();
  if (!first && PARTICLES.has(lower)) return lower;
  if (!first && word === 'A') return 'à';
  return accented ? capitalize(accented) : capitalize(word);
}

/**
 * "LA HAYE PESNEL" → "La Haye-Pesnel", "ST MARTIN D ABLOIS" → "Saint-Martin-d'Ablois",
 * "LYON 03" → "Lyon 3e Arrondissement". Polynesian and Caledonian names keep their spaces.
 */
export function frenchCase(upper, insee) {
  const arrondissement = /^(PARIS|LYON|MARSEILLE) (\d{2})$/.exec(upper);
  if (arrondissement) {
    const n = Number(arrondissement[2]);
    return `${capitalize(arrondissement[1])} ${n}${n === 1 ? 'er' : 'e'} Arrondissement`;
  }
  const words = upper.trim().split(/\s+/);
  const pacific = insee.startsWith('98');
  const elisions = insee.startsWith('976') ? new Set(['L', 'D', 'M']) : new Set(['L', 'D']);
  const parts = [];
  let separator = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const first = i === 0;
    const next = words[i + 1];
    if (elisions.has(word) && next !== undefined) {
      // L ABERGEMENT → L'Abergement ; VILLENEUVE D ASCQ → Villeneuve-d'Ascq
      const elided = first ? word : word.toLowerCase();
      parts.push(separator, elided, "'", caseWord(next, true));
      i++;
    } else {
      parts.push(separator, caseWord(word, first));
    }
    separator = pacific || (first && ARTICLES.has(word)) ? ' ' : '-';
  }
  return parts.join('');
}

// --- Build -----------------------------------------------------------------------------------

function formatCoordinate(value) {
  return String(Number(value.toFixed(5)));
}

function build() {
  const text = readFileSync(inputPath, 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  const rows = new Map();
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    const [insee, name, postal, , , gps] = line.split(';');
    if (!insee || !name || !postal || insee.startsWith('99')) continue;
    const key = `${insee}\t${postal}`;
    const existing = rows.get(key);
    let lat = '';
    let lon = '';
    if (gps && gps.includes(',')) {
      const [rawLat, rawLon] = gps.split(',').map(Number);
      if (Number.isFinite(rawLat) && Number.isFinite(rawLon)) {
        lat = formatCoordinate(rawLat);
        lon = formatCoordinate(rawLon);
      }
    }
    if (existing && existing.lat) continue;
    const dept = departmentOfInsee(insee);
    rows.set(key, {
      insee,
      postal,
      name: frenchCase(name, insee),
      dept,
      region: regionOfDepartment.get(dept) ?? '',
      lat,
      lon,
    });
  }
  const sorted = [...rows.values()].sort((a, b) =>
    a.insee === b.insee ? a.postal.localeCompare(b.postal) : a.insee.localeCompare(b.insee),
  );
  const out = [
    `# ${ATTRIBUTION}`,
    '# Generated by tools/geo/build-communes.mjs: one row per (INSEE code, postal code); coordinates are commune centroids.',
    'insee\tpostal\tname\tdept\tregion\tlat\tlon',
    ...sorted.map((r) => [r.insee, r.postal, r.name, r.dept, r.region, r.lat, r.lon].join('\t')),
    '',
  ].join('\n');
  writeFileSync(outputPath, out);
  const communes = new Set(sorted.map((r) => r.insee)).size;
  const withoutPoint = sorted.filter((r) => !r.lat).length;
  process.stdout.write(
    `${outputPath}: ${sorted.length} rows, ${communes} communes, ${withoutPoint} rows without coordinates, ${Buffer.byteLength(out)} bytes\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  build();
}
