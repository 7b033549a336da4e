/**
 * Word lists of the deduplication evaluation set: real communes (INSEE code, postal code,
 * centroid from La Poste's base, as in libs/api/geo/data/communes.tsv) and French volunteer
 * missions. Everything else (organizations, streets, people) is invented.
 */

export interface EvalCommune {
  insee: string;
  postalCode: string;
  name: string;
  dept: string;
  lat: number;
  lon: number;
}

const c = (
  insee: string,
  postalCode: string,
  name: string,
  dept: string,
  lat: number,
  lon: number,
): EvalCommune => ({ insee, postalCode, name, dept, lat, lon });

export const COMMUNES: readonly EvalCommune[] = [
  c('06088', '06000', 'Nice', '06', 43.712, 7.23827),
  c('13201', '13001', 'Marseille', '13', 43.2999, 5.38228),
  c('21231', '21000', 'Dijon', '21', 47.32294, 5.03789),
  c('29019', '29200', 'Brest', '29', 48.4005, -4.50279),
  c('30189', '30000', 'Nîmes', '30', 43.84494, 4.34807),
  c('31555', '31000', 'Toulouse', '31', 43.59638, 1.43167),
  c('33063', '33000', 'Bordeaux', '33', 44.85724, -0.5737),
  c('34172', '34000', 'Montpellier', '34', 43.61344, 3.86852),
  c('35238', '35000', 'Rennes', '35', 48.11198, -1.68186),
  c('37261', '37000', 'Tours', '37', 47.39864, 0.69653),
  c('38185', '38000', 'Grenoble', '38', 45.18212, 5.72133),
  c('44109', '44000', 'Nantes', '44', 47.23164, -1.54831),
  c('45234', '45000', 'Orléans', '45', 47.88286, 1.9161),
  c('49007', '49000', 'Angers', '49', 47.47684, -0.55613),
  c('51454', '51100', 'Reims', '51', 49.25149, 4.04023),
  c('54395', '54000', 'Nancy', '54', 48.6902, 6.17588),
  c('57463', '57000', 'Metz', '57', 49.10811, 6.19552),
  c('59350', '59000', 'Lille', '59', 50.63172, 3.04783),
  c('59512', '59100', 'Roubaix', '59', 50.68798, 3.18258),
  c('63113', '63000', 'Clermont-Ferrand', '63', 45.78565, 3.11555),
  c('64445', '64000', 'Pau', '64', 43.32002, -0.35034),
  c('67482', '67000', 'Strasbourg', '67', 48.57127, 7.76753),
  c('68224', '68100', 'Mulhouse', '68', 47.74916, 7.3257),
  c('69383', '69003', 'Lyon', '69', 45.75336, 4.86919),
  c('69266', '69100', 'Villeurbanne', '69', 45.77077, 4.88846),
  c('72181', '72000', 'Le Mans', '72', 47.98853, 0.20003),
  c('75111', '75011', 'Paris', '75', 48.85942, 2.37874),
  c('75118', '75018', 'Paris', '75', 48.89274, 2.34871),
  c('76540', '76000', 'Rouen', '76', 49.44135, 1.09257),
  c('80021', '80000', 'Amiens', '80', 49.90095, 2.29007),
  c('86194', '86000', 'Poitiers', '86', 46.58392, 0.35995),
  c('87085', '87000', 'Limoges', '87', 45.85425, 1.24876),
  c('93048', '93100', 'Montreuil', '93', 48.86332, 2.44816),
  c('93066', '93200', 'Saint-Denis', '93', 48.92957, 2.35924),
  c('97411', '97400', 'Saint-Denis', '974', -20.93297, 55.44687),
];

/** Neighbouring communes (a few km apart): the same structure's two centres. */
export const NEIGHBOURS: ReadonlyArray<readonly [string, string]> = [
  ['69383', '69266'],
  ['75111', '93048'],
  ['75118', '93066'],
  ['59350', '59512'],
];

export interface MissionTemplate {
  title: string;
  domain: string;
  activities: string[];
  /** What the mission is, in two or three sentences. */
  sentences: string[];
  /** Generic titles many structures use ("Maraude", "Distribution alimentaire"). */
  generic?: boolean;
}

const m = (
  title: string,
  domain: string,
  activities: string[],
  sentences: string[],
  generic = false,
): MissionTemplate => ({ title, domain, activities, sentences, generic });

export const MISSIONS: readonly MissionTemplate[] = [
  m(
    'Distribution alimentaire',
    'solidarite-insertion',
    ['distribution'],
    [
      'Préparer et distribuer les colis alimentaires aux familles inscrites.',
      'Accueillir les bénéficiaires, vérifier les inscriptions et ranger la réserve après la distribution.',
    ],
    true,
  ),
  m(
    'Maraude',
    'solidarite-insertion',
    ['secours-aide'],
    [
      'Aller à la rencontre des personnes sans-abri avec une boisson chaude et un repas.',
      'Écouter, orienter vers les accueils de jour et signaler les situations urgentes.',
    ],
    true,
  ),
  m(
    'Collecte alimentaire en supermarché',
    'solidarite-insertion',
    ['collecte-de-produits'],
    [
      'Présenter la collecte aux clients à l’entrée du magasin et recevoir les dons.',
      'Trier les denrées par catégorie et les conditionner dans des cartons étiquetés.',
    ],
    true,
  ),
  m(
    'Aide aux devoirs',
    'education',
    ['soutien-scolaire'],
    [
      'Accompagner des élèves dans leurs devoirs après la classe, en petits groupes.',
      'Aider à organiser le travail et redonner confiance aux enfants en difficulté.',
    ],
    true,
  ),
  m(
    'Maraude du soir auprès des personnes sans-abri',
    'solidarite-insertion',
    ['secours-aide'],
    [
      'Sillonner le centre-ville en équipe de trois bénévoles, deux soirs par semaine.',
      'Distribuer soupe, café et duvets, et créer un lien dans la durée avec les personnes rencontrées.',
    ],
  ),
  m(
    'Accompagnement des seniors isolés',
    'vivre-ensemble',
    ['lutte-contre-isolement'],
    [
      'Rendre visite chaque semaine à une personne âgée qui vit seule à son domicile.',
      'Partager un moment de conversation, une promenade ou une sortie au marché.',
    ],
  ),
  m(
    'Tri des vêtements au vestiaire solidaire',
    'solidarite-insertion',
    ['logistique'],
    [
      'Trier, plier et ranger les vêtements donnés par les habitants du quartier.',
      'Préparer les rayons de la boutique solidaire et conseiller les clients.',
    ],
  ),
  m(
    'Cours de français pour adultes',
    'education',
    ['alphabetisation'],
    [
      'Animer des ateliers de conversation et d’écriture pour des adultes allophones.',
      'Préparer les séances avec l’équipe pédagogique, sans prérequis de diplôme.',
    ],
  ),
  m(
    'Accueil des clients de l’épicerie solidaire',
    'solidarite-insertion',
    ['accueil-de-public'],
    [
      'Accueillir les clients de l’épicerie, tenir la caisse et réapprovisionner les rayons.',
      'Contribuer à un lieu chaleureux où chacun fait ses courses dignement.',
    ],
  ),
  m(
    'Nettoyage des berges de la rivière',
    'environnement',
    ['ramassage-dechets'],
    [
      'Ramasser les déchets le long des berges avec gants et pinces fournis.',
      'Trier les déchets collectés et participer au comptage pour l’observatoire local.',
    ],
  ),
  m(
    'Plantation d’arbres en ville',
    'environnement',
    ['jardinage'],
    [
      'Planter des arbres et des haies dans les espaces verts avec les services municipaux.',
      'Pailler, arroser et poser les protections autour des jeunes plants.',
    ],
  ),
  m(
    'Ateliers numériques pour débutants',
    'numerique',
    ['informatique'],
    [
      'Aider des débutants à utiliser une tablette, une messagerie et les sites administratifs.',
      'Préparer de petits exercices pratiques et répondre aux questions de chacun.',
    ],
  ),
  m(
    'Permanence d’aide aux démarches en ligne',
    'numerique',
    ['mediation-information'],
    [
      'Accompagner les habitants dans leurs démarches en ligne : CAF, impôts, santé.',
      'Orienter vers les bons interlocuteurs quand la démarche dépasse la permanence.',
    ],
  ),
  m(
    'Promenade des chiens du refuge',
    'animaux',
    ['soins-animaux'],
    [
      'Promener les chiens du refuge en attente d’adoption, seul ou en binôme.',
      'Participer à leur sociabilisation et signaler tout souci de santé à l’équipe.',
    ],
  ),
  m(
    'Accueil et collation lors des collectes de sang',
    'sante',
    ['accueil-de-public'],
    [
      'Accueillir les donneurs, leur servir la collation et veiller à leur bien-être.',
      'Informer le public sur le don de sang et inviter à revenir.',
    ],
  ),
  m(
    'Encadrement d’une école de football pour enfants',
    'sport',
    ['sport'],
    [
      'Encadrer les entraînements des moins de dix ans le mercredi après-midi.',
      'Accompagner les enfants lors des plateaux du samedi matin.',
    ],
  ),
  m(
    'Lecture à voix haute à la médiathèque',
    'culture-loisirs',
    ['animation'],
    [
      'Lire des albums aux tout-petits et à leurs parents lors des heures du conte.',
      'Choisir les lectures avec les bibliothécaires selon les âges.',
    ],
  ),
  m(
    'Atelier de réparation de vélos',
    'environnement',
    ['bricolage'],
    [
      'Aider les habitants à réparer eux-mêmes leur vélo à l’atelier participatif.',
      'Remettre en état des vélos donnés pour les revendre à petit prix.',
    ],
  ),
  m(
    'Préparation des repas du soir au foyer',
    'solidarite-insertion',
    ['restauration-hotellerie'],
    [
      'Cuisiner en équipe les repas du soir pour les résidents du foyer.',
      'Servir les repas, débarrasser et partager un moment avec les résidents.',
    ],
  ),
  m(
    'Visites de convivialité à l’hôpital',
    'sante',
    ['lutte-contre-isolement'],
    [
      'Rendre visite aux patients hospitalisés pour de longs séjours.',
      'Proposer jeux, lecture ou simple conversation, en lien avec l’équipe soignante.',
    ],
  ),
  m(
    'Soutien logistique à la course solidaire',
    'sport',
    ['evenementiel'],
    [
      'Installer les stands, baliser le parcours et tenir les ravitaillements.',
      'Accueillir les coureurs à l’arrivée et ranger le matériel en fin de journée.',
    ],
  ),
  m(
    'Accompagnement scolaire des collégiens',
    'education',
    ['soutien-scolaire'],
    [
      'Aider des collégiens en mathématiques et en français deux soirs par semaine.',
      'Suivre leurs progrès avec les enseignants référents.',
    ],
  ),
  m(
    'Jardinage au jardin partagé',
    'environnement',
    ['jardinage'],
    [
      'Entretenir les parcelles collectives du jardin partagé avec les habitants.',
      'Animer des ateliers de semis pour les enfants du quartier.',
    ],
  ),
  m(
    'Écoute téléphonique des personnes isolées',
    'sante',
    ['ecoute-permanence'],
    [
      'Tenir une permanence d’écoute téléphonique après une formation de deux jours.',
      'Être attentif, sans juger, et orienter vers les services adaptés.',
    ],
  ),
  m(
    'Animation d’ateliers créatifs en EHPAD',
    'vivre-ensemble',
    ['activites-manuelles'],
    [
      'Proposer des ateliers de peinture, de collage et de chant aux résidents.',
      'Préparer le matériel et les thèmes avec l’animatrice de l’établissement.',
    ],
  ),
  m(
    'Parrainage de jeunes en insertion professionnelle',
    'emploi',
    ['mentorat-parrainage'],
    [
      'Accompagner un jeune dans sa recherche d’emploi pendant six mois.',
      'L’aider à préparer ses entretiens et à élargir son réseau professionnel.',
    ],
  ),
  m(
    'Renfort d’urgence après les inondations',
    'autre',
    ['secours-aide'],
    [
      'Aider les habitants sinistrés à vider et nettoyer les logements inondés.',
      'Distribuer eau, produits d’hygiène et repas avec les équipes de secours.',
    ],
  ),
  m(
    'Accueil des familles au centre de loisirs',
    'education',
    ['accueil-de-public'],
    [
      'Accueillir les familles et les enfants lors des inscriptions aux activités.',
      'Aider à l’organisation des sorties du mercredi.',
    ],
  ),
  m(
    'Soutien administratif à l’association',
    'gestion-finance-droit',
    ['taches-administratives'],
    [
      'Tenir à jour le fichier des adhérents et préparer les courriers.',
      'Aider à l’organisation de l’assemblée générale annuelle.',
    ],
  ),
  m(
    'Entretien des sentiers de randonnée',
    'environnement',
    ['gestion-entretien-patrimoine'],
    [
      'Débroussailler et baliser les sentiers de randonnée de la commune.',
      'Signaler les dégradations et entretenir le petit patrimoine le long des chemins.',
    ],
  ),
];

/** Places a mission can be precise about ("dans le quartier …", "à la maison de quartier …"). */
export const QUALIFIERS: readonly string[] = [
  'dans le quartier des Coteaux',
  'dans le quartier Saint-Michel',
  'dans le quartier de la Gare',
  'au centre social Les Tilleuls',
  'à la maison de quartier Jean-Moulin',
  'le samedi matin',
  'le mercredi après-midi',
  'pendant les vacances scolaires',
  'pour les familles du quartier',
  'en soirée',
];

export const ORGANIZATION_STEMS: readonly string[] = [
  'Solidarité',
  'Entraide',
  'Cœur Ouvert',
  'Main Tendue',
  'Les Amis du Quartier',
  'Horizons Partagés',
  'Les Jardins de l’Espoir',
  'Fraternité',
  'Les Petits Frères du Canal',
  'Accueil et Partage',
  'Le Relais Solidaire',
  'Voisins Solidaires',
  'Les Restos Partagés',
  'Lire et Grandir',
  'Sport pour Tous',
  'Écoute et Présence',
  'Pattes Tendues',
  'Terre Vivante',
  'Le Fil d’Ariane',
  'Passerelles Numériques',
];

export const STREETS: readonly string[] = [
  'rue Victor-Hugo',
  'avenue Jean-Jaurès',
  'rue de la République',
  'boulevard Pasteur',
  'rue des Écoles',
  'place de la Mairie',
  'rue du Général-Leclerc',
  'allée des Tilleuls',
  'rue Jules-Ferry',
  'chemin des Vignes',
];

export const TITLE_PREFIXES: readonly string[] = [
  'Bénévole – ',
  'Appel à bénévoles : ',
  'Recherche bénévoles : ',
  'Mission bénévole – ',
  'URGENT – ',
  'Bénévolat : ',
];

export const SCHEDULES: readonly string[] = [
  'Le samedi de 9 h à 12 h.',
  'Deux soirs par semaine, de 18 h à 20 h.',
  'Le mercredi après-midi.',
  'Une matinée par semaine, selon vos disponibilités.',
  'En soirée, de 19 h à 22 h.',
];
