import { z } from 'zod';

export const DEFAULT_MAP_TILE_URL = 'https://{s}.tile.openstreetmap.fr/osmfr/{z}/{x}/{y}.png';
export const DEFAULT_MAP_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">les contributeurs d’OpenStreetMap</a>, fond de carte <a href="https://www.openstreetmap.fr/">OpenStreetMap France</a>';

const schema = z.object({
  MAP_TILE_URL: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value === '' ? DEFAULT_MAP_TILE_URL : value))
    .refine(
      (value) => value === 'none' || /^(https?:)?\/\/[^\s"'<>]+$/.test(value),
      'must be a tile URL template (https://…/{z}/{x}/{y}.png) or "none"',
    ),
  MAP_TILE_ATTRIBUTION: z.string().optional(),
  MAP_MAX_POINTS: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value === '' ? '500' : value))
    .pipe(
      z
        .string()
        .regex(/^\d+$/, 'must be a whole number between 0 and 5000')
        .transform(Number)
        .pipe(z.number().int().min(0).max(5_000, 'must be between 0 and 5000')),
    ),
});

/**
 * Map settings: MAP_TILE_URL and MAP_TILE_ATTRIBUTION (public: the web app reads them),
 * MAP_MAX_POINTS.
 */
export interface MapConfig {
  /** null with MAP_TILE_URL=none: no tile layer (tests, offline). */
  tileUrl: string | null;
  attribution: string;
  /** A viewport holding at most this many places gets points instead of clusters. */
  maxPoints: number;
}

export class MapConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid map configuration: ${problems.join('; ')}`);
    this.name = 'MapConfigError';
  }
}

export function loadMapConfig(env: NodeJS.ProcessEnv = process.env): MapConfig {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new MapConfigError(
      result.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        return `${name} ${issue.message} (got "${env[name] ?? ''}")`;
      }),
    );
  }
  const tileUrl = result.data.MAP_TILE_URL === 'none' ? null : result.data.MAP_TILE_URL;
  const attribution = result.data.MAP_TILE_ATTRIBUTION;
  return {
    tileUrl,
    maxPoints: result.data.MAP_MAX_POINTS,
    attribution:
      attribution !== undefined && attribution !== ''
        ? attribution
        : tileUrl === DEFAULT_MAP_TILE_URL
          ? DEFAULT_MAP_ATTRIBUTION
          : '',
  };
}

export const MAP_CONFIG = Symbol('MAP_CONFIG');
