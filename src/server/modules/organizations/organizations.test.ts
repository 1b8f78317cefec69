import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, mailOutbox } from '../../db/schema/index.ts';
import {
  adminGrant,
  cookieHeader,
  createTestApp,
  loginAs,
  quizStaffGrant,
  type TestApp,
} from '../../test/helpers.ts';

describe('organisations and coordinators', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = (await loginAs(t, [adminGrant])).cookie;
  });
  afterAll(() => t.close());

  const create = (cookie: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/admin/organizations', headers: { cookie }, payload });

  it('lets an admin create an organisation, add a coordinator who then logs in', async () => {
    const res = await create(admin, {
      name: 'Contact Centrum Zuid',
      kvkNumber: '87654321',
      postalCode: '5611az',
    });
    expect(res.statusCode).toBe(201);
    const org = res.json().organization as { id: string; postalCode: string };
    expect(org.postalCode).toBe('5611 AZ');

    const add = await t.app.inject({
      method: 'POST',
      url: `/api/admin/organizations/${org.id}/coordinators`,
      headers: { cookie: admin },
      payload: { email: 'Marieke@Zuid.example', name: 'Marieke Jansen' },
    });
    expect(add.statusCode).toBe(201);
    expect(add.json().person.email).toBe('marieke@zuid.example');

    const [mail] = await t.ctx.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.to, 'marieke@zuid.example'))
      .orderBy(desc(mailOutbox.createdAt));
    expect(mail?.subject).toBe('Je bent coördinator van Contact Centrum Zuid op Wegwijs');
    const link = mail!.text.match(/http:\/\/localhost:3000(\/auth\/verify\?token=\S+)/)![1]!;
    const verify = await t.app.inject(link);
    expect(verify.headers.location).toBe('/quiz/registration');
    const cookie = cookieHeader(verify.headers['set-cookie']);

    const me = await t.app.inject({ url: '/api/me', headers: { cookie } });
    expect(me.json().user.roles).toEqual([{ role: 'coordinator', programme: null, organizationId: org.id }]);
    const own = await t.app.inject({ url: `/api/admin/organizations/${org.id}`, headers: { cookie } });
    expect(own.statusCode).toBe(200);
    expect(own.json().organization.coordinators).toEqual([
      expect.objectContaining({ email: 'marieke@zuid.example', name: 'Marieke Jansen' }),
    ]);

    const other = await create(admin, { name: 'Andere BV' });
    const foreign = await t.app.inject({
      url: `/api/admin/organizations/${other.json().organization.id}`,
      headers: { cookie },
    });
    expect(foreign.statusCode).toBe(403);
    const list = await t.app.inject({ url: '/api/admin/organizations', headers: { cookie } });
    expect(list.statusCode).toBe(403);

    const actions = (await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, org.id))).map(
      (a) => a.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining(['organization.created', 'organization.coordinator_added']),
    );
  });

  it('recognises an existing person by e-mail instead of duplicating them', async () => {
    const org = (await create(admin, { name: 'Dubbel BV' })).json().organization as { id: string };
    const payload = { email: 'same@person.example', name: 'Same Person' };
    const url = `/api/admin/organizations/${org.id}/coordinators`;
    const first = await t.app.inject({ method: 'POST', url, headers: { cookie: admin }, payload });
    const second = await t.app.inject({ method: 'POST', url, headers: { cookie: admin }, payload });
    expect(first.json().person.id).toBe(second.json().person.id);
    const detail = await t.app.inject({
      url: `/api/admin/organizations/${org.id}`,
      headers: { cookie: admin },
    });
    expect(detail.json().organization.coordinators).toHaveLength(1);
  });

  it('searches, edits and validates with field names', async () => {
    await create(admin, { name: 'Zoekbaar Klantcontact', city: 'Utrecht' });
    const found = await t.app.inject({
      url: '/api/admin/organizations?q=zoekbaar',
      headers: { cookie: admin },
    });
    expect(found.json().items.map((o: { name: string }) => o.name)).toEqual(['Zoekbaar Klantcontact']);

    const bad = await create(admin, { name: '', kvkNumber: '12' });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.details.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'kvkNumber']));

    const id = found.json().items[0].id as string;
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/organizations/${id}`,
      headers: { cookie: admin },
      payload: { city: 'Amersfoort' },
    });
    expect(patch.json().organization.city).toBe('Amersfoort');
  });

  it('refuses a second organisation with the same KvK number, naming the field', async () => {
    await create(admin, { name: 'Eerste', kvkNumber: '11112222' });
    const dup = await create(admin, { name: 'Tweede', kvkNumber: '11112222' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({
      code: 'kvk_taken',
      details: { fields: [{ field: 'kvkNumber' }] },
    });
  });

  it('keeps people without a staff role out of the admin API', async () => {
    const { cookie } = await loginAs(t, [{ role: 'participant', programme: 'quiz', organizationId: null }]);
    for (const url of [
      '/api/admin/organizations',
      '/api/admin/people',
      '/api/admin/audit',
      '/api/admin/outbox',
    ]) {
      const res = await t.app.inject({ url, headers: { cookie } });
      expect(res.statusCode, url).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
    const anonymous = await t.app.inject('/api/admin/organizations');
    expect(anonymous.statusCode).toBe(401);
  });

  it('lets programme staff manage organisations but not the audit log', async () => {
    const { cookie } = await loginAs(t, [quizStaffGrant]);
    expect((await create(cookie, { name: 'Via Staf BV' })).statusCode).toBe(201);
    expect((await t.app.inject({ url: '/api/admin/audit', headers: { cookie } })).statusCode).toBe(403);
  });
});
