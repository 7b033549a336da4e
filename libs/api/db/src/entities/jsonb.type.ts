/**
 * The TypeScript type of a jsonb object column. `object` rather than `Record<string, unknown>`:
 * TypeORM's insert/update typings reject `unknown` values, and any interface is an `object`.
 * The module that owns the shape casts when it reads (`source.payload as NormalizedListing`).
 */
export type JsonbObject = object;
