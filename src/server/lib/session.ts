import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { findUserWithRoles } from '../modules/people/repository.ts';
import type { AppContext } from './context.ts';
import { forbidden, unauthenticated } from './errors.ts';
import type { Principal } from './principal.ts';
import { cachedPrincipal, rememberPrincipal, sessionCookieValue } from './principal-cache.ts';

const cache = new WeakMap<FastifyRequest, Promise<Principal | null>>();

/** The logged-in person of this request, or null. Looked up once per request. */
export function currentPrincipal(ctx: AppContext, request: FastifyRequest): Promise<Principal | null> {
  let pending = cache.get(request);
  if (!pending) {
    pending = loadPrincipal(ctx, request);
    cache.set(request, pending);
  }
  return pending;
}

async function loadPrincipal(ctx: AppContext, request: FastifyRequest): Promise<Principal | null> {
  const cookie = sessionCookieValue(request.headers.cookie);
  if (!cookie) return null;
  const ttlMs = ctx.config.sessionCacheSeconds * 1000;
  const now = Date.now();
  if (ttlMs > 0) {
    const cached = cachedPrincipal(cookie, now);
    if (cached) return cached;
  }
  const session = await ctx.auth.api.getSession({ headers: fromNodeHeaders(request.headers) });
  if (!session) return null;
  // Read the profile from our table: better-auth's copy lacks our extra fields.
  const found = await findUserWithRoles(ctx.db, session.user.id);
  if (!found) return null;
  const { user, roles } = found;
  const principal: Principal = {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    roles,
  };
  if (ttlMs > 0) {
    rememberPrincipal(cookie, principal, Math.min(now + ttlMs, session.session.expiresAt.getTime()));
  }
  return principal;
}

/** Step 1 of a handler: who is asking (401 when nobody). */
export async function authenticate(ctx: AppContext, request: FastifyRequest): Promise<Principal> {
  const principal = await currentPrincipal(ctx, request);
  if (!principal) throw unauthenticated();
  return principal;
}

/** The authorisation step of a handler: a policy's verdict, 403 when it says no. */
export function authorize(allowed: boolean): void {
  if (!allowed) throw forbidden();
}

/** Copies better-auth's Set-Cookie headers (session cookie) onto our reply. */
export function forwardCookies(response: Response, reply: FastifyReply): void {
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) reply.header('set-cookie', cookies);
}
