import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, quizStaffGrant, type TestApp } from '../../test/helpers.ts';
import {
  addMember,
  addOrganization,
  addTeam,
  answersFor,
  createResultsEdition,
  manualClock,
  type QuestionRef,
  type ResultsEdition,
  recordAttempt,
} from './test-support.ts';

const clock = manualClock('2060-01-01T00:00:00Z');
let t: TestApp;
let staff: string;

beforeAll(async () => {
  t = await createTestApp({ clock });
  staff = (await loginAs(t, [quizStaffGrant])).cookie;
});
afterAll(() => t.close());

const at = (edition: ResultsEdition, minutes: number) =>
  new Date(edition.opensAt.getTime() + minutes * 60_000);

async function review(editionId: string) {
  const res = await t.app.inject({
    url: `/api/results/editions/${editionId}/review?top=500`,
    headers: { cookie: staff },
  });
  expect(res.statusCode).toBe(200);
  return res.json();
}

type Row = { participantId: string; rank: number; tieBreak: string; score: number; totalTimeMs: number };
const find = (rows: Row[], id: string) => rows.find((r) => r.participantId === id);

describe('smartest employee and smartest manager through the full computation', () => {
  let edition: ResultsEdition;
  const ids: Record<string, string> = {};

  /** Six core questions at the given seconds each, `right` of them right. */
  const answers = (core: QuestionRef[], right: number, seconds: number[]) =>
    core.map((question, i) => ({
      question,
      elapsedMs: seconds[i]! * 1000,
      credit: (i < right ? 1 : 0) as 0 | 1,
    }));

  beforeAll(async () => {
    edition = await createResultsEdition(t, { core: 6, manager: 2 });
    const org = await addOrganization(t, 'Gelijkspel BV');
    const team = await addTeam(t, edition.id, org, 'Team Gelijk');
    for (const name of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'])
      ids[name] = await addMember(t, edition.id, team);
    ids.M1 = await addMember(t, edition.id, team, { role: 'manager' });
    ids.M2 = await addMember(t, edition.id, team, { role: 'manager' });
    const ten = [10, 10, 10, 10, 10, 10];
    const core = edition.core;
    await recordAttempt(t, {
      editionId: edition.id,
      userId: ids.F!,
      startedAt: at(edition, 0),
      answers: answers(core, 6, ten),
    });
    await recordAttempt(t, {
      editionId: edition.id,
      userId: ids.A!,
      startedAt: at(edition, 0),
      answers: answers(core, 5, ten),
    });
    // B: as good, 2 s slower in total; C: exactly B's time but finished later.
    await recordAttempt(t, {
      editionId: edition.id,
      userId: ids.B!,
      startedAt: at(edition, 0),
      answers: answers(core, 5, [12, 10, 10, 10, 10, 10]),
    });
    await recordAttempt(t, {
      editionId: edition.id,
      userId: ids.C!,
      startedAt: at(edition, 5),
      answers: answers(core, 5, [10, 10, 10, 12, 10, 10]),
    });
    // D and E: equal in everything.
    for (const who of ['D', 'E']) {
      await recordAttempt(t, {
        editionId: edition.id,
        userId: ids[who]!,
        startedAt: at(edition, 10),
        answers: answers(core, 4, ten),
      });
    }
    // G has 1.5 × extra time and used 27 s a question (162 s, counted as 108 s); H used 20 s (120 s).
    await recordAttempt(t, {
      editionId: edition.id,
      userId: ids.G!,
      startedAt: at(edition, 20),
      extraTimeFactor: 1.5,
      answers: answers(core, 3, [27, 27, 27, 27, 27, 27]),
    });
    await recordAttempt(t, {
      editionId: edition.id,
      userId: ids.H!,
      startedAt: at(edition, 20),
      answers: answers(core, 3, [20, 20, 20, 20, 20, 20]),
    });
    // M1 completed both modules; M2 only the core quiz.
    await recordAttempt(t, {
      editionId: edition.id,
      userId: ids.M1!,
      startedAt: at(edition, 30),
      answers: answers(core, 2, ten),
    });
    await recordAttempt(t, {
      editionId: edition.id,
      userId: ids.M1!,
      module: 'manager',
      startedAt: at(edition, 40),
      answers: answersFor(edition.manager, 2),
    });
    await recordAttempt(t, {
      editionId: edition.id,
      userId: ids.M2!,
      startedAt: at(edition, 30),
      answers: answers(core, 6, ten),
    });
    clock.set(new Date(edition.closesAt.getTime() + 3600_000).toISOString());
  });

  it('ranks on score, then answering time, then finish moment, and shares a place on a full tie', async () => {
    const { results } = await review(edition.id);
    const rows: Row[] = results.employeeByScore;
    const place = (name: string) => find(rows, ids[name]!);
    expect(place('F')).toMatchObject({ rank: 1, score: 6, tieBreak: 'tie_broken_by_finish' });
    expect(place('M2')).toMatchObject({ rank: 2, score: 6, tieBreak: 'tie_broken_by_finish' });
    expect(place('A')).toMatchObject({
      rank: 3,
      score: 5,
      tieBreak: 'tie_broken_by_time',
      totalTimeMs: 60_000,
    });
    expect(place('B')).toMatchObject({
      rank: 4,
      score: 5,
      tieBreak: 'tie_broken_by_finish',
      totalTimeMs: 62_000,
    });
    expect(place('C')).toMatchObject({
      rank: 5,
      score: 5,
      tieBreak: 'tie_broken_by_finish',
      totalTimeMs: 62_000,
    });
    expect(place('D')).toMatchObject({ rank: 6, score: 4, tieBreak: 'tied' });
    expect(place('E')).toMatchObject({ rank: 6, score: 4, tieBreak: 'tied' });
  });

  it('divides the answering time of someone with extra time by their factor', async () => {
    const { results } = await review(edition.id);
    const g = find(results.employeeByScore, ids.G!)!;
    const h = find(results.employeeByScore, ids.H!)!;
    expect(g.totalTimeMs).toBe(108_000);
    expect(h.totalTimeMs).toBe(120_000);
    expect(g.rank).toBeLessThan(h.rank);
    expect(g.tieBreak).toBe('tie_broken_by_time');
  });

  it('ranks only managers who completed the manager module too', async () => {
    const { results } = await review(edition.id);
    expect(results.manager.map((r: Row) => r.participantId)).toEqual([ids.M1]);
    expect(results.manager[0]).toMatchObject({ rank: 1, score: 4 });
  });
});

describe('smartest organisation: eligibility and team scores', () => {
  let edition: ResultsEdition;
  const teams: Record<string, string> = {};
  const players: Record<string, string[]> = {};

  beforeAll(async () => {
    edition = await createResultsEdition(t, { core: 4, manager: 0 });
    const org = await addOrganization(t, 'Teamwerk NV');
    for (const [name, confirmed, playing, seconds, right] of [
      ['Tien', 11, 10, 10, 2],
      ['Tien compleet', 10, 10, 12, 2],
      ['Tien snel', 10, 10, 6, 2],
      ['Negen', 9, 9, 5, 4],
    ] as const) {
      const team = await addTeam(t, edition.id, org, name);
      teams[name] = team;
      players[name] = [];
      for (let i = 0; i < confirmed; i++) {
        const id = await addMember(t, edition.id, team);
        if (i >= playing) continue;
        players[name]!.push(id);
        await recordAttempt(t, {
          editionId: edition.id,
          userId: id,
          startedAt: at(edition, i),
          answers: answersFor(edition.core, right, seconds * 1000),
        });
      }
    }
    clock.set(new Date(edition.closesAt.getTime() + 3600_000).toISOString());
  });

  it('ranks teams with 10 players, counts non-playing members as 0, and leaves a team of 9 out', async () => {
    const { results } = await review(edition.id);
    // Tien: 10 × 2 right over 11 confirmed members; the others 10 × 2 over 10, the faster one first.
    expect(results.organization).toEqual([
      expect.objectContaining({
        teamId: teams['Tien snel'],
        rank: 1,
        meanScore: 2,
        tieBreak: 'tie_broken_by_time',
      }),
      expect.objectContaining({
        teamId: teams['Tien compleet'],
        rank: 2,
        meanScore: 2,
        playerCount: 10,
        confirmedCount: 10,
        meanTimeMs: 4 * 12_000,
        tieBreak: 'tie_broken_by_time',
      }),
      expect.objectContaining({
        teamId: teams.Tien,
        rank: 3,
        confirmedCount: 11,
        tieBreak: 'decided_by_score',
      }),
    ]);
    expect(results.organization[2].meanScore).toBeCloseTo(20 / 11, 10);
    expect(results.teamsNotEligible).toEqual([
      expect.objectContaining({ teamId: teams.Negen, playerCount: 9, meanScore: 4, teamName: 'Negen' }),
    ]);
  });

  it('counts an excluded participant as a member who did not play (10 players become 9)', async () => {
    const excluded = players['Tien compleet']![0]!;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/results/editions/${edition.id}/exclusions`,
      headers: { cookie: staff },
      payload: { userId: excluded, reason: 'Speelde samen met een collega' },
    });
    expect(res.statusCode).toBe(201);
    const { results, exclusions } = await review(edition.id);
    expect(exclusions).toEqual([expect.objectContaining({ participantId: excluded, attemptId: null })]);
    expect(results.organization.map((r: { teamId: string }) => r.teamId)).toEqual([
      teams['Tien snel'],
      teams.Tien,
    ]);
    expect(results.teamsNotEligible).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          teamId: teams['Tien compleet'],
          playerCount: 9,
          confirmedCount: 10,
          meanScore: 1.8,
        }),
      ]),
    );
    expect(find(results.employeeByScore, excluded)).toBeUndefined();
    expect(results.counts.excludedParticipants).toBe(1);

    const again = await t.app.inject({
      method: 'POST',
      url: `/api/results/editions/${edition.id}/exclusions`,
      headers: { cookie: staff },
      payload: { userId: excluded, reason: 'Nog een keer' },
    });
    expect(again.json().error.code).toBe('already_excluded');

    const revoke = await t.app.inject({
      method: 'POST',
      url: `/api/results/editions/${edition.id}/exclusions/${res.json().exclusion.id}/revoke`,
      headers: { cookie: staff },
      payload: { reason: 'Toch eerlijk gespeeld' },
    });
    expect(revoke.statusCode).toBe(204);
    expect((await review(edition.id)).results.organization).toHaveLength(3);
  });
});

describe('review flags and answer exclusions', () => {
  let edition: ResultsEdition;
  const ids: Record<string, string> = {};
  let fastAttempt: string;

  beforeAll(async () => {
    // Question 0 has a 300-character stem: nobody reads that in 3 seconds (floor 5 s).
    edition = await createResultsEdition(t, {
      core: 4,
      manager: 0,
      stem: (pool, i) =>
        i === 0 ? `${'Lees dit goed. '.repeat(20)}`.trim().padEnd(300, '.') : `Vraag ${pool} ${i}`,
    });
    const org = await addOrganization(t, 'Signaal BV');
    const team = await addTeam(t, edition.id, org, 'Team S');
    for (const name of ['fast', 'tabs', 'late', 'clean']) ids[name] = await addMember(t, edition.id, team);
    const [q0, q1, q2, q3] = edition.core as [QuestionRef, QuestionRef, QuestionRef, QuestionRef];
    fastAttempt = (
      await recordAttempt(t, {
        editionId: edition.id,
        userId: ids.fast!,
        startedAt: at(edition, 0),
        answers: [
          { question: q0, elapsedMs: 3000, credit: 1 },
          { question: q1, elapsedMs: 800, credit: 1 },
          { question: q2, elapsedMs: 900, credit: 0 },
          { question: q3, elapsedMs: 6000, credit: 1 },
        ],
      })
    ).attemptId;
    await recordAttempt(t, {
      editionId: edition.id,
      userId: ids.tabs!,
      startedAt: at(edition, 0),
      answers: [
        { question: q0, elapsedMs: 9000, credit: 1, tabHidden: 2 },
        { question: q1, elapsedMs: 9000, credit: 1, tabHidden: 1 },
        { question: q2, elapsedMs: 9000, credit: 0 },
        { question: q3, elapsedMs: 9000, credit: 0 },
      ],
    });
    await recordAttempt(t, {
      editionId: edition.id,
      userId: ids.late!,
      startedAt: at(edition, 0),
      answers: [
        { question: q0, elapsedMs: 9000, credit: 1 },
        { question: q1, elapsedMs: 33_000, late: true },
        { question: q2, elapsedMs: null },
        { question: q3, elapsedMs: 9000, credit: 1, tabHidden: 2 },
      ],
    });
    await recordAttempt(t, {
      editionId: edition.id,
      userId: ids.clean!,
      startedAt: at(edition, 0),
      answers: answersFor(edition.core, 2, 8000),
    });
    clock.set(new Date(edition.closesAt.getTime() + 3600_000).toISOString());
  });

  it('flags right answers faster than the reading floor, many tab switches and late answers', async () => {
    const { results } = await review(edition.id);
    const flags = results.flags.map((f: Record<string, unknown>) => [f.kind, f.participantId, f.position]);
    expect(flags).toEqual(
      expect.arrayContaining([
        ['too_fast', ids.fast, 0],
        ['too_fast', ids.fast, 1],
        ['tab_switches', ids.tabs, null],
        ['late_answer', ids.late, 1],
      ]),
    );
    expect(flags).toHaveLength(4);
    const reading = results.flags.find((f: { position: number }) => f.position === 0);
    expect(reading).toMatchObject({ elapsedMs: 3000, floorMs: 5000 });
    expect(find(results.employeeByScore, ids.fast!)).toMatchObject({ flagCount: 2 });
    // The late answer and the timed-out question count with their full limit.
    expect(find(results.employeeByScore, ids.late!)).toMatchObject({
      score: 2,
      totalTimeMs: 9000 + 30_000 + 30_000 + 9000,
    });
  });

  it('counts an excluded answer as unanswered: no credit, the full time limit', async () => {
    const before = find((await review(edition.id)).results.employeeByScore, ids.fast!)!;
    expect(before).toMatchObject({ score: 3, totalTimeMs: 10_700 });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/results/editions/${edition.id}/exclusions`,
      headers: { cookie: staff },
      payload: {
        userId: ids.fast,
        attemptId: fastAttempt,
        position: 1,
        reason: 'Antwoord binnen 0,8 seconde',
      },
    });
    expect(res.statusCode).toBe(201);
    const { results } = await review(edition.id);
    expect(find(results.employeeByScore, ids.fast!)).toMatchObject({
      score: 2,
      totalTimeMs: 10_700 - 800 + 30_000,
      flagCount: 1,
    });
    expect(
      results.flags.find(
        (f: { position: number; participantId: string }) => f.participantId === ids.fast && f.position === 1,
      ),
    ).toMatchObject({ excluded: true });
  });

  it('refuses an exclusion for an answer that is not this person’s', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/results/editions/${edition.id}/exclusions`,
      headers: { cookie: staff },
      payload: { userId: ids.clean, attemptId: fastAttempt, position: 0, reason: 'Verkeerde persoon' },
    });
    expect(res.statusCode).toBe(404);
    const half = await t.app.inject({
      method: 'POST',
      url: `/api/results/editions/${edition.id}/exclusions`,
      headers: { cookie: staff },
      payload: { userId: ids.clean, attemptId: fastAttempt, reason: 'Zonder positie' },
    });
    expect(half.statusCode).toBe(400);
  });

  it('is for quiz staff only', async () => {
    const participant = (await loginAs(t)).cookie;
    const res = await t.app.inject({
      url: `/api/results/editions/${edition.id}/review`,
      headers: { cookie: participant },
    });
    expect(res.statusCode).toBe(403);
  });
});
