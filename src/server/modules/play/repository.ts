import { and, asc, eq, exists, inArray, isNotNull, isNull, lt, not, type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import { preparedStatement } from '../../db/prepared.ts';
import {
  editions,
  objectives,
  questions,
  questionVersions,
  teamMembers,
  users,
} from '../../db/schema/index.ts';
import {
  accommodations,
  attemptQuestions,
  attempts,
  leaderboardPreferences,
  type PlayModule,
} from '../../db/schema/play.ts';

export type AttemptRow = typeof attempts.$inferSelect;
export type AttemptQuestionRow = typeof attemptQuestions.$inferSelect;

/** The person's confirmed place in a team for this edition (the registration rule for playing). */
export async function confirmedMembership(db: DbOrTx, editionId: string, userId: string) {
  const [row] = await db
    .select({ role: teamMembers.role, teamId: teamMembers.teamId })
    .from(teamMembers)
    .where(
      and(
        eq(teamMembers.editionId, editionId),
        eq(teamMembers.userId, userId),
        eq(teamMembers.status, 'confirmed'),
      ),
    );
  return row;
}

/** Approved, live questions of one pool with their theme (for ordering) and approved version. */
export async function playableQuestions(db: DbOrTx, editionId: string, pool: PlayModule) {
  return db
    .select({
      id: questions.id,
      versionId: questionVersions.id,
      themeKey: objectives.themeId,
      content: questionVersions.content,
    })
    .from(questions)
    .innerJoin(questionVersions, eq(questionVersions.id, questions.approvedVersionId))
    .innerJoin(objectives, eq(objectives.id, questionVersions.objectiveId))
    .where(
      and(
        eq(questions.editionId, editionId),
        eq(questions.pool, pool),
        sql`${questions.status} <> 'retired'`,
      ),
    );
}

export async function findAccommodation(db: DbOrTx, editionId: string, userId: string) {
  const [row] = await db
    .select()
    .from(accommodations)
    .where(and(eq(accommodations.editionId, editionId), eq(accommodations.userId, userId)));
  return row;
}

export async function upsertAccommodation(db: DbOrTx, values: typeof accommodations.$inferInsert) {
  await db
    .insert(accommodations)
    .values(values)
    .onConflictDoUpdate({
      target: [accommodations.editionId, accommodations.userId],
      set: { extraTimeFactor: values.extraTimeFactor, note: values.note, grantedBy: values.grantedBy },
    });
}

export async function insertAttempt(db: DbOrTx, values: typeof attempts.$inferInsert): Promise<AttemptRow> {
  const [row] = await db.insert(attempts).values(values).returning();
  return row!;
}

export async function insertAttemptQuestions(db: DbOrTx, rows: Array<typeof attemptQuestions.$inferInsert>) {
  if (rows.length > 0) await db.insert(attemptQuestions).values(rows);
}

export async function findAttempt(db: DbOrTx, id: string, lock = false): Promise<AttemptRow | undefined> {
  const query = db.select().from(attempts).where(eq(attempts.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function attemptsOf(db: DbOrTx, editionId: string, userId: string): Promise<AttemptRow[]> {
  return db
    .select()
    .from(attempts)
    .where(and(eq(attempts.editionId, editionId), eq(attempts.userId, userId)))
    .orderBy(asc(attempts.startedAt));
}

/**
 * What a play request needs of an attempt: the attempt, its edition's window, counts over
 * its questions, and only the question rows it works on — so the work per request does not
 * grow with the length of the quiz (docs/performance.md, answer path).
 */
export interface LoadedAttempt {
  attempt: Pick<AttemptRow, 'id' | 'editionId' | 'userId' | 'module' | 'status' | 'questionCount'>;
  edition: { eventDate: string | null; windowStart: string; windowEnd: string };
  /** Questions answered, and settled (answered, or out of time). */
  counts: { answered: number; settled: number };
  /**
   * With a position: that question (none if there is no such position). Without: the first
   * two not yet settled, in order — the one being played and the next, enough to move on
   * when the first has run out of time (at most one question is served and open at a time).
   */
  questions: AttemptQuestionRow[];
  /** Right answers in a row just before `position` (0 without one), as `nextStreak` counts. */
  streakBefore: number;
}

const unsettled = (q: { answeredAt: AnyPgColumn; late: AnyPgColumn }) =>
  and(isNull(q.answeredAt), isNull(q.late));

/**
 * One round trip for everything serving or scoring needs, instead of one query each: on the
 * event day these requests are nearly all the load. Counts and the streak are computed in
 * the database over the attempt's rows (an index range of the primary key); only the rows
 * worked on come back.
 */
const loadAttemptStatement = preparedStatement('play_load_attempt', (db, name) => {
  const position = sql`${sql.placeholder('position')}::integer`;
  const c = alias(attemptQuestions, 'c');
  const b = alias(attemptQuestions, 'b');
  const u = alias(attemptQuestions, 'u');
  const ofAttempt = (t: { attemptId: AnyPgColumn }) => eq(t.attemptId, attempts.id);
  const count = (where: SQL | undefined) =>
    db
      .select({ n: sql`count(*)` })
      .from(c)
      .where(and(ofAttempt(c), where));
  // The position of the second question not yet settled (null when there is none).
  const secondOpen = db
    .select({ position: u.position })
    .from(u)
    .where(and(ofAttempt(u), unsettled(u)))
    .orderBy(asc(u.position))
    .offset(1)
    .limit(1);
  // The last answer before `position` that broke a streak (a credit other than 1).
  const lastBreak = db
    .select({ position: sql`max(${b.position})` })
    .from(b)
    .where(and(ofAttempt(b), lt(b.position, position), isNotNull(b.credit), sql`${b.credit} <> 1`));
  return db
    .select({
      attempt: {
        id: attempts.id,
        editionId: attempts.editionId,
        userId: attempts.userId,
        module: attempts.module,
        status: attempts.status,
        questionCount: attempts.questionCount,
      },
      edition: {
        eventDate: editions.eventDate,
        windowStart: editions.windowStart,
        windowEnd: editions.windowEnd,
      },
      answered: sql<number>`(${count(isNotNull(c.answeredAt))})::integer`,
      settled: sql<number>`(${count(not(unsettled(c)!))})::integer`,
      streakBefore: sql<number>`(${count(
        and(eq(c.credit, 1), lt(c.position, position), sql`${c.position} > coalesce((${lastBreak}), -1)`),
      )})::integer`,
      question: attemptQuestions,
    })
    .from(attempts)
    .innerJoin(editions, eq(editions.id, attempts.editionId))
    .leftJoin(
      attemptQuestions,
      and(
        ofAttempt(attemptQuestions),
        sql`(${attemptQuestions.position} = ${position} or (${position} is null and ${unsettled(attemptQuestions)}
          and ${attemptQuestions.position} <= coalesce((${secondOpen}), ${attemptQuestions.position})))`,
      ),
    )
    .where(eq(attempts.id, sql.placeholder('attemptId')))
    .orderBy(asc(attemptQuestions.position))
    .prepare(name);
});

/** The attempt for a play request: `position` for an answer to it, none to find the question to play. */
export async function loadAttempt(
  db: DbOrTx,
  attemptId: string,
  position: number | null = null,
): Promise<LoadedAttempt | undefined> {
  const rows = await loadAttemptStatement(db).execute({ attemptId, position });
  const first = rows[0];
  if (!first) return undefined;
  return {
    attempt: first.attempt,
    edition: first.edition,
    counts: { answered: first.answered, settled: first.settled },
    questions: rows.flatMap((r) => (r.question ? [r.question] : [])),
    streakBefore: first.streakBefore,
  };
}

/** An attempt's totals, for its summary. */
export async function summaryTotals(db: DbOrTx, attemptId: string) {
  const [row] = await db
    .select({
      module: attempts.module,
      status: attempts.status,
      score: sql<number>`coalesce(sum(${attemptQuestions.credit}), 0)::float8`,
      points: sql<number>`coalesce(sum(${attemptQuestions.points}), 0)::integer`,
      answered: sql<number>`count(${attemptQuestions.answeredAt})::integer`,
      total: sql<number>`count(${attemptQuestions.position})::integer`,
    })
    .from(attempts)
    .leftJoin(attemptQuestions, eq(attemptQuestions.attemptId, attempts.id))
    .where(eq(attempts.id, attemptId))
    .groupBy(attempts.id);
  return row;
}

export type AnswerValues = Pick<
  AttemptQuestionRow,
  'answeredAt' | 'answerKey' | 'response' | 'credit' | 'points' | 'late'
>;

/**
 * Stores an answer if the question is still open: served, not answered, not timed out,
 * and its attempt still in progress. One statement, so the database settles races (a
 * retry arriving twice, the window closing the attempt) without an explicit lock: a
 * concurrent writer of the same row makes this one wait and then re-check the conditions.
 * Returns whether this call stored it.
 */
// Placeholders are sent as they are (no column encoding), hence the casts and the strings.
const recordAnswerStatement = preparedStatement('play_record_answer', (db, name) =>
  db
    .update(attemptQuestions)
    .set({
      answeredAt: sql`${sql.placeholder('answeredAt')}::timestamptz`,
      answerKey: sql`${sql.placeholder('answerKey')}`,
      response: sql`${sql.placeholder('response')}::jsonb`,
      credit: sql`${sql.placeholder('credit')}::numeric`,
      points: sql`${sql.placeholder('points')}::integer`,
      late: sql`${sql.placeholder('late')}`,
    })
    .where(
      and(
        eq(attemptQuestions.attemptId, sql.placeholder('attemptId')),
        eq(attemptQuestions.position, sql.placeholder('position')),
        isNotNull(attemptQuestions.servedAt),
        isNull(attemptQuestions.answeredAt),
        isNull(attemptQuestions.late),
        exists(
          db
            .select({ one: sql`1` })
            .from(attempts)
            .where(and(eq(attempts.id, sql.placeholder('attemptId')), eq(attempts.status, 'in_progress'))),
        ),
      ),
    )
    .returning({ position: attemptQuestions.position })
    .prepare(name),
);

export async function recordAnswer(
  db: DbOrTx,
  attemptId: string,
  position: number,
  values: AnswerValues,
): Promise<boolean> {
  const updated = await recordAnswerStatement(db).execute({
    attemptId,
    position,
    answeredAt: values.answeredAt?.toISOString() ?? null,
    answerKey: values.answerKey,
    response: JSON.stringify(values.response),
    credit: values.credit,
    points: values.points,
    late: values.late,
  });
  return updated.length > 0;
}

/** Questions of an attempt whose time ran out unanswered; never overwrites an answer stored meanwhile. */
export async function markTimedOut(db: DbOrTx, attemptId: string, positions?: number[]): Promise<void> {
  await db
    .update(attemptQuestions)
    .set({ late: 'timed_out', credit: 0, points: 0 })
    .where(
      and(
        eq(attemptQuestions.attemptId, attemptId),
        positions ? inArray(attemptQuestions.position, positions) : undefined,
        isNotNull(attemptQuestions.servedAt),
        isNull(attemptQuestions.answeredAt),
        isNull(attemptQuestions.late),
      ),
    );
}

/**
 * Records when a question was first shown and returns the stored time: `at` when this call
 * served it, or the earlier time when a concurrent request (the play state and the current
 * question asked at once) served it first. The clock of a question never restarts.
 */
const markServedStatement = preparedStatement('play_mark_served', (db, name) =>
  db
    .update(attemptQuestions)
    .set({ servedAt: sql`${sql.placeholder('at')}::timestamptz` })
    .where(
      and(
        eq(attemptQuestions.attemptId, sql.placeholder('attemptId')),
        eq(attemptQuestions.position, sql.placeholder('position')),
        isNull(attemptQuestions.servedAt),
      ),
    )
    .returning({ servedAt: attemptQuestions.servedAt })
    .prepare(name),
);

export async function markServed(db: DbOrTx, attemptId: string, position: number, at: Date): Promise<Date> {
  const [updated] = await markServedStatement(db).execute({ attemptId, position, at: at.toISOString() });
  if (updated?.servedAt) return updated.servedAt;
  const where = and(eq(attemptQuestions.attemptId, attemptId), eq(attemptQuestions.position, position));
  const [existing] = await db
    .select({ servedAt: attemptQuestions.servedAt })
    .from(attemptQuestions)
    .where(where);
  return existing?.servedAt ?? at;
}

export async function finishAttempt(db: DbOrTx, id: string, status: 'finished' | 'closed', at: Date) {
  await db.update(attempts).set({ status, finishedAt: at }).where(eq(attempts.id, id));
}

type VersionContent = (typeof questionVersions.$inferSelect)['content'];

/**
 * Question versions are immutable (an edit makes a new version; nothing updates a version
 * row), so their content is cached per process by id: a played question is read three
 * times per answer cycle (serve, score, feedback) by thousands of players at once. The
 * ids are random UUIDs, so the cache is safe across databases in one process (tests).
 * Bounded: the oldest entries go first once VERSION_CACHE_SIZE is reached.
 */
const VERSION_CACHE_SIZE = 5000;
const versionCache = new Map<string, VersionContent>();

export async function versionContents(db: DbOrTx, versionIds: string[]) {
  const found = new Map<string, VersionContent>();
  const missing: string[] = [];
  for (const id of versionIds) {
    const cached = versionCache.get(id);
    if (cached) found.set(id, cached);
    else missing.push(id);
  }
  if (missing.length === 0) return found;
  const rows = await db
    .select({ id: questionVersions.id, content: questionVersions.content })
    .from(questionVersions)
    .where(inArray(questionVersions.id, missing));
  for (const r of rows) {
    found.set(r.id, r.content);
    if (versionCache.size >= VERSION_CACHE_SIZE) versionCache.delete(versionCache.keys().next().value!);
    versionCache.set(r.id, r.content);
  }
  return found;
}

export async function incrementTabHidden(db: DbOrTx, attemptId: string, position: number) {
  await db
    .update(attemptQuestions)
    .set({ tabHidden: sql`${attemptQuestions.tabHidden} + 1` })
    .where(and(eq(attemptQuestions.attemptId, attemptId), eq(attemptQuestions.position, position)));
}

export async function openAttemptsStartedBefore(db: DbOrTx, editionId: string, before: Date) {
  return db
    .select({ id: attempts.id })
    .from(attempts)
    .where(
      and(
        eq(attempts.editionId, editionId),
        eq(attempts.status, 'in_progress'),
        lt(attempts.startedAt, before),
      ),
    );
}

export async function setLeaderboardPreference(
  db: DbOrTx,
  editionId: string,
  userId: string,
  display: 'full' | 'initials' | 'hidden',
) {
  await db
    .insert(leaderboardPreferences)
    .values({ editionId, userId, display })
    .onConflictDoUpdate({
      target: [leaderboardPreferences.editionId, leaderboardPreferences.userId],
      set: { display },
    });
}

export async function leaderboardPreference(db: DbOrTx, editionId: string, userId: string) {
  const [row] = await db
    .select({ display: leaderboardPreferences.display })
    .from(leaderboardPreferences)
    .where(and(eq(leaderboardPreferences.editionId, editionId), eq(leaderboardPreferences.userId, userId)));
  return row?.display ?? 'initials';
}

export async function userJobRole(db: DbOrTx, userId: string) {
  const [row] = await db.select({ jobRole: users.jobRole }).from(users).where(eq(users.id, userId));
  return row?.jobRole ?? null;
}

/** Live figures for staff watching the event. */
export async function liveFigures(db: DbOrTx, editionId: string, now: Date) {
  const result = await db.execute(sql`
    SELECT
      count(*) FILTER (WHERE a.status = 'in_progress')::int AS in_progress,
      count(*)::int AS started,
      count(*) FILTER (WHERE a.status <> 'in_progress')::int AS finished,
      (SELECT count(DISTINCT a2.user_id)::int FROM ${attempts} a2 JOIN ${attemptQuestions} q2 ON q2.attempt_id = a2.id
        WHERE a2.edition_id = ${editionId} AND greatest(q2.served_at, q2.answered_at) > ${new Date(now.getTime() - 120_000)}) AS active_now,
      (SELECT count(*)::int FROM ${attempts} a3 JOIN ${attemptQuestions} q3 ON q3.attempt_id = a3.id
        WHERE a3.edition_id = ${editionId} AND q3.answered_at > ${new Date(now.getTime() - 60_000)}) AS answers_last_minute,
      (SELECT count(*)::int FROM ${attempts} a4 JOIN ${attemptQuestions} q4 ON q4.attempt_id = a4.id
        WHERE a4.edition_id = ${editionId} AND q4.late = 'late') AS late_answers
    FROM ${attempts} a WHERE a.edition_id = ${editionId}`);
  const row = (result as unknown as { rows: Array<Record<string, number>> }).rows[0] ?? {};
  return {
    inProgress: row.in_progress ?? 0,
    started: row.started ?? 0,
    finished: row.finished ?? 0,
    activeNow: row.active_now ?? 0,
    answersLastMinute: row.answers_last_minute ?? 0,
    lateAnswers: row.late_answers ?? 0,
  };
}
