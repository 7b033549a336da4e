/** Taxonomy of the national mission exchange format, with the French labels shown to people. */

export interface TaxonomyTerm {
  readonly slug: string;
  readonly label: string;
}

export const DOMAINS = [
  { slug: 'animaux', label: 'Animaux' },
  { slug: 'autre', label: "Interventions d'urgence en cas de crise" },
  { slug: 'batiment-industrie-logistique', label: 'Bâtiment, industrie, logistique' },
  { slug: 'benevolat-competences', label: 'Bénévolat de compétences' },
  { slug: 'communication', label: 'Communication' },
  { slug: 'culture-loisirs', label: 'Culture et loisirs' },
  { slug: 'education', label: 'Éducation pour tous' },
  { slug: 'emploi', label: 'Emploi' },
  { slug: 'environnement', label: 'Environnement' },
  { slug: 'gestion-finance-droit', label: 'Gestion, commerce, finance, droit et services' },
  { slug: 'humanitaire', label: 'Développement international et aide humanitaire' },
  { slug: 'memoire-et-citoyennete', label: 'Mémoire et citoyenneté' },
  { slug: 'numerique', label: 'Numérique' },
  { slug: 'prevention-protection', label: 'Prévention et protection' },
  { slug: 'recherche', label: 'Recherche' },
  { slug: 'sante', label: 'Santé' },
  { slug: 'service-public-defense-securite', label: 'Service public, défense et sécurité' },
  { slug: 'sport', label: 'Sport' },
  { slug: 'solidarite-insertion', label: 'Solidarité et insertion' },
  { slug: 'vivre-ensemble', label: 'Vivre ensemble' },
] as const satisfies readonly TaxonomyTerm[];

export const ACTIVITIES = [
  { slug: 'accueil-de-public', label: 'Accueil de public' },
  { slug: 'activites-manuelles', label: 'Activités manuelles' },
  { slug: 'aide-psychologique', label: 'Aide psychologique' },
  { slug: 'animation-valorisation', label: 'Animation et valorisation' },
  { slug: 'collecte-de-produits', label: 'Collecte de produits' },
  { slug: 'comptabilite-finance', label: 'Comptabilité, finance' },
  { slug: 'documentation-traduction', label: 'Documentation, traduction' },
  { slug: 'ecoute-permanence', label: 'Écoute, permanence' },
  { slug: 'encadrement-d-equipes', label: "Encadrement d'équipes" },
  { slug: 'enseignement-formation', label: 'Enseignement, formation' },
  { slug: 'evenementiel', label: 'Événementiel' },
  { slug: 'gestion-de-projets', label: 'Gestion de projets' },
  { slug: 'gestion-recherche-des-partenariats', label: 'Gestion et recherche de partenariats' },
  { slug: 'lutte-contre-isolement', label: "Lutte contre l'isolement" },
  { slug: 'mediation-information', label: 'Médiation, information' },
  { slug: 'mentorat-parrainage', label: 'Mentorat, parrainage' },
  { slug: 'mission-internationale', label: 'Mission internationale' },
  { slug: 'preservation-patrimoine', label: 'Préservation du patrimoine' },
  { slug: 'prevention-sensibilisation', label: 'Prévention, sensibilisation' },
  { slug: 'ramassage-dechets', label: 'Ramassage de déchets' },
  { slug: 'responsabilites-associatives', label: 'Responsabilités associatives' },
  { slug: 'sante-soins', label: 'Santé, soins' },
  { slug: 'secours-aide', label: 'Secours, aide' },
  { slug: 'sensibilisation', label: 'Sensibilisation' },
  { slug: 'soins-animaux', label: 'Soins aux animaux' },
  { slug: 'soutien-accompagnement', label: 'Soutien, accompagnement' },
  { slug: 'soutien-scolaire', label: 'Soutien scolaire' },
  { slug: 'taches-administratives', label: 'Tâches administratives' },
  { slug: 'transmission-pedagogie', label: 'Transmission, pédagogie' },
  { slug: 'vie-citoyenne', label: 'Vie citoyenne' },
  { slug: 'alphabetisation', label: 'Alphabétisation' },
  { slug: 'animation', label: 'Animation' },
  { slug: 'art', label: 'Art' },
  { slug: 'autre', label: 'Autre' },
  { slug: 'bricolage', label: 'Bricolage' },
  { slug: 'collecte', label: 'Collecte' },
  { slug: 'communication', label: 'Communication' },
  { slug: 'conseil', label: 'Conseil' },
  { slug: 'distribution', label: 'Distribution' },
  { slug: 'informatique', label: 'Informatique' },
  { slug: 'jardinage', label: 'Jardinage' },
  { slug: 'juridique', label: 'Juridique' },
  { slug: 'logistique', label: 'Logistique' },
  { slug: 'recrutement', label: 'Recrutement' },
  { slug: 'secourisme', label: 'Secourisme' },
  { slug: 'sport', label: 'Sport' },
  { slug: 'visites', label: 'Visites' },
  { slug: 'operations-militaires', label: 'Opérations militaires' },
  { slug: 'sciences-humaines-social', label: 'Sciences humaines et sociales' },
  { slug: 'restauration-hotellerie', label: 'Restauration, hôtellerie' },
  { slug: 'maintenance-technique', label: 'Maintenance technique' },
  { slug: 'gestion-ressources-humaines', label: 'Gestion des ressources humaines' },
  { slug: 'gestion-entretien-patrimoine', label: 'Gestion et entretien du patrimoine' },
] as const satisfies readonly TaxonomyTerm[];

export type DomainSlug = (typeof DOMAINS)[number]['slug'];
export type ActivitySlug = (typeof ACTIVITIES)[number]['slug'];

const domainLabels: ReadonlyMap<string, string> = new Map(DOMAINS.map((d) => [d.slug, d.label]));
const activityLabels: ReadonlyMap<string, string> = new Map(
  ACTIVITIES.map((a) => [a.slug, a.label]),
);

export function isDomainSlug(value: string): value is DomainSlug {
  return domainLabels.has(value);
}

export function isActivitySlug(value: string): value is ActivitySlug {
  return activityLabels.has(value);
}

export function domainLabel(slug: string): string | undefined {
  return domainLabels.get(slug);
}

export function activityLabel(slug: string): string | undefined {
  return activityLabels.get(slug);
}
