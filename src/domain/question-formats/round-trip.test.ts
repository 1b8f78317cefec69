/**
 * Property-style round trips: many generated questions, full of characters that mean
 * something in GIFT or CSV, must come back deeply equal after export and import.
 * Seeded, so a failure reproduces; the failing seed is in the assertion message.
 */
import { describe, expect, it } from 'vitest';
import {
  difficulties,
  type QuestionContent,
  type QuestionOption,
  type QuestionType,
  questionPools,
  stemFormats,
} from '../questions/model.ts';
import { validateQuestionContent } from '../questions/validate.ts';
import { mulberry32, type Random, randomInt } from '../random.ts';
import { parseGift } from './gift-parse.ts';
import { writeGift } from './gift-write.ts';
import { defaultTrueFalseLabels } from './import-result.ts';
import { parseQuestionCsv } from './question-csv-parse.ts';
import { writeQuestionCsv } from './question-csv-write.ts';

/** Pieces that are syntax somewhere: GIFT control characters, CSV quoting, format tags, weights, prefixes. */
const PIECES = [
  'a',
  'Klant',
  ' ',
  ' ',
  'é',
  'ë',
  '€',
  'ü',
  '😀',
  '~',
  '=',
  '#',
  '{',
  '}',
  ':',
  '\\',
  '\n',
  ';',
  ',',
  '"',
  "'",
  '%',
  '%50%',
  '%-5%',
  '[html]',
  '[markdown]',
  '[plain]',
  '[moodle]',
  '::',
  '//',
  '####',
  '#',
  '->',
  '___',
  '/',
  '$CATEGORY:',
  '$course$/',
  'top/',
  '\\n',
  '\\~',
  'T',
  'TRUE',
  '+31',
  '-',
  '@',
  '=SUM(A1)',
  '\t',
  '[tag:x]',
  'waar',
  'sep=;',
  '""',
];

function pick<T>(random: Random, items: readonly T[]): T {
  return items[randomInt(random, items.length)]!;
}

function text(random: Random, { singleLine = false, forbidden = /$^/ } = {}): string {
  for (;;) {
    const pieces = Array.from({ length: 1 + randomInt(random, 8) }, () => pick(random, PIECES));
    let value = pieces.join('');
    if (singleLine) value = value.replaceAll('\n', ' ');
    value = value.replace(forbidden, '').trim();
    if (value !== '') return value;
  }
}

function maybe<T>(random: Random, make: () => T): T | undefined {
  return random() < 0.5 ? make() : undefined;
}

function generateQuestion(
  random: Random,
  type: QuestionType,
  { customLabels = false } = {},
): QuestionContent {
  const optionCount = type === 'truefalse' ? 2 : 2 + randomInt(random, 7);
  const options: QuestionOption[] = Array.from({ length: optionCount }, (_, i) => {
    const label = type === 'truefalse' && !customLabels ? defaultTrueFalseLabels[i]! : text(random);
    const feedback = maybe(random, () => text(random));
    return feedback === undefined
      ? { text: label, correct: false }
      : { text: label, correct: false, feedback };
  });
  if (type === 'ordering') for (const option of options) option.correct = true;
  else if (type === 'multiple') {
    for (const option of options) option.correct = random() < 0.5;
    options[randomInt(random, optionCount)]!.correct = true;
  } else options[randomInt(random, optionCount)]!.correct = true;

  const tags = new Map<string, string>();
  for (let i = randomInt(random, 4); i > 0; i--) {
    const tag = text(random, { singleLine: true, forbidden: /[,;]/g });
    tags.set(tag.toLowerCase(), tag);
  }
  const name = maybe(random, () => text(random, { singleLine: true }));
  const timeLimitSeconds = maybe(random, () => 5 + randomInt(random, 596));
  return {
    ...(name !== undefined && { name }),
    type,
    stem: text(random),
    stemFormat: pick(random, stemFormats),
    options,
    explanation: text(random),
    themeTitle: text(random, { singleLine: true }),
    objectiveTitle: text(random, { singleLine: true }),
    pool: pick(random, questionPools),
    difficulty: pick(random, difficulties),
    ...(timeLimitSeconds !== undefined && { timeLimitSeconds }),
    tags: [...tags.values()],
  };
}

function generateBatch(
  seed: number,
  types: readonly QuestionType[],
  customLabels: boolean,
): QuestionContent[] {
  const random = mulberry32(seed);
  const batch = Array.from({ length: 1 + randomInt(random, 6) }, () =>
    generateQuestion(random, pick(random, types), { customLabels }),
  );
  // Generated questions must be valid, otherwise the round trip proves nothing.
  for (const q of batch) expect(validateQuestionContent(q), `seed ${seed}`).toEqual([]);
  return batch;
}

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);

describe('round trips', () => {
  it('GIFT: export then import returns every single, multiple and true/false question unchanged', () => {
    for (const seed of SEEDS) {
      const questions = generateBatch(seed, ['single', 'multiple', 'truefalse'], false);
      const { text: gift, skipped } = writeGift(questions);
      expect(skipped, `seed ${seed}`).toEqual([]);
      const result = parseGift(gift);
      expect(result.errors, `seed ${seed}\n${gift}`).toEqual([]);
      expect(result.warnings, `seed ${seed}`).toEqual([]);
      expect(
        result.questions.map((q) => q.content),
        `seed ${seed}\n${gift}`,
      ).toEqual(questions);
    }
  });

  it('GIFT: the round trip does not depend on the importer’s defaults', () => {
    const questions = generateBatch(1234, ['single', 'multiple', 'truefalse'], false);
    const result = parseGift(writeGift(questions).text, {
      defaults: {
        pool: 'practice',
        difficulty: 'hard',
        timeLimitSeconds: 99,
        tags: ['x'],
        stemFormat: 'html',
        themeTitle: 'T',
        objectiveTitle: 'O',
      },
    });
    expect(result.questions.map((q) => q.content)).toEqual(questions);
  });

  it('CSV: export then import returns every question of every type unchanged, with either delimiter', () => {
    for (const seed of SEEDS) {
      const questions = generateBatch(seed, ['single', 'multiple', 'truefalse', 'ordering'], true);
      for (const delimiter of [';', ','] as const) {
        const csv = writeQuestionCsv(questions, { delimiter, bom: seed % 2 === 0 });
        const result = parseQuestionCsv(csv);
        expect(result.errors, `seed ${seed}\n${csv}`).toEqual([]);
        expect(
          result.questions.map((q) => q.content),
          `seed ${seed} ${delimiter}\n${csv}`,
        ).toEqual(questions);
      }
    }
  });

  it('reports the line where each question starts, also for multi-line CSV records', () => {
    const questions = generateBatch(42, ['single', 'ordering'], true);
    const csv = writeQuestionCsv(questions);
    const starts = [...csv.matchAll(/\r\n/g)].map((m) => m.index + 2);
    // Record i+1 starts right after the i-th CRLF (record breaks are CRLF, breaks inside fields LF).
    const expectedLines = questions.map((_, i) => csv.slice(0, starts[i]).split(/\r\n|\n/).length);
    expect(parseQuestionCsv(csv).questions.map((q) => q.line)).toEqual(expectedLines);
  });
});
