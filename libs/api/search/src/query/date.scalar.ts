import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` → midnight UTC of that day; anything else (or 2025-02-30) → undefined. */
export function parseDay(value: string): Date | undefined {
  const match = DAY.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === value ? date : undefined;
}

function parse(value: unknown): Date {
  const date = typeof value === 'string' ? parseDay(value) : undefined;
  if (!date) {
    throw new GraphQLError(
      `Date invalide : « ${String(value).slice(0, 40)} » (format attendu AAAA-MM-JJ).`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return date;
}

/** A calendar day, ISO 8601 (`2026-05-01`): midnight UTC inside the API. */
export const DateScalar = new GraphQLScalarType<Date, string>({
  name: 'Date',
  description: 'A calendar day, ISO 8601 (YYYY-MM-DD).',
  serialize: (value) =>
    value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10),
  parseValue: parse,
  parseLiteral: (node) => parse(node.kind === Kind.STRING ? node.value : undefined),
});
