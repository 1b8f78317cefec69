/**
 * The learning-curve route of the smartest-employee award, from records to ranking:
 * responses per person per phase → Rasch MML calibration on all of them (stacked, one
 * row per person per phase) → Warm ability per phase → ranking on gain − 2·SE
 * (src/domain/psychometrics). Pure: no database.
 */
import {
  calibrateRasch,
  type LearningGainPerson,
  rankLearningGain,
  stackPhases,
} from '../../../domain/psychometrics/index.ts';
import { compareAscNullLast } from '../../../domain/ranking/competition-rank.ts';
import type { BaselineResponse } from './baseline.ts';
import type {
  CalibrationSummary,
  ItemDifficulty,
  LearningCurveExclusion,
  LearningCurveResult,
} from './results-data.ts';

/** A served event-day question, as the learning curve sees it. */
export interface EventResponseInput {
  userId: string;
  module: 'core' | 'manager';
  attemptStatus: 'in_progress' | 'finished' | 'closed';
  questionId: string;
  /** Epoch ms. */
  answeredAtMs: number | null;
  credit: number | null;
  late: 'in_time' | 'late' | 'timed_out' | null;
  excluded: boolean;
}

export interface LearningCurveInput {
  /** Practice answers before the play window opened (any order). */
  baseline: readonly BaselineResponse[];
  /** Served event-day questions (core and manager module). */
  event: readonly EventResponseInput[];
  /** Confirmed members and their team. */
  teamOf: ReadonlyMap<string, string>;
  excludedUserIds: ReadonlySet<string>;
  /** End of each person's core attempt (the last tie-break), epoch ms. */
  coreFinishedAt: ReadonlyMap<string, number | null>;
}

export interface LearningCurveOutcome {
  ranking: LearningCurveResult[];
  notQualified: LearningCurveExclusion[];
  calibration: CalibrationSummary | null;
  items: ItemDifficulty[];
}

interface PhaseResponses {
  items: number[];
  scores: number[];
}

interface Person {
  userId: string;
  baseline: PhaseResponses;
  /**
   * Core quiz only: the route compares everybody on the same quiz. The same object as
   * `allEvent` as long as everything the person answered on the day is in the core quiz
   * (everyone but the managers), which saves a second copy of millions of responses.
   */
  core: PhaseResponses;
  /** Core and manager module: everything answered on the day, for the calibration. */
  allEvent: PhaseResponses;
}

/**
 * 0/1 score of an event-day question, or null when it carries no information yet.
 * Only a completely right, in-time, not excluded answer is right; half right, wrong,
 * late, timed out, excluded and (after the attempt ended) unanswered count as wrong.
 * The question still open in a running attempt is left out.
 */
export function eventScore(r: EventResponseInput): 0 | 1 | null {
  const settled = r.answeredAtMs !== null || r.late !== null || r.attemptStatus !== 'in_progress';
  if (!settled) return null;
  return !r.excluded && r.late === 'in_time' && r.credit === 1 ? 1 : 0;
}

/** The responses the learning curve works on, grouped per person and phase. */
export interface LearningCurveResponses {
  /** Question ids; the item indices in the response lists point into this. */
  itemNames: string[];
  /** Per person baseline and everything answered on the event day (core and manager module). */
  calibrationRows: LearningGainPerson[];
  /** Per person baseline and the core quiz only (the ranking compares everyone on the same quiz). */
  candidates: LearningGainPerson[];
}

/**
 * Step 1 of the learning curve: records → responses per person per phase. Baseline =
 * the first practice answer per question; event day = the settled served questions
 * (see eventScore). Only confirmed, not excluded members.
 */
export function learningCurveResponses(
  input: Pick<LearningCurveInput, 'baseline' | 'event' | 'teamOf' | 'excludedUserIds'>,
): LearningCurveResponses {
  const itemIndex = new Map<string, number>();
  const itemNames: string[] = [];
  const indexOf = (questionId: string): number => {
    let index = itemIndex.get(questionId);
    if (index === undefined) {
      index = itemNames.length;
      itemIndex.set(questionId, index);
      itemNames.push(questionId);
    }
    return index;
  };
  const people = new Map<string, Person>();
  // Records come grouped by person (answers per attempt), so remembering the last one
  // saves three map lookups per answer: millions at event scale.
  let lastUserId: string | null = null;
  let lastPerson: Person | null = null;
  const personOf = (userId: string): Person | null => {
    if (userId === lastUserId) return lastPerson;
    lastUserId = userId;
    lastPerson = null;
    if (!input.teamOf.has(userId) || input.excludedUserIds.has(userId)) return null;
    let person = people.get(userId);
    if (!person) {
      const allEvent: PhaseResponses = { items: [], scores: [] };
      person = { userId, baseline: { items: [], scores: [] }, core: allEvent, allEvent };
      people.set(userId, person);
    }
    lastPerson = person;
    return person;
  };

  // Baseline: the first practice answer to each question (later repetitions are practice, not baseline).
  // At event scale (two million practice answers) the work is in memory access, so the
  // records are read once, in their own order (grouped by person, so the person lookup is
  // mostly the previous one), into typed arrays; the pass in time order then touches only
  // those. People and questions still get their places in time order, as before.
  // "Seen" is checked in the person's own short list. (docs/performance.md)
  const count = input.baseline.length;
  const times = new Float64Array(count);
  const correct = new Uint8Array(count);
  const slotOfRecord = new Int32Array(count); // the person's slot, −1 when not counted
  const questionOfRecord = new Uint32Array(count);
  const slotUsers: string[] = [];
  const slotOfUser = new Map<string, number>();
  const questionIds: string[] = [];
  const questionSlot = new Map<string, number>();
  let previousUser: string | null = null;
  let previousSlot = -1;
  for (let k = 0; k < count; k++) {
    const r = input.baseline[k]!;
    if (r.userId !== previousUser) {
      previousUser = r.userId;
      previousSlot = -1;
      if (input.teamOf.has(r.userId) && !input.excludedUserIds.has(r.userId)) {
        let slot = slotOfUser.get(r.userId);
        if (slot === undefined) {
          slot = slotUsers.length;
          slotOfUser.set(r.userId, slot);
          slotUsers.push(r.userId);
        }
        previousSlot = slot;
      }
    }
    slotOfRecord[k] = previousSlot;
    let question = questionSlot.get(r.questionId);
    if (question === undefined) {
      question = questionIds.length;
      questionSlot.set(r.questionId, question);
      questionIds.push(r.questionId);
    }
    questionOfRecord[k] = question;
    times[k] = r.answeredAtMs;
    correct[k] = r.correct ? 1 : 0;
  }
  const order = new Uint32Array(count);
  for (let k = 0; k < count; k++) order[k] = k;
  order.sort((a, b) => times[a]! - times[b]! || a - b); // stable: ties keep input order
  const personOfSlot: (Person | undefined)[] = new Array(slotUsers.length);
  const itemOfQuestion = new Int32Array(questionIds.length).fill(-1);
  for (const k of order) {
    const slot = slotOfRecord[k]!;
    if (slot < 0) continue;
    let person = personOfSlot[slot];
    if (!person) {
      person = personOf(slotUsers[slot]!)!;
      personOfSlot[slot] = person;
    }
    const question = questionOfRecord[k]!;
    let item = itemOfQuestion[question]!;
    if (item < 0) {
      item = indexOf(questionIds[question]!);
      itemOfQuestion[question] = item;
    }
    if (person.baseline.items.includes(item)) continue;
    person.baseline.items.push(item);
    person.baseline.scores.push(correct[k]!);
  }
  for (const r of input.event) {
    const score = eventScore(r);
    if (score === null) continue;
    const person = personOf(r.userId);
    if (!person) continue;
    const item = indexOf(r.questionId);
    // A question is served once per attempt; core and manager pools are disjoint.
    if (person.allEvent.items.includes(item)) continue;
    if (r.module !== 'core' && person.core === person.allEvent) {
      // The first answer outside the core quiz: from here on the two lists differ.
      person.core = { items: person.allEvent.items.slice(), scores: person.allEvent.scores.slice() };
    }
    person.allEvent.items.push(item);
    person.allEvent.scores.push(score);
    if (r.module === 'core' && person.core !== person.allEvent) {
      person.core.items.push(item);
      person.core.scores.push(score);
    }
  }

  const all = [...people.values()];
  return {
    itemNames,
    calibrationRows: all.map((p) => ({ personId: p.userId, baseline: p.baseline, event: p.allEvent })),
    candidates: all.map((p) => ({ personId: p.userId, baseline: p.baseline, event: p.core })),
  };
}

export function computeLearningCurve(input: LearningCurveInput): LearningCurveOutcome {
  const { itemNames, calibrationRows, candidates: people } = learningCurveResponses(input);
  const matrix = stackPhases(calibrationRows, itemNames);
  if (matrix.rowCount === 0) return { ranking: [], notQualified: [], calibration: null, items: [] };
  const calibration = calibrateRasch(matrix);

  type Candidate = LearningGainPerson & { finishedAt: number | null };
  const candidates: Candidate[] = people.map((p) => ({
    ...p,
    finishedAt: input.coreFinishedAt.get(p.personId) ?? null,
  }));
  const ranked = rankLearningGain(candidates, calibration.difficulties, {
    tieBreak: (a, b) => compareAscNullLast(a.finishedAt, b.finishedAt),
  });
  const finishedAt = (id: string) => {
    const at = input.coreFinishedAt.get(id);
    return at === undefined || at === null ? null : new Date(at).toISOString();
  };
  const finite = (x: number) => (Number.isFinite(x) ? x : null);
  return {
    ranking: ranked.ranking.map((r) => ({
      rank: r.rank,
      participantId: r.personId,
      teamId: input.teamOf.get(r.personId)!,
      baseline: r.baseline,
      event: r.event,
      gain: r.gain,
      seGain: r.seGain,
      lowerBound: r.lowerBound,
      finishedAt: finishedAt(r.personId),
    })),
    notQualified: ranked.notQualified.map((n) => ({
      participantId: n.personId,
      reason: n.reason,
      baselineResponses: n.baselineResponses,
      eventResponses: n.eventResponses,
    })),
    calibration: {
      items: itemNames.length,
      estimatedItems: calibration.itemStatus.filter((s) => s === 'estimated').length,
      rows: matrix.rowCount,
      iterations: calibration.iterations,
      converged: calibration.converged,
      populationMean: calibration.population.mean,
      populationSd: calibration.population.sd,
    },
    items: itemNames.map((questionId, i) => ({
      questionId,
      difficulty: finite(calibration.difficulties[i]!),
      se: finite(calibration.standardErrors[i]!),
      status: calibration.itemStatus[i]!,
      responses: calibration.responseCounts[i]!,
      correct: calibration.correctCounts[i]!,
    })),
  };
}
