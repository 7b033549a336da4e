/**
 * Word lists of the benchmark feed generator: real communes (INSEE code, postal code and
 * centroid from La Poste's postal code base), French mission vocabulary, organization names.
 */

export interface BenchCommune {
  insee: string;
  name: string;
  postalCode: string;
  departmentCode: string;
  departmentName: string;
  region: string;
  lat: number;
  lon: number;
  /** Relative weight: big cities publish more missions. */
  weight: number;
}

const c = (
  insee: string,
  name: string,
  postalCode: string,
  departmentCode: string,
  departmentName: string,
  region: string,
  lat: number,
  lon: number,
  weight = 1,
): BenchCommune => ({
  insee,
  name,
  postalCode,
  departmentCode,
  departmentName,
  region,
  lat,
  lon,
  weight,
});

const IDF = 'Île-de-France';
const ARA = 'Auvergne-Rhône-Alpes';
const PACA = "Provence-Alpes-Côte d'Azur";
const OCC = 'Occitanie';
const NAQ = 'Nouvelle-Aquitaine';
const HDF = 'Hauts-de-France';
const GE = 'Grand Est';
const BRE = 'Bretagne';
const PDL = 'Pays de la Loire';
const NOR = 'Normandie';
const BFC = 'Bourgogne-Franche-Comté';
const CVL = 'Centre-Val de Loire';

export const COMMUNES: readonly BenchCommune[] = [
  c('75111', 'Paris', '75011', '75', 'Paris', IDF, 48.8594, 2.3787, 6),
  c('75118', 'Paris', '75018', '75', 'Paris', IDF, 48.8927, 2.3487, 5),
  c('75115', 'Paris', '75015', '75', 'Paris', IDF, 48.8402, 2.2936, 5),
  c('93066', 'Saint-Denis', '93200', '93', 'Seine-Saint-Denis', IDF, 48.9296, 2.3592, 3),
  c('92012', 'Boulogne-Billancourt', '92100', '92', 'Hauts-de-Seine', IDF, 48.8366, 2.2391, 2),
  c('94028', 'Créteil', '94000', '94', 'Val-de-Marne', IDF, 48.7837, 2.4546, 2),
  c('69383', 'Lyon', '69003', '69', 'Rhône', ARA, 45.7534, 4.8692, 4),
  c('69387', 'Lyon', '69007', '69', 'Rhône', ARA, 45.7334, 4.8376, 3),
  c('13201', 'Marseille', '13001', '13', 'Bouches-du-Rhône', PACA, 43.2999, 5.3823, 4),
  c('13208', 'Marseille', '13008', '13', 'Bouches-du-Rhône', PACA, 43.2417, 5.3746, 3),
  c('31555', 'Toulouse', '31500', '31', 'Haute-Garonne', OCC, 43.5964, 1.4317, 4),
  c('06088', 'Nice', '06200', '06', 'Alpes-Maritimes', PACA, 43.712, 7.2383, 3),
  c('44109', 'Nantes', '44000', '44', 'Loire-Atlantique', PDL, 47.2316, -1.5483, 3),
  c('67482', 'Strasbourg', '67200', '67', 'Bas-Rhin', GE, 48.5713, 7.7675, 3),
  c('34172', 'Montpellier', '34000', '34', 'Hérault', OCC, 43.6134, 3.8685, 3),
  c('33063', 'Bordeaux', '33100', '33', 'Gironde', NAQ, 44.8572, -0.5737, 3),
  c('59350', 'Lille', '59000', '59', 'Nord', HDF, 50.6317, 3.0478, 3),
  c('59512', 'Roubaix', '59100', '59', 'Nord', HDF, 50.688, 3.1826, 2),
  c('35238', 'Rennes', '35200', '35', 'Ille-et-Vilaine', BRE, 48.112, -1.6819, 3),
  c('51454', 'Reims', '51100', '51', 'Marne', GE, 49.2515, 4.0402, 2),
  c('76351', 'Le Havre', '76600', '76', 'Seine-Maritime', NOR, 49.4985, 0.1402, 2),
  c('42218', 'Saint-Étienne', '42100', '42', 'Loire', ARA, 45.4301, 4.3791, 2),
  c('83137', 'Toulon', '83200', '83', 'Var', PACA, 43.1362, 5.9324, 2),
  c('38185', 'Grenoble', '38000', '38', 'Isère', ARA, 45.1821, 5.7213, 2),
  c('21231', 'Dijon', '21000', '21', "Côte-d'Or", BFC, 47.3229, 5.0379, 2),
  c('49007', 'Angers', '49100', '49', 'Maine-et-Loire', PDL, 47.4768, -0.5561, 2),
  c('30189', 'Nîmes', '30000', '30', 'Gard', OCC, 43.8449, 4.3481, 2),
  c('63113', 'Clermont-Ferrand', '63100', '63', 'Puy-de-Dôme', ARA, 45.7856, 3.1155, 2),
  c('72181', 'Le Mans', '72100', '72', 'Sarthe', PDL, 47.9885, 0.2, 2),
  c('29019', 'Brest', '29200', '29', 'Finistère', BRE, 48.4005, -4.5028, 2),
  c('37261', 'Tours', '37200', '37', 'Indre-et-Loire', CVL, 47.3986, 0.6965),
  c('80021', 'Amiens', '80090', '80', 'Somme', HDF, 49.901, 2.2901),
  c('87085', 'Limoges', '87100', '87', 'Haute-Vienne', NAQ, 45.8543, 1.2488),
  c('66136', 'Perpignan', '66000', '66', 'Pyrénées-Orientales', OCC, 42.6966, 2.8994),
  c('57463', 'Metz', '57000', '57', 'Moselle', GE, 49.1081, 6.1955),
  c('25056', 'Besançon', '25000', '25', 'Doubs', BFC, 47.2554, 6.0195),
  c('45234', 'Orléans', '45100', '45', 'Loiret', CVL, 47.8829, 1.9161),
  c('14118', 'Caen', '14000', '14', 'Calvados', NOR, 49.1848, -0.3698),
  c('68224', 'Mulhouse', '68200', '68', 'Haut-Rhin', GE, 47.7492, 7.3257),
  c('76540', 'Rouen', '76000', '76', 'Seine-Maritime', NOR, 49.4413, 1.0926),
  c('54395', 'Nancy', '54000', '54', 'Meurthe-et-Moselle', GE, 48.6902, 6.1759),
  c('86194', 'Poitiers', '86000', '86', 'Vienne', NAQ, 46.5839, 0.3599),
  c('64445', 'Pau', '64000', '64', 'Pyrénées-Atlantiques', NAQ, 43.32, -0.3503),
  c('17300', 'La Rochelle', '17000', '17', 'Charente-Maritime', NAQ, 46.1621, -1.1747),
  c('2A004', 'Ajaccio', '20000', '2A', 'Corse-du-Sud', 'Corse', 41.9348, 8.7013),
  c('2B033', 'Bastia', '20200', '2B', 'Haute-Corse', 'Corse', 42.6865, 9.425),
  c('97411', 'Saint-Denis', '97400', '974', 'La Réunion', 'La Réunion', -20.933, 55.4469),
  c('97209', 'Fort-de-France', '97200', '972', 'Martinique', 'Martinique', 14.6411, -61.0692),
  c('97101', 'Les Abymes', '97139', '971', 'Guadeloupe', 'Guadeloupe', 16.2728, -61.5017),
  c('05061', 'Gap', '05000', '05', 'Hautes-Alpes', PACA, 44.5799, 6.0649),
  c('48095', 'Mende', '48000', '48', 'Lozère', OCC, 44.5295, 3.4809),
  c('23096', 'Guéret', '23000', '23', 'Creuse', NAQ, 46.1632, 1.8708),
  c('12202', 'Rodez', '12000', '12', 'Aveyron', OCC, 44.3582, 2.5673),
  c('15014', 'Aurillac', '15000', '15', 'Cantal', ARA, 44.9245, 2.4416),
  c('74010', 'Annecy', '74000', '74', 'Haute-Savoie', ARA, 45.8906, 6.1255),
  c('22278', 'Saint-Brieuc', '22000', '22', "Côtes-d'Armor", BRE, 48.515, -2.7615),
  c('56260', 'Vannes', '56000', '56', 'Morbihan', BRE, 47.6597, -2.7571),
  c('24322', 'Périgueux', '24000', '24', 'Dordogne', NAQ, 45.1919, 0.7118),
  c('40192', 'Mont-de-Marsan', '40000', '40', 'Landes', NAQ, 43.8994, -0.4907),
  c('09122', 'Foix', '09000', '09', 'Ariège', OCC, 42.9659, 1.6104),
  c('73065', 'Chambéry', '73000', '73', 'Savoie', ARA, 45.5832, 5.909),
  c('62041', 'Arras', '62000', '62', 'Pas-de-Calais', HDF, 50.2899, 2.7659),
  c('08105', 'Charleville-Mézières', '08000', '08', 'Ardennes', GE, 49.7753, 4.7172),
];

export const STREET_TYPES = [
  'rue',
  'rue',
  'rue',
  'avenue',
  'boulevard',
  'place',
  'allée',
  'impasse',
  'chemin',
  'quai',
];
export const STREET_NAMES = [
  'de la République',
  'Victor Hugo',
  'Jean Jaurès',
  'du Général de Gaulle',
  'Pasteur',
  'des Lilas',
  'de la Gare',
  'Gambetta',
  'Jules Ferry',
  'du Moulin',
  'de la Liberté',
  'Émile Zola',
  'des Écoles',
  'Saint-Martin',
  'de la Paix',
  'Louis Pasteur',
  'du Château',
  'des Tilleuls',
  'Aristide Briand',
  'de Verdun',
  'Carnot',
  'Paul Bert',
  'de l’Église',
  'des Acacias',
  'Pierre et Marie Curie',
  'du 8 Mai 1945',
  'Jean Moulin',
  'de la Mairie',
  'Voltaire',
  'des Roses',
];
export const BUILDINGS = [
  '',
  '',
  '',
  '',
  'Bâtiment B, ',
  'Maison des associations, ',
  'Centre social, ',
  'Salle polyvalente, ',
];

/** Title stems per domain slug (actions a volunteer is asked to do). */
export const TITLE_STEMS: Readonly<Record<string, readonly string[]>> = {
  animaux: [
    'Prendre soin des chats du refuge',
    'Promener les chiens en attente d’adoption',
    'Aider à la collecte de nourriture pour animaux',
  ],
  autre: [
    'Renforcer l’équipe d’urgence lors des crues',
    'Appuyer la cellule de crise',
    'Distribuer des kits d’urgence aux sinistrés',
  ],
  'batiment-industrie-logistique': [
    'Trier et ranger les dons à l’entrepôt',
    'Rénover les locaux de l’association',
    'Aider à la logistique des collectes',
  ],
  'benevolat-competences': [
    'Conseiller une association sur sa stratégie numérique',
    'Mettre en place la comptabilité d’une association',
    'Accompagner un projet de recherche de financements',
  ],
  communication: [
    'Animer les réseaux sociaux de l’association',
    'Rédiger la lettre d’information mensuelle',
    'Réaliser des affiches et des visuels',
  ],
  'culture-loisirs': [
    'Accueillir le public du festival',
    'Animer des ateliers de lecture',
    'Guider les visiteurs du musée',
  ],
  education: [
    'Aider aux devoirs des collégiens',
    'Donner des cours de français aux adultes',
    'Accompagner la scolarité d’enfants en difficulté',
  ],
  emploi: [
    'Préparer des demandeurs d’emploi aux entretiens',
    'Aider à la rédaction de CV',
    'Parrainer des jeunes en recherche d’emploi',
  ],
  environnement: [
    'Ramasser les déchets sur les berges',
    'Entretenir le jardin partagé',
    'Sensibiliser au tri et au compostage',
  ],
  'gestion-finance-droit': [
    'Tenir la permanence d’accès au droit',
    'Aider à la déclaration de revenus',
    'Assister le trésorier de l’association',
  ],
  humanitaire: [
    'Préparer les colis pour l’aide internationale',
    'Soutenir un projet d’accès à l’eau',
    'Accueillir des familles réfugiées',
  ],
  'memoire-et-citoyennete': [
    'Recueillir la mémoire des anciens du quartier',
    'Participer aux cérémonies commémoratives',
    'Animer un atelier de citoyenneté',
  ],
  numerique: [
    'Accompagner les seniors dans leurs démarches en ligne',
    'Animer un atelier d’initiation à l’informatique',
    'Réparer des ordinateurs pour les familles',
  ],
  'prevention-protection': [
    'Sensibiliser les jeunes aux risques routiers',
    'Tenir un poste de secours',
    'Former aux gestes qui sauvent',
  ],
  recherche: [
    'Participer à un inventaire de la biodiversité',
    'Saisir des données pour une étude participative',
    'Observer les oiseaux migrateurs',
  ],
  sante: [
    'Accompagner des patients à l’hôpital',
    'Rendre visite aux personnes hospitalisées',
    'Soutenir les aidants familiaux',
  ],
  'service-public-defense-securite': [
    'Renforcer la réserve civique de la commune',
    'Accueillir le public en mairie',
    'Aider à l’organisation des élections',
  ],
  sport: [
    'Encadrer les entraînements des jeunes',
    'Organiser le tournoi de football du quartier',
    'Accompagner des personnes handicapées au sport',
  ],
  'solidarite-insertion': [
    'Distribuer des repas aux personnes sans abri',
    'Servir à l’épicerie solidaire',
    'Aider à la maraude du soir',
  ],
  'vivre-ensemble': [
    'Rendre visite à des personnes âgées isolées',
    'Animer un café des voisins',
    'Organiser la fête du quartier',
  ],
};

export const TITLE_SUFFIXES = [
  'le mercredi après-midi',
  'le samedi matin',
  'deux soirs par semaine',
  'pendant les vacances scolaires',
  'une fois par mois',
  'en soirée',
  'en semaine',
  'le week-end',
  'cet été',
  'toute l’année',
];

export const SENTENCES = [
  'Notre association accompagne chaque année plusieurs centaines de personnes en situation de précarité.',
  'Vous serez accueilli(e) par un bénévole référent qui vous présentera l’équipe et le fonctionnement de la structure.',
  'Aucune compétence particulière n’est requise : l’envie d’aider et la ponctualité suffisent.',
  'Une formation courte est proposée en début de mission, ainsi qu’un suivi régulier.',
  'La mission se déroule dans nos locaux, accessibles en transports en commun.',
  'Vous participerez à l’accueil, à l’écoute et à l’orientation des personnes accompagnées.',
  'Les bénévoles se retrouvent une fois par mois pour partager leurs expériences.',
  'Le matériel nécessaire est fourni par l’association.',
  'Vous contribuerez directement à rompre l’isolement de personnes fragiles.',
  'Cette mission convient aux personnes disponibles au moins deux heures par semaine.',
  'Les frais de déplacement peuvent être remboursés sur justificatif.',
  'Nous recherchons des personnes patientes, bienveillantes et à l’écoute.',
  'Vous travaillerez en binôme avec un bénévole expérimenté les premières semaines.',
  'L’association est agréée par la préfecture et reconnue d’intérêt général.',
  'La mission peut être adaptée à vos disponibilités et à vos envies.',
  'Un entretien préalable permettra de faire connaissance et de répondre à vos questions.',
  'Nos actions s’inscrivent dans le cadre du contrat de ville et du projet social du quartier.',
  'Vous aiderez à préparer les activités, à installer la salle et à accueillir les participants.',
  'Les missions ont lieu en journée, hors jours fériés.',
  'Une attestation de bénévolat pourra vous être remise à la fin de la mission.',
  'Vous pourrez valoriser cette expérience dans votre parcours (compte d’engagement citoyen).',
  'Le respect de la confidentialité des personnes accompagnées est indispensable.',
  'En 2023, nos bénévoles ont distribué plus de 12 000 repas et accompagné 850 familles.',
  'Vous serez en lien avec la coordinatrice des bénévoles, joignable du lundi au vendredi.',
  'Les personnes mineures sont les bienvenues à partir de 16 ans, avec une autorisation parentale.',
  'Nous accordons une grande importance à la convivialité et au travail d’équipe.',
  'Cette action est menée en partenariat avec la mairie et le centre communal d’action sociale.',
  'Vous pourrez proposer vos propres idées d’animation et de projets.',
];

export const LIST_ITEMS = [
  'accueillir et orienter les bénéficiaires',
  'préparer et distribuer les colis alimentaires',
  'animer des ateliers collectifs',
  'tenir à jour les tableaux de suivi',
  'participer aux réunions d’équipe',
  'aider à l’installation et au rangement',
  'accompagner les sorties',
  'assurer une permanence téléphonique',
  'réaliser des petits travaux d’entretien',
  'proposer des activités adaptées à chacun',
];

export const PUBLICS = [
  'Tous',
  'Jeunes',
  'Personnes âgées',
  'Personnes en situation de handicap',
  'Familles',
  'Personnes en précarité',
  'Enfants',
  'Réfugiés',
];
export const SOFT_SKILLS = [
  'Écoute',
  'Bienveillance',
  'Ponctualité',
  'Patience',
  'Travail en équipe',
  'Sens de l’organisation',
  'Autonomie',
  'Pédagogie',
];
export const REQUIREMENTS = [
  'Être majeur',
  'Casier judiciaire vierge',
  'Permis B',
  'Pass sanitaire non requis',
  'Disponibilité le week-end',
  'Formation PSC1 appréciée',
];
export const SCHEDULES = [
  '1 demi-journée par semaine',
  '2 heures par semaine',
  'Quelques heures par mois',
  '1 jour par semaine',
  'Ponctuellement',
  'Le week-end',
  'En soirée, 2 fois par semaine',
];
export const TAG_WORDS = [
  'solidarité',
  'jeunesse',
  'écologie',
  'quartier',
  'seniors',
  'insertion',
  'numérique',
  'culture',
  'santé',
  'sport',
  'alimentation',
  'éducation',
  'handicap',
  'citoyenneté',
];

export const ORG_FORMS = [
  (place: string) => `Association Solidarité ${place}`,
  (place: string) => `Les Amis de ${place}`,
  (place: string) => `Restos du Cœur – Antenne de ${place}`,
  (place: string) => `Secours populaire – Comité de ${place}`,
  (place: string) => `Croix-Rouge française – Unité locale de ${place}`,
  (place: string) => `Centre social ${place} Nord`,
  (place: string) => `Banque alimentaire de ${place}`,
  (place: string) => `Maison des jeunes et de la culture de ${place}`,
  (place: string) => `Club sportif ${place} Olympique`,
  (place: string) => `Jardins partagés de ${place}`,
  (place: string) => `Entraide & Partage ${place}`,
  (place: string) => `Association des parents d’élèves de ${place}`,
  (place: string) => `Ville de ${place}`,
  (place: string) => `Culture pour tous ${place}`,
];
export const ORG_NETWORKS = [
  'Restos du Cœur',
  'Secours populaire',
  'Croix-Rouge française',
  'Fédération des centres sociaux',
  'France Bénévolat',
  '',
];
export const ORG_TYPES = [
  '1901',
  '1901',
  '1901',
  'Fondation',
  'Collectivité',
  'Établissement public',
];
