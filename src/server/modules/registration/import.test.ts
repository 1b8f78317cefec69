import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox, teamMembers } from '../../db/schema/index.ts';
import { createTestApp, loginAs, quizStaffGrant, type TestApp } from '../../test/helpers.ts';
import {
  addMember,
  base64,
  buildXlsx,
  companyWithCoordinator,
  createTeam,
  openEdition,
} from './test-support.ts';

describe('participant uploads (CSV and XLSX)', () => {
  let t: TestApp;
  let staff: string;
  let editionId: string;
  let company: Awaited<ReturnType<typeof companyWithCoordinator>>;

  beforeAll(async () => {
    t = await createTestApp();
    staff = (await loginAs(t, [quizStaffGrant])).cookie;
    editionId = (await openEdition(t, staff)).id;
    company = await companyWithCoordinator(t, staff, 'Uploaders BV');
  });
  afterAll(() => t.close());

  const upload = (teamId: string, filename: string, content: string | Buffer, commit = false) =>
    t.app.inject({
      method: 'POST',
      url: `/api/quiz/teams/${teamId}/import${commit ? '' : '/preview'}`,
      headers: { cookie: company.cookie },
      payload: { filename, contentBase64: base64(content) },
    });
  const membersOf = (teamId: string) =>
    t.ctx.db.select().from(teamMembers).where(eq(teamMembers.teamId, teamId));

  /** 25 people in Dutch Excel's format; `broken` spoils rows 6 (invalid e-mail) and 19 (unknown role). */
  const roster = (broken: boolean) => {
    const lines = ['naam;e-mail;rol'];
    for (let i = 1; i <= 25; i++) {
      const role = i % 10 === 0 ? 'Manager' : i % 5 === 0 ? 'teamleider' : 'medewerker';
      lines.push(`Collega ${i};collega${i}@uploaders.example;${role}`);
    }
    if (broken) {
      lines[5] = 'Collega 5;collega5(at)uploaders.example;medewerker';
      lines[18] = 'Collega 18;collega18@uploaders.example;stagiair';
    }
    return `${lines.join('\r\n')}\r\n`;
  };

  it('lists exactly the bad rows with reasons, stores nothing, then imports the fixed file', async () => {
    const teamId = await createTeam(t, company.cookie, editionId, company.organizationId, 'Team Upload');
    const preview = await upload(teamId, 'deelnemers.csv', roster(true));
    expect(preview.statusCode).toBe(200);
    const body = preview.json();
    expect(body).toMatchObject({ kind: 'csv', total: 25, valid: 23, canImport: false });
    expect(
      body.problems.map((p: { row: number; field: string; code: string }) => [p.row, p.field, p.code]),
    ).toEqual([
      [6, 'email', 'invalid'],
      [19, 'role', 'unknown'],
    ]);
    expect(body.problems[1].message).toContain('stagiair');
    expect(await membersOf(teamId)).toHaveLength(0);

    const refused = await upload(teamId, 'deelnemers.csv', roster(true), true);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('import_invalid');
    expect(refused.json().error.details.problems).toHaveLength(2);
    expect(await membersOf(teamId)).toHaveLength(0);

    const mailsBefore = (await t.ctx.db.select().from(mailOutbox)).length;
    const imported = await upload(teamId, 'deelnemers.csv', roster(false), true);
    expect(imported.statusCode).toBe(201);
    expect(imported.json().created).toBe(25);
    const members = await membersOf(teamId);
    expect(members).toHaveLength(25);
    expect(members.filter((m) => m.role === 'manager')).toHaveLength(2);
    expect(members.filter((m) => m.role === 'team_leader')).toHaveLength(3);
    expect((await t.ctx.db.select().from(mailOutbox)).length - mailsBefore).toBe(25);

    // The same file again: everyone is already in this company's team.
    const again = (await upload(teamId, 'deelnemers.csv', roster(false))).json();
    expect(again.valid).toBe(0);
    expect(again.problems[0]).toMatchObject({ row: 2, field: 'email', code: 'already_in_company' });
  });

  it('reports duplicates in the file and people playing for another company', async () => {
    const other = await companyWithCoordinator(t, staff, 'Concurrent BV');
    const otherTeam = await createTeam(t, other.cookie, editionId, other.organizationId, 'Elders');
    expect((await addMember(t, other.cookie, otherTeam, 'bezet@elders.example', 'Bezet')).statusCode).toBe(
      201,
    );

    const teamId = await createTeam(t, company.cookie, editionId, company.organizationId, 'Team Dubbel');
    const csv = [
      'Name,Email,Role',
      'Anna,anna@uploaders.example,agent',
      'Anna again,ANNA@uploaders.example,agent',
      ',nonaam@uploaders.example,agent',
      'Bezet,bezet@elders.example,team_leader',
      'Geen adres,,agent',
    ].join('\n');
    const body = (await upload(teamId, 'list.csv', csv)).json();
    expect(
      body.problems.map((p: { row: number; field: string; code: string }) => [p.row, p.field, p.code]),
    ).toEqual([
      [3, 'email', 'duplicate_in_file'],
      [4, 'name', 'missing'],
      [5, 'email', 'already_in_other_company'],
      [6, 'email', 'missing'],
    ]);
    expect(body.problems[0].params).toEqual({ firstRow: 2 });

    const noEmailColumn = (await upload(teamId, 'list.csv', 'naam;telefoon\nAnna;0612345678\n')).json();
    expect(noEmailColumn.problems).toEqual([
      expect.objectContaining({ field: 'file', code: 'missing_column', params: { column: 'email' } }),
    ]);
    const xls = (await upload(teamId, 'oud.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).json();
    expect(xls.problems[0]).toMatchObject({ field: 'file', code: 'unsupported_type' });
  });

  it('reads an Excel (.xlsx) file and a Windows-1252 CSV', async () => {
    const teamId = await createTeam(t, company.cookie, editionId, company.organizationId, 'Team Excel');
    const xlsx = buildXlsx([
      ['Naam', 'E-mailadres', 'Rol'],
      ['Zoë de Wit', 'zoe@uploaders.example', 'Teamleider'],
      ['Daan Bos', 'daan@uploaders.example', ''],
    ]);
    const preview = (await upload(teamId, 'deelnemers.xlsx', xlsx)).json();
    expect(preview).toMatchObject({ kind: 'xlsx', total: 2, valid: 2, canImport: true });
    expect(preview.rows.map((r: { name: string; role: string }) => [r.name, r.role])).toEqual([
      ['Zoë de Wit', 'team_leader'],
      ['Daan Bos', 'agent'],
    ]);
    const imported = await upload(teamId, 'deelnemers.xlsx', xlsx, true);
    expect(imported.statusCode).toBe(201);
    expect(imported.json().members.map((m: { name: string }) => m.name)).toEqual(['Daan Bos', 'Zoë de Wit']);

    const latin1 = Buffer.from(
      'naam;e-mail;rol\r\nRené Brouwer;rene@uploaders.example;medewerker\r\n',
      'latin1',
    );
    const csv = (await upload(teamId, 'excel.csv', latin1)).json();
    expect(csv.rows[0]).toMatchObject({ name: 'René Brouwer', email: 'rene@uploaders.example' });
  });

  it('refuses files over 2 MB', async () => {
    const teamId = await createTeam(t, company.cookie, editionId, company.organizationId, 'Team Groot');
    const big = await upload(teamId, 'groot.csv', Buffer.alloc(2 * 1024 * 1024 + 10, 'a'));
    expect(big.statusCode).toBe(400);
    expect(big.json().error.details.fields[0].field).toBe('contentBase64');
  });
});
