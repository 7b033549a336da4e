/**
 * Lenient reading of the dates partners send: ISO 8601 dates and date-times, `dd/mm/yyyy`,
 * `dd-mm-yyyy` and `dd.mm.yyyy` (day first, as in France), optionally followed by a time.
 * A date without time is the calendar day at midnight UTC; a time without offset is read in
 * Europe/Paris time.
 */
export type ParsedDate =
  { readonly ok: true; readonly iso: string; readonly ambiguous: boolean } | { readonly ok: false };

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const DAY_FIRST =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]+(\d{1,2})[:hH](\d{2})(?::(\d{2}))?)?$/;

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;
const INVALID: ParsedDate = { ok: false };

export function parseLenientDate(raw: string): ParsedDate {
  const text = raw.trim();
  const iso = ISO_DATE_TIME.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, fraction, zone] = iso;
    const millis = fraction ? Math.round(Number(`0.${fraction}`) * 1000) : 0;
    return build(Number(y), Number(mo), Number(d), h, mi, s, millis, zone, false);
  }
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const [, d, mo, y, h, mi, s] = dayFirst;
    const day = Number(d);
    const month = Number(mo);
    const ambiguous = day <= 12 && month <= 12 && day !== month;
    return build(Number(y), month, day, h, mi, s, 0, undefined, ambiguous);
  }
  return INVALID;
}

function build(
  year: number,
  month: number,
  day: number,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  millis: number,
  zone: string | undefined,
  ambiguous: boolean,
): ParsedDate {
  if (year < MIN_YEAR || year > MAX_YEAR || !isCalendarDay(year, month, day)) return INVALID;
  if (hour === undefined) {
    return { ok: true, iso: new Date(Date.UTC(year, month - 1, day)).toISOString(), ambiguous };
  }
  const h = Number(hour);
  const mi = Number(minute ?? 0);
  const s = Number(second ?? 0);
  if (h > 23 || mi > 59 || s > 59) return INVALID;
  const wall = Date.UTC(year, month - 1, day, h, mi, s, millis);
  let instant: number;
  if (zone === undefined) instant = parisWallTimeToUtc(wall);
  else if (zone.toUpperCase() === 'Z') instant = wall;
  else {
    const offset = parseOffsetMinutes(zone);
    if (offset === undefined) return INVALID;
    instant = wall - offset * 60_000;
  }
  return { ok: true, iso: new Date(instant).toISOString(), ambiguous };
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function parseOffsetMinutes(zone: string): number | undefined {
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!match) return undefined;
  const [, sign, hh, mm] = match;
  const hours = Number(hh);
  const minutes = Number(mm ?? 0);
  if (hours > 14 || minutes > 59) return undefined;
  return (sign === '-' ? -1 : 1) * (hours * 60 + minutes);
}

const parisClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Offset of Paris time from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function parisOffsetMs(instant: number): number {
  const parts: Record<string, number> = {};
  for (const part of parisClock.formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    parts['year'] ?? 1970,
    (parts['month'] ?? 1) - 1,
    parts['day'] ?? 1,
    parts['hour'] ?? 0,
    parts['minute'] ?? 0,
    parts['second'] ?? 0,
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

function parisWallTimeToUtc(wall: number): number {
  const guess = wall - parisOffsetMs(wall);
  return wall - parisOffsetMs(guess);
}
