/**
 * Read-only SQL over the records other modules write (team members, attempts, answers,
 * question versions). Results are a read model: they never change those tables, and
 * they read them here in bulk rather than through per-person service calls, because an
 * edition's results need every answer at once.
 */
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import {
  attemptQuestions,
  attempts,
  leaderboardPreferences,
  objectives,
  organizations,
  questions,
  questionVersions,
  resultExclusions,
  teamMembers,
  teams,
  users,
} from '../../db/schema/index.ts';

/** An active answer exclusion joined onto attempt_questions `q`. */
const answerExcluded = and(
  eq(resultExclusions.attemptId, attemptQuestions.attemptId),
  eq(resultExclusions.position, attemptQuestions.position),
  sql`${resultExclusions.revokedAt} IS NULL`,
);

/**
 * Confirmed team members of an edition, with their team, organisation and leaderboard
 * choice; optionally of one organisation or one person.
 */
export async function confirmedMembers(
  db: DbOrTx,
  editionId: string,
  only: { organizationId?: string; userId?: string } = {},
) {
  return db
    .select({
      userId: teamMembers.userId,
      teamId: teamMembers.teamId,
      role: teamMembers.role,
      name: users.name,
      locale: users.locale,
      teamName: teams.name,
      organizationId: teams.organizationId,
      organizationName: organizations.name,
      display: sql<'full' | 'initials' | 'hidden'>`coalesce(${leaderboardPreferences.display}, 'initials')`,
    })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .innerJoin(organizations, eq(organizations.id, teams.organizationId))
    .leftJoin(
      leaderboardPreferences,
      and(
        eq(leaderboardPreferences.editionId, teamMembers.editionId),
        eq(leaderboardPreferences.userId, teamMembers.userId),
      ),
    )
    .where(
      and(
        eq(teamMembers.editionId, editionId),
        eq(teamMembers.status, 'confirmed'),
        only.organizationId ? eq(teams.organizationId, only.organizationId) : undefined,
        only.userId ? eq(teamMembers.userId, only.userId) : undefined,
      ),
    )
    .orderBy(asc(teamMembers.userId));
}
export type MemberRecord = Awaited<ReturnType<typeof confirmedMembers>>[number];

/** Every team of an edition with its organisation (teams without confirmed members included). */
export async function teamsOfEdition(db: DbOrTx, editionId: string, organizationId?: string) {
  return db
    .select({
      teamId: teams.id,
      teamName: teams.name,
      organizationId: teams.organizationId,
      organizationName: organizations.name,
      invited: sql<number>`(SELECT count(*)::int FROM ${teamMembers} m WHERE m.team_id = ${teams.id} AND m.status = 'invited')`,
      confirmed: sql<number>`(SELECT count(*)::int FROM ${teamMembers} m WHERE m.team_id = ${teams.id} AND m.status = 'confirmed')`,
    })
    .from(teams)
    .innerJoin(organizations, eq(organizations.id, teams.organizationId))
    .where(
      and(
        eq(teams.editionId, editionId),
        organizationId ? eq(teams.organizationId, organizationId) : undefined,
      ),
    )
    .orderBy(asc(organizations.name), asc(teams.name));
}

/**
 * Score and answering time per attempt, summed in the database. Rules (docs/rules.md):
 * an in-time answer counts its credit and its time; a late answer, a timed-out question,
 * an excluded answer and (once the attempt ended) a served but unanswered question count
 * 0 with the full effective limit. The question that is open right now in a running
 * attempt does not count yet. Time is the raw time: the extra-time correction is applied
 * where the summaries are built.
 */
export async function attemptTotals(db: DbOrTx, editionId: string, userId?: string) {
  const counted = sql`(${attemptQuestions.answeredAt} IS NOT NULL AND ${attemptQuestions.late} = 'in_time' AND ${resultExclusions.id} IS NULL)`;
  // Joins only questions that were ever shown: the others add nothing to any total, and early
  // on an event day they are nearly all of them (the live boards run this every second). The
  // left join keeps attempts with none shown yet, with zero totals as before.
  return db
    .select({
      attemptId: attempts.id,
      userId: attempts.userId,
      module: attempts.module,
      status: attempts.status,
      extraTimeFactor: attempts.extraTimeFactor,
      questionCount: attempts.questionCount,
      startedAt: attempts.startedAt,
      finishedAt: attempts.finishedAt,
      score: sql<number>`coalesce(sum(${attemptQuestions.credit}) FILTER (WHERE ${counted}), 0)::float8`,
      timeMs: sql<number>`coalesce(sum(CASE
          WHEN ${attemptQuestions.servedAt} IS NULL THEN 0
          WHEN ${counted} THEN extract(epoch FROM ${attemptQuestions.answeredAt} - ${attemptQuestions.servedAt}) * 1000
          WHEN ${attemptQuestions.late} IS NOT NULL OR ${resultExclusions.id} IS NOT NULL OR ${attempts.status} <> 'in_progress'
            THEN ${attemptQuestions.limitMs}
          ELSE 0 END), 0)::float8`,
      served: sql<number>`count(${attemptQuestions.servedAt})::int`,
      answered: sql<number>`(count(*) FILTER (WHERE ${counted}))::int`,
      lastActivityMs: sql<
        number | null
      >`(extract(epoch FROM max(greatest(${attemptQuestions.servedAt}, ${attemptQuestions.answeredAt}))) * 1000)::float8`,
    })
    .from(attempts)
    .leftJoin(
      attemptQuestions,
      and(eq(attemptQuestions.attemptId, attempts.id), isNotNull(attemptQuestions.servedAt)),
    )
    .leftJoin(resultExclusions, answerExcluded)
    .where(and(eq(attempts.editionId, editionId), userId ? eq(attempts.userId, userId) : undefined))
    .groupBy(attempts.id)
    .orderBy(asc(attempts.id));
}
export type AttemptTotalsRecord = Awaited<ReturnType<typeof attemptTotals>>[number];

/**
 * Returns the one shared copy of each distinct string it is given. The database driver
 * makes a new string per row, so without this an edition's millions of answer records
 * would each carry their own copies of the same attempt, person and question ids.
 */
export function createInterner(): <T extends string>(value: T) => T {
  const seen = new Map<string, string>();
  return <T extends string>(value: T): T => {
    const shared = seen.get(value);
    if (shared !== undefined) return shared as T;
    seen.set(value, value);
    return value;
  };
}

/** Epoch milliseconds of a timestamp column, computed in the database (no Date per row). */
const epochMs = (column: AnyPgColumn) =>
  sql<number | null>`(floor(extract(epoch FROM ${column}) * 1000))::float8`;

/**
 * A served question, as the flags, the learning curve and the item analysis read it. An
 * edition has millions of these and they are all held at once, so the record is kept
 * small (docs/performance.md, results computation): times are epoch milliseconds
 * instead of `Date`s, strings are shared (see createInterner), and fields nobody reads
 * (the time limit) are not loaded.
 */
export interface ServedAnswerRecord {
  attemptId: string;
  userId: string;
  module: 'core' | 'manager';
  attemptStatus: 'in_progress' | 'finished' | 'closed';
  position: number;
  questionId: string;
  versionId: string;
  /** When the question was served, epoch ms. */
  servedAtMs: number;
  /** When it was answered, epoch ms; null when not answered (timed out, or still open). */
  answeredAtMs: number | null;
  /** The response in stored option indices. */
  response: number | number[] | null;
  credit: number | null;
  late: 'in_time' | 'late' | 'timed_out' | null;
  tabHidden: number;
  excluded: boolean;
}

/**
 * Every served question of an edition's attempts (or of one person), with what the
 * flags, the learning curve and the item analysis need, in attempt and position order.
 */
export async function servedAnswers(
  db: DbOrTx,
  editionId: string,
  userId?: string,
): Promise<ServedAnswerRecord[]> {
  const rows = await db
    .select({
      attemptId: attempts.id,
      userId: attempts.userId,
      module: attempts.module,
      attemptStatus: attempts.status,
      position: attemptQuestions.position,
      questionId: attemptQuestions.questionId,
      versionId: attemptQuestions.versionId,
      servedAtMs: epochMs(attemptQuestions.servedAt),
      answeredAtMs: epochMs(attemptQuestions.answeredAt),
      response: attemptQuestions.response,
      credit: attemptQuestions.credit,
      late: attemptQuestions.late,
      tabHidden: attemptQuestions.tabHidden,
      excluded: sql<boolean>`(${resultExclusions.id} IS NOT NULL)`,
    })
    .from(attempts)
    .innerJoin(attemptQuestions, eq(attemptQuestions.attemptId, attempts.id))
    .leftJoin(resultExclusions, answerExcluded)
    .where(
      and(
        eq(attempts.editionId, editionId),
        isNotNull(attemptQuestions.servedAt),
        userId ? eq(attempts.userId, userId) : undefined,
      ),
    )
    .orderBy(asc(attempts.id), asc(attemptQuestions.position));
  // Each driver row is replaced, in the same array, by a record of one fixed shape with
  // shared strings, so the rows can be collected while the records are built (a second
  // array would hold both at once).
  const intern = createInterner();
  const records = rows as unknown as ServedAnswerRecord[];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    records[i] = {
      attemptId: intern(r.attemptId),
      userId: intern(r.userId),
      module: intern(r.module),
      attemptStatus: intern(r.attemptStatus),
      position: r.position,
      questionId: intern(r.questionId),
      versionId: intern(r.versionId),
      servedAtMs: r.servedAtMs!, // served_at IS NOT NULL above
      answeredAtMs: r.answeredAtMs,
      response: r.response,
      credit: r.credit,
      late: r.late === null ? null : intern(r.late),
      tabHidden: r.tabHidden,
      excluded: r.excluded,
    };
  }
  return records;
}

/** Question versions with their question's pool and the objective and theme they belong to. */
export async function versionsWithObjective(db: DbOrTx, versionIds: string[]) {
  if (versionIds.length === 0) return [];
  return db
    .select({
      versionId: questionVersions.id,
      questionId: questionVersions.questionId,
      version: questionVersions.version,
      objectiveId: questionVersions.objectiveId,
      themeId: objectives.themeId,
      pool: questions.pool,
      content: questionVersions.content,
    })
    .from(questionVersions)
    .innerJoin(questions, eq(questions.id, questionVersions.questionId))
    .innerJoin(objectives, eq(objectives.id, questionVersions.objectiveId))
    .where(inArray(questionVersions.id, versionIds));
}
export type VersionRecord = Awaited<ReturnType<typeof versionsWithObjective>>[number];

/**
 * Credit and number of counted questions per person and learning objective in the core
 * quiz (the one everybody plays): the basis of the theme and objective comparisons.
 * A served question counts once it was answered, timed out, or the attempt ended.
 */
export async function coreObjectiveTotals(db: DbOrTx, editionId: string) {
  return db
    .select({
      userId: attempts.userId,
      objectiveId: questionVersions.objectiveId,
      credit: sql<number>`coalesce(sum(${attemptQuestions.credit}), 0)::float8`,
      counted: sql<number>`count(*)::int`,
    })
    .from(attempts)
    .innerJoin(attemptQuestions, eq(attemptQuestions.attemptId, attempts.id))
    .innerJoin(questionVersions, eq(questionVersions.id, attemptQuestions.versionId))
    .where(
      and(
        eq(attempts.editionId, editionId),
        eq(attempts.module, 'core'),
        isNotNull(attemptQuestions.servedAt),
        sql`(${attemptQuestions.answeredAt} IS NOT NULL OR ${attemptQuestions.late} IS NOT NULL OR ${attempts.status} <> 'in_progress')`,
      ),
    )
    .groupBy(attempts.userId, questionVersions.objectiveId);
}
export type ObjectiveTotalsRecord = Awaited<ReturnType<typeof coreObjectiveTotals>>[number];

/**
 * Every team member of an edition (any status) with name, team and leaderboard choice:
 * the look-up for showing stored results, whose people may have changed status since.
 */
export async function peopleOfEdition(db: DbOrTx, editionId: string) {
  return db
    .select({
      userId: teamMembers.userId,
      name: users.name,
      display: sql<'full' | 'initials' | 'hidden'>`coalesce(${leaderboardPreferences.display}, 'initials')`,
      teamId: teamMembers.teamId,
      teamName: teams.name,
      organizationId: teams.organizationId,
      organizationName: organizations.name,
    })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .innerJoin(organizations, eq(organizations.id, teams.organizationId))
    .leftJoin(
      leaderboardPreferences,
      and(
        eq(leaderboardPreferences.editionId, teamMembers.editionId),
        eq(leaderboardPreferences.userId, teamMembers.userId),
      ),
    )
    .where(eq(teamMembers.editionId, editionId));
}
export type PersonRecord = Awaited<ReturnType<typeof peopleOfEdition>>[number];
