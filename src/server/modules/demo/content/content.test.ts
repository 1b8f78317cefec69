import { describe, expect, it } from 'vitest';
import type { QuestionContent } from '../../../../domain/questions/model.ts';
import { difficulties, questionPools } from '../../../../domain/questions/model.ts';
import { defineTheme } from './define-theme.ts';
import { demoContent } from './index.ts';

const allQuestions: QuestionContent[] = demoContent.flatMap((theme) => theme.questions);
const allObjectives = demoContent.flatMap((theme) => theme.objectives);

function label(question: QuestionContent): string {
  return `${question.name ?? '?'}: ${question.stem.replace(/\s+/g, ' ').slice(0, 60)}`;
}

function correctCount(question: QuestionContent): number {
  return question.options.filter((option) => option.correct).length;
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

describe('demo content: shape', () => {
  it('has five themes with unique keys and titles', () => {
    expect(demoContent).toHaveLength(5);
    expect(new Set(demoContent.map((theme) => theme.key)).size).toBe(5);
    expect(new Set(demoContent.map((theme) => theme.titleNl)).size).toBe(5);
    expect(new Set(demoContent.map((theme) => theme.titleEn)).size).toBe(5);
  });

  it('has 28 to 32 objectives with unique keys and complete bilingual texts', () => {
    expect(allObjectives.length).toBeGreaterThanOrEqual(28);
    expect(allObjectives.length).toBeLessThanOrEqual(32);
    expect(new Set(allObjectives.map((objective) => objective.key)).size).toBe(allObjectives.length);
    for (const theme of demoContent) {
      expect(new Set(theme.objectives.map((objective) => objective.titleNl)).size).toBe(
        theme.objectives.length,
      );
      for (const text of [theme.titleNl, theme.titleEn, theme.descriptionNl, theme.descriptionEn]) {
        expect(text.trim().length).toBeGreaterThan(0);
      }
    }
    for (const objective of allObjectives) {
      expect(objective.titleNl.trim(), objective.key).not.toBe('');
      expect(objective.titleEn.trim(), objective.key).not.toBe('');
      expect(objective.descriptionNl.trim().length, objective.key).toBeGreaterThan(20);
      expect(objective.descriptionEn.trim().length, objective.key).toBeGreaterThan(20);
    }
  });

  it('has at least 160 questions with unique names and unique stems', () => {
    expect(allQuestions.length).toBeGreaterThanOrEqual(160);
    const names = allQuestions.map((question) => question.name);
    expect(names.every((name) => typeof name === 'string' && name.length > 0)).toBe(true);
    expect(new Set(names).size).toBe(allQuestions.length);
    const stems = allQuestions.map((question) => question.stem.trim().toLowerCase());
    const duplicates = stems.filter((stem, index) => stems.indexOf(stem) !== index);
    expect(duplicates).toEqual([]);
  });

  it('links every question to its own theme and one of that theme’s objectives', () => {
    for (const theme of demoContent) {
      const objectiveTitles = new Set(theme.objectives.map((objective) => objective.titleNl));
      for (const question of theme.questions) {
        expect(question.themeTitle, label(question)).toBe(theme.titleNl);
        expect(objectiveTitles.has(question.objectiveTitle), label(question)).toBe(true);
      }
    }
  });
});

describe('demo content: every question', () => {
  it.each(allQuestions.map((question) => [label(question), question] as const))(
    '%s is well formed',
    (_, question) => {
      expect(question.stemFormat).toBe('markdown');
      expect(question.stem.trim().length).toBeGreaterThan(10);
      expect(question.stem.length).toBeLessThanOrEqual(5000);
      expect(question.explanation.trim().length).toBeGreaterThanOrEqual(80);
      expect(question.explanation.length).toBeLessThanOrEqual(5000);
      expect(questionPools).toContain(question.pool);
      expect(difficulties).toContain(question.difficulty);
      expect(question.tags.length).toBeGreaterThanOrEqual(1);
      expect(question.tags.length).toBeLessThanOrEqual(3);
      for (const tag of question.tags) {
        expect(tag.trim()).toBe(tag);
        expect(tag.length).toBeGreaterThan(0);
        expect(tag.length).toBeLessThanOrEqual(50);
      }
      if (question.timeLimitSeconds !== undefined) {
        expect(question.timeLimitSeconds).toBeGreaterThanOrEqual(45);
        expect(question.timeLimitSeconds).toBeLessThanOrEqual(60);
      }
      const texts = question.options.map((option) => option.text.trim());
      expect(texts.every((text) => text.length > 0 && text.length <= 1000)).toBe(true);
      expect(new Set(texts).size).toBe(texts.length);
    },
  );

  it.each(allQuestions.map((question) => [label(question), question] as const))(
    '%s follows the option rules of its type',
    (_, question) => {
      switch (question.type) {
        case 'single':
          expect(question.options).toHaveLength(4);
          expect(correctCount(question)).toBe(1);
          break;
        case 'multiple':
          expect(question.options.length).toBeGreaterThanOrEqual(4);
          expect(question.options.length).toBeLessThanOrEqual(5);
          expect(correctCount(question)).toBeGreaterThanOrEqual(2);
          expect(correctCount(question)).toBeLessThanOrEqual(3);
          expect(question.options.length - correctCount(question)).toBeGreaterThanOrEqual(1);
          break;
        case 'truefalse':
          expect(question.options.map((option) => option.text)).toEqual(['Waar', 'Niet waar']);
          expect(correctCount(question)).toBe(1);
          break;
        case 'ordering':
          expect(question.options.length).toBeGreaterThanOrEqual(3);
          expect(question.options.length).toBeLessThanOrEqual(6);
          expect(correctCount(question)).toBe(question.options.length);
          break;
      }
    },
  );

  it('contains no placeholder text', () => {
    const forbidden = /lorem|ipsum|todo|placeholder|tbd|fixme|xxx/i;
    const offenders: string[] = [];
    for (const theme of demoContent) {
      const themeTexts = [theme.titleNl, theme.titleEn, theme.descriptionNl, theme.descriptionEn];
      const objectiveTexts = theme.objectives.flatMap((objective) => [
        objective.titleNl,
        objective.titleEn,
        objective.descriptionNl,
        objective.descriptionEn,
      ]);
      for (const text of [...themeTexts, ...objectiveTexts]) if (forbidden.test(text)) offenders.push(text);
    }
    for (const question of allQuestions) {
      const texts = [question.stem, question.explanation, ...question.options.map((option) => option.text)];
      for (const text of texts) if (forbidden.test(text)) offenders.push(`${label(question)} → ${text}`);
    }
    expect(offenders).toEqual([]);
  });
});

describe('demo content: coverage and mix', () => {
  it('gives every objective at least two core questions and one practice question', () => {
    for (const theme of demoContent) {
      for (const objective of theme.objectives) {
        const own = theme.questions.filter((question) => question.objectiveTitle === objective.titleNl);
        const pools = countBy(own, (question) => question.pool);
        expect(pools.get('core') ?? 0, `${objective.key} core`).toBeGreaterThanOrEqual(2);
        expect(pools.get('practice') ?? 0, `${objective.key} practice`).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('keeps that coverage among approved questions when the demo seed holds some back', () => {
    // The demo seed (../edition.ts) leaves each theme's last question in review and the first
    // theme's second-to-last as a draft, so those must be spare questions.
    for (const [themeIndex, theme] of demoContent.entries()) {
      const heldBack = themeIndex === 0 ? 2 : 1;
      const approved = theme.questions.slice(0, theme.questions.length - heldBack);
      for (const objective of theme.objectives) {
        const own = approved.filter((question) => question.objectiveTitle === objective.titleNl);
        expect(
          own.filter((question) => question.pool === 'core').length,
          objective.key,
        ).toBeGreaterThanOrEqual(2);
        expect(
          own.filter((question) => question.pool === 'practice').length,
          objective.key,
        ).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('spreads each theme over the core, manager and practice pools', () => {
    for (const theme of demoContent) {
      const pools = countBy(theme.questions, (question) => question.pool);
      expect(pools.get('core') ?? 0, `${theme.key} core`).toBeGreaterThanOrEqual(18);
      expect(pools.get('manager') ?? 0, `${theme.key} manager`).toBeGreaterThanOrEqual(5);
      expect(pools.get('practice') ?? 0, `${theme.key} practice`).toBeGreaterThanOrEqual(6);
    }
  });

  it('keeps the intended type mix: mostly single, some multiple, true/false and ordering', () => {
    const types = countBy(allQuestions, (question) => question.type);
    const share = (type: string) => (types.get(type) ?? 0) / allQuestions.length;
    expect(share('single')).toBeGreaterThanOrEqual(0.5);
    expect(share('multiple')).toBeGreaterThanOrEqual(0.1);
    expect(share('multiple')).toBeLessThanOrEqual(0.2);
    expect(share('truefalse')).toBeGreaterThanOrEqual(0.1);
    expect(share('truefalse')).toBeLessThanOrEqual(0.2);
    expect(share('ordering')).toBeGreaterThanOrEqual(0.05);
    expect(share('ordering')).toBeLessThanOrEqual(0.12);
  });

  it('does not give away answers by position', () => {
    const singles = allQuestions.filter((question) => question.type === 'single');
    const positions = countBy(singles, (question) =>
      String(question.options.findIndex((option) => option.correct)),
    );
    for (const [position, count] of positions) {
      expect(count / singles.length, `single answers at index ${position}`).toBeLessThanOrEqual(0.35);
    }
    expect(positions.size).toBe(4);
    // Test-wise players pick the longest option; keep that from paying off.
    const lengthTells = singles.map((question) => {
      const correct = question.options.find((option) => option.correct)!.text.length;
      const longestWrong = Math.max(...question.options.filter((o) => !o.correct).map((o) => o.text.length));
      return { longest: correct > longestWrong, clearlyLongest: correct > 1.1 * longestWrong };
    });
    expect(lengthTells.filter((tell) => tell.longest).length / singles.length).toBeLessThanOrEqual(0.4);
    expect(lengthTells.filter((tell) => tell.clearlyLongest).length / singles.length).toBeLessThanOrEqual(
      0.1,
    );
    const trueFalse = allQuestions.filter((question) => question.type === 'truefalse');
    const trueAnswers = trueFalse.filter((question) => question.options[0]?.correct).length;
    expect(trueAnswers / trueFalse.length).toBeGreaterThanOrEqual(0.3);
    expect(trueAnswers / trueFalse.length).toBeLessThanOrEqual(0.7);
    const multiples = allQuestions.filter((question) => question.type === 'multiple');
    const patterns = countBy(multiples, (question) =>
      question.options.map((option) => (option.correct ? 'x' : '.')).join(''),
    );
    for (const [pattern, count] of patterns) {
      expect(count / multiples.length, `multiple-choice pattern ${pattern}`).toBeLessThanOrEqual(0.35);
    }
  });
});

describe('defineTheme', () => {
  const header = {
    key: 'test',
    titleNl: 'Testthema',
    titleEn: 'Test theme',
    descriptionNl: 'Omschrijving',
    descriptionEn: 'Description',
    objectives: [
      { key: 'doel', titleNl: 'Doel', titleEn: 'Goal', descriptionNl: 'Een doel.', descriptionEn: 'A goal.' },
    ],
  };

  it('fills in titles, names and options from a draft', () => {
    const theme = defineTheme(header, [
      {
        objective: 'doel',
        pool: 'core',
        type: 'truefalse',
        difficulty: 'easy',
        stem: 'Stelling',
        answer: false,
        explanation: 'Uitleg.',
        tags: ['test'],
      },
      {
        objective: 'doel',
        pool: 'practice',
        type: 'single',
        difficulty: 'easy',
        stem: 'Vraag',
        options: ['a', 'b', 'c', 'd'],
        answer: 2,
        explanation: 'Uitleg.',
        tags: ['test'],
        timeLimitSeconds: 45,
      },
    ]);
    const [statement, single] = theme.questions;
    expect(statement).toMatchObject({
      name: 'doel-01',
      themeTitle: 'Testthema',
      objectiveTitle: 'Doel',
      stemFormat: 'markdown',
      options: [
        { text: 'Waar', correct: false },
        { text: 'Niet waar', correct: true },
      ],
    });
    expect(statement).not.toHaveProperty('timeLimitSeconds');
    expect(single?.name).toBe('doel-02');
    expect(single?.timeLimitSeconds).toBe(45);
    expect(single?.options.map((option) => option.correct)).toEqual([false, false, true, false]);
  });

  it('rejects a draft that names an unknown objective', () => {
    expect(() =>
      defineTheme(header, [
        {
          objective: 'onbekend',
          pool: 'core',
          type: 'ordering',
          difficulty: 'easy',
          stem: 'Volgorde',
          steps: ['een', 'twee', 'drie'],
          explanation: 'Uitleg.',
          tags: ['test'],
        },
      ]),
    ).toThrow(/onbekend/);
  });
});
