import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizations, teamMembers, teams } from '../../db/schema/index.ts';
import {
  createTestApp,
  loginAs,
  manualClock,
  quizStaffGrant,
  restartTestApp,
  type TestApp,
} from '../../test/helpers.ts';
import { insertEdition, insertObjective, insertTheme } from '../editions/repository.ts';
import { insertQuestion, updateQuestion } from '../questions/repository.ts';
import { markServed } from './repository.ts';
import * as play from './service.ts';

const YEAR = 2027;
// 11 March 2027: the window 09:00–21:00 Amsterdam is 08:00–20:00 UTC.
const OPEN = '2027-03-11T08:00:00Z';

describe('event-day play', () => {
  const clock = manualClock('2027-03-11T07:30:00Z');
  let t: TestApp;
  let editionId: string;
  let teamId: string;

  async function participant(role: 'agent' | 'manager' = 'agent') {
    const who = await loginAs(t);
    await t.ctx.db.insert(teamMembers).values({
      editionId,
      teamId,
      userId: who.person.id,
      role,
      status: 'confirmed',
      confirmedAt: new Date(),
    });
    return who;
  }

  beforeAll(async () => {
    t = await createTestApp({ clock });
    const edition = await insertEdition(t.ctx.db, {
      year: YEAR,
      name: 'Q 2027',
      status: 'event',
      eventDate: '2027-03-11',
      defaultTimeLimitSeconds: 30,
    });
    editionId = edition.id;
    for (const [ti, title] of ['Gesprek', 'Kanalen'].entries()) {
      const theme = await insertTheme(t.ctx.db, {
        editionId,
        titleNl: title,
        titleEn: title,
        position: ti + 1,
      });
      const objective = await insertObjective(t.ctx.db, {
        editionId,
        themeId: theme.id,
        titleNl: `${title} doel`,
        titleEn: `${title} goal`,
        position: 1,
      });
      for (let i = 0; i < 3; i++) {
        for (const pool of ['core', 'manager'] as const) {
          const { question, version } = await insertQuestion(t.ctx.db, {
            editionId,
            objectiveId: objective.id,
            authorId: null,
            action: 'created',
            content: {
              type: i === 2 ? 'truefalse' : 'single',
              stem: `${pool} ${title} vraag ${i}`,
              stemFormat: 'plain',
              options:
                i === 2
                  ? [
                      { text: 'Waar', correct: true },
                      { text: 'Niet waar', correct: false },
                    ]
                  : [
                      { text: 'Goed', correct: true },
                      { text: 'Fout A', correct: false },
                      { text: 'Fout B', correct: false },
                    ],
              explanation: 'Omdat dit zo werkt.',
              pool,
              difficulty: 'medium',
              tags: [],
            },
          });
          await updateQuestion(t.ctx.db, question.id, { status: 'approved', approvedVersionId: version.id });
        }
      }
    }
    const [org] = await t.ctx.db.insert(organizations).values({ name: 'Speel BV' }).returning();
    const [team] = await t.ctx.db
      .insert(teams)
      .values({ editionId, organizationId: org!.id, name: 'Team A' })
      .returning();
    teamId = team!.id;
  });
  afterAll(() => t.close());

  const get = (cookie: string, url: string) => t.app.inject({ url, headers: { cookie } });
  const post = (cookie: string, url: string, payload?: object) =>
    t.app.inject({ method: 'POST', url, headers: { cookie }, payload: payload ?? {} });

  /** Answers the current question with the option whose text is `Goed`/`Waar` (right) or not. */
  async function answerCurrent(cookie: string, attemptId: string, right: boolean, key = randomUUID()) {
    const current = (await get(cookie, `/api/play/attempts/${attemptId}/current`)).json();
    const texts = current.question.options.map((o: { text: string }) => o.text);
    const rightIndex = texts.findIndex((x: string) => x === 'Goed' || x === 'Waar');
    const choice = right ? rightIndex : (rightIndex + 1) % texts.length;
    const res = await post(cookie, `/api/play/attempts/${attemptId}/answers`, {
      position: current.position,
      key,
      response: choice,
    });
    return { current, res };
  }

  it('waits before the window and refuses to start', async () => {
    const { cookie } = await participant();
    const state = (await get(cookie, `/api/play/${YEAR}`)).json();
    expect(state).toMatchObject({ phase: 'before', eligible: true, opensAt: '2027-03-11T08:00:00.000Z' });
    const early = await post(cookie, `/api/play/${YEAR}/core/start`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('window_not_open');
  });

  it('plays one attempt, never shows the right answer before answering, and cannot restart', async () => {
    clock.set(OPEN);
    const { cookie } = await participant();
    const start = await post(cookie, `/api/play/${YEAR}/core/start`);
    expect(start.statusCode).toBe(201);
    const { attemptId, questionCount } = start.json();
    expect(questionCount).toBe(6);
    const again = await post(cookie, `/api/play/${YEAR}/core/start`);
    expect(again.json().error.code).toBe('attempt_exists');

    const first = await get(cookie, `/api/play/attempts/${attemptId}/current`);
    expect(first.body).not.toMatch(/correct/i);
    expect(first.json()).toMatchObject({ done: false, position: 0, remainingMs: 30_000 });

    clock.advance(5000);
    const { res } = await answerCurrent(cookie, attemptId, true);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      correct: true,
      credit: 1,
      streak: 1,
      explanation: 'Omdat dit zo werkt.',
    });
    expect(res.json().points).toBeGreaterThan(1000);

    for (let i = 1; i < questionCount; i++) await answerCurrent(cookie, attemptId, i % 2 === 0);
    const done = (await get(cookie, `/api/play/attempts/${attemptId}/current`)).json();
    expect(done).toMatchObject({
      done: true,
      summary: { status: 'finished', score: 3, answered: 6, total: 6 },
    });
    expect((await post(cookie, `/api/play/${YEAR}/core/start`)).json().error.code).toBe('attempt_exists');
  });

  it('continues after a reload with the time that is left', async () => {
    clock.set('2027-03-11T09:00:00Z');
    const { cookie } = await participant();
    const { attemptId } = (await post(cookie, `/api/play/${YEAR}/core/start`)).json();
    const served = (await get(cookie, `/api/play/attempts/${attemptId}/current`)).json();
    clock.advance(12_000);
    const reloaded = (await get(cookie, `/api/play/attempts/${attemptId}/current`)).json();
    expect(reloaded.position).toBe(served.position);
    expect(reloaded.remainingMs).toBe(18_000);
  });

  it('loses no acknowledged answer when the server restarts mid-quiz, and continues where the player was', async () => {
    clock.set('2027-03-11T09:30:00Z');
    const { cookie } = await participant();
    const { attemptId } = (await post(cookie, `/api/play/${YEAR}/core/start`)).json();
    const first = await answerCurrent(cookie, attemptId, true);
    const second = await answerCurrent(cookie, attemptId, false);
    expect([first.res.statusCode, second.res.statusCode]).toEqual([200, 200]);
    const open = (await get(cookie, `/api/play/attempts/${attemptId}/current`)).json();
    clock.advance(5_000);

    t = await restartTestApp(t, { clock });

    // The session, the attempt, both answers and the open question's clock survived.
    const resumed = (await get(cookie, `/api/play/attempts/${attemptId}/current`)).json();
    expect(resumed.position).toBe(open.position);
    expect(resumed.question.stem).toBe(open.question.stem);
    expect(resumed.remainingMs).toBe(open.remainingMs - 5_000);
    const repeat = await post(cookie, `/api/play/attempts/${attemptId}/answers`, {
      position: second.current.position,
      key: randomUUID(),
      response: 0,
    });
    expect(repeat.json().error.code).toBe('already_answered');
    await answerCurrent(cookie, attemptId, true);
    const next = (await get(cookie, `/api/play/attempts/${attemptId}/current`)).json();
    expect(next.position).toBe(open.position + 1);
  });

  it('records a retry with the same key once, and keeps the first of two different answers', async () => {
    clock.set('2027-03-11T10:00:00Z');
    const { cookie } = await participant();
    const { attemptId } = (await post(cookie, `/api/play/${YEAR}/core/start`)).json();
    const key = randomUUID();
    const { current, res } = await answerCurrent(cookie, attemptId, true, key);
    const retry = await post(cookie, `/api/play/attempts/${attemptId}/answers`, {
      position: current.position,
      key,
      response: 0,
    });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(res.json());
    const other = await post(cookie, `/api/play/attempts/${attemptId}/answers`, {
      position: current.position,
      key: randomUUID(),
      response: 1,
    });
    expect(other.statusCode).toBe(409);
    expect(other.json().error.code).toBe('already_answered');
  });

  it('lets exactly one of two concurrent different answers count', async () => {
    clock.set('2027-03-11T10:30:00Z');
    const { cookie } = await participant();
    const { attemptId } = (await post(cookie, `/api/play/${YEAR}/core/start`)).json();
    const current = (await get(cookie, `/api/play/attempts/${attemptId}/current`)).json();
    const results = await Promise.all(
      [0, 1].map((response) =>
        post(cookie, `/api/play/attempts/${attemptId}/answers`, {
          position: current.position,
          key: randomUUID(),
          response,
        }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it('gives a retry that races its original the same result, stored once', async () => {
    clock.set('2027-03-11T10:45:00Z');
    const { cookie, person } = await participant();
    const { attemptId } = (await post(cookie, `/api/play/${YEAR}/core/start`)).json();
    const current = (await get(cookie, `/api/play/attempts/${attemptId}/current`)).json();
    const input = { position: current.position, key: randomUUID(), response: 0 };
    // Called side by side, both read the open question before either writes: the second
    // write finds it answered and must return the stored result, not an error.
    const [first, retry] = await Promise.all([
      play.submitAnswer(t.ctx, person.id, attemptId, input),
      play.submitAnswer(t.ctx, person.id, attemptId, input),
    ]);
    expect(retry).toEqual(first);
    expect(first.progress.answered).toBe(1);
    const different = play.submitAnswer(t.ctx, person.id, attemptId, { ...input, key: randomUUID() });
    await expect(different).rejects.toMatchObject({ code: 'already_answered' });
  });

  it('counts an answer after the limit plus grace as too late, and skips timed-out questions', async () => {
    clock.set('2027-03-11T11:00:00Z');
    const { cookie } = await participant();
    const { attemptId } = (await post(cookie, `/api/play/${YEAR}/core/start`)).json();
    const first = (await get(cookie, `/api/play/attempts/${attemptId}/current`)).json();
    clock.advance(31_900); // within the 2 s grace
    const inGrace = await answerCurrent(cookie, attemptId, true);
    expect(inGrace.res.json()).toMatchObject({ correct: true, late: false });

    const second = (await get(cookie, `/api/play/attempts/${attemptId}/current`)).json();
    expect(second.position).toBe(first.position + 1);
    clock.advance(32_100);
    const late = await post(cookie, `/api/play/attempts/${attemptId}/answers`, {
      position: second.position,
      key: randomUUID(),
      response: 0,
    });
    expect(late.json()).toMatchObject({ late: true, credit: 0, points: 0 });

    const third = (await get(cookie, `/api/play/attempts/${attemptId}/current`)).json();
    clock.advance(60_000); // walked away: the question times out unanswered
    const fourth = (await get(cookie, `/api/play/attempts/${attemptId}/current`)).json();
    expect(fourth.position).toBe(third.position + 1);
  });

  it('counts the streak and progress over right, wrong, timed-out and repeated answers', async () => {
    clock.set('2027-03-11T11:30:00Z');
    const { cookie } = await participant();
    const { attemptId } = (await post(cookie, `/api/play/${YEAR}/core/start`)).json();
    const feedbackOf = async (right: boolean, key = randomUUID()) =>
      (await answerCurrent(cookie, attemptId, right, key)).res.json();
    expect(await feedbackOf(true)).toMatchObject({ streak: 1, progress: { answered: 1, total: 6 } });
    expect(await feedbackOf(true)).toMatchObject({ streak: 2, progress: { answered: 2, total: 6 } });
    // The third question is shown and left to time out: it counts as done, not answered, and
    // breaks the streak.
    await get(cookie, `/api/play/attempts/${attemptId}/current`);
    clock.advance(60_000);
    const fourth = (await get(cookie, `/api/play/attempts/${attemptId}/current`)).json();
    expect(fourth).toMatchObject({ position: 3, answered: 2, total: 6 });
    expect(await feedbackOf(true)).toMatchObject({ streak: 1, progress: { answered: 4, total: 6 } });
    const key = randomUUID();
    const wrong = await feedbackOf(false, key);
    expect(wrong).toMatchObject({ position: 4, streak: 0, progress: { answered: 5, total: 6 } });
    // The same answer again (a retry): the same feedback, counted once.
    const retry = await post(cookie, `/api/play/attempts/${attemptId}/answers`, {
      position: 4,
      key,
      response: 0,
    });
    expect(retry.json()).toEqual(wrong);
    expect(await feedbackOf(true)).toMatchObject({ streak: 1, progress: { answered: 6, total: 6 } });
    const done = (await get(cookie, `/api/play/attempts/${attemptId}/current`)).json();
    expect(done).toMatchObject({
      done: true,
      summary: { status: 'finished', score: 4, answered: 5, total: 6 },
    });
  });

  it('gives extra time to someone with an accommodation', async () => {
    clock.set('2027-03-11T12:00:00Z');
    const staff = (await loginAs(t, [quizStaffGrant])).cookie;
    const { cookie, person } = await participant();
    const grant = await t.app.inject({
      method: 'PUT',
      url: `/api/play/editions/${editionId}/accommodations/${person.id}`,
      headers: { cookie: staff },
      payload: { extraTimeFactor: 1.5, note: 'dyslexie' },
    });
    expect(grant.statusCode).toBe(204);
    const { attemptId } = (await post(cookie, `/api/play/${YEAR}/core/start`)).json();
    const current = (await get(cookie, `/api/play/attempts/${attemptId}/current`)).json();
    expect(current.remainingMs).toBe(45_000);
    clock.advance(40_000);
    const answer = await answerCurrent(cookie, attemptId, true);
    expect(answer.res.json()).toMatchObject({ late: false, correct: true });
  });

  it('refuses the manager module to agents and lets managers play it', async () => {
    clock.set('2027-03-11T13:00:00Z');
    const agent = await participant('agent');
    const refused = await post(agent.cookie, `/api/play/${YEAR}/manager/start`);
    expect(refused.statusCode).toBe(403);
    const manager = await participant('manager');
    expect((await post(manager.cookie, `/api/play/${YEAR}/manager/start`)).statusCode).toBe(201);
    const state = (await get(manager.cookie, `/api/play/${YEAR}`)).json();
    expect(state.modules.map((m: { module: string }) => m.module)).toEqual(['core', 'manager']);
  });

  it('includes the current question in the play state only when asked, served once like the current endpoint', async () => {
    clock.set('2027-03-11T14:00:00Z');
    const { cookie } = await participant();
    const before = (await get(cookie, `/api/play/${YEAR}?include=current`)).json();
    expect(before.current).toBeUndefined(); // nothing started yet
    const { attemptId } = (await post(cookie, `/api/play/${YEAR}/core/start`)).json();

    // Without asking, the state serves nothing: the question's clock has not started.
    const plain = (await get(cookie, `/api/play/${YEAR}`)).json();
    expect(plain.current).toBeUndefined();
    clock.advance(3_000);

    const withCurrent = await get(cookie, `/api/play/${YEAR}?include=current`);
    expect(withCurrent.statusCode).toBe(200);
    expect(withCurrent.body).not.toMatch(/correct|explanation|feedback/i);
    const state = withCurrent.json();
    expect(state.modules[0]).toMatchObject({ module: 'core', attemptId, status: 'in_progress' });
    expect(state.current).toMatchObject({ done: false, attemptId, position: 0, remainingMs: 30_000 });
    // Exactly what the current endpoint returns, and serving it again restarts nothing.
    expect((await get(cookie, `/api/play/attempts/${attemptId}/current`)).json()).toEqual(state.current);
    clock.advance(4_000);
    const again = (await get(cookie, `/api/play/${YEAR}?include=current`)).json();
    expect(again.current).toMatchObject({ position: 0, remainingMs: 26_000 });
    expect((await get(cookie, `/api/play/attempts/${attemptId}/current`)).json().remainingMs).toBe(26_000);

    // The answer is judged on the time the state served the question.
    clock.advance(27_500); // 31.5 s after serving: within the 2 s grace
    const answer = await answerCurrent(cookie, attemptId, true);
    expect(answer.current.position).toBe(0);
    expect(answer.res.json()).toMatchObject({ correct: true, late: false });
    const next = (await get(cookie, `/api/play/${YEAR}?include=current`)).json();
    expect(next.current).toMatchObject({ position: 1, remainingMs: 30_000, answered: 1 });
  });

  it('keeps the first serving time when a question is served twice at once', async () => {
    clock.set('2027-03-11T15:00:00Z');
    const { cookie } = await participant();
    const { attemptId } = (await post(cookie, `/api/play/${YEAR}/core/start`)).json();
    const [state, current] = await Promise.all([
      get(cookie, `/api/play/${YEAR}?include=current`),
      get(cookie, `/api/play/attempts/${attemptId}/current`),
    ]);
    expect(state.json().current).toEqual(current.json());
    // A late second serving of the same question returns the stored time, not its own.
    const first = new Date('2027-03-11T15:00:00Z');
    expect(await markServed(t.ctx.db, attemptId, 0, new Date('2027-03-11T15:00:09Z'))).toEqual(first);
    clock.advance(10_000);
    expect((await get(cookie, `/api/play/attempts/${attemptId}/current`)).json().remainingMs).toBe(20_000);
  });

  it('includes no question for a finished attempt or outside the window', async () => {
    clock.set('2027-03-11T16:00:00Z');
    const { cookie } = await participant();
    const { attemptId } = (await post(cookie, `/api/play/${YEAR}/core/start`)).json();
    for (let i = 0; i < 6; i++) await answerCurrent(cookie, attemptId, true);
    // All answered: asking for the current question ends the attempt, and the state says so.
    const ending = (await get(cookie, `/api/play/${YEAR}?include=current`)).json();
    expect(ending.current).toMatchObject({ done: true, summary: { status: 'finished', answered: 6 } });
    expect(ending.modules[0]).toMatchObject({ status: 'finished' });
    const finished = (await get(cookie, `/api/play/${YEAR}?include=current`)).json();
    expect(finished.current).toBeUndefined();
    clock.set('2027-03-11T07:00:00Z');
    expect((await get(cookie, `/api/play/${YEAR}?include=current`)).json()).not.toHaveProperty('current');
    expect((await get(cookie, `/api/play/${YEAR}?include=other`)).statusCode).toBe(400);
  });

  it('closes open attempts when the window closes; unanswered questions count as not answered', async () => {
    clock.set('2027-03-11T19:59:00Z');
    const { cookie } = await participant();
    const { attemptId } = (await post(cookie, `/api/play/${YEAR}/core/start`)).json();
    await answerCurrent(cookie, attemptId, true);
    await get(cookie, `/api/play/attempts/${attemptId}/current`);
    clock.set('2027-03-11T20:00:01Z');
    const after = (await get(cookie, `/api/play/attempts/${attemptId}/current`)).json();
    expect(after).toMatchObject({ done: true, summary: { status: 'closed', score: 1, answered: 1 } });
    expect((await get(cookie, `/api/play/${YEAR}`)).json().phase).toBe('after');
    const late = await post(cookie, `/api/play/attempts/${attemptId}/answers`, {
      position: 1,
      key: randomUUID(),
      response: 0,
    });
    expect(late.statusCode).toBe(409);
  });

  it('shows staff the live figures', async () => {
    const staff = (await loginAs(t, [quizStaffGrant])).cookie;
    const live = (await get(staff, `/api/play/editions/${editionId}/live`)).json();
    expect(live.started).toBeGreaterThanOrEqual(8);
    expect(live.finished).toBeGreaterThanOrEqual(2);
  });
});
