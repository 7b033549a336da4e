/** French wording of a listing's values, shared by the page's components. */
import type {
  GeoPrecision,
  ListingDetails,
  ListingKind,
  ListingOrganization,
  ListingPlace,
  ListingSourceItem,
  ListingStatus,
  RemoteMode,
} from './listing-types';

export const LISTING_KIND_LABELS: Readonly<Record<ListingKind, string>> = {
  NEED: 'Mission / besoin',
  OFFER: "Offre d'aide",
};

export const REMOTE_MODE_LABELS: Readonly<Record<RemoteMode, string>> = {
  ONSITE: 'Sur place',
  HYBRID: 'En partie à distance',
  REMOTE: 'À distance',
};

/** How precisely a place is known (and shown on a map). */
export const GEO_PRECISION_LABELS: Readonly<Record<GeoPrecision, string>> = {
  ADDRESS: 'Lieu précis',
  CITY: 'Commune',
  DEPARTMENT: 'Département',
};

export interface StatusNotice {
  /** Title of the alert at the top of the page. */
  readonly title: string;
  /** Body of that alert: what the status means. */
  readonly description: string;
  /** Why the apply buttons are not offered, in the "Postuler" section. */
  readonly applyUnavailable: string;
}

const KEPT_FOR_INFORMATION = 'Elle reste consultable pour information.';
const SEEN_BY_OPERATORS_ONLY =
  "Seuls l'équipe de Passerelle et les plateformes qui la publient peuvent la voir.";

/**
 * What the page says about a listing that is not (or no longer) published; null for a
 * published one. Expired, closed and withdrawn listings stay readable (the API keeps them).
 */
export function statusNotice(status: ListingStatus): StatusNotice | null {
  switch (status) {
    case 'PUBLISHED':
      return null;
    case 'EXPIRED':
      return {
        title: 'Cette annonce a expiré',
        description: `Sa date de fin est passée. ${KEPT_FOR_INFORMATION}`,
        applyUnavailable: "Il n'est plus possible de postuler à cette annonce, qui a expiré.",
      };
    case 'WITHDRAWN':
      return {
        title: 'Cette annonce a été retirée par la plateforme',
        description: `Aucune plateforme partenaire ne la publie plus. ${KEPT_FOR_INFORMATION}`,
        applyUnavailable:
          "Il n'est plus possible de postuler à cette annonce, retirée par la plateforme.",
      };
    case 'CLOSED':
      return {
        title: 'Cette annonce est clôturée',
        description: `La structure ne recherche plus personne. ${KEPT_FOR_INFORMATION}`,
        applyUnavailable: "Il n'est plus possible de postuler à cette annonce, qui est clôturée.",
      };
    case 'PENDING':
      return {
        title: "Cette annonce n'est pas encore publiée",
        description: SEEN_BY_OPERATORS_ONLY,
        applyUnavailable: "Il sera possible de postuler une fois l'annonce publiée.",
      };
    case 'REJECTED':
      return {
        title: "Cette annonce a été refusée par l'équipe de modération",
        description: SEEN_BY_OPERATORS_ONLY,
        applyUnavailable: "Il n'est pas possible de postuler à cette annonce.",
      };
  }
}

/**
 * The conditions of the listing that are known, in French. An unknown value (null) says
 * nothing; a "no" is said when it matters to decide (mobility, age).
 */
export function accessibilityLabels(
  listing: Pick<ListingDetails, 'reducedMobilityAccessible' | 'openToMinors' | 'closeToTransport'>,
): string[] {
  const labels: string[] = [];
  if (listing.reducedMobilityAccessible === true) {
    labels.push('Accessible aux personnes à mobilité réduite');
  } else if (listing.reducedMobilityAccessible === false) {
    labels.push('Non accessible aux personnes à mobilité réduite');
  }
  if (listing.openToMinors === true) labels.push('Ouvert aux mineurs');
  else if (listing.openToMinors === false) labels.push('Réservé aux personnes majeures');
  if (listing.closeToTransport === true) labels.push('Proche des transports');
  return labels;
}

const NUMBER_FORMAT = new Intl.NumberFormat('fr-FR');

/** "1 bénévole recherché", "12 bénévoles recherchés". */
export function placesLabel(places: number): string {
  const count = NUMBER_FORMAT.format(places);
  return places > 1 ? `${count} bénévoles recherchés` : `${count} bénévole recherché`;
}

/** The lines of a place's address: street, then postal code and commune. */
export function placeAddressLines(place: ListingPlace): string[] {
  const lines: string[] = [];
  const street = place.street?.trim();
  if (street) lines.push(street);
  const cityLine = [place.postalCode?.trim(), place.city?.trim()].filter(Boolean).join(' ');
  if (cityLine) lines.push(cityLine);
  else if (place.departmentCode) lines.push(`Département ${place.departmentCode}`);
  return lines;
}

/** "RNA W123456789 · SIREN 123456789", or null when the structure has neither. */
export function organizationIdentifiers(
  organization: Pick<ListingOrganization, 'rna' | 'siren'>,
): string | null {
  const ids = [
    organization.rna ? `RNA ${organization.rna}` : null,
    organization.siren ? `SIREN ${organization.siren}` : null,
  ].filter((id): id is string => id !== null);
  return ids.length > 0 ? ids.join(' · ') : null;
}

/** The platforms that publish the listing, each once, in the API's order (oldest first). */
export function publishingPlatforms(
  sources: readonly Pick<ListingSourceItem, 'partner'>[],
): { slug: string; name: string }[] {
  const seen = new Set<string>();
  return sources.flatMap(({ partner }) => {
    if (seen.has(partner.slug)) return [];
    seen.add(partner.slug);
    return [{ slug: partner.slug, name: partner.name }];
  });
}

const LIST_FORMAT = new Intl.ListFormat('fr-FR', { style: 'long', type: 'conjunction' });

/** "Publiée sur Bénévolat Ensemble, Entraide locale et Mairies solidaires" (the listing). */
export function publishedOnLine(platformNames: readonly string[]): string | null {
  if (platformNames.length === 0) return null;
  return `Publiée sur ${LIST_FORMAT.format(platformNames)}`;
}
