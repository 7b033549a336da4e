/**
 * Dates of a listing in French, as people read them: "Du 5 janvier 2027 au 30 juin 2027".
 * The API gives instants (UTC); a day is the day in metropolitan France (Europe/Paris), so a
 * mission starting at midnight in Paris is not shown as starting the day before.
 */
export const LISTING_TIME_ZONE = 'Europe/Paris';

const DAY_FORMAT = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: LISTING_TIME_ZONE,
});

/** A valid Date from an ISO 8601 string, or null (missing or unreadable value). */
function toDate(value: string | Date | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "5 janvier 2027"; the first day of a month is written "1er", as French typography wants. */
export function formatFrenchDate(value: string | Date): string {
  const date = toDate(value);
  if (!date) return '';
  return DAY_FORMAT.formatToParts(date)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

/** The calendar day in Paris, to compare two instants as days. */
function parisDay(date: Date): string {
  return DAY_FORMAT.format(date);
}

/**
 * The period of a listing: "Du … au …", "Le …" (one day), "À partir du …", "Jusqu'au …", or
 * null when it has no dates.
 */
export function formatDateRange(
  startsAt: string | Date | null | undefined,
  endsAt: string | Date | null | undefined,
): string | null {
  const start = toDate(startsAt);
  const end = toDate(endsAt);
  if (start && end) {
    if (parisDay(start) === parisDay(end)) return `Le ${formatFrenchDate(start)}`;
    return `Du ${formatFrenchDate(start)} au ${formatFrenchDate(end)}`;
  }
  if (start) return `À partir du ${formatFrenchDate(start)}`;
  if (end) return `Jusqu'au ${formatFrenchDate(end)}`;
  return null;
}
