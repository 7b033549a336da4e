import { activityLabel, domainLabel } from '@passerelle/shared-domain';
import {
  changeSearch,
  RADII_KM,
  type RadiusKm,
  type SearchUrlState,
  withoutFilters,
} from './url-state';

/** A way out of an empty result: a button label and the search it leads to. */
export interface Suggestion {
  readonly key: string;
  readonly label: string;
  readonly next: SearchUrlState;
}

/** Labels the page knows from the facets (departments and platforms have no fixed list). */
export interface FilterLabels {
  readonly department?: (code: string) => string | undefined;
  readonly partner?: (slug: string) => string | undefined;
}

const KIND_LABELS = { NEED: 'Missions et besoins', OFFER: "Offres d'aide" } as const;
const REMOTE_LABELS = {
  ONSITE: 'Sur place',
  HYBRID: 'En partie à distance',
  REMOTE: 'À distance',
} as const;

/** How many "remove this filter" buttons at most: beyond, "Retirer tous les filtres" is better. */
const MAX_FILTER_SUGGESTIONS = 3;

/** One entry per filter value set, in the order of the sidebar, each with the search without it. */
export function activeFilters(
  state: SearchUrlState,
  labels: FilterLabels = {},
): Array<{ key: string; label: string; without: SearchUrlState }> {
  const filters: Array<{ key: string; label: string; without: SearchUrlState }> = [];
  const add = (key: string, label: string, changes: Parameters<typeof changeSearch>[1]) =>
    filters.push({ key, label, without: changeSearch(state, changes) });

  if (state.kind) add('type', KIND_LABELS[state.kind], { kind: null });
  for (const slug of state.domains)
    add(`domaine-${slug}`, domainLabel(slug) ?? slug, {
      domains: state.domains.filter((v) => v !== slug),
    });
  for (const slug of state.activities)
    add(`activite-${slug}`, activityLabel(slug) ?? slug, {
      activities: state.activities.filter((v) => v !== slug),
    });
  for (const mode of state.remote)
    add(`distance-${mode}`, REMOTE_LABELS[mode], {
      remote: state.remote.filter((v) => v !== mode),
    });
  for (const code of state.departments)
    add(`departement-${code}`, labels.department?.(code) ?? `Département ${code}`, {
      departments: state.departments.filter((v) => v !== code),
    });
  for (const slug of state.partners)
    add(`plateforme-${slug}`, labels.partner?.(slug) ?? slug, {
      partners: state.partners.filter((v) => v !== slug),
    });
  if (state.from) add('du', 'Date de début', { from: null });
  if (state.until) add('au', 'Date de fin', { until: null });
  if (state.openToMinors) add('mineurs', 'Ouvert aux mineurs', { openToMinors: false });
  if (state.reducedMobility)
    add('pmr', 'Accessible aux personnes à mobilité réduite', { reducedMobility: false });
  return filters;
}

/** The next radius up, or null at the largest. */
export function widerRadius(radiusKm: RadiusKm): RadiusKm | null {
  return RADII_KM.find((radius) => radius > radiusKm) ?? null;
}

/**
 * What to try when a search finds nothing, most likely to help first: widen the radius, leave
 * the map's zone, remove the filters set last (the sidebar's order), search without the words,
 * search everywhere.
 */
export function emptySuggestions(state: SearchUrlState, labels: FilterLabels = {}): Suggestion[] {
  const suggestions: Suggestion[] = [];
  const wider = state.place ? widerRadius(state.radiusKm) : null;
  if (wider) {
    suggestions.push({
      key: 'rayon',
      label: `Élargir le rayon à ${wider} km`,
      next: changeSearch(state, { radiusKm: wider }),
    });
  }

  if (state.zone) {
    suggestions.push({
      key: 'zone',
      label: 'Chercher hors de la zone de la carte',
      next: changeSearch(state, { zone: null }),
    });
  }

  const filters = activeFilters(state, labels);
  for (const filter of filters.slice(-MAX_FILTER_SUGGESTIONS).reverse()) {
    suggestions.push({
      key: `filtre-${filter.key}`,
      label: `Retirer le filtre « ${filter.label} »`,
      next: filter.without,
    });
  }
  if (filters.length > 1) {
    suggestions.push({
      key: 'filtres',
      label: 'Retirer tous les filtres',
      next: withoutFilters(state),
    });
  }

  if (state.q) {
    suggestions.push({
      key: 'texte',
      label: `Chercher sans les mots « ${state.q} »`,
      next: changeSearch(state, { q: '' }),
    });
  }
  if (state.place) {
    suggestions.push({
      key: 'lieu',
      label: 'Chercher partout en France',
      next: changeSearch(state, { place: null }),
    });
  }
  return suggestions;
}
