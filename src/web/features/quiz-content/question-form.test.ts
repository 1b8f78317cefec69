import { describe, expect, it } from 'vitest';
import {
  changeType,
  emptyQuestionValues,
  formPathOf,
  moveItem,
  newOption,
  type QuestionFormValues,
  questionFormIssues,
  setCorrect,
  toQuestionInput,
} from './question-form.ts';

const filled = (): QuestionFormValues => ({
  ...emptyQuestionValues({ objectiveId: '11111111-1111-1111-1111-111111111111' }),
  stem: '  Een klant belt **boos** op. Wat doe je eerst? ',
  options: [
    newOption('Laten uitpraten', true),
    newOption('Uitleggen hoe het zit'),
    newOption('Doorverbinden'),
  ],
  explanation: 'Wie zich gehoord voelt, kalmeert.',
});

describe('toQuestionInput', () => {
  it('trims texts and leaves out empty optional fields', () => {
    const values = filled();
    values.options[1]!.feedback = '  Dat komt later. ';
    const { objectiveId, content } = toQuestionInput(values);
    expect(objectiveId).toBe('11111111-1111-1111-1111-111111111111');
    expect(content).toEqual({
      type: 'single',
      stem: 'Een klant belt **boos** op. Wat doe je eerst?',
      stemFormat: 'markdown',
      options: [
        { text: 'Laten uitpraten', correct: true },
        { text: 'Uitleggen hoe het zit', correct: false, feedback: 'Dat komt later.' },
        { text: 'Doorverbinden', correct: false },
      ],
      explanation: 'Wie zich gehoord voelt, kalmeert.',
      pool: 'core',
      difficulty: 'medium',
      tags: [],
    });
  });

  it('sends name and time limit when filled in', () => {
    const { content } = toQuestionInput({
      ...filled(),
      name: ' klachten-01 ',
      timeLimitSeconds: 45,
      tags: ['klachten'],
    });
    expect(content).toMatchObject({ name: 'klachten-01', timeLimitSeconds: 45, tags: ['klachten'] });
  });
});

describe('questionFormIssues', () => {
  it('accepts a complete question', () => {
    expect(questionFormIssues(filled())).toEqual([]);
  });

  it('places every problem on its field, with the domain code', () => {
    const values = { ...filled(), objectiveId: null, explanation: ' ', timeLimitSeconds: 2 };
    values.options[2]!.text = '';
    values.options = values.options.map((o) => ({ ...o, correct: false }));
    const issues = questionFormIssues(values);
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['objectiveId', 'objective_required'],
      ['explanation', 'question.empty_explanation'],
      ['options.2.text', 'question.empty_option'],
      ['options', 'question.no_correct_option'],
      ['timeLimitSeconds', 'question.invalid_time_limit'],
    ]);
  });
});

describe('changeType', () => {
  it('gives true/false its two fixed options and keeps feedback', () => {
    const values = filled();
    values.options[0]!.feedback = 'Goed zo';
    const next = changeType(values, 'truefalse');
    expect(next.options.map((o) => [o.text, o.correct, o.feedback])).toEqual([
      ['Waar', true, 'Goed zo'],
      ['Niet waar', false, ''],
    ]);
  });

  it('marks every step right for ordering, and keeps one right answer when going back to single', () => {
    const ordering = changeType(filled(), 'ordering');
    expect(ordering.options.every((o) => o.correct)).toBe(true);
    const single = changeType(ordering, 'single');
    expect(single.options.map((o) => o.correct)).toEqual([true, false, false]);
  });

  it('starts from empty options when leaving true/false', () => {
    const next = changeType(changeType(filled(), 'truefalse'), 'multiple');
    expect(next.options.map((o) => o.text)).toEqual(['', '', '']);
  });
});

describe('setCorrect and moveItem', () => {
  it('has one right answer for single choice and toggles for multiple response', () => {
    const values = filled();
    expect(setCorrect(values, 2, true).map((o) => o.correct)).toEqual([false, false, true]);
    const multiple = { ...values, type: 'multiple' as const };
    expect(setCorrect(multiple, 2, true).map((o) => o.correct)).toEqual([true, false, true]);
  });

  it('moves an item and stops at the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, 5)).toEqual(['b', 'c', 'a']);
  });
});

describe('formPathOf', () => {
  it('turns server and domain field names into form paths', () => {
    expect(formPathOf('content.options[2].text')).toBe('options.2.text');
    expect(formPathOf('content.stem')).toBe('stem');
    expect(formPathOf('content.options.1.text')).toBe('options.1.text');
    expect(formPathOf('tags[3]')).toBe('tags');
    expect(formPathOf('objectiveId')).toBe('objectiveId');
  });
});
