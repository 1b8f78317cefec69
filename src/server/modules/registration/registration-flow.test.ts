import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, roleAssignments } from '../../db/schema/index.ts';
import { createTestApp, loginAs, quizStaffGrant, type TestApp } from '../../test/helpers.ts';
import {
  addMember,
  companyWithCoordinator,
  createTeam,
  followLoginLink,
  lastMailTo,
  openEdition,
} from './test-support.ts';

describe('company registration, teams, invitations and the donation counter', () => {
  let t: TestApp;
  let staff: string;
  let edition: { id: string; year: number };

  beforeAll(async () => {
    t = await createTestApp();
    staff = (await loginAs(t, [quizStaffGrant])).cookie;
    edition = await openEdition(t, staff);
    await t.app.inject({
      method: 'POST',
      url: `/api/quiz/editions/${edition.id}/themes`,
      headers: { cookie: staff },
      payload: { titleNl: 'Het klantgesprek', titleEn: 'The customer conversation' },
    });
    await t.app.inject({
      method: 'POST',
      url: `/api/quiz/editions/${edition.id}/sponsors`,
      headers: { cookie: staff },
      payload: { name: 'Sponsor BV', websiteUrl: 'https://sponsor.example', centsPerParticipant: 200 },
    });
  });
  afterAll(() => t.close());

  const publicPage = async () => (await t.app.inject(`/api/public/quiz/editions/${edition.year}`)).json();
  const register = (payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: `/api/public/quiz/editions/${edition.year}/registrations`, payload });
  const company = (overrides: Record<string, unknown> = {}) => ({
    name: 'Klantcontact Noord BV',
    kvkNumber: '12345678',
    street: 'Stationsplein 1',
    postalCode: '9711ab',
    city: 'Groningen',
    billingEmail: 'facturen@noord.example',
    ...overrides,
  });

  it('walks a company from registration to a confirmed participant, and the counter rises', async () => {
    const before = await publicPage();
    expect(before.edition).toMatchObject({ year: edition.year, registrationOpen: true, teamMinimum: 10 });
    expect(before.themes.map((x: { titleEn: string }) => x.titleEn)).toEqual(['The customer conversation']);
    expect(before.awards).toEqual(['smartest_organization', 'smartest_manager', 'smartest_employee']);
    expect(before.sponsors).toEqual([
      expect.objectContaining({
        name: 'Sponsor BV',
        websiteUrl: 'https://sponsor.example',
        centsPerParticipant: 200,
      }),
    ]);
    expect(before.donations).toMatchObject({ confirmedParticipants: 0, totalCents: 0, goalCents: 1_000_000 });

    const registered = await register({
      organization: company(),
      coordinator: { name: 'Marieke Jansen', email: 'Marieke@Noord.example' },
      team: { name: 'Team Zuidvleugel' },
    });
    expect(registered.statusCode).toBe(201);
    expect(registered.json()).toMatchObject({
      organization: { name: 'Klantcontact Noord BV', isNew: true },
      coordinator: { email: 'marieke@noord.example', isNew: true },
      team: { name: 'Team Zuidvleugel', isNew: true },
    });

    const welcome = await lastMailTo(t, 'marieke@noord.example');
    expect(welcome?.subject).toBe('Je bent coördinator van Klantcontact Noord BV op Wegwijs');
    const coordinator = await followLoginLink(t, welcome!.text);

    const home = (
      await t.app.inject({ url: '/api/quiz/coordinator/registrations', headers: { cookie: coordinator } })
    ).json();
    expect(home.items).toHaveLength(1);
    const organizationId = home.items[0].organization.id as string;
    expect(home.items[0].editions.find((e: { id: string }) => e.id === edition.id)).toMatchObject({
      teamCount: 1,
      registrationOpen: true,
    });

    const secondTeam = await createTeam(t, coordinator, edition.id, organizationId, 'Team Noordvleugel');
    const dashboardUrl = `/api/quiz/editions/${edition.id}/organizations/${organizationId}/registration`;
    const dashboard = (await t.app.inject({ url: dashboardUrl, headers: { cookie: coordinator } })).json();
    expect(dashboard.teams.map((x: { name: string }) => x.name)).toEqual([
      'Team Noordvleugel',
      'Team Zuidvleugel',
    ]);
    expect(dashboard.teams[0]).toMatchObject({ total: 0, confirmed: 0, minimum: 10, short: true });

    const added = await addMember(
      t,
      coordinator,
      secondTeam,
      'Sanne@Noord.example',
      'Sanne de Vries',
      'team_leader',
    );
    expect(added.statusCode).toBe(201);
    const member = added.json().member;
    expect(member).toMatchObject({
      email: 'sanne@noord.example',
      status: 'invited',
      role: 'team_leader',
      inviteCount: 1,
    });
    const grants = await t.ctx.db
      .select()
      .from(roleAssignments)
      .where(and(eq(roleAssignments.userId, member.userId), eq(roleAssignments.role, 'participant')));
    expect(grants).toEqual([expect.objectContaining({ programme: 'quiz', organizationId })]);

    const invitation = await lastMailTo(t, 'sanne@noord.example');
    expect(invitation?.subject).toBe(`Je bent aangemeld voor de Klantcontactquiz ${edition.year}`);
    expect(invitation?.text).toContain('team Team Noordvleugel');
    const participant = await followLoginLink(t, invitation!.text);

    const mine = (
      await t.app.inject({ url: '/api/me/quiz-registrations', headers: { cookie: participant } })
    ).json();
    expect(mine.items).toEqual([
      expect.objectContaining({
        memberId: member.id,
        status: 'invited',
        organization: { id: organizationId, name: 'Klantcontact Noord BV' },
        team: expect.objectContaining({ name: 'Team Noordvleugel', confirmed: 0, total: 1, minimum: 10 }),
      }),
    ]);

    const confirmed = await t.app.inject({
      method: 'POST',
      url: `/api/me/quiz-registrations/${member.id}/confirm`,
      headers: { cookie: participant },
      payload: { locale: 'en' },
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().member.status).toBe('confirmed');
    const me = (await t.app.inject({ url: '/api/me', headers: { cookie: participant } })).json();
    expect(me.user.locale).toBe('en');

    const after = await publicPage();
    expect(after.donations.confirmedParticipants).toBe(1);
    expect(after.donations.totalCents - before.donations.totalCents).toBe(200);

    const team = (
      await t.app.inject({ url: `/api/quiz/teams/${secondTeam}`, headers: { cookie: coordinator } })
    ).json();
    expect(team.team).toMatchObject({ invited: 0, confirmed: 1, bounced: 0, total: 1, short: true });
    expect(team.team.members).toEqual([
      expect.objectContaining({ name: 'Sanne de Vries', status: 'confirmed' }),
    ]);
  });

  it('recognises the organisation and the coordinator instead of duplicating them', async () => {
    const again = await register({
      organization: company({ name: 'Noord' }),
      coordinator: { name: 'M. Jansen', email: 'marieke@noord.example' },
      team: { name: 'Team Zuidvleugel' },
    });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({
      organization: { name: 'Klantcontact Noord BV', isNew: false },
      coordinator: { isNew: false },
      team: { isNew: false },
    });

    // A colleague on the same domain, without KvK number, is recognised by name and domain.
    const colleague = await register({
      organization: company({ kvkNumber: '', name: 'klantcontact noord bv ' }),
      coordinator: { name: 'Piet Noord', email: 'piet@noord.example' },
      team: { name: 'Team Piet' },
    });
    expect(colleague.statusCode).toBe(201);
    expect(colleague.json().organization).toEqual({ name: 'Klantcontact Noord BV', isNew: false });

    // Someone else with that KvK number may not take the organisation over.
    const stranger = await register({
      organization: company(),
      coordinator: { name: 'Iemand', email: 'iemand@elders.example' },
      team: { name: 'Overname' },
    });
    expect(stranger.statusCode).toBe(409);
    expect(stranger.json().error).toMatchObject({
      code: 'organization_exists',
      details: { fields: [{ field: 'organization.kvkNumber' }] },
    });
    const gmail = await register({
      organization: company({ kvkNumber: '' }),
      coordinator: { name: 'Iemand', email: 'noord@gmail.com' },
      team: { name: 'Overname' },
    });
    expect(gmail.statusCode).toBe(409);
    expect(gmail.json().error.details.fields[0].field).toBe('organization.name');

    const bad = await register({
      organization: company({ kvkNumber: '123', postalCode: 'abc' }),
      coordinator: { name: '', email: 'geen-adres' },
      team: { name: '' },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.details.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual([
      'coordinator.email',
      'coordinator.name',
      'organization.kvkNumber',
      'organization.postalCode',
      'team.name',
    ]);
  });

  it('resends within limits, replaces someone, records bounces and takes pledges', async () => {
    const { organizationId, cookie } = await companyWithCoordinator(t, staff, 'Bellen & Co');
    const teamId = await createTeam(t, cookie, edition.id, organizationId, 'Belteam');
    const kees = (await addMember(t, cookie, teamId, 'kees@bellen.example', 'Kees')).json().member;

    const resend = () =>
      t.app.inject({ method: 'POST', url: `/api/quiz/members/${kees.id}/invitation`, headers: { cookie } });
    expect((await resend()).statusCode).toBe(202);
    const second = await resend();
    expect(second.json().member.inviteCount).toBe(3);
    const limited = await resend();
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('invitation_limit');

    const bounced = await t.app.inject({
      method: 'POST',
      url: '/api/quiz/bounces',
      headers: { cookie: staff },
      payload: { email: 'kees@bellen.example', reason: '550 mailbox unavailable' },
    });
    expect(bounced.json()).toEqual({ updated: 1 });
    const notStaff = await t.app.inject({
      method: 'POST',
      url: '/api/quiz/bounces',
      headers: { cookie },
      payload: { email: 'kees@bellen.example' },
    });
    expect(notStaff.statusCode).toBe(403);
    let team = (await t.app.inject({ url: `/api/quiz/teams/${teamId}`, headers: { cookie } })).json().team;
    expect(team).toMatchObject({ invited: 0, bounced: 1, total: 1 });
    expect(team.members[0]).toMatchObject({ status: 'bounced', bouncedAt: expect.any(String) });

    const replaced = await t.app.inject({
      method: 'POST',
      url: `/api/quiz/members/${kees.id}/replace`,
      headers: { cookie },
      payload: { name: 'Kees Correct', email: 'kees.correct@bellen.example', role: 'manager' },
    });
    expect(replaced.statusCode).toBe(201);
    team = (await t.app.inject({ url: `/api/quiz/teams/${teamId}`, headers: { cookie } })).json().team;
    expect(team.members.map((m: { email: string; status: string }) => [m.email, m.status])).toEqual([
      ['kees.correct@bellen.example', 'invited'],
    ]);
    expect((await lastMailTo(t, 'kees.correct@bellen.example'))?.subject).toContain('aangemeld');
    const [audit] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'team_member.replaced'), eq(auditLog.entityId, replaced.json().member.id)),
      );
    expect(audit?.details).toMatchObject({ replacedEmail: 'kees@bellen.example' });

    const before = (await t.app.inject(`/api/public/quiz/editions/${edition.year}`)).json();
    const pledge = await t.app.inject({
      method: 'POST',
      url: `/api/quiz/editions/${edition.id}/organizations/${organizationId}/pledges`,
      headers: { cookie },
      payload: { amountCents: 50_000, message: 'Voor de wensen!', showName: true },
    });
    expect(pledge.statusCode).toBe(201);
    const withPledge = (await t.app.inject(`/api/public/quiz/editions/${edition.year}`)).json();
    expect(withPledge.donations.pledgedCents - before.donations.pledgedCents).toBe(50_000);
    expect(withPledge.donors).toContainEqual({ name: 'Bellen & Co' });

    const setStatus = (status: string, who = staff) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/quiz/pledges/${pledge.json().pledge.id}`,
        headers: { cookie: who },
        payload: { status },
      });
    expect((await setStatus('paid', cookie)).statusCode).toBe(403);
    expect((await setStatus('paid')).json().pledge).toMatchObject({
      status: 'paid',
      paidAt: expect.any(String),
    });
    expect((await setStatus('cancelled')).json().pledge.status).toBe('cancelled');
    const cancelled = (await t.app.inject(`/api/public/quiz/editions/${edition.year}`)).json();
    expect(cancelled.donations.pledgedCents).toBe(before.donations.pledgedCents);
    expect(cancelled.donors).not.toContainEqual({ name: 'Bellen & Co' });
  });

  it("keeps coordinators out of other companies' teams", async () => {
    const a = await companyWithCoordinator(t, staff, 'Bedrijf A');
    const b = await companyWithCoordinator(t, staff, 'Bedrijf B');
    const teamB = await createTeam(t, b.cookie, edition.id, b.organizationId, 'Team B');
    const memberB = (await addMember(t, b.cookie, teamB, 'bea@b.example', 'Bea')).json().member;

    const asA = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
      t.app.inject({ method, url, headers: { cookie: a.cookie }, ...(payload ? { payload } : {}) });
    const refused = [
      await asA('GET', `/api/quiz/teams/${teamB}`),
      await asA('PATCH', `/api/quiz/teams/${teamB}`, { name: 'Gekaapt' }),
      await asA('POST', `/api/quiz/teams/${teamB}/members`, { name: 'X', email: 'x@a.example' }),
      await asA('DELETE', `/api/quiz/members/${memberB.id}`),
      await asA('POST', `/api/quiz/members/${memberB.id}/invitation`),
      await asA('GET', `/api/quiz/editions/${edition.id}/organizations/${b.organizationId}/registration`),
      await asA('POST', `/api/quiz/editions/${edition.id}/organizations/${b.organizationId}/teams`, {
        name: 'X',
      }),
      await asA('POST', `/api/me/quiz-registrations/${memberB.id}/confirm`, {}),
      await asA('GET', `/api/quiz/editions/${edition.id}/registration/participants`),
    ];
    expect(refused.map((r) => r.statusCode)).toEqual(refused.map(() => 403));
    const teamAfter = (
      await t.app.inject({ url: `/api/quiz/teams/${teamB}`, headers: { cookie: b.cookie } })
    ).json();
    expect(teamAfter.team).toMatchObject({ name: 'Team B', total: 1 });
    expect((await t.app.inject(`/api/quiz/teams/${teamB}`)).statusCode).toBe(401);
  });
});
