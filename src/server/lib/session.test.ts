import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminGrant, createTestApp, loginAs, quizStaffGrant, type TestApp } from '../test/helpers.ts';

/** The session cache (principal-cache.ts) as requests see it. */
describe('sessions cached for seconds', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = (await loginAs(t, [adminGrant])).cookie;
  });
  afterAll(() => t.close());

  const whoami = (cookie: string) => t.app.inject({ url: '/api/me', headers: { cookie } });
  const staffOnly = (cookie: string) => t.app.inject({ url: '/api/quiz/editions', headers: { cookie } });

  it('answers from the cache while it is fresh: a session removed behind its back still counts', async () => {
    const { cookie, person } = await loginAs(t);
    expect((await whoami(cookie)).statusCode).toBe(200);
    // Not through the app (which would forget it at once): as another instance would.
    await t.ctx.db.execute(sql`DELETE FROM sessions WHERE user_id = ${person.id}`);
    expect((await whoami(cookie)).statusCode).toBe(200);
  });

  it('applies a role change made here to the very next request', async () => {
    const { cookie, person } = await loginAs(t, [quizStaffGrant]);
    expect((await staffOnly(cookie)).statusCode).toBe(200);
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/people/${person.id}`,
      headers: { cookie: admin },
      payload: { roles: [] },
    });
    expect(patch.statusCode).toBe(200);
    expect((await staffOnly(cookie)).statusCode).toBe(403);
  });

  it('ends a session signed out here at once', async () => {
    const { cookie } = await loginAs(t);
    expect((await whoami(cookie)).statusCode).toBe(200);
    await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect((await whoami(cookie)).statusCode).toBe(401);
  });

  it('asks the database every time with SESSION_CACHE_SECONDS=0', async () => {
    const uncached = await createTestApp({ env: { SESSION_CACHE_SECONDS: '0' } });
    try {
      const { cookie, person } = await loginAs(uncached);
      expect((await uncached.app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(200);
      await uncached.ctx.db.execute(sql`DELETE FROM sessions WHERE user_id = ${person.id}`);
      expect((await uncached.app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
    } finally {
      await uncached.close();
    }
  });
});
