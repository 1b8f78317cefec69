/**
 * Question export to the CSV template. All types and fields are written, so
 * `parseQuestionCsv` reads the file back unchanged.
 */
import type { CsvDelimiter } from '../csv/read-csv.ts';
import { writeCsv } from '../csv/write-csv.ts';
import type { QuestionContent } from '../questions/model.ts';
import { DEFAULT_CSV_OPTION_COLUMNS, questionCsvHeader } from './question-csv-columns.ts';

export interface QuestionCsvWriteOptions {
  /** Default `;` (Dutch Excel). */
  delimiter?: Extract<CsvDelimiter, ';' | ','>;
  /** Default true: a UTF-8 BOM so Excel reads accents correctly. */
  bom?: boolean;
}

/**
 * One row per question. There are at least 8 option and feedback columns, more when a
 * question has more options. true/false rows name their labels in option_1 (true) and
 * option_2 (false) and say `waar` or `niet waar` in `correct`; ordering rows list the
 * options in the right order with `correct` = `order`.
 */
export function writeQuestionCsv(
  questions: readonly QuestionContent[],
  options: QuestionCsvWriteOptions = {},
): string {
  const optionCount = Math.max(DEFAULT_CSV_OPTION_COLUMNS, ...questions.map((q) => q.options.length));
  const header = questionCsvHeader(optionCount);
  const rows = questions.map((q) => {
    const values: Record<string, string> = {
      type: q.type,
      theme: q.themeTitle,
      objective: q.objectiveTitle,
      pool: q.pool,
      difficulty: q.difficulty,
      time_limit: q.timeLimitSeconds === undefined ? '' : String(q.timeLimitSeconds),
      name: q.name ?? '',
      stem: q.stem,
      correct: writeCorrect(q),
      explanation: q.explanation,
      tags: q.tags.join(','),
      format: q.stemFormat,
    };
    q.options.forEach((option, i) => {
      values[`option_${i + 1}`] = option.text;
      values[`feedback_${i + 1}`] = option.feedback ?? '';
    });
    return header.map((column) => values[column] ?? '');
  });
  return writeCsv([header, ...rows], { delimiter: options.delimiter ?? ';', bom: options.bom ?? true });
}

function writeCorrect(q: QuestionContent): string {
  switch (q.type) {
    case 'ordering':
      return 'order';
    case 'truefalse':
      return q.options[0]?.correct ? 'waar' : 'niet waar';
    default:
      return q.options.flatMap((option, i) => (option.correct ? [String(i + 1)] : [])).join(',');
  }
}
