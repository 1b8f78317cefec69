import { describe, expect, it } from 'vitest';
import type { QuestionType } from '../questions/model.ts';
import { type AnswerResponse, evaluateAnswer, type ScorableQuestion } from './evaluate.ts';

const q = (type: QuestionType, correct: boolean[]): ScorableQuestion => ({
  type,
  options: correct.map((c) => ({ correct: c })),
});

const single = q('single', [false, true, false, false]);
const truefalse = q('truefalse', [true, false]);
// Options 0, 1 and 3 must be selected; 2 and 4 must not.
const multiple = q('multiple', [true, true, false, true, false]);
const multipleOneCorrect = q('multiple', [false, true, false]);
const ordering = q('ordering', [true, true, true, true]);

describe('evaluateAnswer: valid responses', () => {
  const cases: Array<[string, ScorableQuestion, AnswerResponse, number]> = [
    ['single right', single, 1, 1],
    ['single wrong', single, 0, 0],
    ['truefalse right', truefalse, 0, 1],
    ['truefalse wrong', truefalse, 1, 0],
    ['multiple exact set', multiple, [0, 1, 3], 1],
    ['multiple exact set, any order', multiple, [3, 0, 1], 1],
    ['multiple one correct missed', multiple, [0, 1], 0.5],
    ['multiple one wrong added', multiple, [0, 1, 3, 4], 0.5],
    ['multiple one missed and one wrong added', multiple, [0, 1, 4], 0],
    ['multiple two missed', multiple, [0], 0],
    ['multiple two wrong added', multiple, [0, 1, 2, 3, 4], 0],
    ['multiple nothing selected', multiple, [], 0],
    ['multiple only wrong ones', multiple, [2], 0],
    ['multiple single-answer: right one plus one wrong', multipleOneCorrect, [1, 0], 0.5],
    ['multiple single-answer: only a wrong one (no correct option)', multipleOneCorrect, [0], 0],
    ['multiple single-answer: nothing (one miss but no correct option)', multipleOneCorrect, [], 0],
    ['ordering right', ordering, [0, 1, 2, 3], 1],
    ['ordering two swapped', ordering, [1, 0, 2, 3], 0],
    ['ordering reversed', ordering, [3, 2, 1, 0], 0],
  ];

  it.each(cases)('%s', (_name, question, response, credit) => {
    const result = evaluateAnswer(question, response);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.credit).toBe(credit);
    expect(result.value.correct).toBe(credit === 1);
  });

  it('reports misses and wrong selections for multiple', () => {
    const result = evaluateAnswer(multiple, [0, 2, 3]);
    expect(result).toEqual({
      ok: true,
      value: { type: 'multiple', credit: 0, correct: false, missed: 1, wronglySelected: 1 },
    });
  });

  it('reports positions right for ordering', () => {
    expect(evaluateAnswer(ordering, [0, 2, 1, 3])).toEqual({
      ok: true,
      value: { type: 'ordering', credit: 0, correct: false, positionsRight: 2, positions: 4 },
    });
    const right = evaluateAnswer(ordering, [0, 1, 2, 3]);
    expect(right.ok && right.value.type === 'ordering' && right.value.positionsRight).toBe(4);
  });
});

describe('evaluateAnswer: invalid responses never throw', () => {
  const cases: Array<[string, ScorableQuestion, unknown, string]> = [
    ['single given a list', single, [1], 'response_wrong_shape'],
    ['single out of range', single, 4, 'option_out_of_range'],
    ['single negative', single, -1, 'option_out_of_range'],
    ['single fractional', single, 0.5, 'option_out_of_range'],
    ['single NaN', single, Number.NaN, 'option_out_of_range'],
    ['single given a string', single, '1', 'response_wrong_shape'],
    ['truefalse given null', truefalse, null, 'response_wrong_shape'],
    ['truefalse out of range', truefalse, 2, 'option_out_of_range'],
    ['multiple given a number', multiple, 1, 'response_wrong_shape'],
    ['multiple duplicate', multiple, [0, 0, 1, 3], 'duplicate_option'],
    ['multiple out of range', multiple, [0, 5], 'option_out_of_range'],
    ['multiple with a string inside', multiple, [0, '1'], 'response_wrong_shape'],
    ['ordering given a number', ordering, 0, 'response_wrong_shape'],
    ['ordering too short', ordering, [0, 1, 2], 'incomplete_order'],
    ['ordering duplicate', ordering, [0, 1, 1, 3], 'duplicate_option'],
    ['ordering out of range', ordering, [0, 1, 2, 4], 'option_out_of_range'],
    ['ordering too long', ordering, [0, 1, 2, 3, 4], 'option_out_of_range'],
    ['single with two correct options', q('single', [true, true]), 0, 'invalid_question'],
    ['truefalse with three options', q('truefalse', [true, false, false]), 0, 'invalid_question'],
    ['multiple without a correct option', q('multiple', [false, false]), [0], 'invalid_question'],
    ['ordering with one option', q('ordering', [true]), [0], 'invalid_question'],
  ];

  it.each(cases)('%s', (_name, question, response, code) => {
    const result = evaluateAnswer(question, response as AnswerResponse);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message.length).toBeGreaterThan(0);
  });
});
