import type { EntityManager } from 'typeorm';

/** A row as its table's record type reads it from JSON: snake_case columns, JSON values. */
export type JsonRow = Record<string, unknown>;

function columnsOf(rows: readonly JsonRow[]): string[] {
  const columns = Object.keys(rows[0]!);
  for (const column of columns) {
    if (!/^[a-z_][a-z0-9_]*$/.test(column)) throw new Error(`Invalid column name: ${column}`);
  }
  return columns;
}

/**
 * Inserts rows into a table in one statement, sent as one JSON parameter read by
 * `jsonb_populate_recordset`: no per-value query building, whatever the number of rows.
 * Every row must have the keys of the first (a missing key is NULL, not the default).
 */
export async function insertRows(
  manager: EntityManager,
  table: string,
  rows: readonly JsonRow[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = columnsOf(rows).join(', ');
  await manager.query(
    `INSERT INTO ${table} (${columns})
     SELECT ${columns} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`,
    [JSON.stringify(rows)],
  );
}

/**
 * Updates rows by id in one statement, the same way: every key of the first row but `id` is
 * set. `extra` adds assignments computed in SQL (e.g. `updated_at = now()`).
 */
export async function updateRowsById(
  manager: EntityManager,
  table: string,
  rows: readonly JsonRow[],
  extra: readonly string[] = [],
): Promise<void> {
  if (rows.length === 0) return;
  const assignments = columnsOf(rows)
    .filter((column) => column !== 'id')
    .map((column) => `${column} = v.${column}`);
  await manager.query(
    `UPDATE ${table} t SET ${[...assignments, ...extra].join(', ')}
       FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb) v
      WHERE t.id = v.id`,
    [JSON.stringify(rows)],
  );
}
