/**
 * Factories for the results tests (not a test file itself): an edition with approved
 * questions, organisations, teams, confirmed members and attempts written straight into
 * the play tables with exact times, so rankings and flags can be checked precisely.
 */
import {
  attemptQuestions,
  attempts,
  leaderboardPreferences,
  practiceCampaigns,
  practiceDeliveries,
  practiceItems,
  teamMembers,
  teams,
} from '../../db/schema/index.ts';
import { makePerson, type TestApp } from '../../test/helpers.ts';
import { insertEdition, insertObjective, insertTheme } from '../editions/repository.ts';
import { insertOrganization } from '../organizations/repository.ts';
import { insertQuestion, updateQuestion } from '../questions/repository.ts';

export { manualClock } from '../../test/helpers.ts';

export interface QuestionRef {
  id: string;
  versionId: string;
  objectiveId: string;
  themeId: string;
}

export interface ResultsEdition {
  id: string;
  year: number;
  /** The play window in UTC (09:00–21:00 Amsterdam in March). */
  opensAt: Date;
  closesAt: Date;
  themes: Array<{ id: string; objectives: string[] }>;
  core: QuestionRef[];
  manager: QuestionRef[];
  practice: QuestionRef[];
}

let yearCounter = 0;

/**
 * An edition on 13 March of a fresh year with two themes of two objectives each and the
 * given number of approved questions per pool (single choice: option 0 right, 1 and 2
 * wrong), spread round-robin over the objectives.
 */
export async function createResultsEdition(
  t: TestApp,
  counts: {
    core?: number;
    manager?: number;
    practice?: number;
    stem?: (pool: string, i: number) => string;
  } = {},
): Promise<ResultsEdition> {
  const year = 2060 + yearCounter++;
  const edition = await insertEdition(t.ctx.db, {
    year,
    name: `Klantcontactquiz ${year}`,
    status: 'event',
    eventDate: `${year}-03-13`,
    defaultTimeLimitSeconds: 30,
  });
  const themes: ResultsEdition['themes'] = [];
  const objectives: Array<{ id: string; themeId: string }> = [];
  for (const [ti, title] of ['Klantgesprek', 'Kanalen'].entries()) {
    const theme = await insertTheme(t.ctx.db, {
      editionId: edition.id,
      titleNl: title,
      titleEn: title,
      position: ti + 1,
    });
    const ids: string[] = [];
    for (let oi = 0; oi < 2; oi++) {
      const objective = await insertObjective(t.ctx.db, {
        editionId: edition.id,
        themeId: theme.id,
        titleNl: `${title} doel ${oi + 1}`,
        titleEn: `${title} goal ${oi + 1}`,
        position: oi + 1,
      });
      ids.push(objective.id);
      objectives.push({ id: objective.id, themeId: theme.id });
    }
    themes.push({ id: theme.id, objectives: ids });
  }
  const make = async (pool: 'core' | 'manager' | 'practice', n: number): Promise<QuestionRef[]> => {
    const refs: QuestionRef[] = [];
    for (let i = 0; i < n; i++) {
      const objective = objectives[i % objectives.length]!;
      const { question, version } = await insertQuestion(t.ctx.db, {
        editionId: edition.id,
        objectiveId: objective.id,
        authorId: null,
        action: 'created',
        content: {
          type: 'single',
          stem: counts.stem?.(pool, i) ?? `Vraag ${pool} ${i + 1}: wat doe je?`,
          stemFormat: 'plain',
          options: [
            { text: 'Goed', correct: true },
            { text: 'Fout A', correct: false, feedback: 'Dit helpt de klant niet.' },
            { text: 'Fout B', correct: false },
          ],
          explanation: `Uitleg bij ${pool} ${i + 1}.`,
          pool,
          difficulty: 'medium',
          tags: [],
        },
      });
      await updateQuestion(t.ctx.db, question.id, { status: 'approved', approvedVersionId: version.id });
      refs.push({
        id: question.id,
        versionId: version.id,
        objectiveId: objective.id,
        themeId: objective.themeId,
      });
    }
    return refs;
  };
  return {
    id: edition.id,
    year,
    opensAt: new Date(`${year}-03-13T08:00:00Z`),
    closesAt: new Date(`${year}-03-13T20:00:00Z`),
    themes,
    core: await make('core', counts.core ?? 6),
    manager: await make('manager', counts.manager ?? 2),
    practice: await make('practice', counts.practice ?? 0),
  };
}

export async function addOrganization(t: TestApp, name: string): Promise<string> {
  return (await insertOrganization(t.ctx.db, { name })).id;
}

export async function addTeam(
  t: TestApp,
  editionId: string,
  organizationId: string,
  name: string,
): Promise<string> {
  const [team] = await t.ctx.db.insert(teams).values({ editionId, organizationId, name }).returning();
  return team!.id;
}

/** A confirmed member of a team (a new person); returns the person's id. */
export async function addMember(
  t: TestApp,
  editionId: string,
  teamId: string,
  options: {
    role?: 'agent' | 'team_leader' | 'manager';
    name?: string;
    display?: 'full' | 'initials' | 'hidden';
    /** An existing person (e.g. one logged in by the test) instead of a new one. */
    userId?: string;
  } = {},
): Promise<string> {
  const person = options.userId
    ? { id: options.userId }
    : await makePerson(t.ctx, [], options.name ? { name: options.name } : {});
  await t.ctx.db.insert(teamMembers).values({
    editionId,
    teamId,
    userId: person.id,
    role: options.role ?? 'agent',
    status: 'confirmed',
    confirmedAt: new Date(),
  });
  if (options.display) {
    await t.ctx.db
      .insert(leaderboardPreferences)
      .values({ editionId, userId: person.id, display: options.display });
  }
  return person.id;
}

export interface AnswerSpec {
  question: QuestionRef;
  /** Milliseconds between serving and answering; null = served but not answered (timed out). */
  elapsedMs: number | null;
  credit?: 0 | 0.5 | 1;
  late?: boolean;
  tabHidden?: number;
  /** Stored option index chosen (default: 0 when credit 1, else 1). */
  response?: number;
}

/**
 * An attempt with its questions, answered as described, one after the other from
 * `startedAt` (each question served when the previous one was answered or timed out).
 * Questions after the answers are left unserved.
 */
export async function recordAttempt(
  t: TestApp,
  spec: {
    editionId: string;
    userId: string;
    module?: 'core' | 'manager';
    startedAt: Date;
    answers: AnswerSpec[];
    unserved?: QuestionRef[];
    status?: 'finished' | 'closed' | 'in_progress';
    finishedAt?: Date | null;
    extraTimeFactor?: number;
    limitMs?: number;
  },
): Promise<{ attemptId: string; finishedAt: Date | null }> {
  const factor = spec.extraTimeFactor ?? 1;
  const limitMs = Math.round((spec.limitMs ?? 30_000) * factor);
  let at = spec.startedAt.getTime();
  const rows: Array<typeof attemptQuestions.$inferInsert> = [];
  spec.answers.forEach((a, position) => {
    const servedAt = new Date(at);
    const answered = a.elapsedMs !== null;
    const credit = a.credit ?? 0;
    at += answered ? a.elapsedMs! : limitMs + 2000;
    rows.push({
      attemptId: '',
      position,
      questionId: a.question.id,
      versionId: a.question.versionId,
      optionOrder: [0, 1, 2],
      limitMs,
      servedAt,
      answeredAt: answered ? new Date(at) : null,
      answerKey: answered ? `key-${position}-${Math.random()}` : null,
      response: answered ? (a.response ?? (credit === 1 ? 0 : 1)) : null,
      credit: a.late ? 0 : answered ? credit : 0,
      late: a.late ? 'late' : answered ? 'in_time' : 'timed_out',
      points: answered && !a.late ? Math.round(credit * 1000) : 0,
      tabHidden: a.tabHidden ?? 0,
    });
  });
  for (const [i, q] of (spec.unserved ?? []).entries()) {
    rows.push({
      attemptId: '',
      position: spec.answers.length + i,
      questionId: q.id,
      versionId: q.versionId,
      optionOrder: [0, 1, 2],
      limitMs,
    });
  }
  const status = spec.status ?? 'finished';
  const finishedAt =
    spec.finishedAt === undefined ? (status === 'in_progress' ? null : new Date(at)) : spec.finishedAt;
  const [attempt] = await t.ctx.db
    .insert(attempts)
    .values({
      editionId: spec.editionId,
      userId: spec.userId,
      module: spec.module ?? 'core',
      status,
      extraTimeFactor: factor,
      questionCount: rows.length,
      startedAt: spec.startedAt,
      finishedAt,
    })
    .returning();
  if (rows.length > 0) {
    await t.ctx.db.insert(attemptQuestions).values(rows.map((r) => ({ ...r, attemptId: attempt!.id })));
  }
  return { attemptId: attempt!.id, finishedAt };
}

/** `right` of the questions answered right (credit 1), the rest wrong, each after `elapsedMs`. */
export function answersFor(
  questions: readonly QuestionRef[],
  right: number,
  elapsedMs = 10_000,
): AnswerSpec[] {
  return questions.map((question, i) => ({ question, elapsedMs, credit: i < right ? 1 : 0 }));
}

const campaigns = new Map<string, string>();

/**
 * Practice answers of one person, written into the practice tables (one delivery per
 * call): the learning curve's baseline.
 */
export async function recordPractice(
  t: TestApp,
  editionId: string,
  userId: string,
  answers: ReadonlyArray<{
    question: QuestionRef;
    correct: boolean | 0.5;
    answeredAt: Date;
    entryCheck?: boolean;
  }>,
): Promise<void> {
  let campaignId = campaigns.get(editionId);
  if (!campaignId) {
    const [campaign] = await t.ctx.db
      .insert(practiceCampaigns)
      .values({ editionId, status: 'active', weekdays: [1, 2, 3, 4, 5] })
      .returning();
    campaignId = campaign!.id;
    campaigns.set(editionId, campaignId);
  }
  if (answers.length === 0) return;
  const [delivery] = await t.ctx.db
    .insert(practiceDeliveries)
    .values({ campaignId, userId, slotAt: answers[0]!.answeredAt, kind: 'practice', status: 'sent' })
    .returning();
  await t.ctx.db.insert(practiceItems).values(
    answers.map((a, position) => ({
      deliveryId: delivery!.id,
      campaignId: campaignId!,
      userId,
      position,
      questionId: a.question.id,
      versionId: a.question.versionId,
      entryCheck: a.entryCheck ?? false,
      optionOrder: [0, 1, 2],
      answeredAt: a.answeredAt,
      response: a.correct === true ? 0 : 1,
      credit: a.correct === true ? 1 : a.correct === 0.5 ? 0.5 : 0,
    })),
  );
}
