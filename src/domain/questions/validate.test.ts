import { describe, expect, it } from 'vitest';
import type { QuestionContent, QuestionOption } from './model.ts';
import { validateQuestionContent } from './validate.ts';

const option = (text: string, correct = false): QuestionOption => ({ text, correct });

function question(overrides: Partial<QuestionContent> = {}): QuestionContent {
  return {
    type: 'single',
    stem: 'Wat is de eerste stap bij een klacht?',
    stemFormat: 'markdown',
    options: [option('Luisteren', true), option('Verdedigen')],
    explanation: 'Eerst luisteren.',
    themeTitle: 'Klachten',
    objectiveTitle: 'Klachten de-escaleren',
    pool: 'core',
    difficulty: 'medium',
    tags: [],
    ...overrides,
  };
}

const codes = (q: QuestionContent) =>
  validateQuestionContent(q).map((issue) => `${issue.field}:${issue.code}`);

describe('validateQuestionContent', () => {
  it('accepts a valid question of every type', () => {
    expect(codes(question())).toEqual([]);
    expect(
      codes(question({ type: 'multiple', options: [option('a', true), option('b', true), option('c')] })),
    ).toEqual([]);
    expect(
      codes(question({ type: 'truefalse', options: [option('Waar'), option('Niet waar', true)] })),
    ).toEqual([]);
    expect(
      codes(
        question({ type: 'ordering', options: [option('1', true), option('2', true), option('3', true)] }),
      ),
    ).toEqual([]);
    expect(codes(question({ name: 'q1', timeLimitSeconds: 30, tags: ['klachten', 'empathie'] }))).toEqual([]);
  });

  it('enforces the single-answer rules', () => {
    expect(codes(question({ options: [option('a', true)] }))).toEqual(['options:question.too_few_options']);
    expect(codes(question({ options: [option('a'), option('b')] }))).toEqual([
      'options:question.no_correct_option',
    ]);
    const twoRight = validateQuestionContent(question({ options: [option('a', true), option('b', true)] }));
    expect(twoRight).toEqual([
      expect.objectContaining({
        field: 'options',
        code: 'question.multiple_correct_options',
        params: { count: 2 },
      }),
    ]);
  });

  it('enforces the multiple-response rules', () => {
    expect(codes(question({ type: 'multiple', options: [option('a'), option('b')] }))).toEqual([
      'options:question.no_correct_option',
    ]);
    expect(codes(question({ type: 'multiple', options: [option('a', true)] }))).toEqual([
      'options:question.too_few_options',
    ]);
  });

  it('enforces the true/false rules', () => {
    expect(
      codes(question({ type: 'truefalse', options: [option('Waar', true), option('Niet waar', true)] })),
    ).toEqual(['options:question.multiple_correct_options']);
    expect(
      codes(
        question({
          type: 'truefalse',
          options: [option('Waar', true), option('Niet waar'), option('Misschien')],
        }),
      ),
    ).toEqual(['options:question.too_many_options']);
  });

  it('enforces the ordering rules: 2..8 options, all marked correct', () => {
    const ordered = (n: number) => Array.from({ length: n }, (_, i) => option(`stap ${i + 1}`, true));
    expect(codes(question({ type: 'ordering', options: ordered(8) }))).toEqual([]);
    expect(codes(question({ type: 'ordering', options: ordered(9) }))).toEqual([
      'options:question.too_many_options',
    ]);
    expect(codes(question({ type: 'ordering', options: ordered(1) }))).toEqual([
      'options:question.too_few_options',
    ]);
    expect(codes(question({ type: 'ordering', options: [option('a', true), option('b')] }))).toEqual([
      'options[1].correct:question.ordering_option_not_correct',
    ]);
  });

  it('requires stem, explanation, titles and option texts', () => {
    expect(
      codes(
        question({
          stem: ' ',
          explanation: '',
          themeTitle: '',
          objectiveTitle: '\t',
          options: [option('a', true), option(' ')],
        }),
      ),
    ).toEqual([
      'stem:question.empty_stem',
      'explanation:question.empty_explanation',
      'themeTitle:question.empty_title',
      'objectiveTitle:question.empty_title',
      'options[1].text:question.empty_option',
    ]);
  });

  it('keeps titles, names and tags on one line', () => {
    expect(codes(question({ themeTitle: 'a\nb', name: 'x\ny' }))).toEqual([
      'themeTitle:question.line_break_not_allowed',
      'name:question.line_break_not_allowed',
    ]);
    expect(codes(question({ name: ' ' }))).toEqual(['name:question.empty_name']);
  });

  it('checks the time limit range 5..600 s in whole seconds', () => {
    expect(codes(question({ timeLimitSeconds: 5 }))).toEqual([]);
    expect(codes(question({ timeLimitSeconds: 600 }))).toEqual([]);
    for (const bad of [4, 601, 0, -1, 30.5, Number.NaN]) {
      expect(codes(question({ timeLimitSeconds: bad }))).toEqual([
        'timeLimitSeconds:question.invalid_time_limit',
      ]);
    }
  });

  it('checks tags: trimmed, non-empty, no separators, unique', () => {
    expect(codes(question({ tags: ['ok', '', ' x', 'a,b', 'c;d', 'OK'] }))).toEqual([
      'tags[1]:question.empty_tag',
      'tags[2]:question.untrimmed_tag',
      'tags[3]:question.invalid_tag_character',
      'tags[4]:question.invalid_tag_character',
      'tags[5]:question.duplicate_tag',
    ]);
  });

  it('rejects values outside the enumerations (data from untyped sources)', () => {
    const q = {
      ...question(),
      type: 'essay',
      pool: 'x',
      difficulty: 'y',
      stemFormat: 'rtf',
    } as unknown as QuestionContent;
    expect(codes(q)).toEqual([
      'type:question.invalid_type',
      'pool:question.invalid_pool',
      'difficulty:question.invalid_difficulty',
      'stemFormat:question.invalid_stem_format',
    ]);
  });

  it('gives every issue an English message', () => {
    for (const issue of validateQuestionContent(question({ stem: '', options: [] }))) {
      expect(issue.message).toMatch(/^[A-Z].*\.$/);
    }
  });
});
