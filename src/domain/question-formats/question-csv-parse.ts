/**
 * Question import from the CSV template (one row per question; see question-csv-columns.ts
 * and docs/question-formats.md). Every row is checked and every problem is reported with
 * the line where its record starts.
 */
import { readCsv } from '../csv/read-csv.ts';
import {
  difficulties,
  type QuestionContent,
  type QuestionOption,
  type QuestionType,
  questionPools,
  questionTypes,
  stemFormats,
} from '../questions/model.ts';
import {
  ImportCollector,
  type ImportDefaults,
  type ImportOptions,
  type ImportResult,
  normalizeTags,
  type QuestionCsvIssueCode,
  resolveDefaults,
} from './import-result.ts';
import {
  isKnownColumn,
  normalizeColumnName,
  numberedColumn,
  requiredQuestionCsvColumns,
  trueFalseCorrectValues,
} from './question-csv-columns.ts';

/**
 * Parses a question CSV (UTF-8 with or without BOM, `;` or `,` detected from the header).
 * Empty cells for pool, difficulty, time_limit, tags, format, theme and objective take the
 * defaults; theme and objective columns may be left out entirely when defaults are given.
 */
export function parseQuestionCsv(text: string, options?: ImportOptions): ImportResult {
  const defaults = resolveDefaults(options);
  const collector = new ImportCollector();
  const csv = readCsv(text);
  for (const error of csv.errors) collector.error(error.line, error.code, error.message, error.params);
  if (csv.header.length === 0) return collector.finish();

  const columns = new Map<string, number>();
  let headerBroken = false;
  csv.header.forEach((raw, index) => {
    const name = normalizeColumnName(raw);
    if (!isKnownColumn(name)) {
      collector.error(
        csv.headerLine,
        'csv.unknown_column',
        `Unknown column "${raw}" (column ${index + 1}).`,
        {
          column: raw,
          position: index + 1,
        },
      );
      headerBroken = true;
    } else if (columns.has(name)) {
      collector.error(csv.headerLine, 'csv.duplicate_column', `The column "${raw}" appears twice.`, {
        column: raw,
        position: index + 1,
      });
      headerBroken = true;
    } else columns.set(name, index);
  });

  const missing = requiredQuestionCsvColumns.filter(
    (column) =>
      !columns.has(column) &&
      !(column === 'theme' && defaults.themeTitle !== undefined) &&
      !(column === 'objective' && defaults.objectiveTitle !== undefined),
  );
  for (const column of missing) {
    collector.error(csv.headerLine, 'csv.missing_column', `The required column "${column}" is missing.`, {
      column,
    });
  }
  // Without a required column every row would fail the same way; one error per column says it all.
  if (missing.length > 0) return collector.finish();

  const optionCount = Math.max(0, ...[...columns.keys()].map((name) => numberedColumn(name)?.number ?? 0));
  for (const row of csv.rows) {
    const cell = (name: string): string => {
      const index = columns.get(name);
      return index === undefined ? '' : (row.cells[index] ?? '').trim();
    };
    readRow(row.line, cell, { optionCount, defaults, collector, headerBroken });
  }
  return collector.finish();
}

interface RowContext {
  optionCount: number;
  defaults: ImportDefaults;
  collector: ImportCollector;
  headerBroken: boolean;
}

function readRow(line: number, cell: (name: string) => string, context: RowContext): void {
  const { defaults, collector } = context;
  let blocked = context.headerBroken;
  const reported: string[] = [];
  const fail = (
    code: QuestionCsvIssueCode,
    message: string,
    params: Record<string, string | number>,
    field?: string,
  ) => {
    collector.error(line, code, message, params);
    blocked = true;
    if (field) reported.push(field);
  };

  const enumCell = <T extends string>(
    column: string,
    allowed: readonly T[],
    fallback: T,
    field: string,
  ): T => {
    const raw = cell(column);
    if (raw === '') return fallback;
    const value = raw.toLowerCase();
    if ((allowed as readonly string[]).includes(value)) return value as T;
    fail(
      'csv.invalid_value',
      `Invalid ${column} "${raw}"; expected one of ${allowed.join(', ')}.`,
      { column, value: raw, allowed: allowed.join(', ') },
      field,
    );
    return fallback;
  };

  const typeRaw = cell('type');
  const type = questionTypes.find((t) => t === typeRaw.toLowerCase());
  if (!type) {
    fail(
      'csv.unknown_type',
      typeRaw === ''
        ? `The type is empty; expected one of ${questionTypes.join(', ')}.`
        : `Unknown question type "${typeRaw}"; expected one of ${questionTypes.join(', ')}.`,
      { value: typeRaw, allowed: questionTypes.join(', ') },
      'type',
    );
  }
  const pool = enumCell('pool', questionPools, defaults.pool, 'pool');
  const difficulty = enumCell('difficulty', difficulties, defaults.difficulty, 'difficulty');
  const stemFormat = enumCell('format', stemFormats, defaults.stemFormat, 'stemFormat');

  let timeLimitSeconds = defaults.timeLimitSeconds;
  const timeRaw = cell('time_limit');
  if (timeRaw !== '') {
    if (/^\d+$/.test(timeRaw)) timeLimitSeconds = Number(timeRaw);
    else {
      fail(
        'csv.invalid_value',
        `Invalid time_limit "${timeRaw}"; expected a whole number of seconds.`,
        { column: 'time_limit', value: timeRaw, allowed: 'whole number of seconds' },
        'timeLimitSeconds',
      );
    }
  }

  const tagsRaw = cell('tags');
  const tags = tagsRaw === '' ? [...defaults.tags] : normalizeTags(tagsRaw.split(/[,;]/));
  const name = cell('name');

  const options = type ? readOptions(type, cell, context.optionCount, defaults, fail) : undefined;
  if (!options) reported.push('options');

  const content: QuestionContent = {
    ...(name !== '' && { name }),
    type: type ?? 'single',
    stem: cell('stem'),
    stemFormat,
    options: options ?? [],
    explanation: cell('explanation'),
    themeTitle: cell('theme') || defaults.themeTitle || '',
    objectiveTitle: cell('objective') || defaults.objectiveTitle || '',
    pool,
    difficulty,
    ...(timeLimitSeconds !== undefined && { timeLimitSeconds }),
    tags,
  };
  collector.finishQuestion(line, content, { blocked, alreadyReported: reported });
}

type Fail = (code: QuestionCsvIssueCode, message: string, params: Record<string, string | number>) => void;

/** Options with their correct flags, or undefined when the option cells are unusable (already reported). */
function readOptions(
  type: QuestionType,
  cell: (name: string) => string,
  optionCount: number,
  defaults: ImportDefaults,
  fail: Fail,
): QuestionOption[] | undefined {
  const texts = Array.from({ length: optionCount }, (_, i) => cell(`option_${i + 1}`));
  const feedbacks = Array.from({ length: optionCount }, (_, i) => cell(`feedback_${i + 1}`));
  let used = texts.length;
  while (used > 0 && texts[used - 1] === '') used--;
  let ok = true;

  for (let i = 0; i < used; i++) {
    if (texts[i] === '') {
      fail('csv.option_gap', `option_${i + 1} is empty but a later option is filled in.`, { option: i + 1 });
      ok = false;
    }
  }

  let labels = texts.slice(0, used);
  if (type === 'truefalse') {
    if (used === 0) labels = [...defaults.trueFalseLabels];
    else if (used === 1) {
      fail(
        'csv.truefalse_labels_incomplete',
        'A truefalse row needs both option_1 (true) and option_2 (false), or neither.',
        { optionCount: used },
      );
      ok = false;
    }
  }
  feedbacks.forEach((feedback, i) => {
    if (feedback !== '' && i >= labels.length) {
      fail('csv.feedback_without_option', `feedback_${i + 1} is filled in but option_${i + 1} is empty.`, {
        option: i + 1,
      });
      ok = false;
    }
  });

  const correct = readCorrect(type, cell('correct'), labels.length, fail);
  if (!ok || !correct) return undefined;
  return labels.map((text, i) => {
    const feedback = feedbacks[i] ?? '';
    const option: QuestionOption = { text, correct: correct.has(i) };
    return feedback === '' ? option : { ...option, feedback };
  });
}

/** Zero-based indices of the correct options, or undefined after reporting a bad value. */
function readCorrect(
  type: QuestionType,
  raw: string,
  optionCount: number,
  fail: Fail,
): Set<number> | undefined {
  switch (type) {
    case 'ordering':
      if (raw !== '' && !/^(order|volgorde)$/i.test(raw)) {
        fail(
          'csv.invalid_correct',
          `For an ordering question leave correct empty or write "order"; found "${raw}".`,
          {
            value: raw,
          },
        );
        return undefined;
      }
      return new Set(Array.from({ length: optionCount }, (_, i) => i));
    case 'truefalse': {
      if (raw === '') return new Set();
      const index = trueFalseCorrectValues[raw.toLowerCase().replace(/\s+/g, ' ')];
      if (index === undefined) {
        fail(
          'csv.invalid_correct',
          `For a truefalse question write waar or niet waar (true/false); found "${raw}".`,
          {
            value: raw,
          },
        );
        return undefined;
      }
      return new Set([index]);
    }
    case 'single':
    case 'multiple': {
      const tokens = raw.split(/[\s,;]+/).filter((t) => t !== '');
      const result = new Set<number>();
      for (const token of tokens) {
        if (!/^\d+$/.test(token)) {
          fail('csv.invalid_correct', `correct lists option numbers such as 2 or 1,3; found "${raw}".`, {
            value: raw,
          });
          return undefined;
        }
        const number = Number(token);
        if (number < 1 || number > optionCount) {
          fail(
            'csv.correct_out_of_range',
            `correct refers to option ${number}, but the row has ${optionCount} options.`,
            { option: number, optionCount },
          );
          return undefined;
        }
        result.add(number - 1);
      }
      return result;
    }
  }
}
