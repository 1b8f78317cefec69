import { type PlayWindow, playWindow, windowPhase } from '../../../domain/event-window.ts';
import { seedFromString } from '../../../domain/random.ts';
import { buildAttemptOrder } from '../../../domain/scoring/attempt-order.ts';
import { type AnswerResponse, type Credit, evaluateAnswer } from '../../../domain/scoring/evaluate.ts';
import { shuffleOptions, toDisplayIndex, toStoredResponse } from '../../../domain/scoring/option-order.ts';
import { nextStreak, pointsForAnswer } from '../../../domain/scoring/points.ts';
import { DEFAULT_GRACE_MS, isLate, remainingMs } from '../../../domain/scoring/timing.ts';
import type { StoredQuestionContent } from '../../db/schema/index.ts';
import type { PlayModule } from '../../db/schema/play.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError, conflict, forbidden, isUniqueViolation, notFound } from '../../lib/errors.ts';
import { findEditionByYear } from '../editions/repository.ts';
import { mediaPath } from '../media/urls.ts';
import { sendMembersNotification } from '../results/notification-repository.ts';
import { announceAnswer } from '../results/notify.ts';
import * as repo from './repository.ts';

const GRACE_MS = DEFAULT_GRACE_MS;

export async function editionWindow(ctx: AppContext, year: number) {
  const edition = await findEditionByYear(ctx.db, year);
  if (!edition) throw notFound(`Edition ${year}`);
  if (!edition.eventDate) throw new AppError(409, 'no_event_date', 'This edition has no event date yet.');
  const window = playWindow(
    edition.eventDate,
    edition.windowStart.slice(0, 5),
    edition.windowEnd.slice(0, 5),
  );
  return { edition, window };
}

/** Which modules a person may play: the core quiz, plus the manager module for managers. */
async function allowedModules(ctx: AppContext, editionId: string, userId: string): Promise<PlayModule[]> {
  const membership = await repo.confirmedMembership(ctx.db, editionId, userId);
  if (!membership) return [];
  return membership.role === 'manager' ? ['core', 'manager'] : ['core'];
}

export interface PlayStateOptions {
  /**
   * Also return the question of the attempt in progress, exactly as `currentQuestion` does
   * (serving it, so its clock starts): for a page that shows it at once, saving a request.
   */
  withCurrent?: boolean;
}

export async function playState(
  ctx: AppContext,
  userId: string,
  year: number,
  options: PlayStateOptions = {},
) {
  const { edition, window } = await editionWindow(ctx, year);
  const now = ctx.clock.now().getTime();
  const phase = windowPhase(window, now);
  if (phase === 'after') await closeOpenAttempts(ctx, edition.id, window);
  const modules = await allowedModules(ctx, edition.id, userId);
  let attempts = await repo.attemptsOf(ctx.db, edition.id, userId);
  let current: Awaited<ReturnType<typeof currentQuestion>> | undefined;
  if (options.withCurrent && phase === 'open') {
    // The attempt the page resumes: the first module (core before manager) in progress.
    const resumed = modules
      .map((module) => attempts.find((a) => a.module === module))
      .find((a) => a?.status === 'in_progress');
    if (resumed) {
      current = await currentQuestion(ctx, userId, resumed.id);
      // Serving may have ended the attempt (every question timed out): report its new status.
      if (current.done) attempts = await repo.attemptsOf(ctx.db, edition.id, userId);
    }
  }
  return {
    edition: { id: edition.id, year: edition.year, name: edition.name },
    phase,
    now: new Date(now).toISOString(),
    opensAt: new Date(window.opensAt).toISOString(),
    closesAt: new Date(window.closesAt).toISOString(),
    eligible: modules.length > 0,
    leaderboardDisplay: await repo.leaderboardPreference(ctx.db, edition.id, userId),
    modules: modules.map((module) => {
      const attempt = attempts.find((a) => a.module === module);
      return {
        module,
        attemptId: attempt?.id ?? null,
        status: attempt?.status ?? ('not_started' as const),
        questionCount: attempt?.questionCount ?? null,
      };
    }),
    ...(current ? { current } : {}),
  };
}

/**
 * Starts the one attempt a person gets for a module. The order of questions (balanced over
 * themes) and of each question's options are drawn once, here, and stored.
 */
export async function startAttempt(ctx: AppContext, userId: string, year: number, module: PlayModule) {
  const { edition, window } = await editionWindow(ctx, year);
  const now = ctx.clock.now();
  const phase = windowPhase(window, now.getTime());
  if (phase !== 'open') {
    throw new AppError(
      409,
      phase === 'before' ? 'window_not_open' : 'window_closed',
      `The quiz is ${phase === 'before' ? 'not open yet' : 'closed'}.`,
    );
  }
  const modules = await allowedModules(ctx, edition.id, userId);
  if (!modules.includes(module)) {
    throw forbidden(
      module === 'manager'
        ? 'The manager module is for managers only.'
        : 'You are not registered for this quiz.',
    );
  }
  const pool = await repo.playableQuestions(ctx.db, edition.id, module);
  if (pool.length === 0) throw new AppError(409, 'no_questions', 'This quiz has no approved questions yet.');
  const accommodation = await repo.findAccommodation(ctx.db, edition.id, userId);
  const factor = accommodation?.extraTimeFactor ?? 1;
  const seed = seedFromString(`${edition.id}:${userId}:${module}`);
  const ordered = buildAttemptOrder(pool, seed);
  try {
    return await ctx.db.transaction(async (tx) => {
      const attempt = await repo.insertAttempt(tx, {
        editionId: edition.id,
        userId,
        module,
        extraTimeFactor: factor,
        questionCount: ordered.length,
        startedAt: now,
      });
      await repo.insertAttemptQuestions(
        tx,
        ordered.map((q, position) => ({
          attemptId: attempt.id,
          position,
          questionId: q.id,
          versionId: q.versionId,
          optionOrder: shuffleOptions(
            q.content.type,
            q.content.options.length,
            seedFromString(`${seed}:${q.id}`),
          ),
          limitMs: Math.round(
            (q.content.timeLimitSeconds ?? edition.defaultTimeLimitSeconds) * 1000 * factor,
          ),
        })),
      );
      return { attemptId: attempt.id, questionCount: ordered.length };
    });
  } catch (err) {
    if (isUniqueViolation(err, 'attempts_one_per_module')) {
      throw conflict('attempt_exists', 'You have already started this quiz; it continues where you were.');
    }
    throw err;
  }
}

/**
 * The attempt with its window and the questions worked on (`loadAttempt`), if it is this
 * person's (otherwise 404, never 403).
 */
async function ownAttempt(
  ctx: AppContext,
  userId: string,
  attemptId: string,
  position: number | null = null,
): Promise<repo.LoadedAttempt> {
  const loaded = await repo.loadAttempt(ctx.db, attemptId, position);
  if (!loaded || loaded.attempt.userId !== userId) throw notFound('Attempt');
  return loaded;
}

function windowOf(edition: repo.LoadedAttempt['edition']): PlayWindow {
  if (!edition.eventDate) throw notFound('Edition');
  return playWindow(edition.eventDate, edition.windowStart.slice(0, 5), edition.windowEnd.slice(0, 5));
}

/** A question as the participant sees it: never which answer is right. */
function presentQuestion(content: StoredQuestionContent, optionOrder: number[]) {
  return {
    type: content.type,
    stem: content.stem,
    stemFormat: content.stemFormat,
    imageId: content.imageId ?? null,
    imageUrl: content.imageId ? mediaPath(content.imageId) : null,
    imageAlt: content.imageId ? (content.imageAlt ?? '') : null,
    options: optionOrder.map((stored) => ({ text: content.options[stored]!.text })),
  };
}

const isSettled = (row: repo.AttemptQuestionRow): boolean => row.answeredAt !== null || row.late !== null;

/**
 * The question to show now. Serving is recorded once; a reload returns the same question
 * with the time that is left. Questions whose time (plus grace) ran out count as not
 * answered and are skipped; when none are left, or the window has closed, the attempt ends.
 */
export async function currentQuestion(ctx: AppContext, userId: string, attemptId: string) {
  const { attempt, edition, counts, questions: open } = await ownAttempt(ctx, userId, attemptId);
  const window = windowOf(edition);
  const now = ctx.clock.now();
  if (attempt.status === 'in_progress' && now.getTime() >= window.closesAt) {
    await closeAttempt(ctx, attempt.id, 'closed', new Date(window.closesAt));
  }
  if (attempt.status !== 'in_progress' || now.getTime() >= window.closesAt) {
    return { done: true as const, summary: await summary(ctx, attempt.id) };
  }
  const expired: number[] = [];
  for (const row of open) {
    if (row.servedAt && now.getTime() > row.servedAt.getTime() + row.limitMs + GRACE_MS) {
      expired.push(row.position);
      continue;
    }
    if (expired.length > 0) await repo.markTimedOut(ctx.db, attempt.id, expired);
    const servedAt = row.servedAt ?? (await repo.markServed(ctx.db, attempt.id, row.position, now));
    const content = (await repo.versionContents(ctx.db, [row.versionId])).get(row.versionId)!;
    return {
      done: false as const,
      attemptId: attempt.id,
      module: attempt.module,
      position: row.position,
      total: attempt.questionCount,
      answered: counts.answered,
      limitMs: row.limitMs,
      remainingMs: remainingMs(servedAt.getTime(), now.getTime(), row.limitMs),
      question: presentQuestion(content, row.optionOrder),
    };
  }
  await closeAttempt(ctx, attempt.id, 'finished', now);
  return { done: true as const, summary: await summary(ctx, attempt.id) };
}

export interface AnswerInput {
  position: number;
  /** Client-generated idempotency key: a retried request with the same key gets the same result. */
  key: string;
  /** Display positions: one number, or a list (multiple response, ordering). */
  response: AnswerResponse;
}

/**
 * Records an answer. Only the first answer to a question counts; the same key again returns
 * the stored result (a retry after a lost connection). The answer is acknowledged only after
 * it is stored. Two round trips: the attempt as it stands, then one conditional write (see
 * `recordAnswer`), which settles races with a retry or the attempt's end in the database.
 */
export async function submitAnswer(ctx: AppContext, userId: string, attemptId: string, input: AnswerInput) {
  const loaded = await ownAttempt(ctx, userId, attemptId, input.position);
  const { attempt } = loaded;
  const now = ctx.clock.now();
  const row = loaded.questions.find((q) => q.position === input.position);
  if (!row) throw notFound('Question in this attempt');
  if (isSettled(row)) return repeatedAnswer(ctx, loaded, row, input.key);
  if (!row.servedAt) throw conflict('not_served', 'Answer the current question first.');
  if (attempt.status !== 'in_progress') throw attemptEnded();
  const content = (await repo.versionContents(ctx.db, [row.versionId])).get(row.versionId)!;
  const stored = toStoredResponse(row.optionOrder, input.response);
  if (!stored.ok)
    throw new AppError(400, stored.error.code, stored.error.message, {
      fields: [{ field: 'response', code: stored.error.code, message: stored.error.message }],
    });
  const evaluation = evaluateAnswer(content, stored.value);
  if (!evaluation.ok) {
    throw new AppError(400, evaluation.error.code, evaluation.error.message, {
      fields: [{ field: 'response', code: evaluation.error.code, message: evaluation.error.message }],
    });
  }
  const late = isLate(row.servedAt.getTime(), now.getTime(), row.limitMs, 1, GRACE_MS);
  const credit: Credit = late ? 0 : evaluation.value.credit;
  const values: repo.AnswerValues = {
    answeredAt: now,
    answerKey: input.key,
    response: stored.value as number | number[],
    credit,
    points: pointsForAnswer({
      credit,
      elapsedMs: now.getTime() - row.servedAt.getTime(),
      limitMs: row.limitMs,
      questionCount: attempt.questionCount,
    }).total,
    late: late ? 'late' : 'in_time',
  };
  if (!(await repo.recordAnswer(ctx.db, attempt.id, input.position, values))) {
    // Something else settled it since we read it: the same answer sent twice, the question
    // timing out, or the window closing the attempt. The stored state decides.
    const again = await ownAttempt(ctx, userId, attemptId, input.position);
    const settled = again.questions.find((q) => q.position === input.position);
    if (settled && isSettled(settled)) return repeatedAnswer(ctx, again, settled, input.key);
    throw attemptEnded();
  }
  announceAnswer(ctx, attempt.editionId);
  // Now settled too: one more than the counts read before.
  return feedback(
    content,
    { ...row, ...values },
    {
      ...loaded,
      counts: { answered: loaded.counts.answered + 1, settled: loaded.counts.settled + 1 },
    },
  );
}

const attemptEnded = () => conflict('attempt_ended', 'This quiz has ended.');

/** An answer to a question that is already settled: the same key gets the stored result. */
async function repeatedAnswer(
  ctx: AppContext,
  loaded: repo.LoadedAttempt,
  row: repo.AttemptQuestionRow,
  key: string,
) {
  if (row.answerKey !== key) {
    throw conflict('already_answered', 'This question has already been answered; the first answer counts.');
  }
  const content = (await repo.versionContents(ctx.db, [row.versionId])).get(row.versionId)!;
  return feedback(content, row, loaded);
}

/** What the participant learns after answering: right or wrong, the right answer, the explanation, points, streak. */
function feedback(
  content: StoredQuestionContent,
  row: repo.AttemptQuestionRow,
  loaded: Pick<repo.LoadedAttempt, 'attempt' | 'counts' | 'streakBefore'>,
) {
  const streak =
    row.credit !== null ? nextStreak(loaded.streakBefore, Number(row.credit) as Credit) : loaded.streakBefore;
  const display = (stored: number) => toDisplayIndex(row.optionOrder, stored)!;
  const correctDisplay =
    content.type === 'ordering'
      ? content.options.map((_o, stored) => display(stored))
      : content.options.flatMap((o, stored) => (o.correct ? [display(stored)] : []));
  return {
    position: row.position,
    credit: Number(row.credit ?? 0),
    correct: Number(row.credit ?? 0) === 1,
    late: row.late === 'late',
    points: row.points ?? 0,
    streak,
    /** For ordering: the display positions in the right order; otherwise the right options' positions. */
    correctOptions: correctDisplay,
    explanation: content.explanation,
    optionFeedback: row.optionOrder.map((stored) => content.options[stored]!.feedback ?? null),
    progress: { answered: loaded.counts.settled, total: loaded.attempt.questionCount },
  };
}

export async function summary(ctx: AppContext, attemptId: string) {
  const totals = (await repo.summaryTotals(ctx.db, attemptId))!;
  return { attemptId, ...totals };
}

async function closeAttempt(ctx: AppContext, attemptId: string, status: 'finished' | 'closed', at: Date) {
  await ctx.db.transaction(async (tx) => {
    const attempt = await repo.findAttempt(tx, attemptId, true);
    if (attempt?.status !== 'in_progress') return;
    await repo.markTimedOut(tx, attemptId);
    await repo.finishAttempt(tx, attemptId, status, at);
  });
}

/** Closes every open attempt of an edition whose window has closed (run by a job and lazily). */
export async function closeOpenAttempts(
  ctx: AppContext,
  editionId: string,
  window: PlayWindow,
): Promise<number> {
  const now = ctx.clock.now().getTime();
  if (now < window.closesAt) return 0;
  const open = await repo.openAttemptsStartedBefore(ctx.db, editionId, new Date(window.closesAt));
  for (const { id } of open) await closeAttempt(ctx, id, 'closed', new Date(window.closesAt));
  return open.length;
}

export async function recordTabHidden(ctx: AppContext, userId: string, attemptId: string, position: number) {
  const attempt = await repo.findAttempt(ctx.db, attemptId);
  if (!attempt || attempt.userId !== userId) throw notFound('Attempt');
  await repo.incrementTabHidden(ctx.db, attempt.id, position);
}

export async function setLeaderboardDisplay(
  ctx: AppContext,
  userId: string,
  year: number,
  display: 'full' | 'initials' | 'hidden',
) {
  const { edition } = await editionWindow(ctx, year);
  await repo.setLeaderboardPreference(ctx.db, edition.id, userId, display);
  // Boards keep their members for a while (live-hub.ts): someone hiding their name must not wait.
  await sendMembersNotification(ctx.db, edition.id);
}
