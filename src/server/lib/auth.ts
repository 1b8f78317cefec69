import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { magicLink } from 'better-auth/plugins';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { accounts, sessions, users, verifications } from '../db/schema/index.ts';

export const MAGIC_LINK_MINUTES = 15;
export const SESSION_DAYS = 14;

export interface MagicLinkRequest {
  email: string;
  token: string;
  /** Passed through from signInMagicLink, e.g. to pick an invitation template. */
  metadata?: Record<string, unknown> | undefined;
}

/**
 * better-auth does the identity work (sessions, password hashing, magic-link tokens).
 * Its own HTTP endpoints are not exposed: our Fastify routes call `auth.api.*`, so every
 * route keeps our schemas, rate limits, error shape and OpenAPI description.
 */
export function createAuth(config: Config, db: Db, sendMagicLink: (req: MagicLinkRequest) => Promise<void>) {
  return betterAuth({
    appName: 'Wegwijs',
    baseURL: config.baseUrl,
    basePath: '/api/auth/internal',
    secret: config.sessionSecret,
    trustedOrigins: [config.baseUrl],
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
    }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 200 },
    session: { expiresIn: SESSION_DAYS * 24 * 3600, updateAge: 24 * 3600 },
    // Rate limits are applied by our routes (@fastify/rate-limit), not in better-auth's memory store.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    advanced: {
      cookiePrefix: 'wegwijs',
      useSecureCookies: config.secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      database: { generateId: 'uuid' },
    },
    plugins: [
      magicLink({
        expiresIn: MAGIC_LINK_MINUTES * 60,
        storeToken: 'hashed',
        disableSignUp: true,
        sendMagicLink: ({ email, token, metadata }) => sendMagicLink({ email, token, metadata }),
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
