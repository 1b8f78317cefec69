/**
 * A few seconds of in-process cache for the public edition page (it is the page everyone
 * refreshes to watch the counter). Every change that moves a figure calls
 * `invalidatePublicPage`; other processes see the change when their entry expires.
 */
import type { AppContext } from '../../lib/context.ts';

const TTL_MS = 5_000;

interface Entry {
  expires: number;
  value: Promise<unknown>;
}

const caches = new WeakMap<AppContext, Map<string, Entry>>();

export function cachedPublic<T>(ctx: AppContext, key: string, load: () => Promise<T>): Promise<T> {
  let cache = caches.get(ctx);
  if (!cache) {
    cache = new Map();
    caches.set(ctx, cache);
  }
  const now = performance.now();
  const hit = cache.get(key);
  if (hit && hit.expires > now) return hit.value as Promise<T>;
  const value = load();
  cache.set(key, { expires: now + TTL_MS, value });
  // A failed load must not be served from the cache.
  value.catch(() => cache.delete(key));
  return value;
}

export function invalidatePublicPage(ctx: AppContext): void {
  caches.get(ctx)?.clear();
}
