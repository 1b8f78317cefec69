/**
 * Classical item statistics for content experts: share correct, point-biserial
 * discrimination and how often each option was chosen. Pure: no database.
 */

/** Fewer answers than this: no discrimination and no flags (too noisy to act on). */
export const MIN_RESPONSES_FOR_FLAGS = 10;

export type ItemFlag = 'negative_discrimination' | 'nobody_right' | 'everybody_right';

export interface ItemAnswer {
  attemptId: string;
  questionId: string;
  type: 'single' | 'multiple' | 'truefalse' | 'ordering';
  /** 0, ½ or 1; an unanswered (served) question is 0. */
  credit: number;
  answered: boolean;
  /** Stored option indices: one for single/true-false, a set for multiple, an order for ordering. */
  response: number | number[] | null;
}

export interface ItemStatistics {
  questionId: string;
  served: number;
  answered: number;
  shareCorrect: number | null;
  shareFullyCorrect: number | null;
  pointBiserial: number | null;
  /** Per stored option index. */
  chosen: number[];
  flags: ItemFlag[];
}

/** Pearson correlation; null when either side has no variance. */
export function correlation(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 2) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * Statistics per question over the given answers (each a served question in one
 * attempt). Discrimination is the corrected item–total correlation: the question's
 * credit against the rest of the attempt's score (the score without this question), so
 * a question does not correlate with itself.
 */
export function analyzeItems(
  answers: readonly ItemAnswer[],
  optionCounts: ReadonlyMap<string, number>,
): ItemStatistics[] {
  const attemptScore = new Map<string, number>();
  for (const a of answers) attemptScore.set(a.attemptId, (attemptScore.get(a.attemptId) ?? 0) + a.credit);
  const byQuestion = new Map<string, ItemAnswer[]>();
  for (const a of answers) {
    const list = byQuestion.get(a.questionId) ?? [];
    list.push(a);
    byQuestion.set(a.questionId, list);
  }
  const out: ItemStatistics[] = [];
  for (const [questionId, list] of byQuestion) {
    const chosen = new Array<number>(optionCounts.get(questionId) ?? 0).fill(0);
    let credit = 0;
    let full = 0;
    let answered = 0;
    for (const a of list) {
      credit += a.credit;
      if (a.credit === 1) full++;
      if (!a.answered) continue;
      answered++;
      countChoice(a, chosen);
    }
    const served = list.length;
    const pointBiserial =
      served >= MIN_RESPONSES_FOR_FLAGS
        ? correlation(
            list.map((a) => a.credit),
            list.map((a) => attemptScore.get(a.attemptId)! - a.credit),
          )
        : null;
    const flags: ItemFlag[] = [];
    if (served >= MIN_RESPONSES_FOR_FLAGS) {
      if (pointBiserial !== null && pointBiserial < 0) flags.push('negative_discrimination');
      if (credit === 0) flags.push('nobody_right');
      if (full === served) flags.push('everybody_right');
    }
    out.push({
      questionId,
      served,
      answered,
      shareCorrect: served === 0 ? null : credit / served,
      shareFullyCorrect: served === 0 ? null : full / served,
      pointBiserial,
      chosen,
      flags,
    });
  }
  return out;
}

/** Ordering: an option counts when it was put in its right place (its own index). */
function countChoice(a: ItemAnswer, chosen: number[]): void {
  const bump = (index: number) => {
    if (index >= 0 && index < chosen.length) chosen[index]!++;
  };
  if (a.response === null) return;
  if (typeof a.response === 'number') {
    bump(a.response);
    return;
  }
  if (a.type === 'ordering') {
    a.response.forEach((option, place) => {
      if (option === place) bump(option);
    });
    return;
  }
  for (const option of a.response) bump(option);
}
