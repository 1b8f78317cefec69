import { inflateSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema/index.ts';
import { createTestApp, loginAs, quizStaffGrant, type TestApp } from '../../test/helpers.ts';
import {
  addMember,
  addOrganization,
  addTeam,
  createResultsEdition,
  manualClock,
  type ResultsEdition,
  recordAttempt,
} from './test-support.ts';

/** The text drawn in a PDF made by pdf-lib with a standard font: hex strings in the inflated content streams. */
function pdfText(bytes: Buffer): string {
  const source = bytes.toString('latin1');
  let text = '';
  const streams = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (let match = streams.exec(source); match; match = streams.exec(source)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const hex of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) {
      text += `${Buffer.from(hex[1]!, 'hex').toString('latin1')}\n`;
    }
  }
  return text;
}

/**
 * Six core questions and twelve players, answering so that question 0 is always right,
 * question 1 never, and question 2 is right for exactly the weaker half (negative
 * discrimination).
 */
const pattern = (p: number) => [true, false, p < 6, p >= 6, p >= 6, p >= 3];

describe('reports', () => {
  const clock = manualClock('2060-01-01T00:00:00Z');
  let t: TestApp;
  let staff: string;
  let edition: ResultsEdition;
  let orgA: string;
  let orgB: string;
  let coordinatorA: string;
  let zoe: { id: string; cookie: string };
  const players: string[] = [];

  beforeAll(async () => {
    t = await createTestApp({ clock });
    staff = (await loginAs(t, [quizStaffGrant])).cookie;
    edition = await createResultsEdition(t, { core: 6, manager: 0 });
    orgA = await addOrganization(t, 'Alfa Klantcontact');
    orgB = await addOrganization(t, 'Beta Service');
    coordinatorA = (await loginAs(t, [{ role: 'coordinator', programme: null, organizationId: orgA }]))
      .cookie;
    const a1 = await addTeam(t, edition.id, orgA, 'Alfa Eén');
    const a2 = await addTeam(t, edition.id, orgA, 'Alfa Twee');
    const b1 = await addTeam(t, edition.id, orgB, 'Beta Geheim');
    const login = await loginAs(t);
    await t.ctx.db.update(users).set({ name: 'Zoë Brönte-Łukasiewicz' }).where(eq(users.id, login.person.id));
    zoe = { id: login.person.id, cookie: login.cookie };
    for (let p = 0; p < 12; p++) {
      const team = p < 8 ? a1 : p < 10 ? a2 : b1;
      const id =
        p === 0
          ? await addMember(t, edition.id, team, { userId: zoe.id })
          : await addMember(t, edition.id, team, { name: `Speler ${p}` });
      players.push(id);
      await recordAttempt(t, {
        editionId: edition.id,
        userId: id,
        startedAt: new Date(edition.opensAt.getTime() + p * 60_000),
        answers: edition.core.map((question, i) => ({
          question,
          elapsedMs: 8000,
          credit: pattern(p)[i] ? 1 : 0,
        })),
      });
    }
    await addMember(t, edition.id, b1, { name: 'Niet Gespeeld' });
    clock.set(new Date(edition.opensAt.getTime() + 4 * 3600_000).toISOString());
  });
  afterAll(() => t.close());

  const get = (cookie: string, url: string) => t.app.inject({ url, headers: { cookie } });

  it('gives a participant their report only after the window has closed', async () => {
    const early = await get(zoe.cookie, `/api/results/${edition.year}/me/report`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('report_not_available');
    clock.set(new Date(edition.closesAt.getTime() + 60_000).toISOString());

    const res = await get(zoe.cookie, `/api/results/${edition.year}/me/report`);
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({
      status: 'provisional',
      participant: {
        name: 'Zoë Brönte-Łukasiewicz',
        teamName: 'Alfa Eén',
        organizationName: 'Alfa Klantcontact',
      },
      core: { score: 2, served: 6, answered: 6, questionCount: 6 },
      positions: { employeeByScore: { of: 12 } },
      // Zoë answered no practice questions. Of her 6 answers 4 are usable: nobody or everybody
      // got the other two right, so they have no difficulty.
      learningCurve: {
        qualified: false,
        reason: 'too_few_baseline',
        baselineResponses: 0,
        eventResponses: 4,
        points: [],
      },
      certificateAvailable: true,
    });
    expect(report.wrongAnswers).toHaveLength(4);
    expect(report.wrongAnswers[0]).toMatchObject({ outcome: 'wrong', credit: 0 });
    expect(report.wrongAnswers[0].explanation).toMatch(/^Uitleg bij core/);
    expect(report.wrongAnswers[0].options).toEqual([
      { text: 'Goed', correct: true, chosen: false, feedback: null },
      { text: 'Fout A', correct: false, chosen: true, feedback: 'Dit helpt de klant niet.' },
      { text: 'Fout B', correct: false, chosen: false, feedback: null },
    ]);
    // Per theme and objective, next to the sector (everyone's core answers).
    const objectives = report.themes.flatMap((theme: { objectives: unknown[] }) => theme.objectives);
    expect(objectives).toHaveLength(4);
    for (const o of objectives) {
      expect(o.sector).not.toBeNull();
      if (o.share !== null) expect(o.difference).toBeCloseTo(o.share - o.sector, 12);
    }
    const notPlayed = await loginAs(t);
    expect((await get(notPlayed.cookie, `/api/results/${edition.year}/me/report`)).json().error.code).toBe(
      'not_registered',
    );
  });

  it('shows a coordinator their own organisation and refuses another company (403)', async () => {
    const own = await get(coordinatorA, `/api/results/editions/${edition.id}/organizations/${orgA}/report`);
    expect(own.statusCode).toBe(200);
    const report = own.json();
    expect(report.participation).toMatchObject({
      teams: 2,
      confirmed: 10,
      startedCore: 10,
      completedCore: 10,
    });
    expect(
      report.teams.map((team: { teamName: string; suppressed: boolean; players: number }) => [
        team.teamName,
        team.players,
        team.suppressed,
      ]),
    ).toEqual([
      ['Alfa Eén', 8, false],
      ['Alfa Twee', 2, true],
    ]);
    const suppressed = report.teams[1].themes.flatMap(
      (theme: { objectives: Array<{ share: number | null }> }) => theme.objectives,
    );
    expect(suppressed.every((o: { share: number | null }) => o.share === null)).toBe(true);
    expect(report.overall.strengths.length + report.overall.weaknesses.length).toBeGreaterThan(0);
    expect(JSON.stringify(report)).not.toMatch(/Beta|Niet Gespeeld/);
    expect(report.members[0]).not.toHaveProperty('score');

    const other = await get(coordinatorA, `/api/results/editions/${edition.id}/organizations/${orgB}/report`);
    expect(other.statusCode).toBe(403);
    const otherCsv = await get(
      coordinatorA,
      `/api/results/editions/${edition.id}/organizations/${orgB}/report.csv`,
    );
    expect(otherCsv.statusCode).toBe(403);
    const participant = await get(
      zoe.cookie,
      `/api/results/editions/${edition.id}/organizations/${orgA}/report`,
    );
    expect(participant.statusCode).toBe(403);
    expect(
      (await get(staff, `/api/results/editions/${edition.id}/organizations/${orgB}/report`)).statusCode,
    ).toBe(200);
  });

  it('exports the organisation report as CSV for Dutch Excel', async () => {
    const res = await get(
      coordinatorA,
      `/api/results/editions/${edition.id}/organizations/${orgA}/report.csv`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('groep;spelers;thema;leerdoel;goed (%);sector (%);verschil (%-punt)');
    expect(lines).toHaveLength(1 + 4 * 3);
    expect(lines[1]).toMatch(
      /^Alfa Klantcontact;10;Klantgesprek;Klantgesprek doel 1;\d+,\d;\d+,\d;-?\d+,\d$/,
    );
    expect(res.body).not.toContain('Beta');
    const people = await get(
      coordinatorA,
      `/api/results/editions/${edition.id}/organizations/${orgA}/report.csv?kind=participation&locale=en`,
    );
    expect(people.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'name;team;role;core quiz started;core quiz completed;manager module completed',
    );
  });

  it('shows content experts per question statistics and flags misbehaving questions', async () => {
    const participant = await get(zoe.cookie, `/api/results/editions/${edition.id}/questions`);
    expect(participant.statusCode).toBe(403);
    const expert = (await loginAs(t, [{ role: 'expert', programme: 'quiz', organizationId: null }])).cookie;
    const res = await get(expert, `/api/results/editions/${edition.id}/questions`);
    expect(res.statusCode).toBe(200);
    const byStem = new Map(res.json().questions.map((q: { stem: string }) => [q.stem, q]));
    const question = (i: number) => byStem.get(`Vraag core ${i + 1}: wat doe je?`) as Record<string, unknown>;
    expect(question(0)).toMatchObject({
      served: 12,
      shareCorrect: 1,
      flags: ['everybody_right'],
      difficultyStatus: 'all_correct',
    });
    expect(question(1)).toMatchObject({ shareCorrect: 0, flags: ['nobody_right'], difficulty: null });
    expect(question(1).options).toEqual([
      { text: 'Goed', correct: true, chosen: 0 },
      { text: 'Fout A', correct: false, chosen: 12 },
      { text: 'Fout B', correct: false, chosen: 0 },
    ]);
    expect(question(2)).toMatchObject({ shareCorrect: 0.5, flags: ['negative_discrimination'] });
    expect(question(2).pointBiserial).toBeLessThan(0);
    expect(question(3).pointBiserial).toBeGreaterThan(0);
    expect(question(3).flags).toEqual([]);
    expect(typeof question(3).difficulty).toBe('number');
  });

  it('makes a PDF certificate with the participant’s name', async () => {
    const res = await get(zoe.cookie, `/api/results/${edition.year}/me/certificate.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const bytes = res.rawPayload;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(bytes);
    // ë and ö are WinAnsi letters; Ł is not and falls back to L.
    expect(text).toContain('Zoë Brönte-Lukasiewicz');
    expect(text).toContain('Certificaat van deelname');
    expect(text).toContain('Score: 2 van de 6 vragen goed');
    const other = await get(
      coordinatorA,
      `/api/results/editions/${edition.id}/participants/${zoe.id}/certificate.pdf`,
    );
    expect(other.statusCode).toBe(403);
  });
});
