import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { invalidCredentials } from '../../lib/errors.ts';
import { forgetPerson, forgetSession } from '../../lib/principal-cache.ts';
import { authenticate, forwardCookies } from '../../lib/session.ts';
import { findUserByEmail } from '../people/repository.ts';
import { getPerson } from '../people/service.ts';
import { magicLinkBody, passwordBody, redirectPath, userResponse } from './schemas.ts';

/** Log-in attempts per IP and minute; magic-link requests also cost a mail each. */
const loginRateLimit = { rateLimit: { max: 10, timeWindow: '1 minute' } };
const errorResponse = z.object({ error: z.object({ code: z.string(), message: z.string() }).loose() });

export function authRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();

    app.post(
      '/api/auth/magic-link',
      {
        config: loginRateLimit,
        schema: {
          tags: ['auth'],
          summary: 'E-mail a single-use log-in link (15 minutes)',
          description:
            'Always answers 202 for a well-formed address, so it does not reveal who has an account.',
          body: magicLinkBody,
          response: { 202: z.object({ sent: z.literal(true) }), 429: errorResponse },
        },
      },
      async (request, reply) => {
        const user = await findUserByEmail(ctx.db, request.body.email);
        if (user) {
          await ctx.auth.api.signInMagicLink({
            body: {
              email: user.email,
              ...(request.body.redirectTo ? { metadata: { next: request.body.redirectTo } } : {}),
            },
            headers: fromNodeHeaders(request.headers),
          });
        }
        return reply.status(202).send({ sent: true });
      },
    );

    app.get(
      '/auth/verify',
      {
        config: loginRateLimit,
        schema: {
          tags: ['auth'],
          summary: 'Open a log-in link: sets the session cookie and redirects to the account page',
          querystring: z.object({ token: z.string().min(1).max(500), next: redirectPath.optional() }),
        },
      },
      async (request, reply) => {
        const response = await ctx.auth.api.magicLinkVerify({
          query: {
            token: request.query.token,
            callbackURL: '/account',
            errorCallbackURL: '/login?error=invalid_link',
          },
          headers: fromNodeHeaders(request.headers),
          asResponse: true,
        });
        forwardCookies(response, reply);
        // better-auth reports failures by rewriting the error URL; we only ever send people to our own pages.
        const failed = !response.headers.getSetCookie().some((c) => c.includes('session_token='));
        return reply.redirect(failed ? '/login?error=invalid_link' : (request.query.next ?? '/account'), 302);
      },
    );

    app.post(
      '/api/auth/password',
      {
        config: loginRateLimit,
        schema: {
          tags: ['auth'],
          summary: 'Log in with e-mail and password (staff)',
          body: passwordBody,
          response: { 200: userResponse, 401: errorResponse, 429: errorResponse },
        },
      },
      async (request, reply) => {
        const response = await ctx.auth.api.signInEmail({
          body: { email: request.body.email.trim().toLowerCase(), password: request.body.password },
          headers: fromNodeHeaders(request.headers),
          asResponse: true,
        });
        if (!response.ok) throw invalidCredentials();
        const body = (await response.json()) as { user: { id: string } };
        forwardCookies(response, reply);
        return { user: await getPerson(ctx.db, body.user.id) };
      },
    );

    app.post(
      '/api/auth/logout',
      { schema: { tags: ['auth'], summary: 'End this session', response: { 204: z.null() } } },
      async (request, reply) => {
        if (request.headers.cookie) {
          forgetSession(request.headers.cookie);
          const response = await ctx.auth.api.signOut({
            headers: fromNodeHeaders(request.headers),
            asResponse: true,
          });
          forwardCookies(response, reply);
        }
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/auth/logout-all',
      {
        schema: {
          tags: ['auth'],
          summary: 'End every session of this person, on every device',
          response: { 204: z.null(), 401: errorResponse },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        const headers = fromNodeHeaders(request.headers);
        await ctx.auth.api.revokeSessions({ headers });
        forgetPerson(me.id);
        const response = await ctx.auth.api.signOut({ headers, asResponse: true }).catch(() => undefined);
        if (response) forwardCookies(response, reply);
        return reply.status(204).send(null);
      },
    );
  };
}
