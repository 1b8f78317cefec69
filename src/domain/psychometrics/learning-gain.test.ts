import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random.ts';
import {
  compareLearningGain,
  type LearningGainFigures,
  type LearningGainPerson,
  LOWER_BOUND_SE_MULTIPLIER,
  learningGain,
  MIN_BASELINE_RESPONSES,
  MIN_EVENT_RESPONSES,
  rankLearningGain,
  stackPhases,
} from './learning-gain.ts';
import { rowResponses } from './response-matrix.ts';
import { simulateAnswers } from './simulate.ts';
import { estimateAbility } from './wle.ts';

// 40 items from −2 to 2 logits.
const difficulties = Array.from({ length: 40 }, (_, i) => -2 + (4 * i) / 39);

/** n answers to items from `first` on, the first `right` of them correct. */
function answers(first: number, n: number, right: number) {
  const items = Array.from({ length: n }, (_, k) => first + k);
  return { items, scores: items.map((_, k) => (k < right ? 1 : 0)) };
}

function person(personId: string, baseline: [number, number], event: [number, number]): LearningGainPerson {
  return { personId, baseline: answers(0, ...baseline), event: answers(20, ...event) };
}

describe('learningGain', () => {
  it('uses minimums of 8 answers per phase and ranks on gain minus two standard errors', () => {
    expect(MIN_BASELINE_RESPONSES).toBe(8);
    expect(MIN_EVENT_RESPONSES).toBe(8);
    expect(LOWER_BOUND_SE_MULTIPLIER).toBe(2);
  });

  it('qualifies at exactly 8 answers in both phases, not at 7', () => {
    expect(learningGain(person('a', [8, 4], [8, 6]), difficulties).ok).toBe(true);
    expect(learningGain(person('b', [7, 4], [8, 6]), difficulties)).toEqual({
      ok: false,
      error: { personId: 'b', reason: 'too_few_baseline', baselineResponses: 7, eventResponses: 8 },
    });
    expect(learningGain(person('c', [8, 4], [7, 6]), difficulties)).toEqual({
      ok: false,
      error: { personId: 'c', reason: 'too_few_event', baselineResponses: 8, eventResponses: 7 },
    });
    // Both short: the baseline is reported; no answers at all is not an error either.
    expect(learningGain(person('d', [0, 0], [3, 1]), difficulties)).toMatchObject({
      ok: false,
      error: { reason: 'too_few_baseline', baselineResponses: 0, eventResponses: 3 },
    });
  });

  it('does not count answers to items without a difficulty', () => {
    const withGap = difficulties.slice();
    withGap[3] = Number.NaN;
    expect(learningGain(person('a', [8, 4], [8, 6]), withGap)).toMatchObject({
      ok: false,
      error: { reason: 'too_few_baseline', baselineResponses: 7 },
    });
  });

  it('computes gain, its standard error and the lower bound from the two Warm estimates', () => {
    const p = person('a', [10, 3], [12, 9]);
    const result = learningGain(p, difficulties);
    if (!result.ok) throw new Error('should qualify');
    const baseline = estimateAbility(difficulties, p.baseline.items, p.baseline.scores)!;
    const event = estimateAbility(difficulties, p.event.items, p.event.scores)!;
    expect(result.value.gain).toBeCloseTo(event.theta - baseline.theta, 12);
    expect(result.value.seGain).toBeCloseTo(Math.hypot(baseline.se, event.se), 12);
    expect(result.value.lowerBound).toBeCloseTo(result.value.gain - 2 * result.value.seGain, 12);
    expect(result.value.gain).toBeGreaterThan(0);
  });
});

describe('compareLearningGain', () => {
  const figures = (personId: string, gain: number, seGain: number): LearningGainFigures => {
    const ability = { theta: 0, se: 0, responses: 8, score: 4 };
    return { personId, baseline: ability, event: ability, gain, seGain, lowerBound: gain - 2 * seGain };
  };

  it('orders by lower bound, then by the larger gain', () => {
    const a = figures('a', 1.0, 0.25); // lower bound 0.5
    const b = figures('b', 0.8, 0.05); // lower bound 0.7
    const c = figures('c', 1.2, 0.35); // lower bound 0.5, more gain than a
    expect([a, b, c].sort(compareLearningGain).map((f) => f.personId)).toEqual(['b', 'c', 'a']);
    expect(compareLearningGain(a, figures('x', 1.0, 0.25))).toBe(0);
  });
});

describe('rankLearningGain', () => {
  it('ranks qualifying people and returns the others with their reason', () => {
    const people = [
      person('small', [10, 5], [10, 6]),
      person('big', [10, 2], [10, 9]),
      person('short', [5, 1], [10, 9]),
      person('none', [10, 7], [10, 3]),
    ];
    const { ranking, notQualified } = rankLearningGain(people, difficulties);
    expect(ranking.map((r) => [r.personId, r.rank])).toEqual([
      ['big', 1],
      ['small', 2],
      ['none', 3],
    ]);
    expect(notQualified).toEqual([
      { personId: 'short', reason: 'too_few_baseline', baselineResponses: 5, eventResponses: 10 },
    ]);
  });

  it('shares a rank on a full tie unless the caller breaks it', () => {
    type Timed = LearningGainPerson & { finishedAt: number };
    const people: Timed[] = [
      { ...person('late', [10, 3], [10, 8]), finishedAt: 2000 },
      { ...person('early', [10, 3], [10, 8]), finishedAt: 1000 },
      { ...person('other', [10, 3], [10, 6]), finishedAt: 500 },
    ];
    const tied = rankLearningGain(people, difficulties);
    expect(tied.ranking.map((r) => [r.personId, r.rank])).toEqual([
      ['early', 1],
      ['late', 1],
      ['other', 3],
    ]);
    const broken = rankLearningGain(people, difficulties, {
      tieBreak: (a, b) => b.finishedAt - a.finishedAt,
    });
    expect(broken.ranking.map((r) => [r.personId, r.rank])).toEqual([
      ['late', 1],
      ['early', 2],
      ['other', 3],
    ]);
  });

  it('does not reward pure noise: real learners with enough answers beat lucky short tests', () => {
    const random = mulberry32(42);
    const pick = (n: number) => {
      const pool = Array.from({ length: 40 }, (_, i) => i);
      for (let k = 0; k < n; k++) {
        const j = k + Math.floor(random() * (40 - k));
        [pool[k], pool[j]] = [pool[j]!, pool[k]!];
      }
      return pool.slice(0, n);
    };
    const people: LearningGainPerson[] = [];
    // 100 people who did not learn anything, with the minimum of 8 answers per phase…
    for (let p = 0; p < 100; p++) {
      const theta = random() * 2 - 1;
      people.push({
        personId: `noise-${p}`,
        baseline: simulateAnswers(theta, difficulties, pick(8), random),
        event: simulateAnswers(theta, difficulties, pick(8), random),
      });
    }
    // …and 10 who truly gained 1.5 logits, measured with 40 answers per phase.
    for (let p = 0; p < 10; p++) {
      const theta = random() * 2 - 1.5;
      people.push({
        personId: `learner-${p}`,
        baseline: simulateAnswers(theta, difficulties, pick(40), random),
        event: simulateAnswers(theta + 1.5, difficulties, pick(40), random),
      });
    }
    const { ranking } = rankLearningGain(people, difficulties);
    expect(ranking).toHaveLength(110);
    const isLearner = (r: { personId: string }) => r.personId.startsWith('learner');
    const meanLowerBound = (rows: typeof ranking) => rows.reduce((s, r) => s + r.lowerBound, 0) / rows.length;
    // Pure noise has an expected key of about −2·seGain; real growth stays positive.
    expect(meanLowerBound(ranking.filter((r) => !isLearner(r)))).toBeLessThan(-1.5);
    expect(meanLowerBound(ranking.filter(isLearner))).toBeGreaterThan(0.25);
    // And the top of the ranking holds more real learners than ranking on the raw gain would.
    const learnersInTop10 = ranking.slice(0, 10).filter(isLearner).length;
    const byGain = [...ranking].sort((a, b) => b.gain - a.gain);
    expect(learnersInTop10).toBeGreaterThan(byGain.slice(0, 10).filter(isLearner).length);
    expect(learnersInTop10).toBeGreaterThanOrEqual(8);
  });
});

describe('stackPhases', () => {
  it('makes one calibration row per non-empty phase', () => {
    const matrix = stackPhases(
      [person('a', [3, 1], [2, 2]), { personId: 'b', baseline: answers(0, 0, 0), event: answers(5, 2, 0) }],
      difficulties.map((_, i) => `Q${i + 1}`),
    );
    expect(matrix.rowCount).toBe(3);
    expect(matrix.rowIds).toEqual(['a:baseline', 'a:event', 'b:event']);
    expect(Array.from(rowResponses(matrix, 1).items)).toEqual([20, 21]);
  });
});
