import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, quizStaffGrant, type TestApp } from '../../test/helpers.ts';
import { addMember, createTeam, lastMailTo, openEdition } from './test-support.ts';

/** Where the public quiz page and the log-in links of the registration mails take people. */
describe('current edition and landing pages of the registration mails', () => {
  let t: TestApp;
  let staff: string;

  beforeAll(async () => {
    t = await createTestApp();
    staff = (await loginAs(t, [quizStaffGrant])).cookie;
  });
  afterAll(() => t.close());

  const current = () => t.app.inject('/api/public/quiz/current-edition');

  it('answers 404 while every edition is a draft, then the newest edition past draft', async () => {
    const draft = await t.app.inject({
      method: 'POST',
      url: '/api/quiz/editions',
      headers: { cookie: staff },
      payload: { year: 2090, name: 'Klantcontactquiz 2090' },
    });
    expect(draft.statusCode).toBe(201);
    const none = await current();
    expect(none.statusCode).toBe(404);
    expect(none.json().error.code).toBe('not_found');

    const edition = await openEdition(t, staff);
    // A 404 is not cached, so the opened edition shows at once.
    expect((await current()).json()).toEqual({ year: edition.year });
  });

  it('sends coordinators to /quiz/registration and participants to /quiz/my', async () => {
    const edition = await openEdition(t, staff);
    const registered = await t.app.inject({
      method: 'POST',
      url: `/api/public/quiz/editions/${edition.year}/registrations`,
      payload: {
        organization: {
          name: 'Landing BV',
          street: 'Kade 1',
          postalCode: '1011AB',
          city: 'Amsterdam',
          billingEmail: 'facturen@landing.example',
        },
        coordinator: { name: 'Lotte Landing', email: 'lotte@landing.example' },
        team: { name: 'Team Kade' },
      },
    });
    expect(registered.statusCode).toBe(201);
    const coordinatorMail = await lastMailTo(t, 'lotte@landing.example');
    expect(coordinatorMail?.text).toContain(`next=${encodeURIComponent('/quiz/registration')}`);

    const teamId = await createTeam(
      t,
      staff,
      edition.id,
      await organizationIdOf('Landing BV'),
      'Team Steiger',
    );
    const added = await addMember(t, staff, teamId, 'pim@landing.example', 'Pim Steiger');
    expect(added.statusCode).toBe(201);
    const participantMail = await lastMailTo(t, 'pim@landing.example');
    expect(participantMail?.text).toContain(`next=${encodeURIComponent('/quiz/my')}`);
  });

  async function organizationIdOf(name: string): Promise<string> {
    const res = await t.app.inject({
      url: `/api/admin/organizations?q=${encodeURIComponent(name)}`,
      headers: { cookie: staff },
    });
    return res.json().items[0].id as string;
  }
});
