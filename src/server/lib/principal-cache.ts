/**
 * A short-lived, per-process cache of who a session cookie belongs to.
 *
 * Without it every request cost three queries before its own work (better-auth's session
 * and user, then our profile with the roles): on the event day, where each player sends about one
 * request a second, that was most of the database's work (docs/performance.md). The key is
 * the signed session cookie exactly as the browser sent it, and only a value that
 * better-auth has just verified is stored, so a forged cookie never hits the cache.
 *
 * Staleness is bounded: an entry lives `ttlMs` at most (and never past the session's own
 * expiry). This process forgets a session at once when it is signed out here and a person
 * when their roles or profile change here (the repositories call `forgetPerson`); other
 * instances learn it within `ttlMs` (docs/decisions.md, "Sessions cached for seconds").
 */
import type { Principal } from './principal.ts';

interface Entry {
  principal: Principal;
  expiresAt: number;
}

/** Enough for every player of a sector-wide edition on one instance; the oldest go first. */
const MAX_ENTRIES = 100_000;

const entries = new Map<string, Entry>();
const keysByPerson = new Map<string, Set<string>>();

/** The session cookie's value in a Cookie header (with or without the __Secure- prefix). */
export function sessionCookieValue(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  const match = /(?:^|;\s*)(?:__Secure-)?wegwijs\.session_token=([^;]+)/.exec(cookieHeader);
  return match?.[1] ?? null;
}

export function cachedPrincipal(key: string, now: number): Principal | undefined {
  const entry = entries.get(key);
  if (!entry) return undefined;
  if (entry.expiresAt <= now) {
    forget(key);
    return undefined;
  }
  return entry.principal;
}

export function rememberPrincipal(key: string, principal: Principal, expiresAt: number): void {
  if (entries.size >= MAX_ENTRIES && !entries.has(key)) forget(entries.keys().next().value!);
  entries.set(key, { principal, expiresAt });
  let keys = keysByPerson.get(principal.id);
  if (!keys) {
    keys = new Set();
    keysByPerson.set(principal.id, keys);
  }
  keys.add(key);
}

/** A session ended (signed out here). */
export function forgetSession(cookieHeader: string | undefined): void {
  const key = sessionCookieValue(cookieHeader);
  if (key) forget(key);
}

/** Someone's roles, profile or sessions changed: their next request reads them afresh. */
export function forgetPerson(userId: string): void {
  const keys = keysByPerson.get(userId);
  if (!keys) return;
  for (const key of [...keys]) forget(key);
}

function forget(key: string): void {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  const keys = keysByPerson.get(entry.principal.id);
  keys?.delete(key);
  if (keys?.size === 0) keysByPerson.delete(entry.principal.id);
}
