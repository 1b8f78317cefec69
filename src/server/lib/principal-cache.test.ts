import { describe, expect, it } from 'vitest';
import type { Principal } from './principal.ts';
import {
  cachedPrincipal,
  forgetPerson,
  forgetSession,
  rememberPrincipal,
  sessionCookieValue,
} from './principal-cache.ts';

const person = (id: string): Principal => ({
  id,
  email: `${id}@example.org`,
  name: id,
  locale: 'nl',
  roles: [],
});

describe('principal cache', () => {
  it('finds the session cookie, with or without the __Secure- prefix, and nothing else', () => {
    expect(sessionCookieValue('a=1; wegwijs.session_token=abc.def; b=2')).toBe('abc.def');
    expect(sessionCookieValue('__Secure-wegwijs.session_token=xyz')).toBe('xyz');
    expect(sessionCookieValue('other.session_token=abc')).toBeNull();
    expect(sessionCookieValue('x-wegwijs.session_token=abc')).toBeNull();
    expect(sessionCookieValue(undefined)).toBeNull();
  });

  it('keeps an entry until it expires', () => {
    rememberPrincipal('k-expiry', person('p-expiry'), 1_000);
    expect(cachedPrincipal('k-expiry', 999)?.id).toBe('p-expiry');
    expect(cachedPrincipal('k-expiry', 1_000)).toBeUndefined();
    // Expired entries are dropped, not kept for later.
    expect(cachedPrincipal('k-expiry', 0)).toBeUndefined();
  });

  it('forgets every session of a person, or one session by its cookie', () => {
    rememberPrincipal('k-phone', person('p-two'), Number.MAX_SAFE_INTEGER);
    rememberPrincipal('k-laptop', person('p-two'), Number.MAX_SAFE_INTEGER);
    rememberPrincipal('k-other', person('p-other'), Number.MAX_SAFE_INTEGER);
    forgetSession('wegwijs.session_token=k-phone');
    expect(cachedPrincipal('k-phone', 0)).toBeUndefined();
    expect(cachedPrincipal('k-laptop', 0)?.id).toBe('p-two');
    rememberPrincipal('k-phone', person('p-two'), Number.MAX_SAFE_INTEGER);
    forgetPerson('p-two');
    expect(cachedPrincipal('k-phone', 0)).toBeUndefined();
    expect(cachedPrincipal('k-laptop', 0)).toBeUndefined();
    expect(cachedPrincipal('k-other', 0)?.id).toBe('p-other');
  });
});
