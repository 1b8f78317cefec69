import { createHash } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox, sessions, verifications } from '../../db/schema/index.ts';
import { adminGrant, cookieHeader, createTestApp, makePerson, type TestApp } from '../../test/helpers.ts';

/** The newest log-in link mailed to `email`, read from the outbox. */
async function latestLinkFor(t: TestApp, email: string): Promise<string> {
  const [mail] = await t.ctx.db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.to, email))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(1);
  const match = mail?.text.match(/http:\/\/localhost:3000(\/auth\/verify\?token=\S+)/);
  if (!match?.[1]) throw new Error(`no log-in link for ${email}`);
  return match[1];
}

describe('log-in by e-mail link', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('mails a link in the person’s language, logs in once, and never again', async () => {
    const person = await makePerson(t.ctx, [], { locale: 'en' });
    const request = await t.app.inject({
      method: 'POST',
      url: '/api/auth/magic-link',
      payload: { email: person.email.toUpperCase() },
    });
    expect(request.statusCode).toBe(202);

    const [mail] = await t.ctx.db.select().from(mailOutbox).where(eq(mailOutbox.to, person.email));
    expect(mail?.subject).toBe('Your Wegwijs log-in link');
    expect(mail?.html).toContain('<html lang="en">');
    const link = await latestLinkFor(t, person.email);

    const first = await t.app.inject(link);
    expect(first.statusCode).toBe(302);
    expect(first.headers.location).toBe('/account');
    const setCookie = String(first.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i);

    const me = await t.app.inject({
      url: '/api/me',
      headers: { cookie: cookieHeader(first.headers['set-cookie']) },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { email: person.email, locale: 'en' } });

    const second = await t.app.inject(link);
    expect(second.statusCode).toBe(302);
    expect(second.headers.location).toBe('/login?error=invalid_link');
    expect(second.headers['set-cookie']).toBeUndefined();
  });

  it('stores the token hashed and valid for 15 minutes', async () => {
    const person = await makePerson(t.ctx);
    await t.app.inject({ method: 'POST', url: '/api/auth/magic-link', payload: { email: person.email } });
    const token = decodeURIComponent((await latestLinkFor(t, person.email)).split('token=')[1]!);
    const rows = await t.ctx.db.select().from(verifications);
    expect(rows.some((r) => r.identifier.includes(token) || r.value.includes(token))).toBe(false);
    const hashed = createHash('sha256').update(token).digest('base64url');
    const row = rows.find((r) => r.identifier === `magic-link:${hashed}`);
    expect(row).toBeDefined();
    const minutes = (row!.expiresAt.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
  });

  it('refuses an expired link', async () => {
    const person = await makePerson(t.ctx);
    await t.app.inject({ method: 'POST', url: '/api/auth/magic-link', payload: { email: person.email } });
    const link = await latestLinkFor(t, person.email);
    await t.ctx.db.update(verifications).set({ expiresAt: new Date(Date.now() - 1000) });
    const res = await t.app.inject(link);
    expect(res.headers.location).toBe('/login?error=invalid_link');
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('lands on the page the person asked for, but never outside the site', async () => {
    const person = await makePerson(t.ctx);
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/magic-link',
      payload: { email: person.email, redirectTo: '/admin/organizations?q=x' },
    });
    const res = await t.app.inject(await latestLinkFor(t, person.email));
    expect(res.headers.location).toBe('/admin/organizations?q=x');
    const evil = await t.app.inject({
      method: 'POST',
      url: '/api/auth/magic-link',
      payload: { email: person.email, redirectTo: '//evil.example/' },
    });
    expect(evil.statusCode).toBe(400);
    expect(evil.json().error.details.fields[0].field).toBe('redirectTo');
  });

  it('refuses a made-up token', async () => {
    const res = await t.app.inject('/auth/verify?token=made-up-token');
    expect(res.headers.location).toBe('/login?error=invalid_link');
  });

  it('answers 202 for an unknown address without sending anything', async () => {
    const before = await t.ctx.db.select().from(mailOutbox);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/magic-link',
      payload: { email: 'nobody@unknown.example' },
    });
    expect(res.statusCode).toBe(202);
    expect(await t.ctx.db.select().from(mailOutbox)).toHaveLength(before.length);
  });
});

describe('log-in by password, log-out and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('logs a staff member in, and refuses a wrong password with one clear error', async () => {
    const person = await makePerson(t.ctx, [adminGrant], { password: 'a-long-password-1' });
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { email: person.email, password: 'wrong-password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ error: { code: 'invalid_credentials' } });

    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { email: person.email, password: 'a-long-password-1' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ user: { id: person.id, roles: [{ role: 'admin' }] } });
  });

  it('logs out this session, or every session', async () => {
    const person = await makePerson(t.ctx, [], { password: 'a-long-password-2' });
    const login = async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        payload: { email: person.email, password: 'a-long-password-2' },
      });
      return cookieHeader(res.headers['set-cookie']);
    };
    const phone = await login();
    const laptop = await login();
    const tablet = await login();
    const me = (cookie: string) =>
      t.app.inject({ url: '/api/me', headers: { cookie } }).then((r) => r.statusCode);

    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: phone } });
    expect(out.statusCode).toBe(204);
    expect(await me(phone)).toBe(401);
    expect(await me(laptop)).toBe(200);

    const all = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout-all',
      headers: { cookie: laptop },
    });
    expect(all.statusCode).toBe(204);
    expect(await me(laptop)).toBe(401);
    expect(await me(tablet)).toBe(401);
    expect(await t.ctx.db.select().from(sessions).where(eq(sessions.userId, person.id))).toHaveLength(0);
  });

  it('rate-limits log-in attempts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        payload: { email: 'someone@test.example', password: 'guess' },
        remoteAddress: '10.9.8.7',
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('secure cookies behind https', () => {
  it('marks the session cookie Secure when BASE_URL is https', async () => {
    const t = await createTestApp({ env: { BASE_URL: 'https://wegwijs.example' } });
    try {
      const person = await makePerson(t.ctx, [], { password: 'a-long-password-3' });
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        payload: { email: person.email, password: 'a-long-password-3' },
        headers: { origin: 'https://wegwijs.example' },
      });
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['set-cookie'])).toMatch(/Secure/);
    } finally {
      await t.close();
    }
  });
});
