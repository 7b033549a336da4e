import type { FieldMapping } from '../field-mapping';

/** Entraide Locale's JSON export: French keys, nested objects, arrays, its own labels. */
export const entraideLocaleMapping: FieldMapping = {
  fields: {
    externalId: 'id',
    kind: 'type',
    title: 'intitule',
    description: 'descriptif',
    applyUrl: 'liens.candidature',
    url: 'liens.fiche',
    domain: 'domaine',
    activities: 'competences',
    tags: 'motsCles',
    remote: 'teletravail',
    places: 'places',
    startsAt: 'debut',
    endsAt: 'fin',
    openToMinors: 'mineurs',
    street: 'lieu.adresse',
    postalCode: 'lieu.cp',
    city: 'lieu.ville',
    lat: 'lieu.gps.lat',
    lon: 'lieu.gps.lng',
    'organization.name': 'organisation.nom',
    'organization.rna': 'organisation.rna',
    'organization.siren': 'organisation.siren',
  },
  values: {
    domain: { Éducation: 'education', Santé: 'sante', Solidarité: 'solidarite-insertion' },
    activities: {
      'Aide aux devoirs': 'soutien-scolaire',
      Informatique: 'informatique',
      Bricolage: 'bricolage',
    },
    remote: { Partiellement: 'HYBRID' },
    kind: { 'Je propose': 'OFFER' },
  },
  listSeparator: '|',
};

/** A city's volunteering export from Excel: `;`, French column names with accents. */
export const nantesMapping: FieldMapping = {
  fields: {
    externalId: 'Identifiant',
    title: 'Titre',
    description: 'Description',
    applyUrl: 'Lien candidature',
    domain: 'Domaine',
    activities: 'Activités',
    remote: 'Télétravail',
    places: 'Nombre de places',
    startsAt: 'Date de début',
    endsAt: 'Date de fin',
    openToMinors: 'Accessible aux mineurs',
    street: 'Adresse',
    postalCode: 'Code postal',
    city: 'Ville',
    lat: 'Latitude',
    lon: 'Longitude',
    'organization.name': 'Structure',
    'organization.rna': 'RNA',
  },
  values: {
    domain: {
      solidarite: 'solidarite-insertion',
      Éducation: 'education',
      Environnement: 'environnement',
    },
    activities: {
      accueil: 'accueil-de-public',
      écoute: 'ecoute-permanence',
      'aide aux devoirs': 'soutien-scolaire',
      informatique: 'informatique',
      collecte: 'collecte',
    },
  },
};

/** A `,` CSV with English column names. */
export const civicMapping: FieldMapping = {
  fields: {
    externalId: 'id',
    title: 'title',
    description: 'description',
    applyUrl: 'apply_url',
    domain: 'domain',
    remote: 'remote',
    places: 'places',
    city: 'city',
    postalCode: 'postal_code',
    'organization.name': 'organization',
    tags: 'tags',
  },
};
