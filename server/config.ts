import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Every setting Parley reads from the environment (README, "Configuration"). */
const envSchema = z.object({
  PORT: port.default(3000),
  ZERO_PORT: port.default(4848),
  DATABASE_URL: z.string().min(1).optional(),
  PARLEY_DATA_DIR: z.string().min(1).default('.data'),
  PARLEY_PG_PORT: port.default(54329),
  PARLEY_PUBLIC_URL: z.url().optional(),
  ZERO_PUBLIC_URL: z.url().optional(),
  BETTER_AUTH_SECRET: z.string().min(32, 'BETTER_AUTH_SECRET must be at least 32 characters').optional(),
  PARLEY_DEMO: flag.optional(),
  ZERO_CACHE_URL: z.url().optional(),
  PARLEY_COOKIE_DOMAIN: z.string().min(1).optional(),
  /** Shared with a separate zero-cache (ZERO_QUERY_API_KEY / ZERO_MUTATE_API_KEY); see docker-compose.yml. */
  PARLEY_ZERO_API_KEY: z.string().min(32, 'PARLEY_ZERO_API_KEY must be at least 32 characters').optional(),
  /** Proxies (addresses or CIDR ranges, comma-separated) whose X-Forwarded-For is believed. */
  PARLEY_TRUSTED_PROXIES: z.string().optional(),
  /** URL prefixes on internal addresses that connectors may call (comma-separated); none by default. */
  PARLEY_OUTBOUND_ALLOW: z.string().optional(),
});

/** Names of every environment variable Parley reads (docker-compose is checked against it). */
export const configKeys = Object.keys(envSchema.shape);

export type Config = z.infer<typeof envSchema> & { demo: boolean };

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  // Demo data (with known passwords) only by default on the embedded database.
  const demo = parsed.data.PARLEY_DEMO ?? !parsed.data.DATABASE_URL;
  return { ...parsed.data, demo };
}
