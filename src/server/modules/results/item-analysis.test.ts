import { describe, expect, it } from 'vitest';
import { analyzeItems, correlation, type ItemAnswer, MIN_RESPONSES_FOR_FLAGS } from './item-analysis.ts';

const answer = (
  attemptId: string,
  questionId: string,
  credit: number,
  response: ItemAnswer['response'],
): ItemAnswer => ({
  attemptId,
  questionId,
  type: 'single',
  credit,
  answered: response !== null,
  response,
});

describe('correlation', () => {
  it('is Pearson’s r, and null without variance', () => {
    expect(correlation([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(correlation([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(correlation([1, 1, 1], [1, 2, 3])).toBeNull();
  });
});

describe('analyzeItems', () => {
  it('correlates a question with the rest of the score, counts options and flags only with enough answers', () => {
    const answers: ItemAnswer[] = [];
    for (let p = 0; p < MIN_RESPONSES_FOR_FLAGS; p++) {
      const strong = p >= 5;
      answers.push(answer(`a${p}`, 'good', strong ? 1 : 0, strong ? 0 : 2));
      answers.push(answer(`a${p}`, 'other', strong ? 1 : 0, strong ? 0 : 1));
      answers.push(answer(`a${p}`, 'other2', strong ? 1 : 0, strong ? 0 : 1));
      answers.push(answer(`a${p}`, 'reversed', strong ? 0 : 1, strong ? 1 : 0));
    }
    answers.push(answer('a0', 'few', 1, 0));
    const stats = new Map(
      analyzeItems(
        answers,
        new Map([
          ['good', 3],
          ['reversed', 3],
          ['other', 3],
          ['few', 3],
        ]),
      ).map((s) => [s.questionId, s]),
    );
    expect(stats.get('good')).toMatchObject({
      served: 10,
      answered: 10,
      shareCorrect: 0.5,
      chosen: [5, 0, 5],
      flags: [],
    });
    expect(stats.get('good')!.pointBiserial).toBeGreaterThan(0.75);
    expect(stats.get('reversed')!.flags).toEqual(['negative_discrimination']);
    expect(stats.get('few')).toMatchObject({ served: 1, pointBiserial: null, flags: [] });
  });

  it('counts an ordering option when it was put in its right place, and a selection per chosen option', () => {
    const ordering: ItemAnswer = { ...answer('a', 'o', 0, [0, 2, 1]), type: 'ordering' };
    const multiple: ItemAnswer = { ...answer('a', 'm', 0.5, [0, 1]), type: 'multiple' };
    const stats = analyzeItems(
      [ordering, multiple],
      new Map([
        ['o', 3],
        ['m', 3],
      ]),
    );
    expect(stats.find((s) => s.questionId === 'o')!.chosen).toEqual([1, 0, 0]);
    expect(stats.find((s) => s.questionId === 'm')).toMatchObject({
      chosen: [1, 1, 0],
      shareCorrect: 0.5,
      shareFullyCorrect: 0,
    });
  });
});
