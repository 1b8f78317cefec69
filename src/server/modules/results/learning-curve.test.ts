import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32, type Random } from '../../../domain/random.ts';
import { createTestApp, loginAs, quizStaffGrant, type TestApp } from '../../test/helpers.ts';
import { computeLearningCurve, type EventResponseInput, eventScore } from './learning-curve.ts';
import {
  type AnswerSpec,
  addMember,
  addOrganization,
  addTeam,
  createResultsEdition,
  manualClock,
  type QuestionRef,
  type ResultsEdition,
  recordAttempt,
  recordPractice,
} from './test-support.ts';

const event = (overrides: Partial<EventResponseInput>): EventResponseInput => ({
  userId: 'p',
  module: 'core',
  attemptStatus: 'finished',
  questionId: 'q',
  answeredAtMs: 0,
  credit: 1,
  late: 'in_time',
  excluded: false,
  ...overrides,
});

describe('event-day responses for the ability estimate', () => {
  it('counts only completely right, in-time, not excluded answers as right', () => {
    expect(eventScore(event({}))).toBe(1);
    expect(eventScore(event({ credit: 0.5 }))).toBe(0);
    expect(eventScore(event({ credit: 0 }))).toBe(0);
    expect(eventScore(event({ excluded: true }))).toBe(0);
    expect(eventScore(event({ late: 'late', credit: 0 }))).toBe(0);
  });

  it('counts served but unanswered questions as wrong, except the one still open in a running quiz', () => {
    expect(eventScore(event({ answeredAtMs: null, credit: 0, late: 'timed_out' }))).toBe(0);
    expect(eventScore(event({ answeredAtMs: null, credit: null, late: null, attemptStatus: 'closed' }))).toBe(
      0,
    );
    expect(
      eventScore(event({ answeredAtMs: null, credit: null, late: null, attemptStatus: 'in_progress' })),
    ).toBeNull();
  });

  it('uses the first practice answer per question and leaves out questions never served', () => {
    const teamOf = new Map([
      ['a', 't'],
      ['b', 't'],
    ]);
    const day = (d: number) => Date.UTC(2030, 1, d);
    const outcome = computeLearningCurve({
      baseline: [
        { userId: 'a', questionId: 'p1', correct: true, answeredAtMs: day(3) },
        { userId: 'a', questionId: 'p1', correct: false, answeredAtMs: day(1) },
        { userId: 'a', questionId: 'p2', correct: true, answeredAtMs: day(2) },
        { userId: 'b', questionId: 'p1', correct: true, answeredAtMs: day(2) },
        { userId: 'b', questionId: 'p2', correct: false, answeredAtMs: day(2) },
        { userId: 'outsider', questionId: 'p2', correct: true, answeredAtMs: day(2) },
      ],
      event: [
        event({ userId: 'a', questionId: 'c1' }),
        event({ userId: 'a', questionId: 'c2', answeredAtMs: null, credit: 0, late: 'timed_out' }),
        event({ userId: 'b', questionId: 'c1', credit: 0 }),
        event({ userId: 'b', questionId: 'c2' }),
      ],
      teamOf,
      excludedUserIds: new Set(),
      coreFinishedAt: new Map(),
    });
    const items = new Map(outcome.items.map((i) => [i.questionId, i]));
    // p1: a's first answer (wrong) and b's (right); the outsider is not a participant.
    expect(items.get('p1')).toMatchObject({ responses: 2, correct: 1 });
    expect(items.get('p2')).toMatchObject({ responses: 2, correct: 1 });
    expect(items.get('c2')).toMatchObject({ responses: 2, correct: 1 });
    expect(outcome.calibration).toMatchObject({ rows: 4, items: 4 });
    expect(outcome.notQualified.map((n) => [n.participantId, n.reason, n.baselineResponses])).toEqual([
      ['a', 'too_few_baseline', 2],
      ['b', 'too_few_baseline', 2],
    ]);
  });
});

/** Rasch answer: right with probability 1 / (1 + e^(b − θ)). */
const right = (random: Random, theta: number, b: number) => random() < 1 / (1 + Math.exp(b - theta));

describe('the learning-curve route end to end on simulated data', () => {
  const clock = manualClock('2060-01-01T00:00:00Z');
  let t: TestApp;
  let staff: string;
  let edition: ResultsEdition;
  const learners = new Set<string>();
  const truth = new Map<string, number>();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ clock });
    staff = (await loginAs(t, [quizStaffGrant])).cookie;
    edition = await createResultsEdition(t, { core: 30, manager: 0, practice: 20 });
    const all: QuestionRef[] = [...edition.practice, ...edition.core];
    all.forEach((q, i) => {
      truth.set(q.id, -2 + (4 * ((i * 7) % all.length)) / (all.length - 1));
    });
    const random = mulberry32(20260311);
    const org = await addOrganization(t, 'Leercurve BV');
    const team = await addTeam(t, edition.id, org, 'Groei');
    const before = (day: number, k: number) =>
      new Date(edition.opensAt.getTime() - day * 86_400_000 + k * 60_000);
    const play = async (userId: string, theta: number, minute: number) => {
      const answers: AnswerSpec[] = edition.core.map((question, i) => {
        if (i === minute % 30) return { question, elapsedMs: null }; // timed out: counts as wrong
        return { question, elapsedMs: 9000, credit: right(random, theta, truth.get(question.id)!) ? 1 : 0 };
      });
      await recordAttempt(t, {
        editionId: edition.id,
        userId,
        startedAt: new Date(edition.opensAt.getTime() + minute * 60_000),
        answers,
      });
    };
    const practise = async (userId: string, theta: number, count: number, at = before) => {
      await recordPractice(
        t,
        edition.id,
        userId,
        edition.practice.slice(0, count).map((question, k) => ({
          question,
          correct: right(random, theta, truth.get(question.id)!),
          answeredAt: at(10 - (k % 5), k),
        })),
      );
    };
    for (let p = 0; p < 120; p++) {
      const learner = p < 15;
      const theta = learner ? -0.8 + random() : random() * 2 - 1;
      const id = await addMember(t, edition.id, team);
      if (learner) learners.add(id);
      await practise(id, theta, learner ? 20 : 12);
      await play(id, learner ? theta + 1.5 : theta, p);
    }
    ids.short = await addMember(t, edition.id, team);
    await practise(ids.short, 0, 5);
    await play(ids.short, 0, 200);
    ids.noShow = await addMember(t, edition.id, team);
    await practise(ids.noShow, 0, 12);
    // Practice answers given on the event day itself are not part of the baseline.
    ids.lateStarter = await addMember(t, edition.id, team);
    await practise(ids.lateStarter, 0, 12, (_day, k) => new Date(edition.opensAt.getTime() + k * 60_000));
    await play(ids.lateStarter, 0, 300);
    clock.set(new Date(edition.closesAt.getTime() + 3600_000).toISOString());
  });
  afterAll(() => t.close());

  it('calibrates the questions, ranks real growth on top and explains who does not qualify', async () => {
    const res = await t.app.inject({
      url: `/api/results/editions/${edition.id}/review?top=1000`,
      headers: { cookie: staff },
    });
    expect(res.statusCode).toBe(200);
    const { learningCurve } = res.json().results;
    expect(learningCurve.calibration).toMatchObject({ items: 50, estimatedItems: 50, converged: true });
    expect(learningCurve.ranking).toHaveLength(120);

    type Ranked = { participantId: string; rank: number; gain: number; seGain: number; lowerBound: number };
    const ranking: Ranked[] = learningCurve.ranking;
    for (const r of ranking) expect(r.lowerBound).toBeCloseTo(r.gain - 2 * r.seGain, 10);
    const top10 = ranking.slice(0, 10).filter((r) => learners.has(r.participantId)).length;
    expect(top10).toBeGreaterThanOrEqual(7);
    const mean = (rows: Ranked[]) => rows.reduce((s, r) => s + r.gain, 0) / rows.length;
    const learnerGain = mean(ranking.filter((r) => learners.has(r.participantId)));
    const otherGain = mean(ranking.filter((r) => !learners.has(r.participantId)));
    expect(learnerGain - otherGain).toBeGreaterThan(1);

    expect(learningCurve.notQualified).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          participantId: ids.short,
          reason: 'too_few_baseline',
          baselineResponses: 5,
        }),
        expect.objectContaining({ participantId: ids.noShow, reason: 'too_few_event', eventResponses: 0 }),
        expect.objectContaining({
          participantId: ids.lateStarter,
          reason: 'too_few_baseline',
          baselineResponses: 0,
        }),
      ]),
    );
    expect(learningCurve.notQualified).toHaveLength(3);
  });

  it('recovers the question difficulties (content experts see them with their standard error)', async () => {
    const expert = (await loginAs(t, [{ role: 'expert', programme: 'quiz', organizationId: null }])).cookie;
    const res = await t.app.inject({
      url: `/api/results/editions/${edition.id}/questions`,
      headers: { cookie: expert },
    });
    expect(res.statusCode).toBe(200);
    const questions: Array<{ questionId: string; difficulty: number; difficultySe: number }> =
      res.json().questions;
    expect(questions).toHaveLength(30);
    const estimated = questions.map((q) => q.difficulty);
    const actual = questions.map((q) => truth.get(q.questionId)!);
    const centre = (xs: number[]) => {
      const m = xs.reduce((s, x) => s + x, 0) / xs.length;
      return xs.map((x) => x - m);
    };
    const [e, a] = [centre(estimated), centre(actual)];
    const r =
      e.reduce((s, x, i) => s + x * a[i]!, 0) /
      Math.sqrt(e.reduce((s, x) => s + x * x, 0) * a.reduce((s, x) => s + x * x, 0));
    expect(r).toBeGreaterThan(0.9);
    for (const q of questions) expect(q.difficultySe).toBeGreaterThan(0);
  });

  it('shows a participant their learning curve from baseline to event day', async () => {
    const learner = [...learners][0]!;
    const res = await t.app.inject({
      url: `/api/results/editions/${edition.id}/participants/${learner}/report`,
      headers: { cookie: staff },
    });
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report.learningCurve).toMatchObject({
      qualified: true,
      reason: null,
      baselineResponses: 20,
      eventResponses: 30,
    });
    expect(report.learningCurve.points.map((p: { phase: string }) => p.phase)).toEqual(['baseline', 'event']);
    expect(report.positions.learningCurve).toMatchObject({ of: 120 });
  });
});
