import type { ValueTransformer } from 'typeorm';

/** `numeric` columns come back from `pg` as strings: read them as numbers. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
