import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index.ts';
import { createTestApp, loginAs, quizStaffGrant, type TestApp } from '../../test/helpers.ts';
import {
  addMember,
  base64,
  companyWithCoordinator,
  createTeam,
  followLoginLink,
  lastMailTo,
  openEdition,
} from './test-support.ts';

describe('after registration closes', () => {
  let t: TestApp;
  let staff: string;
  beforeAll(async () => {
    t = await createTestApp();
    staff = (await loginAs(t, [quizStaffGrant])).cookie;
  });
  afterAll(() => t.close());

  const inject = (
    cookie: string,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ) => t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  it('refuses coordinators with registration_closed while staff can still move and add people, audited', async () => {
    const edition = await openEdition(t, staff);
    const company = await companyWithCoordinator(t, staff, 'Gesloten BV');
    const teamId = await createTeam(t, company.cookie, edition.id, company.organizationId, 'Team Een');
    const otherTeamId = await createTeam(t, company.cookie, edition.id, company.organizationId, 'Team Twee');
    const member = (await addMember(t, company.cookie, teamId, 'lid@gesloten.example', 'Lid')).json().member;

    const closed = await inject(staff, 'POST', `/api/quiz/editions/${edition.id}/registration/close`);
    expect(closed.json().registration).toMatchObject({
      open: false,
      reason: 'closed',
      closedAt: expect.any(String),
    });
    expect(closed.json().registration.closesOn).toBe(`${edition.year}-02-26`);
    expect(
      (await inject(company.cookie, 'POST', `/api/quiz/editions/${edition.id}/registration/close`))
        .statusCode,
    ).toBe(403);

    const attempts = [
      await addMember(t, company.cookie, teamId, 'nieuw@gesloten.example', 'Nieuw'),
      await inject(
        company.cookie,
        'POST',
        `/api/quiz/editions/${edition.id}/organizations/${company.organizationId}/teams`,
        {
          name: 'Team Drie',
        },
      ),
      await inject(company.cookie, 'PATCH', `/api/quiz/teams/${teamId}`, { name: 'Andere naam' }),
      await inject(company.cookie, 'DELETE', `/api/quiz/members/${member.id}`),
      await inject(company.cookie, 'POST', `/api/quiz/members/${member.id}/replace`, {
        name: 'Vervanger',
        email: 'vervanger@gesloten.example',
      }),
      await inject(company.cookie, 'POST', `/api/quiz/teams/${teamId}/import/preview`, {
        filename: 'x.csv',
        contentBase64: base64('naam;e-mail\nA;a@gesloten.example\n'),
      }),
    ];
    for (const res of attempts) {
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().error).toMatchObject({ code: 'registration_closed', details: { state: 'closed' } });
    }
    const publicPage = (await t.app.inject(`/api/public/quiz/editions/${edition.year}`)).json();
    expect(publicPage.edition.registrationOpen).toBe(false);
    const publicSignUp = await t.app.inject({
      method: 'POST',
      url: `/api/public/quiz/editions/${edition.year}/registrations`,
      payload: {
        organization: {
          name: 'Te Laat BV',
          street: 'Laan 1',
          postalCode: '1234 AB',
          city: 'Delft',
          billingEmail: 'f@laat.example',
        },
        coordinator: { name: 'Laatkomer', email: 'laat@laat.example' },
        team: { name: 'Laat' },
      },
    });
    expect(publicSignUp.statusCode).toBe(409);
    expect(publicSignUp.json().error.code).toBe('registration_closed');

    // Resending an invitation is not a change to the team: still allowed.
    expect(
      (await inject(company.cookie, 'POST', `/api/quiz/members/${member.id}/invitation`)).statusCode,
    ).toBe(202);

    const moved = await inject(company.cookie, 'POST', `/api/quiz/members/${member.id}/move`, {
      teamId: otherTeamId,
    });
    expect(moved.statusCode).toBe(403);
    const byStaff = await inject(staff, 'POST', `/api/quiz/members/${member.id}/move`, {
      teamId: otherTeamId,
    });
    expect(byStaff.statusCode).toBe(200);
    expect(byStaff.json().member.teamId).toBe(otherTeamId);
    const [audit] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'team_member.moved'), eq(auditLog.entityId, member.id)));
    expect(audit?.details).toMatchObject({ fromTeamId: teamId, toTeamId: otherTeamId, afterClose: true });

    const staffAdd = await addMember(t, staff, teamId, 'laatste@gesloten.example', 'Laatste Aanmelding');
    expect(staffAdd.statusCode).toBe(201);

    const noReason = await inject(staff, 'POST', `/api/quiz/editions/${edition.id}/registration/reopen`, {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.fields[0].field).toBe('reason');
    const reopened = await inject(staff, 'POST', `/api/quiz/editions/${edition.id}/registration/reopen`, {
      reason: 'Twee bedrijven vroegen om uitstel',
    });
    expect(reopened.json().registration).toMatchObject({
      open: true,
      reopenReason: 'Twee bedrijven vroegen om uitstel',
    });
    const [reopenAudit] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'registration.reopened'), eq(auditLog.entityId, edition.id)));
    expect(reopenAudit?.details).toMatchObject({ reason: 'Twee bedrijven vroegen om uitstel' });
    const twice = await inject(staff, 'POST', `/api/quiz/editions/${edition.id}/registration/reopen`, {
      reason: 'nogmaals',
    });
    expect(twice.json().error.code).toBe('registration_not_closed');
    expect(
      (await addMember(t, company.cookie, teamId, 'weer@gesloten.example', 'Weer Open')).statusCode,
    ).toBe(201);
  });

  it('closes for coordinators when the edition moves on, while participants can still confirm', async () => {
    const edition = await openEdition(t, staff);
    const company = await companyWithCoordinator(t, staff, 'Doorgeschoven BV');
    const teamId = await createTeam(t, company.cookie, edition.id, company.organizationId, 'Team');
    const member = (await addMember(t, company.cookie, teamId, 'later@door.example', 'Later')).json().member;
    await inject(staff, 'PATCH', `/api/quiz/editions/${edition.id}`, { status: 'practice' });

    const add = await addMember(t, company.cookie, teamId, 'te.laat@door.example', 'Te Laat');
    expect(add.statusCode).toBe(409);
    expect(add.json().error.details.state).toBe('moved_on');

    const participant = await followLoginLink(t, (await lastMailTo(t, 'later@door.example'))!.text);
    const confirm = await inject(participant, 'POST', `/api/me/quiz-registrations/${member.id}/confirm`, {});
    expect(confirm.json().member.status).toBe('confirmed');
  });
});
