/**
 * Learning curve (leercurve) for the smartest-employee award: how much a person's
 * ability grew from the practice questions (baseline) to the event day.
 *
 * Both abilities are Warm estimates on one calibrated difficulty scale. The gain is
 * θ_event − θ_baseline with standard error √(se_b² + se_e²). People are ranked on the
 * lower bound gain − 2·seGain, not on the gain itself: a gain measured with few answers
 * is mostly noise and would otherwise win the prize for luck. With no true growth the
 * expected lower bound is about −2·seGain, so noisy estimates sink. (One standard error
 * was not enough: in simulations with a few hundred or more participants a lucky short
 * baseline still usually won; see docs/psychometrics.md.)
 */
import type { ResponseList, ResponseMatrix } from './response-matrix.ts';
import { ResponseMatrixBuilder } from './response-matrix.ts';
import { type AbilityEstimate, estimateAbility } from './wle.ts';

/** Fewest usable baseline (practice) answers for a learning curve. */
export const MIN_BASELINE_RESPONSES = 8;
/** Fewest usable event-day answers for a learning curve. */
export const MIN_EVENT_RESPONSES = 8;
/** The ranking key is gain − LOWER_BOUND_SE_MULTIPLIER × seGain. */
export const LOWER_BOUND_SE_MULTIPLIER = 2;

export interface LearningGainPerson {
  personId: string;
  /** Practice answers (item index into the difficulties, 0/1). */
  baseline: ResponseList;
  /** Event-day answers. */
  event: ResponseList;
}

export type LearningGainExclusionReason = 'too_few_baseline' | 'too_few_event';

export interface LearningGainFigures {
  personId: string;
  baseline: AbilityEstimate;
  event: AbilityEstimate;
  /** θ_event − θ_baseline (logits). */
  gain: number;
  /** √(se_baseline² + se_event²). */
  seGain: number;
  /** gain − LOWER_BOUND_SE_MULTIPLIER × seGain: the ranking key. */
  lowerBound: number;
}

export interface RankedLearningGain extends LearningGainFigures {
  /** Competition rank (1, 2, 2, 4): equal only when every criterion ties. */
  rank: number;
}

export interface LearningGainExclusion {
  personId: string;
  reason: LearningGainExclusionReason;
  /** Usable answers (items with a difficulty) per phase. */
  baselineResponses: number;
  eventResponses: number;
}

export interface LearningGainResult {
  ranking: RankedLearningGain[];
  notQualified: LearningGainExclusion[];
}

export interface LearningGainOptions<P extends LearningGainPerson> {
  /**
   * Decides between people equal on lower bound and gain; negative when `a` ranks first
   * (e.g. earlier finish time). Without it, or when it returns 0, they share a rank.
   */
  tieBreak?: (a: P, b: P) => number;
}

/**
 * Learning-curve figures for one person, or why they do not qualify. Answers to items
 * without a difficulty (NaN: not calibrated) are ignored and do not count towards the
 * minimums. The baseline is checked first.
 */
export function learningGain(
  person: LearningGainPerson,
  difficulties: ArrayLike<number>,
): { ok: true; value: LearningGainFigures } | { ok: false; error: LearningGainExclusion } {
  return gainWith(person, (list) => estimateAbility(difficulties, list.items, list.scores));
}

type Estimator = (list: ResponseList) => AbilityEstimate | null;

/**
 * estimateAbility with a cache per (set of items, raw score): under the Rasch model the
 * raw score is sufficient for θ given the difficulties, and the estimate depends on the
 * items only as a set (estimateAbility sorts the difficulties), so people with the same
 * questions and score share one bit-identical estimate. On the event day nearly everyone
 * answers the same core quiz, which halves the work of a ranking.
 */
function cachedEstimator(difficulties: ArrayLike<number>): Estimator {
  const cache = new Map<string, AbilityEstimate | null>();
  return (list) => {
    let score = 0;
    for (let k = 0; k < list.scores.length; k++) score += list.scores[k]!;
    const key = `${score}|${Uint32Array.from(list.items).sort().join(',')}`;
    let estimate = cache.get(key);
    if (estimate === undefined) {
      estimate = estimateAbility(difficulties, list.items, list.scores);
      cache.set(key, estimate);
    }
    return estimate;
  };
}

function gainWith(
  person: LearningGainPerson,
  estimate: Estimator,
): { ok: true; value: LearningGainFigures } | { ok: false; error: LearningGainExclusion } {
  const baseline = estimate(person.baseline);
  const event = estimate(person.event);
  const baselineResponses = baseline?.responses ?? 0;
  const eventResponses = event?.responses ?? 0;
  if (
    !baseline ||
    baselineResponses < MIN_BASELINE_RESPONSES ||
    !event ||
    eventResponses < MIN_EVENT_RESPONSES
  ) {
    const reason: LearningGainExclusionReason =
      baselineResponses < MIN_BASELINE_RESPONSES ? 'too_few_baseline' : 'too_few_event';
    return { ok: false, error: { personId: person.personId, reason, baselineResponses, eventResponses } };
  }
  const gain = event.theta - baseline.theta;
  const seGain = Math.sqrt(baseline.se * baseline.se + event.se * event.se);
  return {
    ok: true,
    value: {
      personId: person.personId,
      baseline,
      event,
      gain,
      seGain,
      lowerBound: gain - LOWER_BOUND_SE_MULTIPLIER * seGain,
    },
  };
}

/** Ranking order without the caller's tie-break: lower bound desc, then gain desc. */
export function compareLearningGain(a: LearningGainFigures, b: LearningGainFigures): number {
  if (a.lowerBound !== b.lowerBound) return b.lowerBound - a.lowerBound;
  return b.gain - a.gain;
}

/**
 * Ranks everyone who qualifies by compareLearningGain, then `tieBreak`; people still
 * tied share a rank and are listed by personId. Non-qualifying people come back with
 * their reason.
 */
export function rankLearningGain<P extends LearningGainPerson>(
  people: readonly P[],
  difficulties: ArrayLike<number>,
  options: LearningGainOptions<P> = {},
): LearningGainResult {
  const qualified: { person: P; figures: LearningGainFigures }[] = [];
  const notQualified: LearningGainExclusion[] = [];
  const estimate = cachedEstimator(difficulties);
  for (const person of people) {
    const result = gainWith(person, estimate);
    if (result.ok) qualified.push({ person, figures: result.value });
    else notQualified.push(result.error);
  }
  const tieBreak = options.tieBreak ?? (() => 0);
  const compare = (a: (typeof qualified)[number], b: (typeof qualified)[number]): number =>
    compareLearningGain(a.figures, b.figures) || tieBreak(a.person, b.person);
  qualified.sort((a, b) => {
    const order = compare(a, b);
    if (order !== 0) return order;
    return a.person.personId < b.person.personId ? -1 : a.person.personId > b.person.personId ? 1 : 0;
  });
  const ranking: RankedLearningGain[] = [];
  qualified.forEach((entry, i) => {
    const tied = i > 0 && compare(qualified[i - 1]!, entry) === 0;
    ranking.push({ ...entry.figures, rank: tied ? ranking[i - 1]!.rank : i + 1 });
  });
  return { ranking, notQualified };
}

/**
 * One calibration row per person per phase (baseline and event stacked as separate
 * rows), so that growth between the phases does not violate the Rasch assumption of one
 * ability per row. Empty phases are skipped. An item twice in one phase throws a
 * ResponseMatrixError ('duplicate_item'): keep one answer per item per phase.
 */
export function stackPhases(
  people: readonly LearningGainPerson[],
  itemNames: readonly string[],
): ResponseMatrix {
  let entries = 0;
  for (const person of people) entries += person.baseline.items.length + person.event.items.length;
  const builder = new ResponseMatrixBuilder(itemNames, entries);
  for (const person of people) {
    if (person.baseline.items.length > 0) builder.addRow(person.baseline, 1, `${person.personId}:baseline`);
    if (person.event.items.length > 0) builder.addRow(person.event, 1, `${person.personId}:event`);
  }
  return builder.build();
}
