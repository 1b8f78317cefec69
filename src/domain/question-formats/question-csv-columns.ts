/**
 * The question CSV template: one row per question. Documented in docs/question-formats.md.
 */

/** Columns in export order; `option_N` and `feedback_N` repeat (8 by default, more if needed). */
export const questionCsvFixedColumns = [
  'type',
  'theme',
  'objective',
  'pool',
  'difficulty',
  'time_limit',
  'name',
  'stem',
] as const;
export const questionCsvTrailingColumns = ['correct', 'explanation', 'tags', 'format'] as const;

export type QuestionCsvColumn =
  | (typeof questionCsvFixedColumns)[number]
  | (typeof questionCsvTrailingColumns)[number]
  | `option_${number}`
  | `feedback_${number}`;

/** Must be present in the header (theme and objective unless the caller gives defaults). */
export const requiredQuestionCsvColumns = [
  'type',
  'theme',
  'objective',
  'stem',
  'correct',
  'explanation',
] as const;

export const DEFAULT_CSV_OPTION_COLUMNS = 8;

/** The header of an export or template with `optionCount` option and feedback columns. */
export function questionCsvHeader(optionCount = DEFAULT_CSV_OPTION_COLUMNS): string[] {
  const numbered = (prefix: string) => Array.from({ length: optionCount }, (_, i) => `${prefix}_${i + 1}`);
  return [
    ...questionCsvFixedColumns,
    ...numbered('option'),
    ...questionCsvTrailingColumns,
    ...numbered('feedback'),
  ];
}

/**
 * Header cells are matched forgivingly: case, surrounding spaces, and spaces or hyphens
 * instead of underscores do not matter ("Option 1", "time-limit", "option1").
 */
export function normalizeColumnName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
    .replace(/^(option|feedback)_?(\d+)$/, '$1_$2');
}

/** `{ kind, number }` for `option_N` / `feedback_N` (N ≥ 1), otherwise undefined. */
export function numberedColumn(name: string): { kind: 'option' | 'feedback'; number: number } | undefined {
  const match = /^(option|feedback)_(\d+)$/.exec(name);
  if (!match) return undefined;
  const number = Number(match[2]);
  return number >= 1 ? { kind: match[1] as 'option' | 'feedback', number } : undefined;
}

export function isKnownColumn(name: string): name is QuestionCsvColumn {
  return (
    (questionCsvFixedColumns as readonly string[]).includes(name) ||
    (questionCsvTrailingColumns as readonly string[]).includes(name) ||
    numberedColumn(name) !== undefined
  );
}

/** Values of `correct` for true/false questions (lower case), mapped to option 0 (true) or 1. */
export const trueFalseCorrectValues: Record<string, 0 | 1> = {
  waar: 0,
  true: 0,
  t: 0,
  juist: 0,
  ja: 0,
  '1': 0,
  'niet waar': 1,
  onwaar: 1,
  false: 1,
  f: 1,
  onjuist: 1,
  nee: 1,
  '2': 1,
};
