import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminGrant, createTestApp, loginAs, type TestApp } from '../../test/helpers.ts';

describe('people and profiles', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = (await loginAs(t, [adminGrant])).cookie;
  });
  afterAll(() => t.close());

  it('tells who is logged in without an error for visitors', async () => {
    const visitor = await t.app.inject({ url: '/api/session' });
    expect(visitor.statusCode).toBe(200);
    expect(visitor.json()).toEqual({ user: null });
    const { cookie, person } = await loginAs(t);
    const known = await t.app.inject({ url: '/api/session', headers: { cookie } });
    expect(known.json().user).toMatchObject({ id: person.id, email: person.email });
  });

  it('lets a person edit their own profile and language', async () => {
    const { cookie } = await loginAs(t);
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie },
      payload: {
        name: 'Noor Bakker',
        locale: 'en',
        jobRole: 'team_leader',
        yearsInField: 6,
        yearsLeadership: 1,
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({
      name: 'Noor Bakker',
      locale: 'en',
      jobRole: 'team_leader',
      yearsInField: 6,
      yearsLeadership: 1,
    });
    const bad = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie },
      payload: { yearsInField: -1, locale: 'de' },
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.details.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['yearsInField', 'locale']));
  });

  it('lets an admin create, find and edit people with scoped roles', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/admin/people',
      headers: { cookie: admin },
      payload: {
        email: 'Expert@Example.org',
        name: 'Femke Expert',
        locale: 'nl',
        roles: [{ role: 'expert', programme: 'quiz', organizationId: null }],
      },
    });
    expect(created.statusCode).toBe(201);
    const person = created.json().person as { id: string; email: string };
    expect(person.email).toBe('expert@example.org');

    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/admin/people',
      headers: { cookie: admin },
      payload: { email: 'expert@example.org', name: 'Again' },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.details.fields[0].field).toBe('email');

    const search = await t.app.inject({
      url: '/api/admin/people?q=femke&role=expert',
      headers: { cookie: admin },
    });
    expect(search.json()).toMatchObject({ total: 1, items: [{ id: person.id }] });

    const unscoped = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/people/${person.id}`,
      headers: { cookie: admin },
      payload: { roles: [{ role: 'staff', programme: null, organizationId: null }] },
    });
    expect(unscoped.statusCode).toBe(400);
    expect(unscoped.json().error.details.fields[0].field).toBe('roles.0.programme');

    const promoted = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/people/${person.id}`,
      headers: { cookie: admin },
      payload: { roles: [{ role: 'staff', programme: 'foundation', organizationId: null }] },
    });
    expect(promoted.json().person.roles).toEqual([
      { role: 'staff', programme: 'foundation', organizationId: null },
    ]);

    const audit = await t.app.inject({
      url: '/api/admin/audit?q=person.updated',
      headers: { cookie: admin },
    });
    expect(audit.json().items[0]).toMatchObject({ action: 'person.updated', entityId: person.id });
  });
});
