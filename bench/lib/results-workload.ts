/**
 * A generated edition for the results-computation benchmark: the records `computeResults`
 * takes (src/server/modules/results/compute.ts), shaped as the records repository
 * returns them, with answers drawn from a Rasch model with known difficulties and
 * abilities so the benchmark can check that the calibration recovers them. Like the
 * repository's records, times are epoch milliseconds and ids are shared strings (one
 * string per person, attempt and question, not one per record).
 *
 * The design follows production and the `simulate-event` command (docs/results.md):
 * everyone plays the whole core quiz (every approved core question, in a different
 * order), managers also the manager module; the baseline is practice answers (an entry
 * check of 12 random practice questions, then up to ten mails of two questions, with
 * repetitions) from a practice pool that shares no questions with the event day; one in
 * six people learns 0.8–1.8 logits between baseline and event day.
 */
import { mulberry32, type Random } from '../../src/domain/random.ts';
import type { BaselineResponse } from '../../src/server/modules/results/baseline.ts';
import type { ResultsInput } from '../../src/server/modules/results/compute.ts';
import type { ServedAnswerRecord } from '../../src/server/modules/results/records-repository.ts';
import type { AttemptTotalsInput } from '../../src/server/modules/results/summaries.ts';

export interface WorkloadOptions {
  participants: number;
  /** Core quiz length: everybody is served all of them (default 60). */
  coreQuestions?: number;
  managerQuestions?: number;
  practicePool?: number;
  seed?: number;
}

export interface Workload {
  input: ResultsInput;
  /** True difficulties per question id (event and practice pools). */
  difficulties: Map<string, number>;
  coreQuestionIds: string[];
  managerQuestionIds: string[];
  practiceQuestionIds: string[];
  /** The people whose ability grew between baseline and event day. */
  learners: Set<string>;
  counts: { eventAnswers: number; baselineAnswers: number; attempts: number; teams: number };
}

const MINUTE = 60_000;
/** 09:00 on an event day; the play window opens then. */
const WINDOW_OPENS = Date.UTC(2027, 2, 18, 8, 0, 0);
const DEFAULT_LIMIT_MS = 30_000;

function normal(random: Random): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function uniformInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** The Rasch probability of a right answer. */
function rasch(theta: number, difficulty: number): number {
  return 1 / (1 + Math.exp(difficulty - theta));
}

/** Generates the whole edition in memory. Deterministic for a seed. */
export function generateWorkload(options: WorkloadOptions): Workload {
  const random = mulberry32(options.seed ?? 20270318);
  const coreCount = options.coreQuestions ?? 60;
  const managerCount = options.managerQuestions ?? 10;
  const practiceCount = options.practicePool ?? 200;

  const difficulties = new Map<string, number>();
  const makeQuestions = (prefix: string, n: number, shift: number) =>
    Array.from({ length: n }, (_, i) => {
      const id = `${prefix}-${String(i + 1).padStart(4, '0')}`;
      difficulties.set(id, shift + normal(random));
      return id;
    });
  const coreQuestionIds = makeQuestions('core', coreCount, 0);
  const managerQuestionIds = makeQuestions('manager', managerCount, 0.3);
  const practiceQuestionIds = makeQuestions('practice', practiceCount, 0);
  // One version per event question; the records carry both ids.
  const versionOf = new Map([...coreQuestionIds, ...managerQuestionIds].map((id) => [id, `${id}-v1`]));
  const stemCharacters = new Map([...versionOf.values()].map((v) => [v, uniformInt(random, 60, 420)]));

  const members: ResultsInput['members'][number][] = [];
  const totals: AttemptTotalsInput[] = [];
  const answers: ServedAnswerRecord[] = [];
  const baseline: BaselineResponse[] = [];
  const learners = new Set<string>();
  const excludedUserIds = new Set<string>();

  let teamIndex = 0;
  let teamLeft = 0;
  let teamId = '';
  let organizationId = '';
  let organizationTeamsLeft = 0;
  let organizationIndex = 0;
  const practiceOrder = Array.from({ length: practiceCount }, (_, i) => i);

  for (let p = 0; p < options.participants; p++) {
    if (teamLeft === 0) {
      if (organizationTeamsLeft === 0) {
        organizationId = `org-${++organizationIndex}`;
        organizationTeamsLeft = uniformInt(random, 1, 8);
      }
      organizationTeamsLeft--;
      teamId = `team-${++teamIndex}`;
      teamLeft = uniformInt(random, 10, 50);
    }
    teamLeft--;
    const userId = `user-${String(p + 1).padStart(6, '0')}`;
    const roll = random();
    const role = roll < 0.1 ? 'manager' : roll < 0.2 ? 'team_leader' : 'agent';
    members.push({ userId, teamId, role, organizationId });
    if (random() < 0.0002) excludedUserIds.add(userId);

    const thetaBaseline = normal(random);
    const learns = random() < 1 / 6;
    const thetaEvent = thetaBaseline + (learns ? 0.8 + random() : 0);
    if (learns) learners.add(userId);

    // Baseline: 15 % never practise; the others an entry check of 12, then mails of two
    // random practice questions (repetitions happen; the learning curve keeps the first).
    if (random() >= 0.15) {
      for (let k = 0; k < 12; k++) {
        const j = k + Math.floor(random() * (practiceCount - k));
        const tmp = practiceOrder[k]!;
        practiceOrder[k] = practiceOrder[j]!;
        practiceOrder[j] = tmp;
      }
      const asked: number[] = practiceOrder.slice(0, 12);
      const mails = uniformInt(random, 0, 10);
      for (let m = 0; m < mails * 2; m++) asked.push(Math.floor(random() * practiceCount));
      let at = WINDOW_OPENS - 30 * 24 * 60 * MINUTE + Math.floor(random() * 24 * 60 * MINUTE);
      for (const index of asked) {
        const questionId = practiceQuestionIds[index]!;
        baseline.push({
          userId,
          questionId,
          correct: random() < rasch(thetaBaseline, difficulties.get(questionId)!),
          answeredAtMs: at,
        });
        // Spread over the four weeks before the event day: all before the window opens.
        at += uniformInt(random, 1, Math.floor((28 * 24 * 60) / asked.length)) * MINUTE;
      }
    }

    // Event day: 8 % no-shows; most start in the first minutes of the window.
    if (random() < 0.08) continue;
    const extraTimeFactor = random() < 0.03 ? 1.5 : 1;
    const suspicious = random() < 0.01;
    const playModule = (
      module: 'core' | 'manager',
      questionIds: readonly string[],
      startAt: number,
    ): number => {
      const attemptId = `${userId}-${module}`;
      const order = [...questionIds];
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const tmp = order[i]!;
        order[i] = order[j]!;
        order[j] = tmp;
      }
      // 3 % are still playing when the window closes: closed with the rest unserved.
      const closed = random() < 0.03;
      const served = closed ? uniformInt(random, 1, order.length) : order.length;
      const limitMs = DEFAULT_LIMIT_MS * extraTimeFactor;
      let at = startAt;
      let score = 0;
      let timeMs = 0;
      let lastActivity: number | null = null;
      for (let position = 0; position < served; position++) {
        const questionId = order[position]!;
        const servedAt = at;
        const unanswered = closed && position === served - 1;
        const timedOut = !unanswered && random() < 0.015;
        const late = !unanswered && !timedOut && random() < 0.003;
        const thinkMs = Math.round(
          (suspicious && random() < 0.3 ? 800 : 9000 * Math.exp(0.45 * normal(random))) * extraTimeFactor,
        );
        const right = random() < rasch(thetaEvent, difficulties.get(questionId)!);
        let credit: number | null = null;
        let answeredAtMs: number | null = null;
        let lateCode: 'in_time' | 'late' | 'timed_out' | null = null;
        if (unanswered) {
          timeMs += limitMs;
        } else if (timedOut) {
          lateCode = 'timed_out';
          credit = 0;
          timeMs += limitMs;
          at += limitMs;
        } else {
          const elapsed = late ? limitMs + 3000 : Math.min(thinkMs, limitMs);
          at += elapsed;
          answeredAtMs = at;
          lastActivity = at;
          lateCode = late ? 'late' : 'in_time';
          credit = late ? 0 : right ? 1 : random() < 0.15 ? 0.5 : 0;
          score += credit;
          timeMs += elapsed;
        }
        answers.push({
          attemptId,
          userId,
          module,
          attemptStatus: closed ? 'closed' : 'finished',
          position,
          questionId,
          versionId: versionOf.get(questionId)!,
          servedAtMs: servedAt,
          answeredAtMs,
          // Stored option index(es) as the repository loads them (only the question
          // report reads them); a single-choice pick, without drawing from the generator.
          response: answeredAtMs === null ? null : credit === 1 ? 0 : 1,
          credit,
          late: lateCode,
          tabHidden: suspicious && random() < 0.2 ? 1 : 0,
          excluded: random() < 0.00005,
        });
        at += 500;
      }
      const finishedAt = closed ? WINDOW_OPENS + 8 * 60 * MINUTE : at;
      totals.push({
        userId,
        module,
        status: closed ? 'closed' : 'finished',
        extraTimeFactor,
        startedAt: new Date(startAt),
        finishedAt: new Date(finishedAt),
        score,
        timeMs,
        lastActivityMs: lastActivity,
      });
      return finishedAt;
    };
    // The start burst: most press start in the first two minutes, the rest after lunch.
    const startAt =
      random() < 0.8
        ? WINDOW_OPENS + Math.floor(random() * 2 * MINUTE)
        : WINDOW_OPENS + 4 * 60 * MINUTE + Math.floor(random() * 2 * MINUTE);
    const coreEnd = playModule('core', coreQuestionIds, startAt);
    if (role === 'manager' && managerQuestionIds.length > 0 && random() < 0.85) {
      playModule('manager', managerQuestionIds, coreEnd + MINUTE);
    }
  }

  return {
    input: {
      computedAt: new Date(WINDOW_OPENS + 9 * 60 * MINUTE),
      final: true,
      members,
      totals,
      answers,
      stemCharacters,
      baseline,
      excludedUserIds,
    },
    difficulties,
    coreQuestionIds,
    managerQuestionIds,
    practiceQuestionIds,
    learners,
    counts: {
      eventAnswers: answers.length,
      baselineAnswers: baseline.length,
      attempts: totals.length,
      teams: teamIndex,
    },
  };
}
