import { z } from 'zod';

const port = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((value) => (value === undefined || value === '' ? String(fallback) : value))
    .pipe(
      z
        .string()
        .regex(/^\d+$/, 'must be an integer between 1 and 65535')
        .transform(Number)
        .pipe(
          z
            .number()
            .int()
            .min(1, 'must be between 1 and 65535')
            .max(65535, 'must be between 1 and 65535'),
        ),
    );

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .optional()
    .transform((value) =>
      value === undefined || value === '' ? fallback : ['true', '1', 'yes'].includes(value),
    );

const url = (protocols: string[]) =>
  z
    .string()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .refine(
      (value) => {
        if (value === undefined) return true;
        try {
          return protocols.includes(new URL(value).protocol);
        } catch {
          return false;
        }
      },
      { message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}` },
    );

/** Every setting of the process, read from the environment once at start. */
const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: port(3000),
  PASSERELLE_ROLE: z.enum(['all', 'api', 'worker']).default('all'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: url(['postgres:', 'postgresql:']),
  MEILI_URL: url(['http:', 'https:']),
  MEILI_MASTER_KEY: z.string().optional(),
  MEILI_INDEX_PREFIX: z
    .string()
    .regex(/^[a-z0-9_]*$/, 'must use a-z, 0-9 and _ only')
    .default(''),
  PASSERELLE_DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_PG_PORT: port(5433),
  EMBEDDED_MEILI_PORT: port(7700),
  PASSERELLE_ADMIN_KEY: z.string().min(16, 'must be at least 16 characters long').optional(),
  WEB_DIST_DIR: z.string().default('dist/apps/web'),
  DEMO_DATA: flag(true),
  FEED_ALLOW_PRIVATE_NETWORKS: flag(false),
  FEED_MAX_MB: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value === '' ? '50' : value))
    .pipe(
      z
        .string()
        .regex(/^\d+$/, 'must be a whole number of megabytes')
        .transform(Number)
        .pipe(z.number().int().min(1).max(10_000)),
    ),
});

type Parsed = z.output<typeof configSchema>;

export interface AppConfig {
  nodeEnv: Parsed['NODE_ENV'];
  host: string;
  port: number;
  /** `api` serves requests, `worker` runs queue jobs, `all` (default) does both. */
  role: Parsed['PASSERELLE_ROLE'];
  logLevel: Parsed['LOG_LEVEL'];
  databaseUrl?: string;
  meiliUrl?: string;
  meiliMasterKey?: string;
  meiliIndexPrefix: string;
  dataDir: string;
  embeddedPostgresPort: number;
  embeddedMeiliPort: number;
  adminKey?: string;
  webDistDir: string;
  demoData: boolean;
  feedAllowPrivateNetworks: boolean;
  /** Largest feed accepted, in bytes (after decompression). */
  feedMaxBytes: number;
}

/** Names of the variables whose values are secrets: never printed. */
export const SECRET_VARIABLES = [
  'DATABASE_URL',
  'MEILI_MASTER_KEY',
  'PASSERELLE_ADMIN_KEY',
] as const;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment; throws a ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      const raw = env[name];
      const shown =
        raw === undefined || (SECRET_VARIABLES as readonly string[]).includes(name)
          ? ''
          : ` (got "${raw}")`;
      return `${name} ${issue.message}${shown}`;
    });
    throw new ConfigError(problems);
  }
  const c = result.data;
  return {
    nodeEnv: c.NODE_ENV,
    host: c.HOST,
    port: c.PORT,
    role: c.PASSERELLE_ROLE,
    logLevel: c.LOG_LEVEL,
    databaseUrl: c.DATABASE_URL,
    meiliUrl: c.MEILI_URL,
    meiliMasterKey: c.MEILI_MASTER_KEY,
    meiliIndexPrefix: c.MEILI_INDEX_PREFIX,
    dataDir: c.PASSERELLE_DATA_DIR,
    embeddedPostgresPort: c.EMBEDDED_PG_PORT,
    embeddedMeiliPort: c.EMBEDDED_MEILI_PORT,
    adminKey: c.PASSERELLE_ADMIN_KEY,
    webDistDir: c.WEB_DIST_DIR,
    demoData: c.DEMO_DATA,
    feedAllowPrivateNetworks: c.FEED_ALLOW_PRIVATE_NETWORKS,
    feedMaxBytes: c.FEED_MAX_MB * 1024 * 1024,
  };
}

/** Injection token of the validated AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
