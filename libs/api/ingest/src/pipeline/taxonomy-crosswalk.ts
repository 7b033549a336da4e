import { ACTIVITIES, DOMAINS, isActivitySlug, isDomainSlug } from '@passerelle/shared-domain';
import { labelKey } from './text';

/** A partner's own labels → taxonomy slugs (`{ "Aide aux devoirs": "soutien-scolaire" }`). */
export interface TaxonomyCrosswalk {
  domain?: Readonly<Record<string, string>>;
  activities?: Readonly<Record<string, string>>;
}

export interface TaxonomyResolver {
  /** The domain slug of a partner's value, or undefined when nothing matches. */
  domain(value: string): string | undefined;
  activity(value: string): string | undefined;
}

const domainKeys = keysOf(DOMAINS);
const activityKeys = keysOf(ACTIVITIES);
const resolvers = new WeakMap<TaxonomyCrosswalk, TaxonomyResolver>();
const defaultResolver = buildResolver({});

/**
 * Resolves a value in this order, accents, case and punctuation ignored: the partner's
 * crosswalk, a slug (`solidarite-insertion`), a French label (`Solidarité et insertion`).
 * Crosswalk entries pointing at something that is not a slug are ignored.
 */
export function taxonomyResolver(crosswalk?: TaxonomyCrosswalk): TaxonomyResolver {
  if (!crosswalk) return defaultResolver;
  let resolver = resolvers.get(crosswalk);
  if (!resolver) {
    resolver = buildResolver(crosswalk);
    resolvers.set(crosswalk, resolver);
  }
  return resolver;
}

function buildResolver(crosswalk: TaxonomyCrosswalk): TaxonomyResolver {
  const partnerDomains = crosswalkKeys(crosswalk.domain, isDomainSlug);
  const partnerActivities = crosswalkKeys(crosswalk.activities, isActivitySlug);
  return {
    domain: (value) => {
      const key = labelKey(value);
      return partnerDomains.get(key) ?? domainKeys.get(key);
    },
    activity: (value) => {
      const key = labelKey(value);
      return partnerActivities.get(key) ?? activityKeys.get(key);
    },
  };
}

function keysOf(
  terms: ReadonlyArray<{ readonly slug: string; readonly label: string }>,
): ReadonlyMap<string, string> {
  const keys = new Map<string, string>();
  for (const term of terms) keys.set(labelKey(term.label), term.slug);
  for (const term of terms) keys.set(labelKey(term.slug), term.slug); // a slug wins over a label
  return keys;
}

function crosswalkKeys(
  entries: Readonly<Record<string, string>> | undefined,
  isSlug: (value: string) => boolean,
): ReadonlyMap<string, string> {
  const keys = new Map<string, string>();
  for (const [label, slug] of Object.entries(entries ?? {})) {
    const target = slug.trim();
    if (isSlug(target)) keys.set(labelKey(label), target);
  }
  return keys;
}
