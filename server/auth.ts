import { betterAuth } from 'better-auth';
import { APIError } from 'better-auth/api';
import pg from 'pg';
import type postgres from 'postgres';
import { PASSWORD_MIN_LENGTH } from '../permissions/index.ts';

export type AuthOptions = {
  databaseUrl: string;
  sql: postgres.Sql;
  baseURL: string;
  secret: string;
  trustedOrigins: string[];
  /** Share the session cookie with subdomains (app.example.com + sync.example.com). */
  cookieDomain?: string | undefined;
};

/**
 * better-auth with email + password only. Sign-up is closed: users are created by a
 * superadmin (ORG-6). Tables are renamed auth_* so they never collide with Parley's own
 * `account` and stay out of the sync publication.
 */
export function createAuth(opts: AuthOptions) {
  const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 5 });
  // An idle connection dropped by Postgres (restart, Ctrl-C reaching it first) is not a crash;
  // the pool opens a new one on the next request.
  pool.on('error', () => {});
  const auth = betterAuth({
    appName: 'Parley',
    baseURL: opts.baseURL,
    basePath: '/api/auth',
    secret: opts.secret,
    trustedOrigins: opts.trustedOrigins,
    database: pool,
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: PASSWORD_MIN_LENGTH },
    user: { modelName: 'auth_user' },
    session: { modelName: 'auth_session', expiresIn: 60 * 60 * 24 * 14, cookieCache: { enabled: false } },
    account: { modelName: 'auth_credential' },
    verification: { modelName: 'auth_verification' },
    telemetry: { enabled: false },
    // Its limiter keys on X-Forwarded-For (anyone can rotate it) or shares one bucket by all;
    // server/limits/sign-in-guard.ts limits sign-ins per account and per client instead.
    rateLimit: { enabled: false },
    // A wrong email or password is an expected refusal (counted by the sign-in limits), not a
    // warning worth a log line per attempt; real failures still log.
    logger: { level: 'error' },
    advanced: {
      // Secure (and __Secure- prefixed) whenever Parley is served over https, whatever NODE_ENV says.
      useSecureCookies: new URL(opts.baseURL).protocol === 'https:',
      ...(opts.cookieDomain ? { crossSubDomainCookies: { enabled: true, domain: opts.cookieDomain } } : {}),
    },
    databaseHooks: {
      session: {
        create: {
          // ORG-6: a disabled user cannot log in.
          async before(session) {
            const [profile] = await opts.sql<{ disabled_at: Date | null }[]>`
              SELECT disabled_at FROM profile WHERE id = ${session.userId}`;
            if (!profile || profile.disabled_at) {
              throw new APIError('FORBIDDEN', {
                message: 'This user is disabled. Ask a superadmin to enable it again.',
                code: 'USER_DISABLED',
              });
            }
          },
        },
      },
    },
  });
  return { auth, close: () => pool.end() };
}

export type Auth = ReturnType<typeof createAuth>['auth'];
