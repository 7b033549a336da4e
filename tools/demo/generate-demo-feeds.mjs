#!/usr/bin/env node
/**
 * Generates the demo feeds loaded by `npm start` through the real ingest pipeline:
 *
 *   libs/api/demo/data/benevolat-ensemble.xml          national exchange format (API Engagement XML)
 *   libs/api/demo/data/entraide-locale.json            a partner's own JSON, plus its field mapping
 *   libs/api/demo/data/entraide-locale.mapping.json
 *   libs/api/demo/data/mairies-solidaires.csv          a partner's own CSV (`;`), plus its field mapping
 *   libs/api/demo/data/mairies-solidaires.mapping.json
 *   libs/api/demo/data/README.md                       what the files are, and the cross-partner duplicates
 *
 *   node tools/demo/generate-demo-feeds.mjs [output directory]
 *
 * Plain Node, no dependency. Everything is invented (organizations, missions, people, streets
 * numbers); only the communes are real: name, postal code, INSEE code and centroid taken from
 * La Poste's "Base officielle des codes postaux" (data.gouv.fr, Licence Ouverte). A seeded PRNG
 * makes the output identical on every run: re-running gives the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = process.argv[2]
  ? resolve(process.argv[2])
  : join(repoRoot, 'libs', 'api', 'demo', 'data');

// --- Seeded randomness ---------------------------------------------------------------------------

/** mulberry32: small, fast, good enough for demo data, and identical on every platform. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let rand = prng(1);
const useStream = (seed) => {
  rand = prng(seed);
};
const int = (min, max) => min + Math.floor(rand() * (max - min + 1));
const chance = (p) => rand() < p;
const pick = (list) => list[Math.floor(rand() * list.length)];
function shuffle(list) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
/** `count` items of `list`, always the first one, the others at random, in their original order. */
function keepInOrder(list, count) {
  const rest = shuffle(list.slice(1).map((_, i) => i + 1)).slice(0, Math.max(0, count - 1));
  return [0, ...rest.sort((a, b) => a - b)].map((i) => list[i]);
}
function pickSome(list, min, max) {
  return shuffle(list).slice(0, Math.min(list.length, int(min, max)));
}

// --- Real communes ---------------------------------------------------------------------------------
// key | INSEE | postal code | name as partners write it | department | lat | lon (La Poste centroid)
// | some real neighbourhoods | the river, "de la Garonne" (empty when none fits)

const COMMUNE_ROWS = `
paris11|75111|75011|Paris|75|48.85942|2.37874|Folie-Méricourt,Roquette,Sainte-Marguerite|du canal Saint-Martin
paris13|75113|75013|Paris|75|48.82872|2.36247|Olympiades,Maison-Blanche,Butte-aux-Cailles|de la Seine
paris18|75118|75018|Paris|75|48.89274|2.34871|Goutte d'Or,La Chapelle,Clignancourt|
paris20|75120|75020|Paris|75|48.86319|2.40082|Belleville,Saint-Blaise,Les Amandiers|
saintdenis93|93066|93200|Saint-Denis|93|48.92957|2.35924|Franc-Moisin,Floréal,Pleyel|du canal Saint-Denis
montreuil|93048|93100|Montreuil|93|48.86332|2.44816|Bas-Montreuil,La Boissière,Les Ruffins|
creteil|94028|94000|Créteil|94|48.78374|2.45464|Mont-Mesly,Le Palais,Les Bleuets|de la Marne
versailles|78646|78000|Versailles|78|48.80257|2.11789|Saint-Louis,Chantiers,Jussieu|
nanterre|92050|92000|Nanterre|92|48.89607|2.20671|Petit-Nanterre,Université,Parc Sud|de la Seine
argenteuil|95018|95100|Argenteuil|95|48.95113|2.24104|Val-d'Argent,Orgemont|de la Seine
evry|91228|91000|Évry-Courcouronnes|91|48.62948|2.44008|Les Pyramides,Bois-Sauvage|de la Seine
lyon1|69381|69001|Lyon|69|45.76993|4.82922|Pentes de la Croix-Rousse,Terreaux|de la Saône
lyon4|69384|69004|Lyon|69|45.77869|4.82396|Croix-Rousse,Serin|de la Saône
lyon7|69387|69007|Lyon|69|45.73341|4.83758|Guillotière,Gerland|du Rhône
lyon8|69388|69008|Lyon|69|45.7342|4.86936|États-Unis,Mermoz,Monplaisir|
villeurbanne|69266|69100|Villeurbanne|69|45.77077|4.88846|Gratte-Ciel,Tonkin,Saint-Jean|du canal de Jonage
venissieux|69259|69200|Vénissieux|69|45.70377|4.88138|Minguettes,Parilly|
grenoble1|38185|38000|Grenoble|38|45.18212|5.72133|Très-Cloîtres,Championnet|de l'Isère
grenoble2|38185|38100|Grenoble|38|45.18212|5.72133|Villeneuve,Teisseire|du Drac
saintetienne|42218|42000|Saint-Étienne|42|45.43012|4.37914|Crêt de Roc,Tarentaize,Montreynaud|du Furan
clermont|63113|63000|Clermont-Ferrand|63|45.78565|3.11555|Croix-de-Neyrat,Saint-Jacques|
annecy|74010|74000|Annecy|74|45.89064|6.12552|Novel,Vieille Ville|du Thiou
marseille1|13201|13001|Marseille|13|43.2999|5.38228|Noailles,Belsunce|
marseille3|13203|13003|Marseille|13|43.31212|5.38011|Belle de Mai,Saint-Mauront|
marseille5|13205|13005|Marseille|13|43.29281|5.39758|Baille,Le Camas|de l'Huveaune
marseille15|13215|13015|Marseille|13|43.35879|5.36341|La Cabucelle,Saint-Louis,La Savine|
aix|13001|13100|Aix-en-Provence|13|43.53607|5.39857|Jas de Bouffan,Encagnane|de l'Arc
nice1|06088|06000|Nice|06|43.712|7.23827|Vieux-Nice,Saint-Roch|du Paillon
nice3|06088|06300|Nice|06|43.712|7.23827|L'Ariane,Le Port|du Paillon
toulon|83137|83000|Toulon|83|43.13616|5.9324|Le Mourillon,Pont-du-Las|
avignon|84007|84000|Avignon|84|43.93524|4.84072|Monclar,Saint-Chamand|du Rhône
lille1|59350|59000|Lille|59|50.63172|3.04783|Wazemmes,Moulins,Vieux-Lille|de la Deûle
lille8|59350|59800|Lille|59|50.63172|3.04783|Fives,Saint-Maurice Pellevoisin|de la Deûle
roubaix|59512|59100|Roubaix|59|50.68798|3.18258|L'Alma,Épeule,Le Pile|du canal de Roubaix
tourcoing|59599|59200|Tourcoing|59|50.72544|3.15883|La Bourgogne,Le Virolois|
amiens|80021|80000|Amiens|80|49.90095|2.29007|Étouvie,Saint-Leu|de la Somme
dunkerque|59183|59140|Dunkerque|59|51.03072|2.33752|Petite-Synthe,Rosendaël|
lens|62498|62300|Lens|62|50.43743|2.82106|Cité 12,Grande Résidence|de la Souchez
toulouse1|31555|31000|Toulouse|31|43.59638|1.43167|Carmes,Saint-Georges,Capitole|de la Garonne
toulouse2|31555|31100|Toulouse|31|43.59638|1.43167|Mirail,Bagatelle,Bellefontaine|de la Garonne
toulouse3|31555|31300|Toulouse|31|43.59638|1.43167|Saint-Cyprien,Purpan|de la Garonne
montpellier|34172|34000|Montpellier|34|43.61344|3.86852|Écusson,Figuerolles|du Lez
nimes|30189|30000|Nîmes|30|43.84494|4.34807|Pissevin,Valdegour|
perpignan|66136|66000|Perpignan|66|42.6966|2.89937|Saint-Jacques,Le Vernet|de la Têt
albi|81004|81000|Albi|81|43.92582|2.14686|Cantepau,La Madeleine|du Tarn
bordeaux1|33063|33000|Bordeaux|33|44.85724|-0.5737|Saint-Pierre,Chartrons,Mériadeck|de la Garonne
bordeaux2|33063|33100|Bordeaux|33|44.85724|-0.5737|La Bastide,Benauge|de la Garonne
bordeaux8|33063|33800|Bordeaux|33|44.85724|-0.5737|Saint-Michel,Capucins,Nansouty|de la Garonne
merignac|33281|33700|Mérignac|33|44.8323|-0.68173|Beaudésert,Capeyron|
pessac|33318|33600|Pessac|33|44.7916|-0.6763|Saige,L'Alouette|du Peugue
limoges|87085|87000|Limoges|87|45.85425|1.24876|Beaubreuil,Val de l'Aurence|de la Vienne
poitiers|86194|86000|Poitiers|86|46.58392|0.35995|Couronneries,Trois-Cités|du Clain
larochelle|17300|17000|La Rochelle|17|46.16206|-1.17466|Mireuil,Villeneuve-les-Salines|
pau|64445|64000|Pau|64|43.32002|-0.35034|Ousse-des-Bois,Saragosse|du gave de Pau
rennes1|35238|35000|Rennes|35|48.11198|-1.68186|Villejean,Bourg-l'Évêque,Centre|de la Vilaine
rennes2|35238|35200|Rennes|35|48.11198|-1.68186|Le Blosne,Bréquigny|de la Vilaine
rennes7|35238|35700|Rennes|35|48.11198|-1.68186|Maurepas,Patton|de l'Ille
brest|29019|29200|Brest|29|48.4005|-4.50279|Recouvrance,Pontanézen,Bellevue|de la Penfeld
quimper|29232|29000|Quimper|29|47.99714|-4.09112|Kermoysan,Penhars|de l'Odet
lorient|56121|56100|Lorient|56|47.75005|-3.37823|Bois du Château,Kervénanec|du Scorff
saintbrieuc|22278|22000|Saint-Brieuc|22|48.51498|-2.76155|Croix-Saint-Lambert,Ginglin|du Gouët
vannes|56260|56000|Vannes|56|47.65975|-2.75714|Ménimur,Kercado|
strasbourg1|67482|67000|Strasbourg|67|48.57127|7.76753|Krutenau,Gare,Esplanade|de l'Ill
strasbourg2|67482|67100|Strasbourg|67|48.57127|7.76753|Neudorf,Meinau,Neuhof|du Rhin tortu
strasbourg3|67482|67200|Strasbourg|67|48.57127|7.76753|Hautepierre,Cronenbourg,Elsau|de l'Ill
mulhouse|68224|68100|Mulhouse|68|47.74916|7.3257|Coteaux,Drouot,Bourtzwiller|de l'Ill
colmar|68066|68000|Colmar|68|48.10994|7.38469|Europe,Saint-Joseph|de la Lauch
metz|57463|57000|Metz|57|49.10811|6.19552|Borny,Sablon|de la Moselle
nancy|54395|54000|Nancy|54|48.6902|6.17588|Plateau de Haye,Trois-Maisons|de la Meurthe
reims|51454|51100|Reims|51|49.25149|4.04023|Orgeval,Wilson,Europe|de la Vesle
nantes|44109|44000|Nantes|44|47.23164|-1.54831|Bouffay,Malakoff|de la Loire
stdenisre1|97411|97400|Saint-Denis|974|-20.93297|55.44687|Bas de la Rivière,Centre-ville|de la rivière Saint-Denis
stdenisre2|97411|97490|Saint-Denis|974|-20.93297|55.44687|Le Chaudron,Moufia,Sainte-Clotilde|
saintpierre|97416|97410|Saint-Pierre|974|-21.31232|55.49362|Ravine Blanche,Terre Sainte|
leport|97407|97420|Le Port|974|-20.94489|55.30533|Rivière des Galets,Centre-ville|de la rivière des Galets
saintpaul|97415|97460|Saint-Paul|974|-21.04453|55.32233|Bellemène,Plateau Caillou|de l'étang de Saint-Paul
`;

const DEPARTMENTS = {
  75: ['Paris', 'Île-de-France'],
  78: ['Yvelines', 'Île-de-France'],
  91: ['Essonne', 'Île-de-France'],
  92: ['Hauts-de-Seine', 'Île-de-France'],
  93: ['Seine-Saint-Denis', 'Île-de-France'],
  94: ['Val-de-Marne', 'Île-de-France'],
  95: ["Val-d'Oise", 'Île-de-France'],
  69: ['Rhône', 'Auvergne-Rhône-Alpes'],
  38: ['Isère', 'Auvergne-Rhône-Alpes'],
  42: ['Loire', 'Auvergne-Rhône-Alpes'],
  63: ['Puy-de-Dôme', 'Auvergne-Rhône-Alpes'],
  74: ['Haute-Savoie', 'Auvergne-Rhône-Alpes'],
  13: ['Bouches-du-Rhône', "Provence-Alpes-Côte d'Azur"],
  '06': ['Alpes-Maritimes', "Provence-Alpes-Côte d'Azur"],
  83: ['Var', "Provence-Alpes-Côte d'Azur"],
  84: ['Vaucluse', "Provence-Alpes-Côte d'Azur"],
  59: ['Nord', 'Hauts-de-France'],
  62: ['Pas-de-Calais', 'Hauts-de-France'],
  80: ['Somme', 'Hauts-de-France'],
  31: ['Haute-Garonne', 'Occitanie'],
  34: ['Hérault', 'Occitanie'],
  30: ['Gard', 'Occitanie'],
  66: ['Pyrénées-Orientales', 'Occitanie'],
  81: ['Tarn', 'Occitanie'],
  33: ['Gironde', 'Nouvelle-Aquitaine'],
  87: ['Haute-Vienne', 'Nouvelle-Aquitaine'],
  86: ['Vienne', 'Nouvelle-Aquitaine'],
  17: ['Charente-Maritime', 'Nouvelle-Aquitaine'],
  64: ['Pyrénées-Atlantiques', 'Nouvelle-Aquitaine'],
  35: ['Ille-et-Vilaine', 'Bretagne'],
  29: ['Finistère', 'Bretagne'],
  56: ['Morbihan', 'Bretagne'],
  22: ["Côtes-d'Armor", 'Bretagne'],
  67: ['Bas-Rhin', 'Grand Est'],
  68: ['Haut-Rhin', 'Grand Est'],
  57: ['Moselle', 'Grand Est'],
  54: ['Meurthe-et-Moselle', 'Grand Est'],
  51: ['Marne', 'Grand Est'],
  44: ['Loire-Atlantique', 'Pays de la Loire'],
  974: ['La Réunion', 'La Réunion'],
};

const COMMUNES = Object.fromEntries(
  COMMUNE_ROWS.trim()
    .split('\n')
    .map((line) => {
      const [key, insee, postalCode, city, dept, lat, lon, quartiers, riverDe] = line.split('|');
      const [deptName, region] = DEPARTMENTS[dept];
      return [
        key,
        {
          key,
          insee,
          postalCode,
          city,
          dept,
          deptName,
          region,
          lat: Number(lat),
          lon: Number(lon),
          quartiers: quartiers.split(','),
          riverDe: riverDe || undefined,
        },
      ];
    }),
);

const STREETS = [
  'rue Jean Jaurès',
  'avenue de la République',
  'rue Victor Hugo',
  'place de la Mairie',
  'rue Louis Pasteur',
  'boulevard Gambetta',
  'rue de la Paix',
  'rue du Moulin',
  'allée des Tilleuls',
  'rue des Écoles',
  'rue Émile Zola',
  'avenue Jean Moulin',
  'rue du Général de Gaulle',
  'rue de la Gare',
  'rue Voltaire',
  'rue Anatole France',
  'rue Paul Bert',
  'place du Marché',
  'rue Jules Ferry',
  'rue Pierre Curie',
  'avenue Aristide Briand',
  'rue Condorcet',
  'rue de la Liberté',
  'rue Lucie Aubrac',
  'rue Simone Veil',
  'allée des Peupliers',
  'rue des Jardins',
  'rue de l’Église',
];

function street() {
  const n = int(1, 140);
  return `${n}${chance(0.08) ? ' bis' : ''} ${pick(STREETS)}`;
}

/** A point near the commune centroid, as a street address would give. */
function nearPoint(commune, spread = 1) {
  const lat = commune.lat + (rand() - 0.5) * 0.02 * spread;
  const lon = commune.lon + (rand() - 0.5) * 0.028 * spread;
  return { lat: Number(lat.toFixed(6)), lon: Number(lon.toFixed(6)) };
}

// --- Identifiers -----------------------------------------------------------------------------------

function digits(n) {
  let s = '';
  for (let i = 0; i < n; i++) s += String(int(0, 9));
  return s;
}

/** RNA id: `W` + 9 digits, the first ones being the department's, as in real ids. */
function rna(dept) {
  const prefix = dept.length === 3 ? dept : dept.padStart(2, '0');
  return `W${prefix}${digits(9 - prefix.length)}`;
}

/** A SIREN (9 digits) with a valid Luhn key, starting with `prefix`. */
function siren(prefix) {
  const body = prefix + digits(8 - prefix.length);
  for (let key = 0; key <= 9; key++) {
    const candidate = body + key;
    let sum = 0;
    for (let i = 0; i < 9; i++) {
      let d = Number(candidate[8 - i]);
      if (i % 2 === 1) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

function slugify(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

// --- Dates -------------------------------------------------------------------------------------------

const DAY = 86_400_000;
const day = (y, m, d) => Date.UTC(y, m - 1, d) / DAY;
const iso = (n) => new Date(n * DAY).toISOString().slice(0, 10);
const fr = (n) => iso(n).split('-').reverse().join('/');

/** start in Dec 2026 – Jun 2027, end after it, posted in 2026 before the start. */
function missionDates({ openEnded = 0 } = {}) {
  const start = int(day(2026, 12, 1), day(2027, 6, 30));
  const end = chance(openEnded)
    ? undefined
    : start + pick([14, 21, 30, 45, 60, 90, 120, 150, 180, 240]);
  const posted = int(day(2026, 3, 1), Math.min(day(2026, 11, 30), start - 10));
  return { start, end, posted };
}

// --- Text helpers ------------------------------------------------------------------------------------

function fill(text, ctx) {
  return text.replace(/\{(\w+)\}/g, (_, name) => {
    const value = ctx[name];
    if (value === undefined) throw new Error(`no value for {${name}} in "${text}"`);
    return String(value);
  });
}

/**
 * Texts of a template may start with tags (`#v `, `#j #r `) that tie a title to the intro, tasks
 * and profile lines written for it; untagged lines fit every title of the template.
 */
const TAGS = /^((?:#\w+ )+)/;
function tagsOf(text) {
  const m = TAGS.exec(text);
  return m ? m[1].trim().split(' ') : [];
}
const untag = (text) => text.replace(TAGS, '');
function withTags(texts, tags) {
  if (tags.length === 0) return texts.map(untag);
  return texts
    .filter((t) => tagsOf(t).length === 0 || tagsOf(t).some((x) => tags.includes(x)))
    .map(untag);
}

/** The variants of `texts` whose placeholders `ctx` can fill. */
function usable(texts, ctx) {
  const ok = texts.filter((t) =>
    [...t.matchAll(/\{(\w+)\}/g)].every(([, name]) => ctx[name] !== undefined),
  );
  if (ok.length === 0) throw new Error(`no usable variant among ${JSON.stringify(texts)}`);
  return ok;
}

const lcFirst = (s) => s.charAt(0).toLowerCase() + s.slice(1);
const ucFirst = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Ville de Rennes" → "la ville de Rennes", "CCAS de Nîmes" → "le CCAS de Nîmes", to write it inside a sentence. */
function inSentence(authorityName) {
  if (authorityName.startsWith('CCAS')) return `le ${authorityName}`;
  return `la ${lcFirst(authorityName)}`;
}

function context(org, commune) {
  return {
    org: org.name,
    city: commune.city,
    q: pick(commune.quartiers),
    riverDe: commune.riverDe,
    n: pick([25, 30, 40, 45, 60, 80, 120, 150, 200, 250, 300]),
  };
}

// --- Mission templates (national format and municipal) ---------------------------------------------------
// remote: 'no' on site only, 'possible' on site or partly remote, 'full' can be done entirely remotely;
// remoteFull: a 'possible' mission that may also be published as fully remote.

const MISSIONS = [
  // solidarite-insertion
  {
    domain: 'solidarite-insertion',
    activities: ['distribution', 'collecte-de-produits', 'accueil-de-public'],
    titles: [
      'Distribution alimentaire aux familles du quartier {q}',
      'Distribution de colis alimentaires à {city}',
      'Renfort pour la distribution alimentaire du samedi',
      'Bénévoles pour l’aide alimentaire du quartier {q}',
    ],
    intro: [
      '{org} distribue chaque semaine des colis alimentaires à près de {n} familles de {city}.',
      'Depuis la hausse des prix, {org} accueille de plus en plus de familles à sa distribution alimentaire du quartier {q}.',
    ],
    tasks: [
      'Réceptionner et ranger les denrées livrées par la banque alimentaire',
      'Préparer les colis selon la composition des familles',
      'Accueillir les bénéficiaires et vérifier les inscriptions',
      'Remettre les colis dans la bonne humeur',
      'Nettoyer et ranger le local après la distribution',
    ],
    profile: [
      'Aucune compétence particulière n’est demandée : ponctualité et sens du contact suffisent.',
      'Vous aimez le travail en équipe et pouvez porter des cartons.',
    ],
    schedule: [
      'Le samedi matin de 9 h à 12 h',
      'Le mercredi de 14 h à 18 h',
      '1 demi-journée par semaine',
    ],
    places: [3, 12],
    minors: 0.5,
    remote: 'no',
    tags: 'aide alimentaire,solidarité,précarité',
  },
  {
    domain: 'solidarite-insertion',
    activities: ['secours-aide', 'ecoute-permanence', 'distribution'],
    titles: [
      'Maraude auprès des personnes sans-abri',
      'Maraude du soir dans le quartier {q}',
      'Bénévoles pour les maraudes hivernales à {city}',
    ],
    intro: [
      'Chaque soir de la semaine, les équipes de {org} vont à la rencontre des personnes qui dorment dans la rue à {city}.',
      '{org} renforce ses maraudes pendant l’hiver pour aller au-devant des personnes sans-abri du quartier {q}.',
    ],
    tasks: [
      'Distribuer boissons chaudes, repas et duvets',
      'Prendre le temps d’échanger et d’écouter',
      'Orienter vers les accueils de jour et le 115',
      'Signaler les situations d’urgence à l’équipe de coordination',
    ],
    profile: [
      'Une formation de deux heures est proposée avant la première sortie.',
      'Vous êtes majeur, à l’écoute et disponible au moins un soir tous les quinze jours.',
    ],
    schedule: ['Un soir par semaine de 19 h 30 à 23 h', 'Un soir tous les quinze jours'],
    places: [4, 15],
    minors: 0,
    remote: 'no',
    tags: 'maraude,sans-abri,hiver',
  },
  {
    domain: 'solidarite-insertion',
    activities: ['taches-administratives', 'soutien-accompagnement', 'mediation-information'],
    titles: [
      'Soutien administratif aux familles',
      'Aide aux démarches administratives des familles',
      'Permanence d’aide aux démarches en ligne',
    ],
    intro: [
      'Caisse d’allocations familiales, sécurité sociale, logement : beaucoup de familles suivies par {org} se perdent dans les démarches.',
      '{org} tient une permanence d’aide aux démarches pour les habitants du quartier {q}.',
    ],
    tasks: [
      'Aider à remplir les dossiers et à rassembler les justificatifs',
      'Expliquer les courriers reçus',
      'Accompagner la création des comptes en ligne',
      'Orienter vers les bons interlocuteurs',
    ],
    profile: [
      'Vous êtes à l’aise avec l’administration et respectez la confidentialité.',
      'Patience et pédagogie sont vos meilleurs atouts.',
    ],
    schedule: ['Le mardi de 14 h à 17 h', '2 heures par semaine', 'Le jeudi matin'],
    places: [1, 4],
    minors: 0,
    remote: 'possible',
    tags: 'accès aux droits,démarches',
  },
  {
    domain: 'solidarite-insertion',
    activities: ['accueil-de-public', 'distribution', 'logistique'],
    titles: [
      'Accueil des clients de l’épicerie solidaire',
      'Tenue de caisse à l’épicerie solidaire {q}',
      'Mise en rayon à l’épicerie solidaire',
    ],
    intro: [
      'L’épicerie solidaire de {org} propose des produits à 10 % de leur prix à des familles orientées par les travailleurs sociaux.',
      '{org} gère une épicerie solidaire dans le quartier {q} et cherche des bénévoles pour l’ouvrir plus souvent.',
    ],
    tasks: [
      'Accueillir les familles et présenter le fonctionnement',
      'Mettre en rayon et vérifier les dates de consommation',
      'Tenir la caisse',
      'Participer aux ateliers cuisine du vendredi',
    ],
    profile: [
      'Vous avez le sens de l’accueil et de la discrétion.',
      'Débutants bienvenus : un binôme vous forme.',
    ],
    schedule: ['Le vendredi de 14 h à 18 h', '1 demi-journée par semaine'],
    places: [2, 6],
    minors: 0.3,
    remote: 'no',
    tags: 'épicerie solidaire,alimentation',
  },
  {
    domain: 'solidarite-insertion',
    activities: ['collecte', 'accueil-de-public', 'distribution'],
    titles: [
      '#v Tri des vêtements au vestiaire solidaire',
      '#v Vestiaire solidaire : tri et accueil',
      '#j Collecte de jouets pour Noël',
    ],
    intro: [
      '{org} récolte des dons de vêtements et de jouets qu’elle redistribue aux familles de {city}.',
      '#v Le vestiaire de {org} déborde de dons et a besoin de bras pour les trier.',
      '#j Pour que chaque enfant ait un cadeau à Noël, {org} collecte des jouets et les offre aux familles du quartier {q}.',
    ],
    tasks: [
      '#v Trier les dons par taille et par saison',
      'Vérifier l’état des jouets et des vêtements',
      '#v Accueillir les familles au vestiaire',
      'Tenir un stand de collecte devant les écoles',
      '#j Emballer les cadeaux',
      '#j Participer à la distribution lors de la fête de Noël',
    ],
    profile: [
      'Bonne humeur et sens pratique demandés.',
      'Mission accessible aux jeunes à partir de 16 ans.',
    ],
    schedule: ['Le mercredi après-midi', 'Le samedi de 10 h à 13 h'],
    places: [3, 10],
    minors: 0.8,
    remote: 'no',
    tags: 'vêtements,jouets,Noël',
  },
  // education
  {
    domain: 'education',
    activities: ['soutien-scolaire', 'transmission-pedagogie'],
    titles: [
      'Aide aux devoirs pour collégiens',
      'Accompagnement scolaire des collégiens du quartier {q}',
      'Soutien scolaire en mathématiques (niveau collège)',
      'Aide aux devoirs pour les élèves de primaire',
    ],
    intro: [
      '{org} accueille chaque soir une vingtaine d’élèves du quartier {q} pour les aider à faire leurs devoirs.',
      'Beaucoup de parents ne peuvent pas aider leurs enfants après l’école : {org} propose un accompagnement scolaire gratuit à {city}.',
    ],
    tasks: [
      'Aider un petit groupe d’élèves à faire leurs devoirs',
      'Reprendre les notions mal comprises',
      'Redonner confiance et méthode de travail',
      'Échanger avec les familles et l’équipe',
    ],
    profile: [
      'Pas besoin d’être enseignant : il faut surtout de la patience et de la régularité.',
      'Un engagement sur l’année scolaire est souhaité.',
    ],
    schedule: [
      'Le lundi et le jeudi de 17 h à 18 h 30',
      '1 h 30 par semaine, hors vacances scolaires',
    ],
    places: [2, 8],
    minors: 0.2,
    remote: 'no',
    tags: 'éducation,collège,devoirs',
  },
  {
    domain: 'education',
    activities: ['alphabetisation', 'enseignement-formation'],
    titles: [
      'Cours de français langue étrangère',
      'Ateliers de conversation en français pour adultes',
      'Alphabétisation : cours de français pour adultes',
    ],
    intro: [
      '{org} propose des cours de français à des adultes arrivés récemment en France.',
      'Dans le quartier {q}, {org} anime des ateliers de français pour des parents qui veulent suivre la scolarité de leurs enfants.',
    ],
    tasks: [
      'Animer un atelier de conversation pour 6 à 8 personnes',
      'Préparer des supports simples tirés de la vie quotidienne',
      'Accompagner la préparation du DELF',
    ],
    profile: [
      'Une expérience de l’enseignement est un plus, mais une formation est prévue.',
      'Vous parlez une autre langue ? C’est un atout, sans être nécessaire.',
    ],
    schedule: ['2 heures par semaine', 'Le mardi soir de 18 h à 20 h', 'Le samedi matin'],
    places: [1, 5],
    minors: 0,
    remote: 'no',
    tags: 'FLE,français,alphabétisation',
  },
  {
    domain: 'education',
    activities: ['soutien-scolaire', 'mentorat-parrainage'],
    titles: [
      'Tutorat en ligne pour lycéens',
      'Soutien scolaire à distance en terminale',
      'Mentorat en visio pour des élèves de seconde',
    ],
    intro: [
      '{org} met en relation des lycéens de milieux modestes avec des tuteurs bénévoles qui les suivent toute l’année en visioconférence.',
      'Avec {org}, aidez un lycéen à préparer le baccalauréat et son orientation, depuis chez vous.',
    ],
    tasks: [
      'Suivre un lycéen une heure par semaine en visio',
      'Aider à organiser le travail et à réviser',
      'Parler orientation et études supérieures',
    ],
    profile: [
      'Vous avez au moins un bac+2 et une bonne connexion internet.',
      'Un suivi régulier est proposé par l’équipe pédagogique.',
    ],
    schedule: ['1 heure par semaine, en soirée'],
    places: [5, 20],
    minors: 0,
    remote: 'full',
    tags: 'tutorat,lycée,orientation',
  },
  // numerique
  {
    domain: 'numerique',
    activities: ['informatique', 'transmission-pedagogie', 'lutte-contre-isolement'],
    titles: [
      'Accompagnement numérique des seniors',
      'Initiation à la tablette pour les aînés',
      'Atelier smartphone pour débutants',
      'Aide numérique pour les personnes âgées du quartier {q}',
    ],
    intro: [
      'De nombreux seniors de {city} n’osent pas se servir d’un ordinateur ou d’un téléphone : {org} organise des ateliers pour les accompagner pas à pas.',
      '{org} anime des ateliers numériques pour les aînés du quartier {q}, en petits groupes.',
    ],
    tasks: [
      'Montrer comment envoyer un courriel, une photo, passer un appel vidéo',
      'Expliquer les bons réflexes contre les arnaques',
      'Aider à prendre un rendez-vous médical en ligne',
      'Répondre aux questions avec patience',
    ],
    profile: [
      'Vous êtes à l’aise avec les outils numériques du quotidien.',
      'La patience compte plus que la technique.',
    ],
    schedule: ['Le jeudi de 14 h à 16 h', '2 heures par semaine'],
    places: [2, 6],
    minors: 0.4,
    remote: 'no',
    tags: 'numérique,seniors,inclusion',
  },
  {
    domain: 'numerique',
    activities: ['informatique', 'ecoute-permanence', 'mediation-information'],
    titles: [
      'Assistance téléphonique pour les démarches en ligne',
      'Hotline numérique solidaire à distance',
    ],
    intro: [
      '{org} tient une ligne d’assistance gratuite pour les personnes bloquées dans leurs démarches en ligne.',
      'Avec {org}, aidez par téléphone des personnes qui n’arrivent pas à utiliser les services publics en ligne.',
    ],
    tasks: [
      'Répondre aux appels depuis chez vous, aux horaires de votre choix',
      'Guider pas à pas sur les sites administratifs',
      'Orienter vers un lieu d’accompagnement près de chez la personne',
    ],
    profile: [
      'Une formation en ligne de trois heures est prévue.',
      'Vous disposez d’un ordinateur et d’un téléphone.',
    ],
    schedule: ['3 heures par semaine minimum', 'Créneaux au choix'],
    places: [5, 25],
    minors: 0,
    remote: 'full',
    tags: 'numérique,téléphone,démarches',
  },
  {
    domain: 'numerique',
    activities: ['informatique', 'maintenance-technique', 'activites-manuelles'],
    titles: [
      'Reconditionnement d’ordinateurs pour les familles',
      'Atelier de réparation d’ordinateurs',
    ],
    intro: [
      '{org} récupère des ordinateurs donnés par des entreprises et les remet en état pour des familles et des étudiants.',
      'Chaque année, {org} reconditionne plusieurs centaines d’ordinateurs pour les foyers de {city} qui n’en ont pas.',
    ],
    tasks: [
      'Tester le matériel et remplacer les pièces défectueuses',
      'Installer un système libre et les logiciels utiles',
      'Préparer les ordinateurs pour la remise aux familles',
    ],
    profile: [
      'Des notions de montage ou de Linux sont bienvenues.',
      'Curieux et soigneux, vous serez formé sur place.',
    ],
    schedule: ['Le samedi de 10 h à 17 h', 'Une journée par mois'],
    places: [2, 6],
    minors: 0.5,
    remote: 'no',
    tags: 'réemploi,informatique',
  },
  // vivre-ensemble
  {
    domain: 'vivre-ensemble',
    activities: ['lutte-contre-isolement', 'visites', 'animation'],
    titles: [
      'Visites de convivialité en EHPAD',
      'Visites à domicile de personnes âgées isolées',
      'Rompre l’isolement des aînés du quartier {q}',
    ],
    intro: [
      'Certains résidents n’ont presque jamais de visite : {org} organise des rencontres régulières pour leur tenir compagnie.',
      '{org} met en relation des bénévoles et des personnes âgées isolées de {city} pour des visites hebdomadaires.',
    ],
    tasks: [
      'Rendre visite à une ou deux personnes chaque semaine',
      'Discuter, jouer, se promener',
      'Partager un goûter ou une sortie',
      'Signaler à l’équipe une difficulté éventuelle',
    ],
    profile: [
      'Vous êtes à l’écoute, bienveillant et régulier.',
      'Un temps d’échange entre bénévoles a lieu chaque mois.',
    ],
    schedule: ['1 à 2 heures par semaine', 'Le dimanche après-midi'],
    places: [2, 10],
    minors: 0.3,
    remote: 'no',
    tags: 'isolement,seniors,lien social',
  },
  {
    domain: 'vivre-ensemble',
    activities: ['lutte-contre-isolement', 'ecoute-permanence'],
    titles: [
      'Appels de convivialité aux seniors isolés',
      'Bénévole pour des appels réguliers aux aînés',
    ],
    intro: [
      '{org} appelle chaque semaine des personnes âgées qui vivent seules pour prendre de leurs nouvelles.',
      'Un coup de fil peut changer une journée : {org} recherche des bénévoles pour téléphoner à des aînés isolés.',
    ],
    tasks: [
      'Appeler les mêmes personnes chaque semaine',
      'Échanger sur leur quotidien et leurs envies',
      'Alerter la coordinatrice en cas d’inquiétude',
    ],
    profile: [
      'Mission possible depuis chez vous.',
      'Vous êtes disponible régulièrement pendant au moins six mois.',
    ],
    schedule: ['1 heure par semaine'],
    places: [5, 20],
    minors: 0,
    remote: 'possible',
    tags: 'isolement,téléphone',
    remoteFull: true,
  },
  {
    domain: 'vivre-ensemble',
    activities: ['animation', 'evenementiel', 'accueil-de-public'],
    titles: [
      '#f Organisation de la fête de quartier {q}',
      '#r Animation d’un repas partagé entre voisins',
      '#c Accueil au café associatif',
    ],
    intro: [
      '#c {org} fait vivre un café associatif ouvert à tous les habitants du quartier {q}.',
      '#f Chaque année, la fête de quartier organisée par {org} réunit plusieurs centaines d’habitants de {city}.',
      '#r Une fois par mois, {org} invite les voisins du quartier {q} à un grand repas où chacun apporte un plat.',
    ],
    tasks: [
      'Accueillir les habitants et faire les présentations',
      '#f Animer des jeux pour les enfants',
      '#f #r Installer les tables et la décoration',
      '#c Tenir le comptoir et préparer les boissons',
      '#c Proposer des animations : jeux de société, lectures, tricot',
      'Aider au rangement en fin de journée',
    ],
    profile: [
      '#f #r Vous aimez les rencontres et l’ambiance des fêtes de quartier.',
      '#c Vous aimez les rencontres et savez mettre les gens à l’aise.',
      'Ouvert aux familles.',
    ],
    schedule: ['Ponctuel : un samedi', 'Le vendredi soir'],
    places: [4, 15],
    minors: 0.8,
    remote: 'no',
    tags: 'fête,voisins,convivialité',
  },
  // environnement
  {
    domain: 'environnement',
    activities: ['ramassage-dechets', 'sensibilisation'],
    titles: [
      'Nettoyage des berges {riverDe}',
      'Ramassage de déchets le long {riverDe}',
      'Opération berges propres à {city}',
    ],
    intro: [
      'Plastiques, canettes, mégots : les bords {riverDe} en voient passer beaucoup. {org} organise des ramassages réguliers avec les habitants.',
      '{org} organise une grande matinée de nettoyage des berges avec les habitants de {city}.',
    ],
    tasks: [
      'Ramasser et trier les déchets collectés',
      'Peser et noter les déchets pour l’observatoire local',
      'Sensibiliser les promeneurs',
    ],
    profile: [
      'Gants, pinces et sacs sont fournis.',
      'Prévoir des chaussures adaptées. Mission ouverte aux familles.',
    ],
    schedule: ['Un samedi matin par mois', 'Ponctuel : 3 heures'],
    places: [10, 40],
    minors: 0.9,
    remote: 'no',
    tags: 'environnement,déchets,rivière',
  },
  {
    domain: 'environnement',
    activities: ['jardinage', 'animation', 'transmission-pedagogie'],
    titles: [
      'Entretien du jardin partagé {q}',
      'Jardinage au potager solidaire',
      'Animation d’ateliers compost',
    ],
    intro: [
      '{org} cultive un potager au cœur du quartier {q}, dont une partie des légumes est donnée à l’épicerie solidaire.',
      'Le jardin partagé de {org} accueille des habitants et des écoles toute l’année.',
    ],
    tasks: [
      'Semer, désherber, arroser et récolter',
      'Entretenir le composteur collectif',
      'Accueillir les classes et les habitants',
    ],
    profile: [
      'Aucune connaissance en jardinage n’est demandée.',
      'Vous aimez le travail en plein air.',
    ],
    schedule: ['Le mercredi après-midi', '2 heures par semaine'],
    places: [3, 12],
    minors: 0.8,
    remote: 'no',
    tags: 'jardin,potager,compost',
  },
  {
    domain: 'environnement',
    activities: ['sensibilisation', 'animation-valorisation', 'evenementiel'],
    titles: [
      '#t Sensibilisation au tri des déchets',
      '#t Animation d’un stand zéro déchet',
      '#p Plantation d’arbres en ville',
    ],
    intro: [
      '#t {org} sensibilise les habitants de {city} à la réduction des déchets sur les marchés et dans les écoles.',
      '#p Avec la ville, {org} plante des arbres dans les cours d’école et les squares du quartier {q}.',
    ],
    tasks: [
      '#t Tenir un stand d’information sur les marchés',
      '#t Animer des jeux sur le tri pour les enfants',
      '#t Répondre aux questions sur le compostage',
      '#p Préparer les trous et mettre en terre les jeunes arbres',
      '#p Pailler et arroser les plantations',
      '#p Expliquer le projet aux habitants et aux écoliers',
    ],
    profile: [
      '#t Vous êtes à l’aise pour aller vers le public.',
      '#t Une formation aux bons gestes est prévue.',
      '#p Outils et gants fournis, prévoir des bottes.',
      '#p Aucune connaissance en jardinage n’est demandée.',
    ],
    schedule: ['Le dimanche matin', 'Ponctuel : une demi-journée'],
    places: [2, 10],
    minors: 0.6,
    remote: 'no',
    tags: 'zéro déchet,sensibilisation',
  },
  // sante
  {
    domain: 'sante',
    activities: ['accueil-de-public', 'sante-soins', 'soutien-accompagnement'],
    titles: [
      '#p Accueil des patients à la permanence santé',
      '#h Accompagnement de patients à l’hôpital',
      '#s Accueil et collation lors des collectes de sang',
    ],
    intro: [
      '#p {org} tient une permanence où des médecins bénévoles reçoivent des personnes sans couverture santé.',
      '#h Au CHU de {city}, les bénévoles de {org} accompagnent les patients qui viennent seuls à leurs examens.',
      '#s Lors des collectes de sang de {city}, {org} accueille les donneurs et leur sert une collation.',
    ],
    tasks: [
      'Accueillir et orienter les personnes',
      '#p Tenir le planning des rendez-vous',
      '#s Servir la collation après le don',
      '#s Veiller au bien-être des donneurs',
      '#h #p Accompagner les patients qui se déplacent difficilement',
      '#h Tenir compagnie pendant l’attente',
    ],
    profile: [
      'Aucune compétence médicale n’est demandée.',
      'Vous êtes discret et respectez le secret.',
    ],
    schedule: ['Une demi-journée par semaine', 'Ponctuel : lors des collectes'],
    places: [2, 8],
    minors: 0.2,
    remote: 'no',
    tags: 'santé,accueil',
  },
  {
    domain: 'sante',
    activities: ['ecoute-permanence', 'aide-psychologique'],
    titles: ['Écoute téléphonique pour les aidants', 'Écoutant bénévole pour une ligne de soutien'],
    intro: [
      '{org} propose une ligne d’écoute anonyme pour les proches aidants épuisés.',
      'Les écoutants bénévoles de {org} accueillent la parole de personnes en souffrance, par téléphone.',
    ],
    tasks: [
      'Tenir une permanence d’écoute depuis chez vous',
      'Participer aux groupes d’analyse de la pratique',
      'Orienter si besoin vers les professionnels',
    ],
    profile: [
      'Une formation initiale de 30 heures est assurée.',
      'Vous êtes disponible 4 heures par semaine.',
    ],
    schedule: ['4 heures par semaine'],
    places: [3, 12],
    minors: 0,
    remote: 'full',
    tags: 'écoute,aidants,santé mentale',
  },
  // culture-loisirs
  {
    domain: 'culture-loisirs',
    activities: ['animation', 'transmission-pedagogie', 'art'],
    titles: [
      '#l Lecture aux enfants à la médiathèque',
      '#l Animation d’un club lecture',
      '#a Animation d’ateliers d’arts plastiques',
      '#a Atelier théâtre avec des jeunes',
    ],
    intro: [
      '#l {org} fait découvrir les livres aux enfants du quartier {q}.',
      '#a Chaque mercredi, {org} propose des ateliers artistiques gratuits aux jeunes de {city}.',
    ],
    tasks: [
      '#l Lire des histoires à voix haute',
      '#l Conseiller des lectures et animer les échanges',
      '#a Préparer et animer les ateliers',
      '#a Préparer le spectacle de fin d’année',
      '#l Participer à la fête du livre de fin d’année',
    ],
    profile: [
      '#l Vous aimez les enfants et la lecture.',
      '#a Une pratique artistique est un plus.',
      'Vous êtes disponible au moins deux fois par mois.',
    ],
    schedule: ['Le mercredi de 15 h à 17 h', 'Le samedi matin'],
    places: [1, 6],
    minors: 0.6,
    remote: 'no',
    tags: 'lecture,culture,enfants',
  },
  {
    domain: 'culture-loisirs',
    activities: ['evenementiel', 'accueil-de-public', 'logistique'],
    titles: [
      'Bénévoles pour le festival de musique de {city}',
      'Accueil du public lors du festival de quartier',
      'Équipe d’accueil pour le salon du livre jeunesse',
    ],
    intro: [
      '{org} organise un festival gratuit qui attire chaque année des milliers de spectateurs à {city}.',
      'Pour sa nouvelle édition, {org} recherche une équipe de bénévoles pour accueillir le public.',
    ],
    tasks: [
      'Accueillir et orienter le public',
      'Tenir la billetterie ou la buvette',
      'Aider au montage et au démontage',
      'Accompagner les artistes',
    ],
    profile: ['Vous aimez l’ambiance des festivals.', 'Repas et tee-shirt offerts aux bénévoles.'],
    schedule: ['Ponctuel : un week-end', 'Deux jours'],
    places: [10, 50],
    minors: 0.5,
    remote: 'no',
    tags: 'festival,musique,événement',
  },
  {
    domain: 'culture-loisirs',
    activities: ['preservation-patrimoine', 'mediation-information'],
    titles: [
      'Guide bénévole pour des visites du patrimoine',
      'Médiation culturelle au musée de quartier',
    ],
    intro: [
      '{org} fait découvrir l’histoire et le patrimoine de {city} lors de visites gratuites.',
      'Le petit musée géré par {org} ouvre ses portes le week-end grâce à ses bénévoles.',
    ],
    tasks: [
      'Accueillir les visiteurs',
      'Conduire des visites commentées',
      'Aider à la préparation des expositions',
    ],
    profile: [
      'Vous aimez raconter et transmettre.',
      'Une formation sur l’histoire du lieu est assurée.',
    ],
    schedule: ['Un week-end par mois'],
    places: [2, 6],
    minors: 0.3,
    remote: 'no',
    tags: 'patrimoine,histoire',
  },
  // sport
  {
    domain: 'sport',
    activities: ['sport', 'encadrement-d-equipes', 'animation'],
    titles: [
      '#e Encadrement d’un club de football pour enfants',
      '#e Entraîneur bénévole de basket (moins de 13 ans)',
      '#a Animation de séances de sport adapté',
      '#a Marche nordique avec les seniors',
    ],
    intro: [
      '#e {org} permet à plus de {n} enfants du quartier {q} de faire du sport pour une cotisation symbolique.',
      '#a {org} propose des activités physiques adaptées aux personnes âgées ou en situation de handicap à {city}.',
    ],
    tasks: [
      'Encadrer les séances avec un éducateur',
      '#e Accompagner les déplacements du week-end',
      '#e Transmettre les valeurs du sport : respect, esprit d’équipe',
      '#a Adapter les exercices au rythme de chacun',
      '#a Accueillir les participants et préparer le matériel',
    ],
    profile: [
      '#e Vous pratiquez ou avez pratiqué ce sport.',
      'Un diplôme d’encadrant n’est pas obligatoire.',
    ],
    schedule: ['Le mercredi après-midi', 'Le samedi matin', '2 séances par semaine'],
    places: [1, 5],
    minors: 0.5,
    remote: 'no',
    tags: 'sport,jeunesse',
  },
  {
    domain: 'sport',
    activities: ['evenementiel', 'secourisme', 'logistique'],
    titles: [
      'Bénévoles pour une course solidaire',
      'Signaleur sur le semi-marathon de {city}',
      'Ravitaillement lors du trail solidaire',
    ],
    intro: [
      '{org} organise une course dont les bénéfices financent des projets solidaires à {city}.',
      'Pour assurer la sécurité des coureurs, {org} a besoin de nombreux signaleurs et bénévoles de ravitaillement.',
    ],
    tasks: [
      'Sécuriser un carrefour du parcours',
      'Tenir un point de ravitaillement',
      'Remettre les dossards et les médailles',
    ],
    profile: ['Signaleurs : être majeur et avoir le permis B.', 'Briefing la veille de la course.'],
    schedule: ['Ponctuel : un dimanche matin'],
    places: [15, 60],
    minors: 0.5,
    remote: 'no',
    tags: 'course,événement sportif',
  },
  // animaux
  {
    domain: 'animaux',
    activities: ['soins-animaux', 'activites-manuelles'],
    titles: [
      '#r Promenade des chiens du refuge',
      '#r Soins aux chats du refuge',
      '#r Famille d’accueil pour chatons',
      '#l Nourrissage des chats libres',
    ],
    intro: [
      '#r {org} recueille chaque année des dizaines de chiens et de chats abandonnés à {city}.',
      '#l {org} veille sur les colonies de chats libres du quartier {q} et les fait stériliser.',
    ],
    tasks: [
      '#r Promener les chiens et les sociabiliser',
      '#r Nettoyer les box et les chatteries',
      'Nourrir les chats et surveiller leur santé',
      '#r Accueillir des adoptants les jours de portes ouvertes',
      '#l Repérer les chats non stérilisés et aider aux captures',
      '#l Entretenir les abris',
    ],
    profile: [
      'Vous aimez les animaux et n’avez pas peur de vous salir.',
      'Mineurs acceptés avec un adulte.',
    ],
    schedule: ['Le week-end', '2 heures par semaine'],
    places: [2, 10],
    minors: 0.5,
    remote: 'no',
    tags: 'animaux,refuge,chats,chiens',
  },
  // autre (urgence)
  {
    domain: 'autre',
    activities: ['secours-aide', 'logistique', 'soutien-accompagnement'],
    titles: [
      'Renfort d’urgence après les inondations',
      'Aide au nettoyage des habitations sinistrées',
      'Réserve de bénévoles pour le plan grand froid',
    ],
    intro: [
      'Lors d’une crise (inondation, tempête, vague de froid), {org} mobilise en quelques heures une réserve de bénévoles à {city}.',
      '{org} constitue une liste de bénévoles mobilisables en cas de crise dans le département.',
    ],
    tasks: [
      'Aider les habitants à vider et nettoyer leurs logements',
      'Distribuer de l’eau, des repas et des kits d’hygiène',
      'Tenir le centre d’accueil des personnes évacuées',
    ],
    profile: [
      'Vous pouvez vous rendre disponible rapidement.',
      'Une formation aux premiers secours est un plus et peut être financée.',
    ],
    schedule: ['À la demande, en cas de crise'],
    places: [10, 50],
    minors: 0,
    remote: 'no',
    tags: 'urgence,crise,inondation',
  },
  // batiment-industrie-logistique
  {
    domain: 'batiment-industrie-logistique',
    activities: ['logistique', 'collecte-de-produits', 'distribution'],
    titles: [
      'Logistique de la banque alimentaire : tri et stockage',
      'Préparation des commandes à l’entrepôt solidaire',
      'Chauffeur-livreur bénévole (permis B)',
      'Tournées de ramasse auprès des supermarchés',
    ],
    intro: [
      'L’entrepôt de {org} reçoit chaque semaine plusieurs tonnes de denrées à répartir entre les associations de {city}.',
      '{org} récupère les invendus des commerces et les livre aux associations d’aide alimentaire.',
    ],
    tasks: [
      'Trier et ranger les produits à l’entrepôt',
      'Préparer les commandes des associations',
      'Conduire le camion de ramasse (permis B)',
    ],
    profile: ['Vous êtes en bonne forme physique.', 'Chaussures de sécurité fournies.'],
    schedule: ['Le mardi matin', 'Une matinée par semaine'],
    places: [2, 8],
    minors: 0,
    remote: 'no',
    tags: 'logistique,entrepôt,anti-gaspillage',
  },
  {
    domain: 'batiment-industrie-logistique',
    activities: ['bricolage', 'activites-manuelles', 'maintenance-technique'],
    titles: [
      'Petits travaux de rénovation chez des personnes âgées',
      'Bricolage solidaire : réparations dans des logements',
      'Chantier de rénovation d’un local associatif',
    ],
    intro: [
      '{org} réalise de petits travaux chez des personnes âgées ou à faibles revenus de {city}.',
      'Peinture, étagères, robinets qui fuient : {org} intervient là où les familles n’ont pas les moyens de payer un artisan.',
    ],
    tasks: [
      'Peindre, poser des étagères, changer des joints',
      'Évaluer les besoins avec la personne',
      'Entretenir les outils',
    ],
    profile: ['Vous êtes bricoleur et soigneux.', 'Les outils sont fournis par l’association.'],
    schedule: ['Une journée par mois', 'Le samedi'],
    places: [2, 6],
    minors: 0,
    remote: 'no',
    tags: 'bricolage,logement',
  },
  // benevolat-competences
  {
    domain: 'benevolat-competences',
    activities: ['conseil', 'gestion-de-projets', 'gestion-recherche-des-partenariats'],
    titles: [
      'Aide à la recherche de financements',
      'Montage de dossiers de subvention',
      'Accompagnement d’une association dans sa stratégie',
      'Conseil en ressources humaines pour une association',
    ],
    intro: [
      '{org} grandit vite et a besoin de compétences pour structurer son projet.',
      'Pour pérenniser ses actions à {city}, {org} cherche un bénévole expérimenté pour l’accompagner quelques mois.',
    ],
    tasks: [
      'Faire le point sur les besoins avec le bureau',
      'Préparer les dossiers de financement',
      'Transmettre des outils simples à l’équipe',
    ],
    profile: [
      'Vous avez une expérience professionnelle dans le domaine.',
      'Mission idéale pour un mécénat de compétences.',
    ],
    schedule: ['Quelques heures par mois', '1 demi-journée par semaine pendant 3 mois'],
    places: [1, 2],
    minors: 0,
    remote: 'possible',
    tags: 'compétences,mécénat,stratégie',
    remoteFull: true,
  },
  // communication
  {
    domain: 'communication',
    activities: ['communication', 'art'],
    titles: [
      'Création de visuels pour les réseaux sociaux',
      'Graphiste bénévole pour une association',
      'Refonte du site internet d’une association',
    ],
    intro: [
      '{org} veut mieux faire connaître ses actions et manque de compétences en communication.',
      'Affiches, flyers, publications : {org} cherche un graphiste bénévole pour sa campagne de l’année.',
    ],
    tasks: [
      'Créer une charte graphique simple',
      'Réaliser des visuels pour les réseaux sociaux',
      'Former un membre de l’équipe aux outils',
    ],
    profile: [
      'Vous maîtrisez un logiciel de création graphique.',
      'Vous travaillez depuis chez vous, à votre rythme.',
    ],
    schedule: ['Quelques heures par mois'],
    places: [1, 2],
    minors: 0.2,
    remote: 'full',
    tags: 'communication,graphisme',
  },
  {
    domain: 'communication',
    activities: ['communication', 'animation', 'mediation-information'],
    titles: [
      '#r Animateur de la radio associative',
      '#r Réalisation de reportages pour la radio de quartier',
      '#l Rédaction de la lettre d’information mensuelle',
    ],
    intro: [
      '#r La radio de {org} donne la parole aux habitants du quartier {q} depuis plus de dix ans.',
      '#l {org} publie chaque mois une lettre d’information distribuée dans les boîtes aux lettres de {city}.',
    ],
    tasks: [
      '#r Préparer et animer une émission',
      'Réaliser des interviews d’habitants',
      '#l Rédiger de courts articles',
      '#l Relire et mettre en page la lettre',
    ],
    profile: ['Curiosité et goût pour l’écriture ou la parole.', 'Formation technique assurée.'],
    schedule: ['2 heures par semaine', 'Le jeudi soir'],
    places: [1, 4],
    minors: 0.6,
    remote: 'possible',
    tags: 'radio,médias,journalisme',
  },
  // emploi
  {
    domain: 'emploi',
    activities: ['mentorat-parrainage', 'soutien-accompagnement', 'recrutement'],
    titles: [
      'Parrainage de demandeurs d’emploi',
      'Simulation d’entretiens d’embauche',
      'Aide à la rédaction de CV et de lettres de motivation',
    ],
    intro: [
      '{org} accompagne des jeunes et des adultes éloignés de l’emploi à {city}.',
      'Avec {org}, partagez votre réseau et votre expérience avec une personne en recherche d’emploi.',
    ],
    tasks: [
      'Rencontrer régulièrement votre filleul',
      'Préparer les entretiens et relire les candidatures',
      'Ouvrir votre réseau professionnel',
    ],
    profile: [
      'Vous avez au moins cinq ans d’expérience professionnelle.',
      'Un suivi de six mois est demandé.',
    ],
    schedule: ['2 heures tous les quinze jours'],
    places: [2, 10],
    minors: 0,
    remote: 'possible',
    tags: 'emploi,parrainage,insertion',
    remoteFull: true,
  },
  // gestion-finance-droit
  {
    domain: 'gestion-finance-droit',
    activities: ['juridique', 'conseil', 'ecoute-permanence'],
    titles: [
      'Permanence d’accès aux droits',
      'Aide à la déclaration de revenus',
      'Accompagnement budgétaire des familles',
    ],
    intro: [
      '{org} tient une permanence gratuite d’information juridique et budgétaire à {city}.',
      'Surendettement, factures, déclaration d’impôts : {org} aide les familles à y voir clair.',
    ],
    tasks: [
      'Recevoir les personnes et analyser leur situation',
      'Aider à établir un budget',
      'Orienter vers les dispositifs adaptés',
    ],
    profile: [
      'Vous avez des connaissances en droit, en gestion ou en banque.',
      'Vous êtes tenu à la confidentialité.',
    ],
    schedule: ['Une demi-journée par semaine'],
    places: [1, 3],
    minors: 0,
    remote: 'no',
    tags: 'droit,budget,impôts',
  },
  {
    domain: 'gestion-finance-droit',
    activities: ['comptabilite-finance', 'responsabilites-associatives', 'taches-administratives'],
    titles: [
      'Trésorier bénévole pour une association de quartier',
      'Aide à la comptabilité associative',
    ],
    intro: [
      'Le trésorier de {org} passe la main après dix ans : l’association cherche un successeur.',
      '{org} a besoin d’un coup de main pour tenir sa comptabilité et préparer son assemblée générale.',
    ],
    tasks: [
      'Tenir la comptabilité et suivre la trésorerie',
      'Préparer le budget annuel',
      'Présenter les comptes en assemblée générale',
    ],
    profile: [
      'Vous êtes rigoureux et à l’aise avec un tableur.',
      'Une expérience en comptabilité est souhaitée.',
    ],
    schedule: ['Quelques heures par mois'],
    places: [1, 1],
    minors: 0,
    remote: 'possible',
    tags: 'comptabilité,trésorerie',
    remoteFull: true,
  },
  // humanitaire
  {
    domain: 'humanitaire',
    activities: ['collecte-de-produits', 'logistique', 'mission-internationale'],
    titles: [
      'Tri et préparation de colis humanitaires',
      'Collecte de fournitures scolaires pour des écoles à l’étranger',
    ],
    intro: [
      '{org} envoie chaque année des conteneurs de matériel médical et scolaire à des partenaires à l’étranger.',
      'Depuis {city}, {org} soutient des projets d’éducation et de santé en Afrique de l’Ouest.',
    ],
    tasks: [
      'Trier et inventorier les dons',
      'Préparer les cartons et les palettes',
      'Tenir des stands de collecte',
    ],
    profile: [
      'Mission accessible à tous.',
      'Vous êtes disponible au moins une demi-journée par mois.',
    ],
    schedule: ['Le samedi matin', 'Une demi-journée par mois'],
    places: [3, 12],
    minors: 0.5,
    remote: 'no',
    tags: 'humanitaire,solidarité internationale',
  },
  {
    domain: 'humanitaire',
    activities: ['documentation-traduction', 'soutien-accompagnement', 'accueil-de-public'],
    titles: [
      'Accueil de personnes réfugiées',
      'Interprète bénévole (arabe, dari, ukrainien)',
      'Traduction de documents pour une ONG',
    ],
    intro: [
      '{org} accompagne des personnes exilées dans leurs premières démarches à {city}.',
      'Pour se faire comprendre à la préfecture ou à l’hôpital, les personnes accompagnées par {org} ont besoin d’interprètes.',
    ],
    tasks: [
      'Traduire lors des rendez-vous ou par téléphone',
      'Traduire des documents écrits',
      'Accueillir les personnes à la permanence',
    ],
    profile: [
      'Vous parlez couramment une langue recherchée.',
      'Neutralité et confidentialité indispensables.',
    ],
    schedule: ['Selon vos disponibilités', 'Quelques heures par mois'],
    places: [2, 10],
    minors: 0,
    remote: 'possible',
    tags: 'exil,traduction,accueil',
    remoteFull: true,
  },
  // memoire-et-citoyennete
  {
    domain: 'memoire-et-citoyennete',
    activities: ['preservation-patrimoine', 'sciences-humaines-social', 'documentation-traduction'],
    titles: [
      'Recueil de témoignages d’anciens habitants',
      'Collecte de la mémoire ouvrière du quartier {q}',
    ],
    intro: [
      '{org} recueille la parole des anciens du quartier {q} pour transmettre leur histoire aux plus jeunes.',
      'Pour le centenaire de sa création, {org} constitue des archives orales de {city}.',
    ],
    tasks: [
      'Enregistrer des entretiens avec des habitants',
      'Transcrire et classer les témoignages',
      'Participer à l’exposition de restitution',
    ],
    profile: ['Vous aimez l’histoire et l’écoute.', 'Matériel d’enregistrement fourni.'],
    schedule: ['Quelques heures par mois'],
    places: [1, 5],
    minors: 0.3,
    remote: 'no',
    tags: 'mémoire,histoire,patrimoine',
  },
  {
    domain: 'memoire-et-citoyennete',
    activities: ['vie-citoyenne', 'animation', 'sensibilisation'],
    titles: [
      'Animation d’ateliers de citoyenneté pour les jeunes',
      'Aide à l’inscription sur les listes électorales',
    ],
    intro: [
      '{org} fait découvrir les institutions aux collégiens de {city} par des jeux et des débats.',
      'Beaucoup de jeunes du quartier {q} ne sont pas inscrits sur les listes électorales : {org} va à leur rencontre.',
    ],
    tasks: [
      'Animer des débats et des jeux de rôle',
      'Tenir des stands d’information',
      'Accompagner les démarches d’inscription',
    ],
    profile: ['Vous êtes à l’aise avec les jeunes.', 'Neutralité politique demandée.'],
    schedule: ['Le mercredi après-midi', 'Ponctuel'],
    places: [2, 6],
    minors: 0.4,
    remote: 'no',
    tags: 'citoyenneté,jeunesse',
  },
  // prevention-protection
  {
    domain: 'prevention-protection',
    activities: ['prevention-sensibilisation', 'secourisme', 'transmission-pedagogie'],
    titles: [
      '#g Sensibilisation aux gestes qui sauvent',
      '#s Prévention des risques domestiques chez les seniors',
      '#s Prévention des arnaques en ligne auprès des aînés',
    ],
    intro: [
      '#g {org} forme les habitants de {city} aux gestes de premiers secours lors de sessions gratuites.',
      '#s Chutes, incendies, escroqueries : {org} aide les aînés à se protéger des risques du quotidien.',
    ],
    tasks: [
      'Animer des sessions de sensibilisation',
      'Préparer le matériel pédagogique',
      'Accueillir les participants',
    ],
    profile: [
      '#g Un diplôme de secourisme est souhaité pour certaines sessions.',
      'Formation de formateur possible.',
    ],
    schedule: ['Une demi-journée par mois'],
    places: [1, 4],
    minors: 0.2,
    remote: 'no',
    tags: 'prévention,secourisme',
  },
  {
    domain: 'prevention-protection',
    activities: ['ecoute-permanence', 'prevention-sensibilisation', 'mediation-information'],
    titles: [
      'Écoute et prévention auprès des jeunes',
      'Sensibilisation au harcèlement scolaire',
      'Médiation de nuit en centre-ville',
    ],
    intro: [
      '{org} intervient dans les collèges de {city} pour prévenir le harcèlement et les conduites à risque.',
      'Les équipes de {org} vont à la rencontre des jeunes le soir dans le quartier {q}.',
    ],
    tasks: [
      'Co-animer des interventions en classe',
      'Tenir une permanence d’écoute',
      'Orienter vers les professionnels',
    ],
    profile: [
      'Une expérience auprès des jeunes est souhaitée.',
      'Formation obligatoire de deux jours.',
    ],
    schedule: ['Une demi-journée par semaine', 'Le vendredi soir'],
    places: [1, 4],
    minors: 0,
    remote: 'no',
    tags: 'prévention,jeunesse,harcèlement',
  },
  // recherche
  {
    domain: 'recherche',
    activities: ['sciences-humaines-social', 'documentation-traduction'],
    titles: ['Transcription d’archives en ligne', 'Indexation de registres anciens à distance'],
    intro: [
      '{org} numérise des registres anciens et a besoin de bénévoles pour les transcrire depuis chez eux.',
      'Avec les archives municipales de {city}, {org} rend consultables en ligne des milliers de pages de registres.',
    ],
    tasks: [
      'Transcrire des pages d’archives sur une plateforme en ligne',
      'Vérifier les transcriptions des autres bénévoles',
      'Signaler les pages illisibles ou abîmées',
    ],
    profile: [
      'Vous êtes minutieux et patient.',
      'Aucune connaissance préalable en paléographie n’est demandée.',
    ],
    schedule: ['À votre rythme'],
    places: [10, 50],
    minors: 0.3,
    remote: 'full',
    tags: 'archives,sciences participatives',
  },
  {
    domain: 'recherche',
    activities: ['sensibilisation', 'sciences-humaines-social', 'jardinage'],
    titles: [
      'Science participative : comptage des oiseaux',
      'Inventaire participatif de la biodiversité urbaine',
    ],
    intro: [
      'Avec des chercheurs, {org} suit l’évolution des oiseaux et des insectes à {city}.',
      '{org} coordonne un inventaire participatif des espèces présentes dans les parcs de {city}.',
    ],
    tasks: [
      'Suivre un protocole d’observation simple',
      'Saisir les observations en ligne',
      'Participer aux sorties collectives',
    ],
    profile: [
      'Aucune connaissance naturaliste n’est demandée.',
      'Une sortie de formation est proposée.',
    ],
    schedule: ['Une heure par semaine', 'Un dimanche matin par mois'],
    places: [5, 30],
    minors: 0.8,
    remote: 'no',
    tags: 'biodiversité,science participative',
  },
  // service-public-defense-securite
  {
    domain: 'service-public-defense-securite',
    activities: ['secours-aide', 'vie-citoyenne', 'logistique'],
    titles: ['Réserve communale de sécurité civile', 'Bénévole de la réserve citoyenne'],
    intro: [
      '{org} constitue une réserve de citoyens qui épaulent les services municipaux en cas d’événement exceptionnel.',
      'Inondation, canicule, grand événement : la réserve de {org} vient en appui des secours et des agents.',
    ],
    tasks: [
      'Participer aux exercices de préparation',
      'Aider à l’information de la population',
      'Soutenir l’accueil dans les centres d’hébergement',
    ],
    profile: ['Vous êtes majeur et habitez la commune.', 'Une formation initiale est assurée.'],
    schedule: ['Quelques exercices par an, puis selon les besoins'],
    places: [10, 40],
    minors: 0,
    remote: 'no',
    tags: 'sécurité civile,réserve',
  },
  {
    domain: 'service-public-defense-securite',
    activities: ['accueil-de-public', 'mediation-information'],
    titles: [
      'Accueil des usagers à la maison France services',
      'Orientation des usagers en mairie',
    ],
    intro: [
      '{org} renforce l’accueil de ses services publics avec des bénévoles.',
      'À {city}, les agents de la maison France services ont besoin d’aide pour accueillir un public nombreux.',
    ],
    tasks: [
      'Accueillir et orienter les usagers',
      'Aider à l’utilisation des postes informatiques en libre accès',
      'Expliquer les démarches simples',
    ],
    profile: ['Vous aimez le contact et êtes patient.', 'Respect de la confidentialité.'],
    schedule: ['Une demi-journée par semaine'],
    places: [1, 4],
    minors: 0,
    remote: 'no',
    tags: 'service public,accueil',
  },
];

/** Missions posted by local authorities (CSV partner, and some republished in the XML). */
const MUNICIPAL = [
  {
    domain: 'solidarite-insertion',
    activities: ['distribution', 'lutte-contre-isolement', 'visites'],
    title: 'Distribution des colis de Noël aux aînés',
    text: [
      '{org} offre chaque année un colis de fêtes aux habitants de plus de 75 ans.',
      'Les bénévoles apportent les colis à domicile et prennent le temps d’un café avec les personnes.',
      'Une matinée de préparation est organisée à l’hôtel de ville.',
    ],
    season: 'winter',
  },
  {
    domain: 'solidarite-insertion',
    activities: ['collecte', 'distribution'],
    title: 'Collecte de jouets pour Noël',
    text: [
      '{org} organise une collecte de jouets en bon état dans les écoles et les équipements municipaux.',
      'Les bénévoles trient les jouets, les emballent et participent à la distribution aux familles suivies par le CCAS.',
    ],
    season: 'winter',
  },
  {
    domain: 'vivre-ensemble',
    activities: ['lutte-contre-isolement', 'ecoute-permanence'],
    title: 'Plan grand froid : appels aux personnes isolées',
    text: [
      'Pendant les épisodes de grand froid, {org} appelle les personnes âgées et fragiles inscrites sur le registre communal.',
      'Les bénévoles prennent des nouvelles et signalent toute difficulté à l’équipe du CCAS.',
      'Formation d’une heure avant le début de la mission.',
    ],
    season: 'winter',
  },
  {
    domain: 'prevention-protection',
    activities: ['lutte-contre-isolement', 'prevention-sensibilisation'],
    title: 'Plan canicule : veille auprès des personnes âgées',
    text: [
      'En cas de canicule, {org} contacte chaque jour les personnes inscrites sur le registre des personnes vulnérables.',
      'Les bénévoles rappellent les bons gestes et passent voir celles qui ne répondent pas, en binôme.',
    ],
    season: 'summer',
  },
  {
    domain: 'service-public-defense-securite',
    activities: ['secours-aide', 'vie-citoyenne'],
    title: 'Réserve communale de sécurité civile',
    text: [
      '{org} recrute des habitants pour sa réserve communale de sécurité civile.',
      'Les réservistes aident les services municipaux lors des crises : information de la population, accueil dans les gymnases, distribution d’eau.',
      'Deux exercices par an sont organisés.',
    ],
  },
  {
    domain: 'memoire-et-citoyennete',
    activities: ['vie-citoyenne', 'preservation-patrimoine'],
    title: 'Porte-drapeau pour les cérémonies commémoratives',
    text: [
      '{org} recherche des porte-drapeaux pour les cérémonies du 8 Mai et du 11 Novembre.',
      'Jeunes et moins jeunes sont les bienvenus pour faire vivre la mémoire de la commune.',
    ],
  },
  {
    domain: 'memoire-et-citoyennete',
    activities: ['vie-citoyenne', 'gestion-de-projets'],
    title: 'Membre du conseil citoyen du quartier {q}',
    text: [
      '{org} renouvelle le conseil citoyen du quartier {q}.',
      'Les membres se réunissent une fois par mois pour porter la parole des habitants sur les projets de rénovation et la vie du quartier.',
    ],
  },
  {
    domain: 'culture-loisirs',
    activities: ['animation', 'transmission-pedagogie'],
    title: 'Lecture d’histoires à la médiathèque municipale',
    text: [
      'La médiathèque de {org} propose l’heure du conte aux enfants de 3 à 8 ans.',
      'Les bénévoles lisent des albums et animent de petits jeux autour des livres, avec les bibliothécaires.',
    ],
  },
  {
    domain: 'culture-loisirs',
    activities: ['animation', 'accueil-de-public'],
    title: 'Animation de jeux à la ludothèque',
    text: [
      'La ludothèque municipale accueille les familles le mercredi et le samedi.',
      '{org} cherche des bénévoles pour expliquer les règles, animer des parties et ranger les jeux.',
    ],
  },
  {
    domain: 'education',
    activities: ['soutien-scolaire', 'transmission-pedagogie'],
    title: 'Aide aux devoirs au centre social municipal',
    text: [
      'Le centre social de {org} accompagne les écoliers du quartier {q} après la classe.',
      'Les bénévoles aident les enfants à faire leurs devoirs en petits groupes, avec les animateurs.',
      'Engagement souhaité sur l’année scolaire.',
    ],
  },
  {
    domain: 'environnement',
    activities: ['ramassage-dechets', 'sensibilisation'],
    title: 'Opération ville propre dans le quartier {q}',
    text: [
      '{org} organise une matinée de ramassage des déchets avec les habitants et les écoles du quartier {q}.',
      'Le matériel est fourni par les services de la propreté urbaine, et un pot convivial clôt la matinée.',
    ],
  },
  {
    domain: 'environnement',
    activities: ['jardinage', 'sensibilisation'],
    title: 'Plantation d’arbres avec les services des espaces verts',
    text: [
      '{org} plante cet hiver plusieurs centaines d’arbres dans les parcs et les cours d’école.',
      'Les bénévoles participent aux chantiers encadrés par les jardiniers municipaux.',
    ],
    season: 'winter',
  },
  {
    domain: 'environnement',
    activities: ['jardinage', 'transmission-pedagogie'],
    title: 'Accompagnement des nouveaux jardiniers des jardins familiaux',
    text: [
      '{org} attribue chaque année de nouvelles parcelles de jardins familiaux.',
      'Des jardiniers expérimentés accompagnent les nouveaux venus pendant leur première saison.',
    ],
  },
  {
    domain: 'emploi',
    activities: ['accueil-de-public', 'evenementiel', 'recrutement'],
    title: 'Accueil des visiteurs au forum de l’emploi',
    text: [
      '{org} organise son forum annuel de l’emploi et de l’alternance.',
      'Les bénévoles accueillent les visiteurs, les orientent vers les stands et aident à imprimer les CV.',
    ],
  },
  {
    domain: 'emploi',
    activities: ['mentorat-parrainage', 'soutien-accompagnement'],
    title: 'Parrainage de jeunes en insertion professionnelle',
    text: [
      'La mission locale et {org} cherchent des parrains et marraines pour des jeunes de 16 à 25 ans.',
      'Vous les aidez à construire leur projet, à préparer leurs entretiens et à découvrir le monde du travail.',
    ],
  },
  {
    domain: 'vivre-ensemble',
    activities: ['animation', 'evenementiel', 'lutte-contre-isolement'],
    title: 'Animation du repas des aînés',
    text: [
      '{org} invite chaque année les aînés de la commune à un grand repas dansant.',
      'Les bénévoles accueillent les invités, servent à table et animent l’après-midi.',
    ],
  },
  {
    domain: 'vivre-ensemble',
    activities: ['lutte-contre-isolement', 'soutien-accompagnement'],
    title: 'Accompagnement des seniors au marché',
    text: [
      'Chaque samedi, {org} propose aux personnes âgées isolées de les accompagner faire leurs courses au marché.',
      'Un moment simple pour sortir de chez soi et discuter.',
    ],
  },
  {
    domain: 'numerique',
    activities: ['informatique', 'transmission-pedagogie'],
    title: 'Accompagnement numérique à l’espace public numérique',
    text: [
      'L’espace public numérique de {org} accueille les habitants qui veulent apprendre à utiliser un ordinateur.',
      'Les bénévoles aident aux démarches en ligne et animent des ateliers pour débutants, aux côtés du conseiller numérique.',
    ],
  },
  {
    domain: 'sport',
    activities: ['evenementiel', 'sport'],
    title: 'Signaleurs pour la course des écoles',
    text: [
      '{org} organise la course annuelle des écoles de la commune.',
      'Les bénévoles sécurisent le parcours, encouragent les enfants et tiennent le ravitaillement.',
    ],
    season: 'spring',
  },
  {
    domain: 'humanitaire',
    activities: ['accueil-de-public', 'soutien-accompagnement', 'documentation-traduction'],
    title: 'Accueil des familles exilées hébergées dans la commune',
    text: [
      '{org} héberge des familles exilées dans des logements municipaux.',
      'Les bénévoles les accompagnent dans leurs premiers pas : inscriptions scolaires, transports, commerces.',
      'Les personnes parlant ukrainien, arabe ou anglais sont particulièrement recherchées.',
    ],
  },
  {
    domain: 'prevention-protection',
    activities: ['prevention-sensibilisation', 'encadrement-d-equipes'],
    title: 'Accompagnateurs du pédibus scolaire',
    text: [
      '{org} développe le pédibus pour que les enfants aillent à l’école à pied, en sécurité.',
      'Les bénévoles accompagnent un trajet le matin, une ou deux fois par semaine.',
    ],
  },
  {
    domain: 'batiment-industrie-logistique',
    activities: ['logistique', 'evenementiel'],
    title: 'Soutien logistique à la journée des associations',
    text: [
      '{org} réunit chaque année toutes les associations de la commune pour leur journée de rentrée.',
      'Les bénévoles aident à installer les stands, à guider les exposants et à tout ranger le soir.',
    ],
  },
  {
    domain: 'animaux',
    activities: ['soins-animaux'],
    title: 'Nourrissage des chats libres identifiés par la ville',
    text: [
      '{org} a passé une convention pour stériliser et identifier les chats errants.',
      'Les bénévoles nourrissent les colonies de chats libres et signalent les animaux malades.',
    ],
  },
  {
    domain: 'communication',
    activities: ['communication'],
    title: 'Rédaction pour le journal municipal',
    text: [
      '{org} ouvre une page de son journal municipal aux habitants.',
      'Les bénévoles proposent des portraits d’habitants et d’associations, accompagnés par le service communication.',
    ],
  },
  {
    domain: 'gestion-finance-droit',
    activities: ['juridique', 'accueil-de-public'],
    title: 'Permanence d’accès aux droits en mairie',
    text: [
      '{org} ouvre une permanence d’accès aux droits à la maison de quartier {q}.',
      'Des bénévoles ayant une formation juridique informent les habitants sur le logement, la famille ou la consommation.',
    ],
  },
  {
    domain: 'autre',
    activities: ['secours-aide', 'logistique'],
    title: 'Cellule d’urgence : accueil des personnes sinistrées',
    text: [
      'En cas d’inondation ou d’incendie, {org} ouvre un centre d’accueil pour les familles sinistrées.',
      'Les bénévoles inscrits sont appelés pour accueillir, servir des repas et installer des lits.',
    ],
  },
  {
    domain: 'sante',
    activities: ['prevention-sensibilisation', 'sport'],
    title: 'Ateliers de prévention des chutes pour les seniors',
    text: [
      '{org} propose des ateliers d’équilibre aux plus de 65 ans.',
      'Les bénévoles accueillent les participants, préparent la salle et animent les temps d’échange avec l’éducateur sportif.',
    ],
  },
  {
    domain: 'recherche',
    activities: ['sensibilisation', 'sciences-humaines-social'],
    title: 'Comptage des hirondelles et des martinets',
    text: [
      '{org} participe à un programme de science participative sur les oiseaux nicheurs.',
      'Les bénévoles repèrent et comptent les nids dans leur quartier, après une courte formation.',
    ],
    season: 'spring',
  },
];

// --- Organizations -----------------------------------------------------------------------------------

// name | commune key | domains (space-separated) | optional hint: the templates whose titles match it
// (a regular expression, case-insensitive) — invented associations
const XML_ORG_ROWS = `
Solidarité Croix-Rousse|lyon4|solidarite-insertion vivre-ensemble
Les Amis du Quartier Saint-Michel|bordeaux8|vivre-ensemble solidarite-insertion
Épicerie solidaire La Passerelle du Nord|lille1|solidarite-insertion
Coup de Main Belleville|paris20|solidarite-insertion education
Le Relais de la Goutte d'Or|paris18|solidarite-insertion humanitaire
Parenthèse Numérique|paris13|numerique
Entraide Plaine Saint-Denis|saintdenis93|solidarite-insertion education
Les Jardins de la Boissière|montreuil|environnement|jardin
Créteil Partage Alimentaire|creteil|solidarite-insertion batiment-industrie-logistique
Tonkin en Transition|villeurbanne|environnement
Guillotière Accueil et Savoirs|lyon7|education humanitaire
Les Minguettes Ensemble|venissieux|vivre-ensemble education
Grenoble Alpes Entraide|grenoble2|solidarite-insertion sante
Le Fil stéphanois|saintetienne|vivre-ensemble culture-loisirs
Volcans Solidaires|clermont|solidarite-insertion
Noailles Ensemble|marseille1|vivre-ensemble solidarite-insertion
Belle de Mai Solidarité|marseille3|education solidarite-insertion
Huveaune Vivante|marseille5|environnement
Collectif des Quartiers Nord|marseille15|education sport
Azur Seniors Connectés|nice1|numerique vivre-ensemble
Rade de Toulon Solidarité|toulon|solidarite-insertion
Avignon Lecture Partagée|avignon|culture-loisirs|Lecture aux enfants
Wazemmes Solidaire|lille1|solidarite-insertion vivre-ensemble
Fives Coup de Pouce|lille8|education emploi
Tremplin Emploi Roubaix|roubaix|emploi
Tourcoing Sport Pour Tous|tourcoing|sport
Les Hortillons Vivants|amiens|environnement
Dunes et Digues|dunkerque|environnement autre
Mémoire du Bassin Minier|lens|memoire-et-citoyennete|témoignages
Bagatelle Solidarité|toulouse2|solidarite-insertion education
Les Berges Vivantes|toulouse1|environnement
Mirail Avenir|toulouse2|emploi education
Écusson Solidaire|montpellier|solidarite-insertion
Nîmes Entraide Familles|nimes|gestion-finance-droit solidarite-insertion
Têt Solidaire|perpignan|humanitaire solidarite-insertion
Bastide Partage|bordeaux2|solidarite-insertion vivre-ensemble
Mérignac Seniors Actifs|merignac|vivre-ensemble numerique
Limousin Entraide|limoges|solidarite-insertion
Poitiers Cœur de Ville Solidaire|poitiers|vivre-ensemble
Océan Propre La Rochelle|larochelle|environnement
Béarn Accueil Exilés|pau|humanitaire|réfugiées
Villejean Solidarités|rennes1|solidarite-insertion education
Maurepas en Partage|rennes7|vivre-ensemble
Rivages de la Penfeld|brest|environnement memoire-et-citoyennete
Quimper Liens d'Ici|quimper|vivre-ensemble
Lorient Rade Ouverte|lorient|culture-loisirs sport
Neudorf Entraide|strasbourg2|solidarite-insertion vivre-ensemble
Hautepierre Solidaire|strasbourg3|education solidarite-insertion
Mulhouse Cité Fraternelle|mulhouse|solidarite-insertion humanitaire
Metz Numérique Pour Tous|metz|numerique
Plateau de Haye Ensemble|nancy|vivre-ensemble
Orgeval Ensemble|reims|education vivre-ensemble
Le Chaudron Solidaire|stdenisre2|solidarite-insertion
Ti Kaz Partage|saintpierre|vivre-ensemble solidarite-insertion
Le Port en Commun|leport|education sport
Étang Vivant Saint-Paul|saintpaul|environnement
Île de Nantes Solidaire|nantes|solidarite-insertion
Refuge des Quatre Pattes Lyonnais|lyon8|animaux
Refuge des Coteaux Toulousains|toulouse3|animaux
Patte Tendue Armorique|rennes2|animaux
Cyber-Aînés Alsace|strasbourg1|numerique|seniors|Assistance
Réseau Aide aux Droits Méditerranée|marseille1|gestion-finance-droit|accès aux droits
Compétences Solidaires Île-de-France|paris11|benevolat-competences communication
Sciences Partagées Occitanie|toulouse1|recherche
Ateliers du Réemploi Bordelais|bordeaux1|batiment-industrie-logistique
Radio Quartiers Libres|lille8|communication|radio
Passeurs de Mémoire de Recouvrance|brest|memoire-et-citoyennete|témoignages
Volontaires Inondations Provence|avignon|autre
Sport Santé Azur|nice3|sport|sport adapté
Solidarité Nord-Sud Grenoble|grenoble1|humanitaire
Prévention Jeunesse 93|saintdenis93|prevention-protection
Ligne d'Écoute des Aidants|versailles|sante|Écoute
Archives Ouvertes Clermontoises|clermont|recherche|Transcription
Les Ailes du Marais de Saint-Paul|saintpaul|recherche|oiseaux
Secours Bénévole Alsace|mulhouse|prevention-protection autre
Écoute Santé Rennes|rennes1|sante prevention-protection
Bricolage Solidaire Nantais|nantes|batiment-industrie-logistique|travaux
Les Trésoriers Solidaires|metz|gestion-finance-droit benevolat-competences
Com' pour Tous|montpellier|communication
Tutorat Solidaire en Ligne|paris13|education|Tutorat
Graphistes Solidaires|nantes|communication|visuels
Mentors pour l'Emploi|lyon1|emploi
Amicale des Réservistes Citoyens du Var|toulon|service-public-defense-securite|réserve
`;

/** Associations with antennas in several communes: their missions are multi-site. */
const XML_NETWORK_ROWS = `
Réseau Coup de Pouce Numérique|lille1,roubaix,tourcoing|numerique|seniors|Reconditionnement
Collectif Maraudes Île-de-France|paris18,saintdenis93,montreuil|solidarite-insertion|Maraude
Fédération des Épiceries Solidaires d'Occitanie|toulouse1,montpellier,nimes|solidarite-insertion|épicerie
Breizh Entraide|rennes1,brest,quimper|vivre-ensemble|Visites de convivialité|fête de quartier
Lorraine Alsace Solidaire|strasbourg1,metz,nancy|solidarite-insertion education|Distribution alimentaire|Aide aux devoirs
Provence Lecture|marseille1,aix,avignon|culture-loisirs education|Lecture aux enfants|Cours de français
Aquitaine Anti-Gaspi|bordeaux1,merignac,pessac|batiment-industrie-logistique environnement|banque alimentaire|tri des déchets
Rhône-Alpes Sport Ensemble|lyon8,villeurbanne,grenoble1|sport|club de football|course solidaire
Réunion Solidarité Lontan|stdenisre1,saintpierre,leport|vivre-ensemble solidarite-insertion|Visites de convivialité|Distribution alimentaire
`;

// name | commune key | SIREN prefix (21 commune, 26 CCAS, 24 intercommunality)
const AUTHORITY_ROWS = `
Ville de Villeurbanne|villeurbanne|21
Mairie de Roubaix|roubaix|21
CCAS de Rennes|rennes2|26
Ville de Strasbourg|strasbourg2|21
CCAS de Toulouse|toulouse2|26
Ville de Nantes|nantes|21
Mairie de Saint-Denis|stdenisre2|21
Ville de Montreuil|montreuil|21
Mairie de Lille|lille1|21
Ville de Bordeaux|bordeaux8|21
CCAS de Marseille|marseille3|26
Ville de Grenoble|grenoble2|21
Mairie de Brest|brest|21
Ville de Metz|metz|21
Mairie de Vénissieux|venissieux|21
CCAS de Nîmes|nimes|26
Ville de Pessac|pessac|21
Mairie de Tourcoing|tourcoing|21
Ville de Créteil|creteil|21
Mairie de Saint-Pierre|saintpierre|21
Ville de Poitiers|poitiers|21
Mairie d'Avignon|avignon|21
Ville de Reims|reims|21
CCAS de Lorient|lorient|26
Ville d'Argenteuil|argenteuil|21
Mairie de Perpignan|perpignan|21
`;

// name | commune key | type (asso | collectif | entreprise) | the partner's categories it posts in (all when empty)
const JSON_ORG_ROWS = `
Voisins Solidaires du 11e|paris11|collectif
Réseau d'échanges de savoirs de Wazemmes|lille1|asso|Éducation,Numérique,Culture,Solidarité internationale,Compétences,Emploi
Boulangerie Le Fournil du Marché|lyon7|entreprise
Collectif Entraide Guillotière|lyon7|collectif
Les Clés du Sud, garage solidaire|marseille15|asso|Bricolage et logistique
AMAP des Chartrons|bordeaux1|asso|Aide alimentaire,Environnement
Collectif Soutien Exilés Huveaune|marseille5|collectif|Solidarité internationale,Accès aux droits,Éducation,Solidarité
Fab Lab Citoyen Rennes Sud|rennes2|asso|Numérique,Bricolage et logistique,Éducation,Communication
Bricothèque de Montreuil|montreuil|asso|Bricolage et logistique
La Cagette Solidaire|toulouse3|asso|Aide alimentaire,Solidarité
Les Tricoteuses de Hautepierre|strasbourg3|collectif|Lien social,Solidarité,Culture
Atelier Réparons Ensemble|saintetienne|asso|Bricolage et logistique,Numérique,Environnement
Kaz Partage Le Port|leport|collectif
Transports Lemoine et Fils|roubaix|entreprise
Entraide Voisins Croix-Rousse|lyon4|collectif
Frigo Solidaire des Capucins|bordeaux8|asso|Aide alimentaire
Mutuelle d'entraide de la Belle de Mai|marseille3|collectif
Les Voisins du Blosne|rennes2|collectif
Solidarité Villeneuve|grenoble2|collectif
Café Associatif Le Comptoir|nantes|asso|Lien social,Culture,Citoyenneté
Collectif Entraide Saint-Cyprien|toulouse3|collectif
Entraide Neudorf Voisins|strasbourg2|collectif
Cuisine Partagée de Fives|lille8|asso|Aide alimentaire,Lien social
Les Petites Mains de Belleville|paris20|collectif
Restaurant Le Petit Zinc|marseille15|entreprise
Entraide Mireuil|larochelle|collectif
Collectif Solidaire Ménimur|vannes|collectif
Vélos Partagés Amiénois|amiens|asso|Sport,Environnement
Entraide Le Chaudron|stdenisre2|collectif
Voisinage Solidaire Pissevin|nimes|collectif
Collectif Soutien Scolaire Cronenbourg|strasbourg3|collectif|Éducation
Les Amis de l'Ariane|nice3|asso
Épicerie Sociale de Kermoysan|quimper|asso|Aide alimentaire,Solidarité,Accès aux droits
Librairie Les Mots Passants|rennes1|entreprise
Entraide Sablon|metz|collectif
Colmar Coup de Main|colmar|collectif
Annecy Voisins Solidaires|annecy|collectif
Albi Entraide Cantepau|albi|collectif
Entraide Borny|metz|collectif
Solidarité Jas de Bouffan|aix|collectif
Réseau Solidaire de Saint-Brieuc|saintbrieuc|asso
Coopérative Informatique Solidaire|nanterre|entreprise
Entraide Val-d'Argent|argenteuil|collectif
Les Voisins des Pyramides|evry|collectif
Les Voisins de Saint-Louis|versailles|collectif
Entraide Étouvie|amiens|collectif
Solidarité Saragosse|pau|collectif
`;

function orgUrl(name) {
  return `https://${slugify(name)}.example.org`;
}

function buildXmlOrgs() {
  const orgs = [];
  let next = 1;
  for (const line of XML_ORG_ROWS.trim().split('\n')) {
    const [name, communeKey, domains, ...hint] = line.split('|');
    const commune = COMMUNES[communeKey];
    orgs.push({
      name,
      communes: [commune],
      domains: domains.split(' '),
      hint: hint.length ? new RegExp(hint.join('|'), 'i') : undefined,
      rna: chance(0.88) ? rna(commune.dept) : undefined,
      siren: chance(0.3) ? siren(pick(['4', '5', '8'])) : undefined,
      url: chance(0.8) ? orgUrl(name) : undefined,
      clientId: `ORG-${String(next++).padStart(4, '0')}`,
      type: 'association',
    });
  }
  for (const line of XML_NETWORK_ROWS.trim().split('\n')) {
    const [name, communeKeys, domains, ...hint] = line.split('|');
    const communes = communeKeys.split(',').map((k) => COMMUNES[k]);
    orgs.push({
      name,
      communes,
      domains: domains.split(' '),
      hint: hint.length ? new RegExp(hint.join('|'), 'i') : undefined,
      rna: rna(communes[0].dept),
      siren: chance(0.5) ? siren(pick(['4', '5', '8'])) : undefined,
      url: orgUrl(name),
      clientId: `ORG-${String(next++).padStart(4, '0')}`,
      type: 'association',
      network: true,
    });
  }
  return orgs;
}

function buildAuthorities() {
  return AUTHORITY_ROWS.trim()
    .split('\n')
    .map((line) => {
      const [name, communeKey, prefix] = line.split('|');
      const commune = COMMUNES[communeKey];
      return {
        name,
        commune,
        communes: [commune],
        siren: siren(prefix),
        url: `https://www.${slugify(commune.city)}.example.fr`,
        type: 'authority',
      };
    });
}

function buildJsonOrgs() {
  return JSON_ORG_ROWS.trim()
    .split('\n')
    .map((line) => {
      const [name, communeKey, type, cats] = line.split('|');
      const commune = COMMUNES[communeKey];
      return {
        name,
        commune,
        type,
        cats: cats ? cats.split(',') : undefined,
        // Companies have no RNA id; most informal collectives are not declared associations.
        rna: type === 'asso' || (type === 'collectif' && chance(0.3)) ? rna(commune.dept) : null,
      };
    });
}

// --- Partner 1: Bénévolat Ensemble, national exchange format (XML) ----------------------------------

const cdata = (value) => {
  const text = String(value);
  if (text.includes(']]>')) throw new Error(`CDATA terminator in ${text}`);
  return `<![CDATA[${text}]]>`;
};

function htmlDescription(template, ctx, tags) {
  const nbsp = chance(0.2) ? '&nbsp;' : ' ';
  const intro = fill(pick(usable(withTags(template.intro, tags), ctx)), ctx);
  const tasks = pickSome(withTags(template.tasks, tags), 2, 4).map((t) => fill(t, ctx));
  const profile = pickSome(withTags(template.profile, tags), 1, 2).map((t) => fill(t, ctx));
  const parts = [`<p>${intro}</p>`];
  if (chance(0.7)) {
    parts.push(`<p><strong>Vos missions${nbsp}:</strong></p>`);
    parts.push(`<ul>${tasks.map((t) => `<li>${t}</li>`).join('')}</ul>`);
  } else {
    parts.push(`<p>Concrètement, vous pourrez${nbsp}: ${tasks.map(lcFirst).join(', ')}.</p>`);
  }
  parts.push(`<p>${profile.join(' ')}</p>`);
  return parts.join('\n');
}

/** Plain-text version of an HTML description, as another platform would re-publish it. */
function plainText(html) {
  return html
    .replace(/<li>/g, '- ')
    .replace(/<\/li>/g, '\n')
    .replace(/<\/p>\n?/g, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function addressXml(commune, point, { full, tag = 'address', indent = '      ' }) {
  const lines = [`<street>${cdata(street())}</street>`];
  lines.push(
    `<postalCode>${cdata(commune.postalCode)}</postalCode>`,
    `<city>${cdata(commune.city)}</city>`,
  );
  if (full) {
    lines.push(
      `<departmentCode>${cdata(commune.dept)}</departmentCode>`,
      `<departmentName>${cdata(commune.deptName)}</departmentName>`,
      `<region>${cdata(commune.region)}</region>`,
      `<country>${cdata('France')}</country>`,
    );
  }
  if (point) {
    lines.push(
      '<location>',
      `  <lat>${cdata(point.lat)}</lat>`,
      `  <lon>${cdata(point.lon)}</lon>`,
      '</location>',
    );
  }
  return [`<${tag}>`, ...lines.map((l) => `  ${l}`), `</${tag}>`].map((l) => indent + l).join('\n');
}

function generateXml() {
  useStream(20261201);
  const orgs = buildXmlOrgs();
  const authorities = buildAuthorities();
  const templatesOf = (org) => {
    const list = MISSIONS.filter((m) => org.domains.includes(m.domain));
    const hinted = org.hint ? list.filter((m) => org.hint.test(m.titles.join(' '))) : list;
    if (hinted.length === 0) throw new Error(`no template for ${org.name}`);
    return hinted;
  };

  // 150 missions: every association at least once, networks twice, 14 from local authorities.
  const plan = [];
  for (const org of orgs) plan.push({ org });
  for (const org of orgs.filter((o) => o.network)) plan.push({ org });
  const authorityPlan = shuffle(authorities).slice(0, 14);
  for (const authority of authorityPlan) plan.push({ org: authority, municipal: true });
  const plain = orgs.filter((o) => !o.network);
  while (plan.length < 150) plan.push({ org: pick(plain) });
  const ordered = shuffle(plan);

  const missions = [];
  let clientId = 48210;
  for (const { org, municipal } of ordered) {
    clientId += int(1, 37);
    const id = String(clientId);
    const homeCommune = org.communes[0];
    const ctx = context(org, homeCommune);
    if (municipal) ctx.org = inSentence(org.name);
    const mission = { id, org, commune: homeCommune, ctx };

    if (municipal) {
      const template = pick(MUNICIPAL);
      mission.template = template;
      mission.domain = template.domain;
      mission.activities = template.activities;
      mission.title = fill(template.title, ctx);
      const sentences = template.text.map((t) => ucFirst(fill(t, ctx)));
      mission.description = `<p>${sentences.join(' ')}</p>\n<p>Inscription auprès du service vie associative, sans condition d’âge ni de compétence.</p>`;
      mission.remote = 'no';
      mission.layout = 'single';
      mission.schedule = pick(['Ponctuel', 'Une demi-journée par semaine', 'Selon les besoins']);
      mission.places = int(3, 20);
      mission.minors = chance(0.4);
    } else {
      const template = pick(templatesOf(org));
      mission.template = template;
      mission.domain = template.domain;
      mission.activities = pickSome(template.activities, 1, 3);
      const title = pick(usable(template.titles, ctx));
      mission.title = fill(untag(title), ctx);
      mission.description = htmlDescription(template, ctx, tagsOf(title));
      mission.schedule = pick(template.schedule);
      mission.places = int(template.places[0], template.places[1]);
      mission.minors = chance(template.minors);
      if (org.network) {
        mission.layout = 'multi';
        mission.remote = template.remote === 'no' ? 'no' : 'possible';
      } else if (template.remote === 'full') {
        const r = rand();
        mission.layout = r < 0.8 ? 'none' : 'single';
        mission.remote = r < 0.6 ? 'full' : 'possible';
      } else if (template.remote === 'possible') {
        mission.layout = chance(0.45) ? 'none' : 'single';
        mission.remote =
          mission.layout === 'none' && template.remoteFull && chance(0.4) ? 'full' : 'possible';
      } else {
        mission.layout = 'single';
        mission.remote = chance(0.04) ? 'local' : 'no';
      }
    }
    const dates = missionDates({ openEnded: 0.08 });
    if (mission.template.season === 'winter') dates.start = int(day(2026, 12, 1), day(2027, 1, 31));
    if (mission.template.season === 'spring') dates.start = int(day(2027, 3, 15), day(2027, 6, 15));
    if (mission.template.season === 'summer') dates.start = int(day(2027, 6, 1), day(2027, 6, 30));
    if (dates.end !== undefined && dates.end <= dates.start) dates.end = dates.start + 30;
    if (dates.posted >= dates.start - 10)
      dates.posted = Math.min(day(2026, 11, 30), dates.start - 20);
    mission.dates = dates;

    // Single-address flavours: lonlat "lon,lat", <location>, no coordinates, `adresse` alias.
    if (mission.layout === 'single') {
      mission.street = street();
      mission.point = nearPoint(homeCommune);
      const r = rand();
      mission.singleFlavour = municipal
        ? pick(['lonlat', 'none'])
        : r < 0.55
          ? 'lonlat'
          : r < 0.68
            ? 'location'
            : r < 0.82
              ? 'adresse'
              : 'none';
    }
    if (mission.layout === 'multi') {
      mission.sites = org.communes
        .slice(0, int(2, org.communes.length))
        .map((c) => ({ commune: c, point: nearPoint(c) }));
    }
    missions.push(mission);
  }
  return missions;
}

function missionXml(m) {
  const o = m.org;
  const lines = [];
  const add = (tag, value) => {
    if (value !== undefined && value !== null && value !== '')
      lines.push(`    <${tag}>${cdata(value)}</${tag}>`);
  };
  add('title', m.title);
  add('clientId', m.id);
  add('description', m.description);
  add('applicationUrl', `https://benevolat-ensemble.example/missions/${m.id}`);
  add('postedAt', fr(m.dates.posted));
  add('startAt', fr(m.dates.start));
  if (m.dates.end !== undefined) add('endAt', fr(m.dates.end));

  if (m.layout === 'multi') {
    lines.push('    <addresses>');
    for (const site of m.sites) lines.push(addressXml(site.commune, site.point, { full: true }));
    lines.push('    </addresses>');
  } else if (m.layout === 'single') {
    const c = m.commune;
    const streetTag = m.singleFlavour === 'adresse' ? 'adresse' : 'address';
    add(streetTag, m.street);
    add('postalCode', c.postalCode);
    add('city', c.city);
    if (m.singleFlavour !== 'none' && m.org.type !== 'authority') {
      add('departmentCode', c.dept);
      add('departmentName', c.deptName);
      add('region', c.region);
    }
    add('country', 'France');
    if (m.singleFlavour === 'lonlat' || m.singleFlavour === 'adresse')
      add('lonlat', `${m.point.lon},${m.point.lat}`);
    if (m.singleFlavour === 'location') {
      lines.push(
        '    <location>',
        `      <lat>${cdata(m.point.lat)}</lat>`,
        `      <lon>${cdata(m.point.lon)}</lon>`,
        '    </location>',
      );
    }
  }
  add('schedule', m.schedule);
  add('places', m.places);
  add('activity', m.activities.join(','));
  add('remote', m.remote);
  add('domain', m.domain);
  if (m.template.tags && m.tagsShown) add('tags', m.template.tags);
  if (m.audience) add('audience', m.audience);
  if (m.requirements) add('requirements', m.requirements);
  add('reducedMobilityAccessible', m.pmr);
  add('closeToTransport', m.transport);
  add('openToMinors', m.minors ? 'yes' : 'no');
  add('organizationName', o.name);
  if (o.type === 'authority') {
    add('organizationSiren', o.siren);
    add('organizationUrl', o.url);
    add('organizationClientId', `COLL-${o.commune.insee}`);
    add('organizationType', 'Collectivité territoriale');
    add('organizationPostCode', o.commune.postalCode);
    add('organizationCity', o.commune.city);
  } else {
    add('organizationRNA', o.rna);
    add('organizationSiren', o.siren);
    add('organizationUrl', o.url);
    add('organizationClientId', o.clientId);
    if (m.orgDetails) {
      add('organizationType', '1901');
      add('organizationStatusJuridique', 'Association');
      add('organizationPostCode', o.communes[0].postalCode);
      add('organizationCity', o.communes[0].city);
    }
  }
  return ['  <mission>', ...lines, '  </mission>'].join('\n');
}

function decorateXml(missions) {
  useStream(777);
  for (const m of missions) {
    m.tagsShown = chance(0.6);
    const municipal = m.org.type === 'authority';
    m.audience =
      !municipal && chance(0.3)
        ? pick([
            'Tous publics',
            'Personnes âgées',
            'Jeunes',
            'Familles',
            'Personnes en situation de précarité',
          ])
        : undefined;
    m.requirements =
      !municipal && chance(0.2)
        ? pick(['Être majeur', 'Permis B', 'Formation assurée', 'Engagement de 3 mois minimum'])
        : undefined;
    m.pmr = pick(['yes', 'no', 'no']);
    m.transport = pick(['yes', 'yes', 'no']);
    m.orgDetails = chance(0.4);
  }
}

function renderXml(missions) {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<source>',
    `  <publisher>${cdata('Bénévolat Ensemble')}</publisher>`,
    `  <publisherurl>${cdata('https://benevolat-ensemble.example')}</publisherurl>`,
    `  <lastBuildDate>${cdata('Mon, 30 Nov 2026 06:00:00 GMT')}</lastBuildDate>`,
    ...missions.map(missionXml),
    '</source>',
    '',
  ].join('\n');
}

// --- Partner 2: Entraide locale, its own JSON ---------------------------------------------------------

const JSON_CATEGORIES = {
  Solidarité: 'solidarite-insertion',
  'Aide alimentaire': 'solidarite-insertion',
  'Lien social': 'vivre-ensemble',
  Environnement: 'environnement',
  Éducation: 'education',
  Santé: 'sante',
  Culture: 'culture-loisirs',
  Sport: 'sport',
  Numérique: 'numerique',
  Animaux: 'animaux',
  Emploi: 'emploi',
  'Bricolage et logistique': 'batiment-industrie-logistique',
  Compétences: 'benevolat-competences',
  Communication: 'communication',
  'Accès aux droits': 'gestion-finance-droit',
  'Solidarité internationale': 'humanitaire',
  Citoyenneté: 'memoire-et-citoyennete',
  Prévention: 'prevention-protection',
  Urgence: 'autre',
  'Sciences participatives': 'recherche',
  'Service public': 'service-public-defense-securite',
};
/** The partner's label for each domain slug (for the listings it re-publishes). */
const JSON_LABEL_OF_DOMAIN = {
  'solidarite-insertion': 'Solidarité',
  'vivre-ensemble': 'Lien social',
  environnement: 'Environnement',
  education: 'Éducation',
  sante: 'Santé',
  'culture-loisirs': 'Culture',
  sport: 'Sport',
  numerique: 'Numérique',
  animaux: 'Animaux',
  emploi: 'Emploi',
  'batiment-industrie-logistique': 'Bricolage et logistique',
  'benevolat-competences': 'Compétences',
  communication: 'Communication',
  'gestion-finance-droit': 'Accès aux droits',
  humanitaire: 'Solidarité internationale',
  'memoire-et-citoyennete': 'Citoyenneté',
  'prevention-protection': 'Prévention',
  autre: 'Urgence',
  recherche: 'Sciences participatives',
  'service-public-defense-securite': 'Service public',
};

// kind, category, modes (présentiel / à distance / mixte), title variants, text sentences (2 to 4 used)
const NEEDS_AND_OFFERS = [
  {
    type: 'besoin',
    cat: 'Aide alimentaire',
    titles: [
      'Besoin de bénévoles pour la collecte à la sortie des supermarchés',
      'Renfort pour le frigo solidaire du quartier',
      'Cherche bénévoles pour cuisiner des repas chauds',
    ],
    text: [
      'Notre collectif récupère des invendus et prépare des repas pour les familles du quartier {q}.',
      'Nous cherchons des personnes disponibles une ou deux heures par semaine.',
      'Pas besoin d’expérience, on vous explique tout sur place.',
      'Les denrées non consommées sont redistribuées le jour même.',
    ],
    modes: ['présentiel'],
  },
  {
    type: 'besoin',
    cat: 'Solidarité',
    titles: [
      '#c Courses pour une voisine âgée qui ne peut plus se déplacer',
      '#d Aide au déménagement d’une famille relogée',
      '#p Cherche accompagnement pour des rendez-vous à la préfecture',
      '#v Besoin de bras pour le vide-grenier solidaire',
    ],
    text: [
      '#c Une habitante de {city}, âgée de 87 ans, ne peut plus porter ses courses depuis une chute.',
      '#d Une famille de {city} vient d’obtenir un logement social et déménage le mois prochain.',
      '#p Une personne accompagnée par le collectif doit se rendre plusieurs fois à la préfecture et craint de s’y perdre.',
      '#v Notre vide-grenier finance les sorties des enfants du quartier {q} : il faut des bras pour l’installation et la buvette.',
      'Quelques heures suffisent, le créneau est à convenir ensemble.',
      'Le collectif coordonne et reste joignable en cas de question.',
      'Idéal pour quelqu’un qui habite près du quartier {q}.',
    ],
    modes: ['présentiel'],
  },
  {
    type: 'besoin',
    cat: 'Éducation',
    titles: [
      '#e Cherche bénévole pour de l’aide aux devoirs (CM2)',
      '#a Besoin d’un soutien en français pour un adulte',
      '#e Recherche aide en anglais pour une collégienne',
    ],
    text: [
      '#e Une famille du quartier {q} cherche quelqu’un pour aider son enfant une à deux fois par semaine.',
      '#a Un habitant du quartier {q}, arrivé en France il y a un an, voudrait progresser en français pour trouver du travail.',
      'Les séances peuvent avoir lieu à la maison de quartier.',
      'La personne n’a pas besoin d’être enseignante, simplement patiente.',
    ],
    modes: ['présentiel', 'mixte'],
  },
  {
    type: 'besoin',
    cat: 'Santé',
    titles: [
      '#r Accompagnement à des rendez-vous médicaux',
      '#b Recherche bénévoles pour un atelier bien-être des aidants',
    ],
    text: [
      '#r Des personnes âgées de {city} ont du mal à se rendre seules à leurs rendez-vous médicaux.',
      '#r Il s’agit de les accompagner en transport en commun ou à pied, et d’attendre avec elles.',
      '#b Nous organisons un après-midi de détente pour les proches aidants du quartier {q}.',
      '#b Il nous faut des personnes pour accueillir, préparer le goûter et garder un œil sur les proches pendant l’atelier.',
      'Une à deux matinées par mois suffisent.',
    ],
    modes: ['présentiel'],
  },
  {
    type: 'besoin',
    cat: 'Numérique',
    titles: [
      '#b Besoin d’aide pour installer une box internet',
      '#v Recherche bénévole pour apprendre la visio à des seniors',
    ],
    text: [
      '#b Plusieurs personnes âgées du quartier {q} ont reçu du matériel mais ne savent pas l’installer.',
      '#v Plusieurs personnes âgées du quartier {q} aimeraient voir leurs petits-enfants en visio, mais n’osent pas se lancer.',
      'Il faut quelqu’un de patient, qui explique sans jargon.',
      'Une ou deux visites à domicile suffisent en général.',
    ],
    modes: ['présentiel', 'mixte'],
  },
  {
    type: 'besoin',
    cat: 'Environnement',
    titles: [
      '#c Cherche des bras pour le compost collectif',
      '#n Nettoyage citoyen du parc du quartier {q}',
    ],
    text: [
      '#c Le composteur du quartier {q} déborde et a besoin d’être retourné chaque semaine.',
      '#n Canettes, plastiques, mégots : le parc du quartier {q} mérite un bon nettoyage.',
      '#n Nous organisons un ramassage des déchets un samedi par mois, suivi d’un pique-nique.',
      'Gants et outils fournis, venez comme vous êtes.',
    ],
    modes: ['présentiel'],
  },
  {
    type: 'besoin',
    cat: 'Culture',
    titles: [
      'Recherche bénévoles pour animer une bibliothèque de rue',
      'Besoin de lecteurs pour la boîte à livres du quartier',
    ],
    text: [
      'Chaque mercredi, nous installons des livres et des tapis au pied des immeubles du quartier {q}.',
      'Nous cherchons des adultes pour lire des histoires aux enfants.',
      'Une fois par mois ou chaque semaine, selon vos envies.',
    ],
    modes: ['présentiel'],
  },
  {
    type: 'besoin',
    cat: 'Sport',
    titles: [
      '#v Cherche accompagnateurs pour une sortie vélo avec des jeunes',
      '#f Besoin d’un encadrant pour le foot du samedi',
    ],
    text: [
      '#v Des jeunes du quartier {q} veulent découvrir les pistes cyclables autour de {city}.',
      '#f Une vingtaine d’enfants du quartier {q} jouent au foot chaque samedi au city-stade.',
      'Il faut deux ou trois adultes pour encadrer le groupe.',
      '#v Les vélos sont prêtés par une association partenaire.',
      '#f Les ballons et les chasubles sont fournis.',
    ],
    modes: ['présentiel'],
  },
  {
    type: 'besoin',
    cat: 'Animaux',
    titles: [
      'Garde de chat pendant une hospitalisation',
      'Promenade de chien pour une personne malade',
    ],
    text: [
      'Un habitant de {city} doit être hospitalisé quelques semaines et ne sait pas à qui confier son animal.',
      'Nous cherchons une personne qui habite près du quartier {q}.',
      'Les croquettes et la litière sont fournies.',
    ],
    modes: ['présentiel'],
  },
  {
    type: 'besoin',
    cat: 'Lien social',
    titles: [
      '#a Appels de convivialité aux personnes isolées',
      '#r Cherche voisins pour un repas partagé',
    ],
    text: [
      'Plusieurs personnes de notre quartier vivent seules et ne voient presque personne.',
      '#a Un appel par semaine peut beaucoup changer leur quotidien.',
      '#a Vous appelez depuis chez vous, aux horaires qui vous arrangent.',
      '#r Le collectif organise un repas partagé chaque mois et cherche des voisins pour cuisiner et mettre la table.',
    ],
    modes: ['#a à distance', '#a mixte', '#r présentiel'],
  },
  {
    type: 'besoin',
    cat: 'Urgence',
    titles: [
      '#i Hébergement d’urgence : recherche de lits de camp et de couvertures',
      '#e Aide au nettoyage après un dégât des eaux',
    ],
    text: [
      '#i Suite à un incendie dans un immeuble de {city}, plusieurs familles sont hébergées en urgence au gymnase.',
      '#i Nous cherchons des couvertures, des lits de camp et des bénévoles pour l’accueil.',
      '#e Après la rupture d’une canalisation, plusieurs appartements du quartier {q} ont été inondés.',
      '#e Il faut des bras pour sortir les meubles abîmés, nettoyer et aérer.',
      '#i Merci de nous contacter avant de déposer des dons.',
    ],
    modes: ['présentiel'],
  },
  {
    type: 'besoin',
    cat: 'Bricolage et logistique',
    titles: [
      '#m Monter des meubles pour une famille qui s’installe',
      '#c Besoin d’un chauffeur pour récupérer des dons',
    ],
    text: [
      '#m Une famille vient d’obtenir un logement à {city} et a reçu des meubles en kit.',
      '#m Il faudrait deux personnes bricoleuses pour une demi-journée.',
      '#m Les outils peuvent être prêtés par la bricothèque du quartier.',
      '#c Des habitants de {city} nous donnent des meubles, mais nous n’avons personne pour aller les chercher.',
      '#c Une camionnette peut être prêtée : il faut le permis B et une matinée de libre.',
    ],
    modes: ['présentiel'],
  },
  {
    type: 'besoin',
    cat: 'Emploi',
    titles: ['Recherche parrains pour des jeunes en recherche d’apprentissage'],
    text: [
      'Des jeunes du quartier {q} cherchent une entreprise pour leur apprentissage.',
      'Nous cherchons des professionnels pour les conseiller et leur ouvrir leur réseau.',
      'Quelques rendez-vous sur trois mois.',
    ],
    modes: ['mixte', 'présentiel'],
  },
  {
    type: 'besoin',
    cat: 'Accès aux droits',
    titles: [
      'Aide pour remplir un dossier de retraite',
      'Besoin d’aide pour un dossier de logement social',
    ],
    text: [
      'Un monsieur de {city} doit constituer son dossier et se perd dans les formulaires.',
      'Une personne à l’aise avec l’administration serait d’une grande aide.',
      'Deux ou trois rendez-vous à la maison de quartier suffiront.',
    ],
    modes: ['présentiel', 'mixte'],
  },
  {
    type: 'besoin',
    cat: 'Citoyenneté',
    titles: ['Aide pour organiser une réunion publique du quartier'],
    text: [
      'Les habitants du quartier {q} veulent se réunir au sujet des travaux de rénovation.',
      'Nous cherchons des personnes pour préparer l’invitation, tenir la salle et prendre des notes.',
    ],
    modes: ['présentiel'],
  },
  {
    type: 'besoin',
    cat: 'Prévention',
    titles: ['Cherche bénévoles pour une soirée de prévention des arnaques'],
    text: [
      'Plusieurs aînés du quartier {q} ont été victimes de faux démarcheurs.',
      'Nous organisons une soirée d’information et cherchons des personnes pour l’animer avec nous.',
    ],
    modes: ['présentiel'],
  },
  // offers
  {
    type: 'offre',
    cat: 'Éducation',
    titles: [
      'Je propose des cours de français',
      'Je propose du soutien en maths (collège et lycée)',
      'Ancienne institutrice, je propose de l’aide à la lecture',
    ],
    text: [
      'Je suis disponible deux soirs par semaine pour aider des enfants ou des adultes.',
      'Je peux venir à la maison de quartier ou faire les séances en visio.',
      'C’est gratuit, je souhaite simplement me rendre utile.',
      'N’hésitez pas à me contacter via la plateforme.',
    ],
    modes: ['présentiel', 'mixte', 'à distance'],
    individual: 0.5,
  },
  {
    type: 'offre',
    cat: 'Bricolage et logistique',
    titles: [
      'Prêt d’outils de bricolage (perceuse, scie, échelle)',
      'Prêt de matériel pour les déménagements solidaires',
    ],
    text: [
      'Nous mettons à disposition gratuitement du matériel pour les associations et les habitants de {city}.',
      'Le prêt se fait le week-end, sur réservation.',
      'Une caution symbolique peut être demandée.',
      'Pour les déménagements solidaires, nous pouvons aussi fournir des bras.',
    ],
    modes: ['présentiel'],
    individual: 0.2,
  },
  {
    type: 'offre',
    cat: 'Aide alimentaire',
    titles: [
      '#l Légumes du jardin à donner',
      '#c Je propose des confitures et des conserves maison pour l’épicerie solidaire',
    ],
    text: [
      '#l Mon potager produit bien plus que ce que je peux manger, surtout au printemps et en été.',
      '#c Avec les fruits de mon verger, je prépare chaque automne bien plus de confitures et de conserves que je ne peux en manger.',
      'Je peux les déposer au frigo solidaire ou à l’épicerie solidaire du quartier {q}.',
      'Une association peut aussi passer les chercher, il suffit de me prévenir la veille.',
    ],
    modes: ['présentiel'],
    individual: 0.6,
  },
  {
    type: 'offre',
    cat: 'Numérique',
    titles: [
      'Je propose de l’aide informatique à domicile',
      'Dépannage informatique gratuit pour les seniors',
    ],
    text: [
      'Informaticien à la retraite, je peux aider à installer un ordinateur, une imprimante ou une box.',
      'Je me déplace dans le quartier {q} et alentour.',
      'Je peux aussi aider par téléphone pour les petits soucis.',
    ],
    modes: ['présentiel', 'mixte'],
    individual: 0.5,
  },
  {
    type: 'offre',
    cat: 'Solidarité',
    titles: [
      'Je propose de faire les courses pour les personnes isolées',
      'Couture et retouches gratuites pour les familles',
      'Trajets en voiture vers l’hôpital',
    ],
    text: [
      'J’ai du temps libre en semaine et je souhaite aider des voisins de {city}.',
      'Je peux m’engager sur plusieurs mois.',
      'Contactez-moi pour en discuter, je réponds rapidement.',
    ],
    modes: ['présentiel'],
    individual: 0.6,
  },
  {
    type: 'offre',
    cat: 'Culture',
    titles: [
      '#d Je propose des ateliers de dessin pour enfants',
      '#e Je propose des ateliers d’écriture pour adultes',
    ],
    text: [
      '#d Illustratrice, je propose un atelier gratuit par mois dans le quartier {q}.',
      '#e Ancien professeur de lettres, je propose un atelier d’écriture gratuit par mois dans le quartier {q}.',
      'Le matériel est fourni, il suffit de venir avec son envie.',
      'Je cherche une salle ou une association pour m’accueillir.',
    ],
    modes: ['présentiel'],
    individual: 0.6,
  },
  {
    type: 'offre',
    cat: 'Sport',
    titles: [
      '#g Cours de gym douce gratuits au parc',
      '#v Je propose d’apprendre le vélo aux adultes',
    ],
    text: [
      '#g Éducatrice sportive, je propose une séance gratuite chaque semaine dans le quartier {q}.',
      '#v Moniteur de vélo-école à la retraite, j’apprends à pédaler aux adultes qui n’ont jamais appris.',
      'Ouvert à tous, quel que soit l’âge ou la condition physique.',
      '#g Il suffit d’apporter une bouteille d’eau et une tenue confortable.',
      '#v Je peux prêter un vélo et un casque.',
    ],
    modes: ['présentiel'],
    individual: 0.4,
  },
  {
    type: 'offre',
    cat: 'Santé',
    titles: [
      'Séances de relaxation pour les aidants',
      'Je propose des ateliers de sophrologie gratuits',
    ],
    text: [
      'Sophrologue, je propose des séances collectives gratuites pour les proches aidants.',
      'Les séances ont lieu à la maison de quartier ou en ligne.',
      'Places limitées à dix personnes par séance.',
    ],
    modes: ['mixte', 'présentiel'],
    individual: 0.5,
  },
  {
    type: 'offre',
    cat: 'Lien social',
    titles: [
      '#v Je propose des visites et des promenades aux personnes âgées',
      '#a Des appels réguliers pour rompre l’isolement',
    ],
    text: [
      'Retraitée, j’aimerais tenir compagnie à des personnes seules de {city}.',
      '#v Je peux passer une après-midi par semaine.',
      '#v J’aime les jeux de société et les balades.',
      '#a Je peux appeler deux ou trois personnes chaque semaine, à l’heure qui leur convient.',
    ],
    modes: ['#v présentiel', '#a à distance'],
    individual: 0.7,
  },
  {
    type: 'offre',
    cat: 'Accès aux droits',
    titles: [
      'Ancienne juriste, je propose une aide aux démarches',
      'Aide à la déclaration d’impôts',
    ],
    text: [
      'Je peux aider à comprendre un courrier administratif ou à remplir un dossier.',
      'Rendez-vous à la maison de quartier ou par téléphone.',
      'Je respecte bien entendu la confidentialité.',
    ],
    modes: ['mixte', 'à distance'],
    individual: 0.5,
  },
  {
    type: 'offre',
    cat: 'Emploi',
    titles: [
      'Je propose des simulations d’entretien d’embauche',
      'Relecture de CV et de lettres de motivation',
    ],
    text: [
      'Recruteuse depuis quinze ans, je propose de préparer des candidats aux entretiens.',
      'Séances d’une heure, en visio ou dans un café de {city}.',
      'Je peux aussi relire et corriger les CV.',
    ],
    modes: ['à distance', 'mixte'],
    individual: 0.6,
  },
  {
    type: 'offre',
    cat: 'Animaux',
    titles: ['Je propose de garder vos animaux pendant une hospitalisation'],
    text: [
      'J’ai un jardin et l’habitude des chiens et des chats.',
      'Je peux accueillir un animal quelques jours à quelques semaines si son maître est hospitalisé.',
    ],
    modes: ['présentiel'],
    individual: 0.8,
  },
  {
    type: 'offre',
    cat: 'Communication',
    titles: ['Graphiste, je propose de créer des affiches pour les associations'],
    text: [
      'Je mets mes compétences de graphiste au service des petites associations de {city}.',
      'Affiche, flyer ou logo : je travaille à distance et à mon rythme.',
      'Délai de deux à trois semaines selon les demandes.',
    ],
    modes: ['à distance'],
    individual: 0.7,
  },
  {
    type: 'offre',
    cat: 'Compétences',
    titles: [
      'Comptable, je propose d’aider les petites associations',
      'Conseils gratuits pour monter une association',
    ],
    text: [
      'Je peux aider à tenir la comptabilité, préparer un budget ou un dossier de subvention.',
      'Je suis disponible quelques heures par mois, surtout à distance.',
      'Premier rendez-vous pour faire le point sur vos besoins.',
    ],
    modes: ['à distance', 'mixte'],
    individual: 0.6,
  },
  {
    type: 'offre',
    cat: 'Solidarité internationale',
    titles: [
      '#a Traduction arabe-français pour les démarches',
      '#u Je propose de traduire de l’ukrainien vers le français',
    ],
    text: [
      '#a Je parle couramment arabe et français et peux traduire des documents ou accompagner à des rendez-vous.',
      '#u Je parle ukrainien et russe, je vis en France depuis dix ans et peux traduire des documents ou accompagner à des rendez-vous.',
      'Je suis disponible en fin de journée et le samedi.',
      'Je peux aussi traduire par téléphone.',
    ],
    modes: ['mixte', 'à distance'],
    individual: 0.7,
  },
  {
    type: 'offre',
    cat: 'Environnement',
    titles: ['#a Je propose d’animer des ateliers de compostage', '#b Prêt de broyeur à végétaux'],
    text: [
      '#a Maître composteur, je propose des ateliers gratuits aux écoles et aux collectifs d’habitants.',
      '#a J’apporte le matériel de démonstration.',
      '#a Un atelier dure environ une heure et demie.',
      '#b Je prête mon broyeur à végétaux aux jardins partagés et aux voisins du quartier {q}.',
      '#b Il se transporte dans un coffre de voiture ; je montre comment l’utiliser en toute sécurité.',
    ],
    modes: ['présentiel'],
    individual: 0.4,
  },
];

/** Offers made by local businesses of the JSON partner (one each, matched by organization name). */
const COMPANY_OFFERS = {
  'Boulangerie Le Fournil du Marché': {
    cat: 'Aide alimentaire',
    title: 'Don d’invendus de boulangerie chaque soir',
    text: [
      'Chaque soir, il nous reste du pain et des viennoiseries que nous préférons donner plutôt que jeter.',
      'Une association ou un collectif peut passer les récupérer à la fermeture, vers 19 h 30.',
      'Nous cherchons un partenaire régulier à {city}.',
    ],
  },
  'Transports Lemoine et Fils': {
    cat: 'Bricolage et logistique',
    title: 'Prêt de camionnette le week-end',
    text: [
      'Notre entreprise prête gratuitement une camionnette de 12 m³ aux associations de {city} le week-end.',
      'Idéal pour un déménagement solidaire ou une collecte.',
      'Le carburant reste à la charge de l’emprunteur ; il faut avoir le permis B depuis trois ans.',
    ],
  },
  'Restaurant Le Petit Zinc': {
    cat: 'Aide alimentaire',
    title: 'Don de repas préparés le vendredi',
    text: [
      'Le vendredi soir, il nous reste souvent une vingtaine de repas préparés dans la journée.',
      'Nous souhaitons les donner à une maraude ou à un accueil de jour du quartier {q}.',
      'Les repas sont conditionnés en barquettes et doivent être récupérés avant 22 h.',
    ],
  },
  'Librairie Les Mots Passants': {
    cat: 'Culture',
    title: 'Prêt de notre salle pour des activités associatives',
    text: [
      'Notre librairie dispose d’une petite salle à l’étage que nous prêtons gratuitement aux associations de {city}.',
      'Elle peut recevoir une vingtaine de personnes, en soirée ou le dimanche.',
      'Il suffit de réserver une semaine à l’avance.',
    ],
  },
  'Coopérative Informatique Solidaire': {
    cat: 'Numérique',
    title: 'Don d’ordinateurs portables reconditionnés',
    text: [
      'Notre coopérative reconditionne des ordinateurs portables donnés par des entreprises.',
      'Nous en offrons une dizaine par trimestre à des associations qui les remettent à des familles ou des étudiants.',
      'Les ordinateurs sont livrés avec un système et des logiciels libres installés.',
    ],
  },
};

const DUP_TITLE_JSON = [
  (t) => `Bénévole – ${t}`,
  (t) => t.toLowerCase(),
  (t) => `Recherche bénévoles : ${lcFirst(t)}`,
  (t, c) => `${t} à ${c.city}`,
  (t) => `Appel à bénévoles – ${t}`,
];
const DUP_TITLE_CSV = [
  (t) => `Appel à bénévoles : ${lcFirst(t)}`,
  (t, c) => `${t} (${c.city})`,
  (t) => t.toLowerCase(),
  (t) => `Bénévole – ${t}`,
];

function lieu(commune, point, streetText, withPoint) {
  const place = {};
  if (streetText) place.adresse = streetText;
  place.code_postal = commune.postalCode;
  place.ville = commune.city;
  if (withPoint) {
    place.latitude = Number(point.lat.toFixed(5));
    place.longitude = Number(point.lon.toFixed(5));
  }
  return place;
}

function generateJson(xmlMissions) {
  useStream(20261202);
  const orgs = buildJsonOrgs();
  const items = [];

  // 20 duplicates of XML missions: same organization, same place, same dates; reworded title, plain text.
  const regions = new Map();
  const eligible = xmlMissions.filter(
    (m) =>
      m.org.type === 'association' &&
      !m.org.network &&
      m.layout === 'single' &&
      m.singleFlavour !== 'none',
  );
  for (const m of shuffle(eligible)) {
    const list = regions.get(m.commune.region) ?? [];
    list.push(m);
    regions.set(m.commune.region, list);
  }
  const dupSources = [];
  const seenOrgs = new Set();
  while (dupSources.length < 20) {
    let added = false;
    for (const list of regions.values()) {
      const m = list.find((x) => !seenOrgs.has(x.org.name));
      if (m && dupSources.length < 20) {
        dupSources.push(m);
        seenOrgs.add(m.org.name);
        added = true;
      }
    }
    if (!added) throw new Error('not enough XML missions to duplicate');
  }

  // 80 listings of its own: 45 needs and 35 offers (5 of them from local businesses).
  const own = [];
  const needs = NEEDS_AND_OFFERS.filter((t) => t.type === 'besoin');
  const offers = NEEDS_AND_OFFERS.filter((t) => t.type === 'offre');
  const companies = orgs.filter((o) => o.type === 'entreprise');
  const others = orgs.filter((o) => o.type !== 'entreprise');
  for (const org of companies) {
    const offer = COMPANY_OFFERS[org.name];
    if (!offer) throw new Error(`no offer for ${org.name}`);
    own.push({
      template: {
        type: 'offre',
        cat: offer.cat,
        titles: [offer.title],
        text: offer.text,
        modes: ['présentiel'],
      },
      org,
      company: true,
    });
  }
  // Each listing goes to the least used organization that posts in its category.
  const orgsCycle = shuffle(others);
  const uses = new Map(orgsCycle.map((o) => [o, 0]));
  for (let i = 0; i < 80 - companies.length; i++) {
    const template = i < 45 ? needs[i % needs.length] : offers[(i - 45) % offers.length];
    const fit = orgsCycle.filter((o) => !o.cats || o.cats.includes(template.cat));
    const least = Math.min(...fit.map((o) => uses.get(o)));
    const org = pick(fit.filter((o) => uses.get(o) === least));
    uses.set(org, least + 1);
    own.push({ template, org });
  }

  const pairs = [];
  const dupSet = new Map(dupSources.map((m, k) => [m, k]));
  const entries = shuffle([...dupSources.map((m) => ({ dup: m })), ...own]);
  let seq = 1000;
  for (const entry of entries) {
    seq += int(1, 9);
    const id = `EL-${seq}`;
    if (entry.dup) {
      const m = entry.dup;
      const k = dupSet.get(m);
      const title = DUP_TITLE_JSON[k % DUP_TITLE_JSON.length](m.title, m.commune);
      const item = {
        id,
        intitule: title,
        texte: plainText(m.description),
        lien: `https://entraide-locale.example/annonces/${id}`,
        categorie: JSON_LABEL_OF_DOMAIN[m.domain],
        type: 'besoin',
        modalite: m.remote === 'possible' ? 'mixte' : 'présentiel',
        debut: iso(m.dates.start),
        fin: m.dates.end === undefined ? null : iso(m.dates.end),
        lieu: lieu(m.commune, m.point, m.street, k % 3 !== 2),
        structure: { nom: m.org.name, rna: m.org.rna ?? null },
      };
      items.push(item);
      pairs.push({ xml: m, json: item });
      continue;
    }
    const { template, org } = entry;
    const individual = template.type === 'offre' && chance(template.individual ?? 0);
    const commune = org.commune;
    const ctx = context(org, commune);
    const rawTitle = pick(usable(template.titles, ctx));
    const tags = tagsOf(rawTitle);
    const modalite = pick(withTags(template.modes, tags));
    const text = withTags(template.text, tags);
    const sentences = keepInOrder(
      text,
      entry.company ? text.length : int(2, Math.min(4, text.length)),
    ).map((t) => fill(t, ctx));
    const dates = missionDates({ openEnded: template.type === 'offre' ? 0.3 : 0.1 });
    const withPoint = chance(0.6);
    const item = {
      id,
      intitule: fill(untag(rawTitle), ctx),
      texte: sentences.join(' '),
      lien: `https://entraide-locale.example/annonces/${id}`,
      categorie: template.cat,
      type: template.type,
      modalite,
      debut: iso(dates.start),
      fin: dates.end === undefined ? null : iso(dates.end),
    };
    if (modalite === 'à distance' && chance(0.5)) {
      // nothing: fully remote, no place
    } else if (modalite === 'à distance') {
      item.lieu = { code_postal: commune.postalCode, ville: commune.city };
    } else {
      const point = nearPoint(commune);
      item.lieu = lieu(commune, point, withPoint || chance(0.3) ? street() : undefined, withPoint);
    }
    item.structure = individual ? null : { nom: org.name, rna: org.rna };
    items.push(item);
  }
  return { items, pairs };
}

function jsonMapping() {
  return {
    fields: {
      externalId: 'id',
      title: 'intitule',
      description: 'texte',
      applyUrl: 'lien',
      domain: 'categorie',
      kind: 'type',
      remote: 'modalite',
      startsAt: 'debut',
      endsAt: 'fin',
      street: 'lieu.adresse',
      postalCode: 'lieu.code_postal',
      city: 'lieu.ville',
      lat: 'lieu.latitude',
      lon: 'lieu.longitude',
      'organization.name': 'structure.nom',
      'organization.rna': 'structure.rna',
    },
    values: {
      domain: JSON_CATEGORIES,
      kind: { besoin: 'NEED', offre: 'OFFER' },
      remote: { présentiel: 'ONSITE', 'à distance': 'REMOTE', mixte: 'HYBRID' },
    },
  };
}

// --- Partner 3: Mairies solidaires, its own CSV ---------------------------------------------------------

const CSV_COLUMNS = [
  'reference',
  'titre',
  'description',
  'url_candidature',
  'domaine',
  'activites',
  'code_postal',
  'commune',
  'code_insee',
  'date_debut',
  'date_fin',
  'places',
  'ouvert_mineurs',
  'collectivite',
];

function csvField(value) {
  const text = value === undefined || value === null ? '' : String(value);
  return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function generateCsv(xmlMissions) {
  useStream(20261203);
  const authorities = buildAuthorities();
  const dupSources = xmlMissions.filter((m) => m.org.type === 'authority').slice(0, 10);
  if (dupSources.length < 10) throw new Error('not enough municipal XML missions');

  const entries = dupSources.map((m) => ({ dup: m }));
  for (let i = 0; i < 70; i++) {
    const authority = i < authorities.length ? authorities[i] : pick(authorities);
    entries.push({ authority });
  }
  const rows = [];
  const pairs = [];
  const counters = new Map();
  // No accidental duplicate: an authority never posts again a mission it posted on the XML partner.
  const usedTitles = new Set(
    xmlMissions
      .filter((m) => m.org.type === 'authority')
      .map((m) => `${m.org.name}|${m.template.title}`),
  );
  for (const entry of shuffle(entries)) {
    const authority = entry.dup ? entry.dup.org : entry.authority;
    const commune = authority.commune;
    const n = (counters.get(commune.insee) ?? 0) + 1;
    counters.set(commune.insee, n);
    const reference = `MS-${commune.insee}-${String(n).padStart(3, '0')}`;
    const row = {
      reference,
      url_candidature: `https://mairies-solidaires.example/offres/${reference}`,
      code_postal: commune.postalCode,
      commune: commune.city,
      code_insee: chance(0.88) ? commune.insee : '',
      collectivite: authority.name,
    };
    if (entry.dup) {
      const m = entry.dup;
      const variant = pairs.length;
      row.titre = DUP_TITLE_CSV[variant % DUP_TITLE_CSV.length](m.title, commune);
      row.description = plainText(m.description).replace(/\n+/g, ' ');
      row.domaine = m.domain;
      row.activites = m.activities.join(',');
      row.date_debut = fr(m.dates.start);
      row.date_fin = m.dates.end === undefined ? '' : fr(m.dates.end);
      row.places = m.places;
      row.ouvert_mineurs = m.minors ? 'oui' : 'non';
      row.code_insee = commune.insee;
      pairs.push({ xml: m, csv: row });
    } else {
      let template;
      for (let tries = 0; tries < 50; tries++) {
        template = pick(MUNICIPAL);
        if (!usedTitles.has(`${authority.name}|${template.title}`)) break;
      }
      usedTitles.add(`${authority.name}|${template.title}`);
      const ctx = {
        ...context(authority, commune),
        org: chance(0.6) ? inSentence(authority.name) : 'la ville',
      };
      row.titre = fill(template.title, ctx);
      row.description = template.text.map((t) => ucFirst(fill(t, ctx))).join(' ');
      row.domaine = template.domain;
      row.activites = template.activities.join(',');
      const dates = missionDates({ openEnded: 0.1 });
      if (template.season === 'winter') dates.start = int(day(2026, 12, 1), day(2027, 1, 31));
      if (template.season === 'spring') dates.start = int(day(2027, 3, 15), day(2027, 6, 15));
      if (template.season === 'summer') dates.start = int(day(2027, 6, 1), day(2027, 6, 30));
      if (dates.end !== undefined && dates.end <= dates.start) dates.end = dates.start + 30;
      row.date_debut = fr(dates.start);
      row.date_fin = dates.end === undefined ? '' : fr(dates.end);
      row.places = int(2, 25);
      row.ouvert_mineurs = chance(0.4) ? 'oui' : 'non';
    }
    rows.push(row);
  }
  const text =
    [
      CSV_COLUMNS.join(';'),
      ...rows.map((r) => CSV_COLUMNS.map((c) => csvField(r[c])).join(';')),
    ].join('\n') + '\n';
  return { text, rows, pairs };
}

function csvMapping() {
  return {
    fields: {
      externalId: 'reference',
      title: 'titre',
      description: 'description',
      applyUrl: 'url_candidature',
      domain: 'domaine',
      activities: 'activites',
      postalCode: 'code_postal',
      city: 'commune',
      cityCode: 'code_insee',
      startsAt: 'date_debut',
      endsAt: 'date_fin',
      places: 'places',
      openToMinors: 'ouvert_mineurs',
      'organization.name': 'collectivite',
    },
    values: {},
  };
}

// --- README -------------------------------------------------------------------------------------------

function readme({ xmlMissions, json, csv }) {
  const count = (list, f) => list.filter(f).length;
  const xmlRegions = [
    ...new Set(
      xmlMissions.flatMap((m) =>
        m.sites ? m.sites.map((s) => s.commune.region) : [m.commune.region],
      ),
    ),
  ];
  const jsonPairs = json.pairs
    .map(
      ({ xml, json: item }) =>
        `| \`${xml.id}\` | \`${item.id}\` | ${xml.org.name} | ${xml.commune.city} (${xml.commune.postalCode}) | ${xml.title} → ${item.intitule} |`,
    )
    .join('\n');
  const csvPairs = csv.pairs
    .map(
      ({ xml, csv: row }) =>
        `| \`${xml.id}\` | \`${row.reference}\` | ${xml.org.name} | ${xml.commune.city} (${xml.commune.postalCode}) | ${xml.title} → ${row.titre} |`,
    )
    .join('\n');
  return `# Demo data

Invented data for demonstrations and manual testing: \`npm start\` loads these feeds through the
real ingest pipeline (connector → validate → normalize → geocode → deduplicate). The organizations,
missions, street numbers and people are **fictitious**; any resemblance to a real association is
accidental. Only the communes are real (name, postal code, INSEE code and centroid from La Poste's
"Base officielle des codes postaux", data.gouv.fr, Licence Ouverte). URLs use the reserved
\`.example\` domains.

Generated by a deterministic script (seeded PRNG, no dependency): do not edit these files by hand,
change the generator and run

\`\`\`sh
node tools/demo/generate-demo-feeds.mjs
\`\`\`

Re-running it gives byte-identical files.

## Files

| file | partner (slug) | format | content |
|---|---|---|---|
| \`benevolat-ensemble.xml\` | Bénévolat Ensemble (\`benevolat-ensemble\`) | national exchange format (API Engagement XML) | ${xmlMissions.length} missions |
| \`entraide-locale.json\` | Entraide locale (\`entraide-locale\`) | JSON \`{ "items": [...] }\`, the partner's own field names | ${json.items.length} listings |
| \`entraide-locale.mapping.json\` | | field mapping of the JSON feed | |
| \`mairies-solidaires.csv\` | Mairies solidaires (\`mairies-solidaires\`) | CSV, \`;\`-separated, UTF-8, header row | ${csv.rows.length} rows |
| \`mairies-solidaires.mapping.json\` | | field mapping of the CSV feed | |

### benevolat-ensemble.xml
Root \`<source>\`, one \`<mission>\` each, values in CDATA, HTML descriptions, dd/mm/yyyy dates
(start December 2026 – June 2027, posted in 2026). The variety of real feeds:
${count(xmlMissions, (m) => m.layout === 'multi')} multi-site missions (\`<addresses><address>…<location><lat/><lon/>\`),
${count(xmlMissions, (m) => m.layout === 'single' && m.singleFlavour === 'lonlat')} single addresses with \`lonlat\` ("lon,lat"),
${count(xmlMissions, (m) => m.layout === 'single' && m.singleFlavour === 'location')} with \`<location>\`,
${count(xmlMissions, (m) => m.layout === 'single' && m.singleFlavour === 'adresse')} with the \`adresse\` alias,
${count(xmlMissions, (m) => m.layout === 'single' && m.singleFlavour === 'none')} with a postal code and city but no coordinates,
${count(xmlMissions, (m) => m.layout === 'none')} remote missions without any address
(\`remote\` = full: ${count(xmlMissions, (m) => m.remote === 'full')}, possible: ${count(xmlMissions, (m) => m.remote === 'possible')}, local: ${count(xmlMissions, (m) => m.remote === 'local')}).
${count(xmlMissions, (m) => m.org.type === 'authority')} missions are republished from local authorities (SIREN, no RNA).
Regions: ${xmlRegions.sort((a, b) => (slugify(a) < slugify(b) ? -1 : 1)).join(', ')}.

### entraide-locale.json
A mutual-aid platform: needs (\`"type": "besoin"\`, ${count(json.items, (i) => i.type === 'besoin')}) and offers of help
(\`"type": "offre"\`, ${count(json.items, (i) => i.type === 'offre')}), its own category labels
(mapped to domain slugs in the mapping's \`values.domain\`), \`modalite\` présentiel / à distance / mixte,
\`debut\` / \`fin\` as yyyy-mm-dd (\`fin\` null when open-ended). \`lieu\` has latitude / longitude on
${count(json.items, (i) => i.lieu && i.lieu.latitude !== undefined)} items, no coordinates (postal code and city, sometimes a street) on
${count(json.items, (i) => i.lieu && i.lieu.latitude === undefined)}, and is absent on ${count(json.items, (i) => !i.lieu)} fully remote ones.
\`structure\` is null for ${count(json.items, (i) => i.structure === null)} offers made by individuals, and \`rna\` is null for companies and informal collectives.

### mairies-solidaires.csv
Missions posted by local authorities (towns, CCAS). No coordinates: geocoded from \`code_insee\`
(left empty on ${count(csv.rows, (r) => r.code_insee === '')} rows) or \`code_postal\`. \`domaine\` holds the domain slugs directly, \`activites\`
activity slugs separated by commas, \`ouvert_mineurs\` is \`oui\` / \`non\`, dates dd/mm/yyyy.

## Cross-partner duplicates (for deduplication)

Each pair describes the same mission on two partners: same organization (name, and RNA when the
second partner carries it), same commune and street, same dates; the title is reworded and the
description is plain text instead of HTML. They should be merged into one listing with two sources.

### Bénévolat Ensemble (XML) ↔ Entraide locale (JSON): ${json.pairs.length} pairs

| XML clientId | JSON id | organization | commune | titles |
|---|---|---|---|---|
${jsonPairs}

### Bénévolat Ensemble (XML) ↔ Mairies solidaires (CSV): ${csv.pairs.length} pairs

| XML clientId | CSV reference | organization | commune | titles |
|---|---|---|---|---|
${csvPairs}

No other pair is meant to be a duplicate: the three partners use different organizations
otherwise, and sources of the same partner are never merged.
`;
}

// --- Main ---------------------------------------------------------------------------------------------

const xmlMissions = generateXml();
decorateXml(xmlMissions);
const xml = renderXml(xmlMissions);
const json = generateJson(xmlMissions);
const csv = generateCsv(xmlMissions);

mkdirSync(outDir, { recursive: true });
const write = (name, text) => writeFileSync(join(outDir, name), text);
write('benevolat-ensemble.xml', xml);
write('entraide-locale.json', `${JSON.stringify({ items: json.items }, null, 2)}\n`);
write('entraide-locale.mapping.json', `${JSON.stringify(jsonMapping(), null, 2)}\n`);
write('mairies-solidaires.csv', csv.text);
write('mairies-solidaires.mapping.json', `${JSON.stringify(csvMapping(), null, 2)}\n`);
write('README.md', readme({ xmlMissions, json, csv }));

console.log(
  `demo feeds written to ${outDir}: ${xmlMissions.length} XML missions, ${json.items.length} JSON items, ${csv.rows.length} CSV rows ` +
    `(${json.pairs.length} XML↔JSON and ${csv.pairs.length} XML↔CSV duplicates)`,
);
