/**
 * The French texts of the results: count, distance, place, dates, platforms. Pure functions, so
 * the wording is tested without a browser.
 */
import type { RemoteMode } from '@passerelle/web-data-access';

/** Days are days in metropolitan France: a mission starting at midnight in Paris starts that day. */
export const LISTING_TIME_ZONE = 'Europe/Paris';

const INTEGER = new Intl.NumberFormat('fr-FR');
const ONE_DECIMAL = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const DAY = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: LISTING_TIME_ZONE,
});
const DAY_KEY = new Intl.DateTimeFormat('en-CA', { timeZone: LISTING_TIME_ZONE });

/** "Aucune annonce trouvée", "1 annonce trouvée", "1 234 annonces trouvées". */
export function resultCountText(count: number): string {
  if (count <= 0) return 'Aucune annonce trouvée';
  if (count === 1) return '1 annonce trouvée';
  return `${INTEGER.format(count)} annonces trouvées`;
}

/** "20 annonces affichées sur 123", under a list that does not show them all yet. */
export function shownCountText(shown: number, total: number): string {
  const of = INTEGER.format(Math.max(total, shown));
  return shown === 1
    ? `1 annonce affichée sur ${of}`
    : `${INTEGER.format(shown)} annonces affichées sur ${of}`;
}

/** "à 3,2 km", "à 12 km", "à moins de 1 km"; null without a distance. */
export function formatDistance(km: number | null | undefined): string | null {
  if (km === null || km === undefined || !Number.isFinite(km) || km < 0) return null;
  if (km < 1) return 'à moins de 1 km';
  if (km < 10) return `à ${ONE_DECIMAL.format(Math.round(km * 10) / 10)} km`;
  return `à ${INTEGER.format(Math.round(km))} km`;
}

export interface PlaceParts {
  readonly city: string | null;
  readonly postalCode?: string | null;
  readonly departmentCode: string | null;
}

/**
 * Where a listing takes place: its first place's commune and department, "Lyon (Rhône)",
 * with the number of other places; null when it has none (remote).
 */
export function formatPlace(
  locations: readonly PlaceParts[],
  departmentName: (code: string) => string | undefined = () => undefined,
): string | null {
  const [first] = locations;
  if (!first) return null;
  const code = first.departmentCode;
  const department = code ? (departmentName(code) ?? code) : null;
  const city = first.city?.trim() || null;
  let text: string | null;
  if (city && department) text = `${city} (${department})`;
  else text = city ?? department;
  if (!text) return null;
  const others = locations.length - 1;
  if (others === 1) return `${text} et 1 autre lieu`;
  if (others > 1) return `${text} et ${others} autres lieux`;
  return text;
}

/** A valid Date from an ISO 8601 string, or null. */
function toDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "5 janvier 2027"; the first of a month is "1er", as French typography wants. */
export function formatDay(date: Date): string {
  return DAY.formatToParts(date)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

const dayKey = (date: Date) => DAY_KEY.format(date);

/**
 * When a listing takes place, as a card says it: "Du 5 janvier 2027 au 30 juin 2027",
 * "Le 5 janvier 2027", "À partir du 5 janvier 2027", "Dès maintenant, jusqu'au 30 juin 2027",
 * "Dès maintenant" (started, or no dates).
 */
export function formatPeriod(
  startsAt: string | null | undefined,
  endsAt: string | null | undefined,
  now: Date = new Date(),
): string {
  const start = toDate(startsAt);
  const end = toDate(endsAt);
  const upcoming = start !== null && dayKey(start) > dayKey(now);
  if (upcoming && end) {
    return dayKey(start) === dayKey(end)
      ? `Le ${formatDay(start)}`
      : `Du ${formatDay(start)} au ${formatDay(end)}`;
  }
  if (upcoming) return `À partir du ${formatDay(start)}`;
  if (end) return `Dès maintenant, jusqu'au ${formatDay(end)}`;
  return 'Dès maintenant';
}

/** "Publié sur Bénévolat Ensemble, Entraide locale": each platform once, in their order. */
export function publishedOnText(partnerNames: readonly string[]): string | null {
  const names = [...new Set(partnerNames.map((name) => name.trim()).filter(Boolean))];
  return names.length === 0 ? null : `Publié sur ${names.join(', ')}`;
}

/** Badge of a listing that can be done from home; none for on-site ones. */
export function remoteBadge(remote: RemoteMode): string | null {
  switch (remote) {
    case 'REMOTE':
      return 'À distance';
    case 'HYBRID':
      return 'En partie à distance';
    case 'ONSITE':
      return null;
  }
}
