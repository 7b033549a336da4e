/**
 * Stable codes of what the ingest pipeline finds wrong in a listing, with the French message
 * shown to partners. Codes are part of the contract (`FieldError.code`): add freely, never
 * rename. An error rejects the item; a warning lets it land and is reported beside it.
 */
export enum IngestErrorCode {
  EXTERNAL_ID_MISSING = 'EXTERNAL_ID_MISSING',
  EXTERNAL_ID_TOO_LONG = 'EXTERNAL_ID_TOO_LONG',
  DUPLICATE_EXTERNAL_ID = 'DUPLICATE_EXTERNAL_ID',
  KIND_INVALID = 'KIND_INVALID',
  TITLE_MISSING = 'TITLE_MISSING',
  TITLE_TOO_LONG = 'TITLE_TOO_LONG',
  TITLE_TOO_SHORT = 'TITLE_TOO_SHORT',
  DESCRIPTION_MISSING = 'DESCRIPTION_MISSING',
  DESCRIPTION_TOO_LONG = 'DESCRIPTION_TOO_LONG',
  APPLY_URL_MISSING = 'APPLY_URL_MISSING',
  APPLY_URL_INVALID = 'APPLY_URL_INVALID',
  URL_INVALID = 'URL_INVALID',
  DOMAIN_UNKNOWN = 'DOMAIN_UNKNOWN',
  ACTIVITY_UNKNOWN = 'ACTIVITY_UNKNOWN',
  REMOTE_MODE_INVALID = 'REMOTE_MODE_INVALID',
  PLACES_INVALID = 'PLACES_INVALID',
  BOOLEAN_INVALID = 'BOOLEAN_INVALID',
  DATE_INVALID = 'DATE_INVALID',
  DATE_AMBIGUOUS = 'DATE_AMBIGUOUS',
  END_BEFORE_START = 'END_BEFORE_START',
  END_IN_PAST = 'END_IN_PAST',
  POSTED_IN_FUTURE = 'POSTED_IN_FUTURE',
  CONTROL_CHARACTERS_STRIPPED = 'CONTROL_CHARACTERS_STRIPPED',
  COORDINATES_OUTSIDE_FRANCE = 'COORDINATES_OUTSIDE_FRANCE',
  COORDINATES_SWAPPED = 'COORDINATES_SWAPPED',
  COORDINATES_INVALID = 'COORDINATES_INVALID',
  COORDINATES_INCOMPLETE = 'COORDINATES_INCOMPLETE',
  COORDINATES_FAR_FROM_COMMUNE = 'COORDINATES_FAR_FROM_COMMUNE',
  POSTAL_CODE_INVALID = 'POSTAL_CODE_INVALID',
  CITY_CODE_INVALID = 'CITY_CODE_INVALID',
  DEPARTMENT_UNKNOWN = 'DEPARTMENT_UNKNOWN',
  LOCATION_NOT_FOUND = 'LOCATION_NOT_FOUND',
  LOCATION_AMBIGUOUS = 'LOCATION_AMBIGUOUS',
  LOCATION_MISSING = 'LOCATION_MISSING',
  ORGANIZATION_NAME_MISSING = 'ORGANIZATION_NAME_MISSING',
  RNA_INVALID = 'RNA_INVALID',
  SIREN_INVALID = 'SIREN_INVALID',
}

export type IssueSeverity = 'error' | 'warning';

/** One problem found in one item: `path` is the ListingInput path (`addresses[1].lat`). */
export interface IngestIssue {
  readonly path: string;
  readonly code: IngestErrorCode;
  readonly message: string;
  readonly severity: IssueSeverity;
}

export const INGEST_ERROR_MESSAGES: Readonly<Record<IngestErrorCode, string>> = {
  EXTERNAL_ID_MISSING:
    "L'identifiant de l'annonce chez le partenaire (externalId) est obligatoire.",
  EXTERNAL_ID_TOO_LONG: "L'identifiant de l'annonce dépasse 200 caractères.",
  DUPLICATE_EXTERNAL_ID: 'Cet identifiant apparaît plusieurs fois dans le même lot.',
  KIND_INVALID: "Le type d'annonce est inconnu : NEED (besoin) ou OFFER (offre) attendu.",
  TITLE_MISSING: 'Le titre est obligatoire.',
  TITLE_TOO_LONG: 'Le titre dépasse 200 caractères.',
  TITLE_TOO_SHORT: 'Le titre est très court : un titre explicite aide les bénévoles à choisir.',
  DESCRIPTION_MISSING: 'La description est obligatoire.',
  DESCRIPTION_TOO_LONG: 'La description dépasse 20 000 caractères.',
  APPLY_URL_MISSING: "L'adresse de candidature (applyUrl) est obligatoire.",
  APPLY_URL_INVALID:
    "L'adresse de candidature doit être une adresse web complète en http ou https.",
  URL_INVALID: 'Adresse web invalide : une adresse complète en http ou https est attendue.',
  DOMAIN_UNKNOWN:
    "Le domaine n'appartient pas à la taxonomie et aucune correspondance n'est configurée pour ce partenaire.",
  ACTIVITY_UNKNOWN:
    'Activité inconnue de la taxonomie : elle est conservée telle quelle mais ne sert pas aux filtres.',
  REMOTE_MODE_INVALID: 'Le mode de réalisation est inconnu : ONSITE, HYBRID ou REMOTE attendu.',
  PLACES_INVALID: 'Le nombre de places doit être un entier supérieur ou égal à 1.',
  BOOLEAN_INVALID: 'Valeur oui/non illisible : elle est ignorée.',
  DATE_INVALID:
    'Date illisible ou inexistante : formats acceptés AAAA-MM-JJ, JJ/MM/AAAA ou date et heure ISO 8601.',
  DATE_AMBIGUOUS: 'Date ambiguë lue au format français jour/mois/année.',
  END_BEFORE_START: 'La date de fin est antérieure à la date de début.',
  END_IN_PAST: "La date de fin est passée : l'annonce sera considérée comme expirée.",
  POSTED_IN_FUTURE: 'La date de publication est dans le futur.',
  CONTROL_CHARACTERS_STRIPPED: 'Des caractères de contrôle invisibles ont été supprimés.',
  COORDINATES_OUTSIDE_FRANCE: 'Les coordonnées sont hors de France (métropole et outre-mer).',
  COORDINATES_SWAPPED:
    'Latitude et longitude étaient inversées : elles ont été remises dans le bon ordre.',
  COORDINATES_INVALID: 'Coordonnées illisibles : elles sont ignorées.',
  COORDINATES_INCOMPLETE: 'Latitude ou longitude manquante : les coordonnées sont ignorées.',
  COORDINATES_FAR_FROM_COMMUNE:
    'Les coordonnées sont éloignées de la commune indiquée : le centre de la commune est utilisé.',
  POSTAL_CODE_INVALID: 'Code postal illisible : 5 chiffres attendus.',
  CITY_CODE_INVALID: 'Code commune INSEE illisible : 5 caractères attendus (ex. 69383, 2A004).',
  DEPARTMENT_UNKNOWN: 'Code de département inconnu : il est ignoré.',
  LOCATION_NOT_FOUND: 'Lieu introuvable dans la base des codes postaux.',
  LOCATION_AMBIGUOUS:
    'Plusieurs communes partagent ce code postal et la commune indiquée ne permet pas de choisir : seul le département est retenu.',
  LOCATION_MISSING:
    "Aucun lieu exploitable pour une mission qui n'est pas entièrement à distance : l'annonce est publiée sans point sur la carte.",
  ORGANIZATION_NAME_MISSING: 'La structure est ignorée car son nom est absent.',
  RNA_INVALID: 'Numéro RNA invalide (W suivi de 9 caractères attendu) : il est ignoré.',
  SIREN_INVALID: 'Numéro SIREN ou SIRET invalide : il est ignoré.',
};

/** Builds an issue with the French message of its code, and the offending value if given. */
export function ingestIssue(
  code: IngestErrorCode,
  path: string,
  severity: IssueSeverity,
  value?: string | number,
): IngestIssue {
  const base = INGEST_ERROR_MESSAGES[code];
  const message =
    value === undefined || value === ''
      ? base
      : `${base} Valeur reçue : « ${truncate(String(value))} ».`;
  return { path, code, message, severity };
}

function truncate(value: string): string {
  return value.length > 80 ? `${value.slice(0, 79)}…` : value;
}

/** Collects the issues of one item, in the order they are found. */
export class IssueCollector {
  private readonly found: IngestIssue[] = [];

  error(code: IngestErrorCode, path: string, value?: string | number): void {
    this.found.push(ingestIssue(code, path, 'error', value));
  }

  warning(code: IngestErrorCode, path: string, value?: string | number): void {
    this.found.push(ingestIssue(code, path, 'warning', value));
  }

  add(issues: readonly IngestIssue[]): void {
    this.found.push(...issues);
  }

  get errors(): IngestIssue[] {
    return this.found.filter((i) => i.severity === 'error');
  }

  get warnings(): IngestIssue[] {
    return this.found.filter((i) => i.severity === 'warning');
  }

  /** Whether an issue with this code was already reported on this path or below it. */
  has(code: IngestErrorCode, pathPrefix: string): boolean {
    return this.found.some(
      (i) => i.code === code && (i.path === pathPrefix || i.path.startsWith(`${pathPrefix}.`)),
    );
  }

  get hasErrors(): boolean {
    return this.found.some((i) => i.severity === 'error');
  }
}
