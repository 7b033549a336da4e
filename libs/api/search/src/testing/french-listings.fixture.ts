import { ListingKind, type ListingInput, RemoteMode } from '@passerelle/shared-domain';

/** Reference points of the search tests. */
export const PLACES = {
  /** Lyon, Hôtel de Ville. */
  lyon: { lat: 45.764, lon: 4.8357 },
  /** Vénissieux, about 8.4 km south-east of LYON. */
  venissieux: { lat: 45.6975, lon: 4.8867 },
} as const;

export const FIXTURE_PARTNERS = [
  { slug: 'reseau-benevolat', name: 'Réseau Bénévolat' },
  { slug: 'entraide-locale', name: 'Entraide Locale' },
] as const;

type Address = NonNullable<ListingInput['addresses']>[number];

const at = (postalCode: string, city: string, lat: number, lon: number): Address => ({
  postalCode,
  city,
  lat,
  lon,
});

const A = {
  lyon1: at('69001', 'Lyon', 45.77, 4.83),
  lyon3: at('69003', 'Lyon', 45.7605, 4.859),
  lyon4: at('69004', 'Lyon', 45.779, 4.827),
  lyon7: at('69007', 'Lyon', 45.753, 4.843),
  villeurbanne: at('69100', 'Villeurbanne', 45.7719, 4.8902),
  caluire: at('69300', 'Caluire-et-Cuire', 45.7953, 4.8467),
  venissieux: at('69200', 'Vénissieux', PLACES.venissieux.lat, PLACES.venissieux.lon),
  vaulx: at('69120', 'Vaulx-en-Velin', 45.7786, 4.9219),
  bron: at('69500', 'Bron', 45.7386, 4.913),
  givors: at('69700', 'Givors', 45.5906, 4.7689),
  villefranche: at('69400', 'Villefranche-sur-Saône', 45.9898, 4.7187),
  paris11: at('75011', 'Paris', 48.859, 2.38),
  paris13: at('75013', 'Paris', 48.8322, 2.3561),
  paris18: at('75018', 'Paris', 48.8925, 2.3444),
  saintDenis: at('93200', 'Saint-Denis', 48.9362, 2.3574),
  marseille2: at('13002', 'Marseille', 43.299, 5.368),
  marseille7: at('13007', 'Marseille', 43.2905, 5.361),
  lille: at('59000', 'Lille', 50.6292, 3.0573),
  roubaix: at('59100', 'Roubaix', 50.6942, 3.1746),
  bordeaux: at('33000', 'Bordeaux', 44.8378, -0.5792),
  toulouse: at('31000', 'Toulouse', 43.6047, 1.4442),
  nantes: at('44000', 'Nantes', 47.2184, -1.5536),
  strasbourg: at('67000', 'Strasbourg', 48.5734, 7.7521),
  rennes: at('35000', 'Rennes', 48.1173, -1.6778),
  ajaccio: at('20000', 'Ajaccio', 41.9192, 8.7386),
  pointeAPitre: at('97110', 'Pointe-à-Pitre', 16.2411, -61.5331),
};

const DAY = 86_400_000;
const day = (offset: number, now: number) => new Date(now + offset * DAY).toISOString();

interface Spec {
  id: string;
  title: string;
  description: string;
  domain: string;
  activities?: string[];
  addresses?: Address[];
  remote?: ListingInput['remote'];
  kind?: ListingInput['kind'];
  startsIn?: number;
  endsIn?: number;
  organization: string;
  openToMinors?: boolean;
  reducedMobilityAccessible?: boolean;
}

const SPECS: Spec[] = [
  {
    id: 'f01',
    title: 'Bénévolat : aide alimentaire aux familles',
    description:
      '<p>Rejoignez l’équipe pour trier les denrées et les remettre aux familles le mercredi.</p>',
    domain: 'solidarite-insertion',
    activities: ['distribution'],
    addresses: [A.lyon7],
    organization: 'Banque alimentaire du Rhône',
  },
  {
    id: 'f02',
    title: 'Épicerie solidaire du Panier : accueil des clients',
    description:
      '<p>Tenir la caisse, conseiller et accueillir les personnes orientées par les services sociaux.</p>',
    domain: 'solidarite-insertion',
    activities: ['accueil-de-public'],
    addresses: [A.marseille2],
    organization: 'Épicerie du Panier',
  },
  {
    id: 'f03',
    title: 'Maraude auprès des personnes sans-abri',
    description:
      '<p>Aller à la rencontre des personnes qui dorment dehors, distribuer café et couvertures.</p>',
    domain: 'solidarite-insertion',
    activities: ['secours-aide'],
    addresses: [A.paris18],
    organization: 'Maraudes du Nord parisien',
  },
  {
    id: 'f04',
    title: 'Accueil de jour pour SDF',
    description:
      '<p>Servir le petit-déjeuner, tenir la bagagerie et orienter les personnes à la rue.</p>',
    domain: 'solidarite-insertion',
    activities: ['accueil-de-public'],
    addresses: [A.lille],
    organization: 'Point Accueil Lillois',
  },
  {
    id: 'f05',
    title: 'Visites de convivialité en maison de retraite',
    description: '<p>Jeux de société, promenades et discussions avec les résidents.</p>',
    domain: 'vivre-ensemble',
    activities: ['lutte-contre-isolement'],
    addresses: [A.bordeaux],
    organization: 'Les Amis des Chartrons',
  },
  {
    id: 'f06',
    title: 'Animation musicale en EHPAD',
    description: '<p>Chanter et jouer avec les résidents un après-midi par mois.</p>',
    domain: 'culture-loisirs',
    activities: ['animation'],
    addresses: [A.toulouse],
    organization: 'Musique et Partage',
  },
  {
    id: 'f07',
    title: 'Soutien scolaire pour collégiens',
    description:
      '<p>Accompagner des élèves de la sixième à la troisième en mathématiques et en français.</p>',
    domain: 'education',
    activities: ['soutien-scolaire'],
    addresses: [A.villeurbanne],
    organization: 'Réussir à Villeurbanne',
    openToMinors: true,
  },
  {
    id: 'f08',
    title: 'Aide aux devoirs à la Croix-Rousse',
    description:
      '<p>Deux soirs par semaine, aider des écoliers à faire leurs exercices après la classe.</p>',
    domain: 'education',
    activities: ['transmission-pedagogie'],
    addresses: [A.lyon4],
    organization: 'Centre social de la Croix-Rousse',
  },
  {
    id: 'f09',
    title: 'Jardinage au jardin partagé de la Guillotière',
    description: '<p>Semis, arrosage et récolte avec les habitants du quartier.</p>',
    domain: 'environnement',
    activities: ['jardinage'],
    addresses: [A.lyon7],
    organization: 'Jardins de la Guillotière',
  },
  {
    id: 'f10',
    title: 'Compost et potager au jardin partagé des Chartrons',
    description: '<p>Entretenir les bacs de compost et le potager collectif.</p>',
    domain: 'environnement',
    activities: ['jardinage'],
    addresses: [A.bordeaux],
    organization: 'Chartrons en Vert',
  },
  {
    id: 'f11',
    title: 'Collecte de produits d’hygiène',
    description: '<p>Tenir un stand de collecte à l’entrée d’un supermarché.</p>',
    domain: 'solidarite-insertion',
    activities: ['collecte-de-produits'],
    addresses: [A.venissieux],
    organization: 'Hygiène pour tous',
  },
  {
    id: 'f12',
    title: 'Ramassage de déchets sur les berges',
    description:
      '<p>Une matinée pour nettoyer les berges avec des gants et des pinces fournis.</p>',
    domain: 'environnement',
    activities: ['ramassage-dechets'],
    addresses: [A.caluire],
    organization: 'Berges Propres',
  },
  {
    id: 'f13',
    title: 'Distribution de repas chauds',
    description: '<p>Servir des repas chauds le soir, en équipe de quatre.</p>',
    domain: 'solidarite-insertion',
    activities: ['distribution'],
    addresses: [A.bron],
    organization: 'Repas Solidaires de Bron',
  },
  {
    id: 'f14',
    title: 'Atelier numérique pour seniors',
    description:
      '<p>Aider à utiliser une tablette, envoyer un courriel, faire une démarche en ligne.</p>',
    domain: 'numerique',
    activities: ['informatique'],
    addresses: [A.villefranche],
    organization: 'Connectés en Beaujolais',
  },
  {
    id: 'f15',
    title: 'Cours de français langue étrangère',
    description: '<p>Animer des cours de conversation pour des adultes nouvellement arrivés.</p>',
    domain: 'education',
    activities: ['alphabetisation'],
    addresses: [A.lyon3, A.villeurbanne, A.paris11],
    organization: 'Langues Partagées',
  },
  {
    id: 'f16',
    title: 'Traduction de documents pour une association d’aide aux migrants',
    description:
      '<p>Traduire des courriers et des notices de l’arabe ou du dari vers le français.</p>',
    domain: 'humanitaire',
    activities: ['documentation-traduction'],
    remote: RemoteMode.REMOTE,
    organization: 'Traducteurs Solidaires',
  },
  {
    id: 'f17',
    title: 'Écoute téléphonique de personnes isolées',
    description:
      '<p>Appeler chaque semaine des personnes seules pour prendre de leurs nouvelles.</p>',
    domain: 'solidarite-insertion',
    activities: ['ecoute-permanence'],
    remote: RemoteMode.REMOTE,
    organization: 'Allô Voisins',
  },
  {
    id: 'f18',
    title: 'Tutorat de lycéens, en ligne et au local',
    description:
      '<p>Préparer le baccalauréat avec des lycéens, en visioconférence ou au local.</p>',
    domain: 'education',
    activities: ['enseignement-formation'],
    addresses: [A.lyon1],
    remote: RemoteMode.HYBRID,
    organization: 'Tremplin Lycée',
  },
  {
    id: 'f19',
    title: 'Je propose des cours de guitare',
    description: '<p>Guitariste amateur, je donne des cours aux enfants des centres sociaux.</p>',
    domain: 'culture-loisirs',
    activities: ['art'],
    addresses: [A.lyon3],
    kind: ListingKind.OFFER,
    organization: 'Collectif des Musiciens Bénévoles',
  },
  {
    id: 'f20',
    title: 'Développeur disponible pour les sites d’associations',
    description: '<p>Je crée ou remets en état le site internet de votre association.</p>',
    domain: 'numerique',
    activities: ['informatique'],
    addresses: [A.nantes],
    remote: RemoteMode.HYBRID,
    kind: ListingKind.OFFER,
    organization: 'Codeurs Solidaires',
  },
  {
    id: 'f21',
    title: 'Tenir un poste de premiers secours',
    description: '<p>Assurer la sécurité des coureurs lors du semi-marathon.</p>',
    domain: 'prevention-protection',
    activities: ['secourisme'],
    addresses: [A.strasbourg],
    organization: 'Secouristes d’Alsace',
  },
  {
    id: 'f22',
    title: 'Entraînement de football pour les jeunes',
    description: '<p>Encadrer les entraînements des moins de douze ans le mercredi.</p>',
    domain: 'sport',
    activities: ['sport'],
    addresses: [A.rennes],
    organization: 'Stade Rennais Quartiers',
    openToMinors: true,
  },
  {
    id: 'f23',
    title: 'Soins aux animaux du refuge',
    description: '<p>Promener les chiens et nettoyer les enclos.</p>',
    domain: 'animaux',
    activities: ['soins-animaux'],
    addresses: [A.ajaccio],
    organization: 'Refuge de Corse-du-Sud',
  },
  {
    id: 'f24',
    title: 'Aide aux sinistrés après le cyclone',
    description: '<p>Déblayer, distribuer de l’eau et des bâches aux familles touchées.</p>',
    domain: 'autre',
    activities: ['secours-aide'],
    addresses: [A.pointeAPitre],
    organization: 'Solidarité Guadeloupe',
  },
  {
    id: 'f25',
    title: 'Accompagnement administratif des demandeurs d’asile',
    description: '<p>Aider à remplir les dossiers et à prendre les rendez-vous.</p>',
    domain: 'solidarite-insertion',
    activities: ['taches-administratives'],
    addresses: [A.paris13],
    organization: 'Accueil Exilés Paris',
  },
  {
    id: 'f26',
    title: 'Collecte alimentaire en supermarché',
    description: '<p>Accueillir les clients et collecter les dons un samedi.</p>',
    domain: 'solidarite-insertion',
    activities: ['collecte'],
    addresses: [A.saintDenis],
    organization: 'Épicerie Sociale de Saint-Denis',
  },
  {
    id: 'f27',
    title: 'Préparer les colis des Restos du cœur',
    description: '<p>Préparer et remettre les colis pendant la campagne d’hiver.</p>',
    domain: 'solidarite-insertion',
    activities: ['distribution'],
    addresses: [A.roubaix],
    organization: 'Restos du cœur du Nord',
  },
  {
    id: 'f28',
    title: 'Lecture à voix haute en médiathèque',
    description: '<p>Lire des albums aux tout-petits le samedi matin.</p>',
    domain: 'culture-loisirs',
    activities: ['animation'],
    addresses: [A.lyon3],
    organization: 'Lire Ensemble',
    reducedMobilityAccessible: true,
  },
  {
    id: 'f29',
    title: 'Nettoyage de la plage des Catalans',
    description: '<p>Ramasser plastiques et mégots sur la plage.</p>',
    domain: 'environnement',
    activities: ['ramassage-dechets'],
    addresses: [A.marseille7],
    organization: 'Mer Propre',
  },
  {
    id: 'f30',
    title: 'Accueil des visiteurs au musée',
    description: '<p>Orienter les visiteurs pendant les Journées du patrimoine.</p>',
    domain: 'culture-loisirs',
    activities: ['accueil-de-public'],
    addresses: [A.paris11],
    startsIn: 120,
    endsIn: 122,
    organization: 'Amis du Musée',
    reducedMobilityAccessible: true,
  },
  {
    id: 'f31',
    title: 'Bricolage pour une ressourcerie',
    description: '<p>Réparer des meubles et des vélos avant leur revente solidaire.</p>',
    domain: 'environnement',
    activities: ['bricolage'],
    addresses: [A.vaulx],
    startsIn: 60,
    organization: 'Ressourcerie de l’Est lyonnais',
  },
  {
    id: 'f32',
    title: 'Ateliers cuisine avec des familles',
    description: '<p>Cuisiner des plats simples et équilibrés avec des parents.</p>',
    domain: 'vivre-ensemble',
    activities: ['animation'],
    addresses: [A.givors],
    organization: 'Centre social de Givors',
  },
  {
    id: 'f33',
    title: 'Mentorat de jeunes diplômés',
    description: '<p>Accompagner un jeune vers son premier emploi, une heure par semaine.</p>',
    domain: 'emploi',
    activities: ['mentorat-parrainage'],
    addresses: [A.lille],
    remote: RemoteMode.HYBRID,
    organization: 'Premier Poste',
  },
  {
    id: 'f34',
    title: 'Permanence juridique gratuite',
    description: '<p>Informer sur le droit du logement et du travail.</p>',
    domain: 'gestion-finance-droit',
    activities: ['juridique'],
    addresses: [A.toulouse],
    organization: 'Droit Pour Tous',
  },
  {
    id: 'f35',
    title: 'Sensibilisation au tri dans les écoles',
    description: '<p>Animer des ateliers sur le tri et le recyclage avec des classes.</p>',
    domain: 'environnement',
    activities: ['sensibilisation'],
    addresses: [A.nantes],
    organization: 'Zéro Déchet Nantes',
  },
  {
    id: 'f36',
    title: 'Visites à domicile de personnes âgées isolées',
    description: '<p>Passer une heure par semaine avec une personne qui vit seule.</p>',
    domain: 'vivre-ensemble',
    activities: ['lutte-contre-isolement'],
    addresses: [A.lyon4],
    organization: 'Voisins Solidaires',
  },
  {
    id: 'f37',
    title: 'Accueil des donneurs de sang',
    description: '<p>Accueillir les donneurs et servir la collation.</p>',
    domain: 'sante',
    activities: ['accueil-de-public'],
    addresses: [A.strasbourg],
    organization: 'Don du Sang Alsace',
  },
  {
    id: 'f38',
    title: 'Vendanges solidaires',
    description: '<p>Récolter le raisin d’un domaine en insertion.</p>',
    domain: 'environnement',
    activities: ['activites-manuelles'],
    addresses: [A.bordeaux],
    startsIn: -10,
    endsIn: -1,
    organization: 'Vignes en Insertion',
  },
  {
    id: 'f39',
    title: 'Distribution alimentaire d’urgence',
    description: '<p>Remettre des colis de produits frais aux familles.</p>',
    domain: 'solidarite-insertion',
    activities: ['distribution'],
    addresses: [A.lyon3],
    organization: 'Urgence Partage',
  },
  {
    id: 'f40',
    title: 'Soutien aux familles d’enfants hospitalisés',
    description: '<p>Accueillir les familles dans la maison des parents près de l’hôpital.</p>',
    domain: 'sante',
    activities: ['soutien-accompagnement'],
    addresses: [A.lyon7],
    organization: 'Maison des Parents',
    openToMinors: false,
  },
];

/** Ids of the fixture listings by role in the tests. */
export const FIXTURE = {
  typo: 'f01',
  epicerie: 'f02',
  sansAbri: 'f03',
  sdf: 'f04',
  maisonDeRetraite: 'f05',
  ehpad: 'f06',
  soutienScolaire: 'f07',
  aideAuxDevoirs: 'f08',
  jardinLyon: 'f09',
  jardinBordeaux: 'f10',
  venissieux: 'f11',
  caluire: 'f12',
  multiSite: 'f15',
  remote: ['f16', 'f17'],
  hybridLyon: 'f18',
  offers: ['f19', 'f20'],
  startsIn60: 'f31',
  startsIn120: 'f30',
  ended: 'f38',
} as const;

/**
 * About forty realistic French listings (needs and offers, Lyon area and elsewhere, remote,
 * multi-site, dated), as partners push them. Dates are relative to `now`.
 * Odd ones belong to the first fixture partner, even ones to the second.
 */
export function frenchListings(now = Date.now()): Array<{ partner: 0 | 1; listing: ListingInput }> {
  return SPECS.map((spec, n) => ({
    partner: (n % 2) as 0 | 1,
    listing: {
      externalId: spec.id,
      kind: spec.kind,
      title: spec.title,
      description: spec.description,
      applyUrl: `https://plateforme.example/missions/${spec.id}`,
      domain: spec.domain,
      activities: spec.activities,
      remote: spec.remote,
      startsAt: day(spec.startsIn ?? 7, now),
      endsAt: spec.endsIn === undefined ? undefined : day(spec.endsIn, now),
      postedAt: day(-(n + 1), now),
      openToMinors: spec.openToMinors,
      reducedMobilityAccessible: spec.reducedMobilityAccessible,
      addresses: spec.addresses,
      organization: { name: spec.organization },
    },
  }));
}
