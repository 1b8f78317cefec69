import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, mailOutbox, teamMembers } from '../../db/schema/index.ts';
import { createTestApp, loginAs, quizStaffGrant, type TestApp } from '../../test/helpers.ts';
import { SHORT_TEAM_REMINDER_QUEUE, sendShortTeamReminders } from './reminder-job.ts';
import { addMember, base64, companyWithCoordinator, createTeam, openEdition } from './test-support.ts';

describe('staff overview, exports, sponsors and the short-team reminder', () => {
  let t: TestApp;
  let staff: string;
  let edition: { id: string; year: number };
  let a: Awaited<ReturnType<typeof companyWithCoordinator>>;
  let b: Awaited<ReturnType<typeof companyWithCoordinator>>;
  let fullTeam: string;
  let shortTeamA: string;
  let shortTeamB: string;

  beforeAll(async () => {
    t = await createTestApp();
    staff = (await loginAs(t, [quizStaffGrant])).cookie;
    edition = await openEdition(t, staff);
    a = await companyWithCoordinator(t, staff, 'Alfa Klantcontact');
    b = await companyWithCoordinator(t, staff, 'Beta Service');
    fullTeam = await createTeam(t, a.cookie, edition.id, a.organizationId, 'Alfa Compleet');
    shortTeamA = await createTeam(t, a.cookie, edition.id, a.organizationId, 'Alfa Klein');
    shortTeamB = await createTeam(t, b.cookie, edition.id, b.organizationId, 'Beta Klein');
    const roster = [
      'naam;e-mail;rol',
      ...Array.from({ length: 10 }, (_, i) => `Alfa ${i};alfa${i}@alfa.example;medewerker`),
    ];
    const imported = await t.app.inject({
      method: 'POST',
      url: `/api/quiz/teams/${fullTeam}/import`,
      headers: { cookie: a.cookie },
      payload: { filename: 'alfa.csv', contentBase64: base64(roster.join('\n')) },
    });
    expect(imported.statusCode).toBe(201);
    // Confirming ten people one by one through their mail is covered elsewhere; here only the counts matter.
    await t.ctx.db
      .update(teamMembers)
      .set({ status: 'confirmed', confirmedAt: new Date() })
      .where(eq(teamMembers.teamId, fullTeam));
    await addMember(t, a.cookie, shortTeamA, 'klein@alfa.example', 'Klein Alfa');
    await addMember(t, b.cookie, shortTeamB, 'klein@beta.example', 'Klein Beta', 'manager');
    await t.app.inject({
      method: 'POST',
      url: `/api/quiz/editions/${edition.id}/organizations/${b.organizationId}/pledges`,
      headers: { cookie: b.cookie },
      payload: { amountCents: 12_345, message: 'Succes; allemaal', showName: false },
    });
  });
  afterAll(() => t.close());

  const get = (url: string, cookie = staff) => t.app.inject({ url, headers: { cookie } });
  const base = () => `/api/quiz/editions/${edition.id}/registration`;

  it('sums up the edition and lists organisations, teams, participants and pledges with filters', async () => {
    const summary = (await get(base())).json();
    expect(summary).toMatchObject({
      organizations: 2,
      teams: 3,
      shortTeams: 2,
      participants: { confirmed: 10, invited: 2, bounced: 0, total: 12 },
      donations: {
        confirmedParticipants: 10,
        sponsorTotalCents: 2000,
        pledgedCents: 12_345,
        totalCents: 14_345,
      },
    });

    const orgs = (await get(`${base()}/organizations?q=alfa`)).json();
    expect(orgs.items).toEqual([
      expect.objectContaining({
        name: 'Alfa Klantcontact',
        teams: 2,
        participants: 11,
        confirmed: 10,
        pledgedCents: 0,
      }),
    ]);
    expect(orgs.items[0].coordinators[0].email).toBe(a.person.email);

    const short = (await get(`${base()}/teams?short=true`)).json();
    expect(short.items.map((x: { name: string }) => x.name)).toEqual(['Alfa Klein', 'Beta Klein']);
    const enough = (await get(`${base()}/teams?short=false`)).json();
    expect(enough.items).toEqual([
      expect.objectContaining({ name: 'Alfa Compleet', confirmed: 10, short: false }),
    ]);

    const invited = (await get(`${base()}/participants?status=invited&pageSize=1`)).json();
    expect(invited.total).toBe(2);
    expect(invited.items).toHaveLength(1);
    const managers = (await get(`${base()}/participants?role=manager`)).json();
    expect(managers.items).toEqual([
      expect.objectContaining({ email: 'klein@beta.example', organizationName: 'Beta Service' }),
    ]);

    const pledges = (await get(`${base()}/pledges?status=pledged`)).json();
    expect(pledges.items).toEqual([
      expect.objectContaining({ organizationName: 'Beta Service', amountCents: 12_345 }),
    ]);

    expect((await get(base(), a.cookie)).statusCode).toBe(403);
    expect((await get(`${base()}/teams.csv`, a.cookie)).statusCode).toBe(403);
  });

  it('exports CSV for Dutch Excel', async () => {
    const res = await get(`${base()}/participants.csv?organizationId=${b.organizationId}`);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="klantcontactquiz-${edition.year}-deelnemers.csv"`,
    );
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const lines = res.body.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Organisatie;Team;Naam;E-mail;Rol;Status;Uitgenodigd op;Uitnodigingen;Bevestigd op;Onbestelbaar sinds',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(
      /^Beta Service;Beta Klein;Klein Beta;klein@beta\.example;manager;uitgenodigd;\d{4}-\d\d-\d\d \d\d:\d\d;1;;$/,
    );

    const pledges = await get(`${base()}/pledges.csv`);
    expect(pledges.body).toContain('Beta Service;123,45;toegezegd;nee;"Succes; allemaal"');
    const english = await get(`${base()}/teams.csv?locale=en`);
    expect(english.body.slice(1).split('\r\n')[0]).toBe(
      'Organisation;Team;Department;Invited;Confirmed;Bounced;Total;Minimum;Enough confirmed',
    );
    expect(english.body).toContain('Alfa Klantcontact;Alfa Compleet;;0;10;0;10;10;yes');
    const orgs = await get(`${base()}/organizations.csv`);
    expect(orgs.body.split('\r\n')).toHaveLength(4);

    const template = await t.app.inject('/api/public/quiz/participant-template.csv');
    expect(template.body).toBe(
      '\uFEFFnaam;e-mail;rol\r\nSanne de Vries;sanne.devries@bedrijf.nl;medewerker\r\nAhmed Benali;ahmed.benali@bedrijf.nl;teamleider\r\nJoke Bakker;joke.bakker@bedrijf.nl;manager\r\n',
    );
  });

  it('keeps the sponsor list that the public page shows', async () => {
    const url = `/api/quiz/editions/${edition.id}/sponsors`;
    const post = (payload: object, cookie = staff) =>
      t.app.inject({ method: 'POST', url, headers: { cookie }, payload });
    const first = await post({ name: 'Bel BV', centsPerParticipant: 150 });
    expect(first.statusCode).toBe(201);
    expect(first.json().sponsor).toMatchObject({ position: 1, logoId: null });
    await post({ name: 'Chat BV', centsPerParticipant: 50, websiteUrl: 'https://chat.example' });
    expect((await post({ name: 'X', centsPerParticipant: 1 }, a.cookie)).statusCode).toBe(403);
    const badLogo = await post({ name: 'Logo BV', centsPerParticipant: 0, logoId: crypto.randomUUID() });
    expect(badLogo.statusCode).toBe(400);
    expect(badLogo.json().error.details.fields[0]).toMatchObject({ field: 'logoId', code: 'not_found' });

    const list = (await get(url)).json();
    expect(list).toMatchObject({ sponsorsCentsPerParticipant: 200, editionCentsPerParticipant: 200 });
    const id = list.items[0].id as string;
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/quiz/sponsors/${id}`,
      headers: { cookie: staff },
      payload: { position: 5 },
    });
    expect(patched.json().sponsor.position).toBe(5);
    const shown = (await t.app.inject(`/api/public/quiz/editions/${edition.year}`)).json();
    expect(shown.sponsors.map((s: { name: string }) => s.name)).toEqual(['Chat BV', 'Bel BV']);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/quiz/sponsors/${id}`, headers: { cookie: staff } }))
        .statusCode,
    ).toBe(204);
    expect((await get(url)).json().items).toHaveLength(1);
  });

  it('reminds the coordinators of short teams once, a week before registration closes', async () => {
    const remindersTo = async (email: string) =>
      t.ctx.db
        .select()
        .from(mailOutbox)
        .where(and(eq(mailOutbox.to, email), eq(mailOutbox.template, 'team-short-reminder')));

    const schedules = await t.ctx.jobs.boss.getSchedules();
    expect(schedules).toContainEqual(
      expect.objectContaining({
        name: SHORT_TEAM_REMINDER_QUEUE,
        cron: '0 7 * * *',
        options: { tz: 'Europe/Amsterdam' },
      }),
    );

    const early = await sendShortTeamReminders(t.ctx, `${edition.year}-02-18`);
    expect(early.teams).toEqual([]);

    const due = await sendShortTeamReminders(t.ctx, `${edition.year}-02-19`);
    expect(due.teams.sort()).toEqual([shortTeamA, shortTeamB].sort());
    expect(due.mails).toBe(2);
    const [mailA] = await remindersTo(a.person.email);
    expect(mailA?.subject).toBe('Nog een week: een team heeft te weinig deelnemers');
    expect(mailA?.text).toContain('Alfa Klein: 0 van de 10 bevestigd');
    expect(mailA?.text).not.toContain('Alfa Compleet');
    expect(mailA?.text).toContain(`26 februari ${edition.year}`);

    // Idempotent: the same day again, directly or through the queue, sends nothing more.
    expect((await sendShortTeamReminders(t.ctx, `${edition.year}-02-19`)).teams).toEqual([]);
    await t.ctx.jobs.send(SHORT_TEAM_REMINDER_QUEUE, { date: `${edition.year}-02-19` });
    expect(await t.ctx.jobs.drain(SHORT_TEAM_REMINDER_QUEUE)).toBe(1);
    expect(await remindersTo(a.person.email)).toHaveLength(1);
    expect(await remindersTo(b.person.email)).toHaveLength(1);
    const audits = await t.ctx.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'team.short_reminder_sent'),
          inArray(auditLog.entityId, [shortTeamA, shortTeamB]),
        ),
      );
    expect(audits).toHaveLength(2);

    // A team created later is caught up on the next run before closing day, not after it.
    const late = await createTeam(t, a.cookie, edition.id, a.organizationId, 'Alfa Laat');
    expect((await sendShortTeamReminders(t.ctx, `${edition.year}-02-26`)).teams).toEqual([]);
    expect((await sendShortTeamReminders(t.ctx, `${edition.year}-02-25`)).teams).toEqual([late]);
  });
});
