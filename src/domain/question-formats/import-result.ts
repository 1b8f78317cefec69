/**
 * What a question import returns, shared by the GIFT and CSV formats, and the last step
 * both importers take for every question: fill defaults, validate, sort into buckets.
 */
import type { CsvReadErrorCode } from '../csv/read-csv.ts';
import type { Difficulty, QuestionContent, QuestionPool, StemFormat } from '../questions/model.ts';
import { type QuestionIssueCode, validateQuestionContent } from '../questions/validate.ts';

export type GiftIssueCode =
  | 'gift.invalid_character'
  | 'gift.unknown_escape'
  | 'gift.unclosed_name'
  | 'gift.unclosed_brace'
  | 'gift.unmatched_brace'
  | 'gift.multiple_answer_blocks'
  | 'gift.unsupported_kind'
  | 'gift.text_before_answers'
  | 'gift.invalid_weight'
  | 'gift.weights_do_not_add_up'
  | 'gift.category_too_deep'
  | 'gift.category_empty_level'
  | 'gift.invalid_category'
  | 'gift.missing_theme'
  | 'gift.missing_objective'
  | 'gift.meta_unknown_key'
  | 'gift.meta_invalid_value'
  | 'gift.meta_malformed';

/** Warnings never stop a question from being imported. */
export type GiftWarningCode =
  | 'gift.partial_credit_ignored'
  | 'gift.text_after_answers'
  | 'gift.meta_without_question';

export type QuestionCsvIssueCode =
  | CsvReadErrorCode
  | 'csv.missing_column'
  | 'csv.unknown_column'
  | 'csv.duplicate_column'
  | 'csv.unknown_type'
  | 'csv.invalid_value'
  | 'csv.invalid_correct'
  | 'csv.correct_out_of_range'
  | 'csv.option_gap'
  | 'csv.feedback_without_option'
  | 'csv.truefalse_labels_incomplete';

export type ImportErrorCode = 'import.empty' | GiftIssueCode | QuestionCsvIssueCode | QuestionIssueCode;

export interface ImportIssue<Code extends string = ImportErrorCode> {
  /** 1-based line in the file; for a multi-line CSV record or GIFT question, where it starts. */
  line: number;
  code: Code;
  /** English; user interfaces translate by `code` and `params`. */
  message: string;
  /** Values for the message; validation issues carry the offending `field`. */
  params?: Record<string, string | number>;
}

export interface ImportedQuestion {
  /** Line where the question (GIFT: its first non-comment line) or CSV record starts. */
  line: number;
  content: QuestionContent;
}

export interface ImportResult {
  /** Questions without any error, ready to store, in file order. */
  questions: ImportedQuestion[];
  /**
   * Questions that were read completely but break a rule of `validateQuestionContent`
   * (e.g. no explanation); their errors are in `errors` at the same line. For previews.
   */
  invalidQuestions: ImportedQuestion[];
  /** Every problem in the file, sorted by line. A non-empty list means: do not import blindly. */
  errors: ImportIssue[];
  warnings: ImportIssue<GiftWarningCode>[];
}

/** Values for what a file leaves out. */
export interface ImportDefaults {
  pool: QuestionPool;
  difficulty: Difficulty;
  timeLimitSeconds?: number;
  tags: string[];
  stemFormat: StemFormat;
  themeTitle?: string;
  objectiveTitle?: string;
  /** Option texts of a true/false question: [true, false]. */
  trueFalseLabels: [string, string];
}

export interface ImportOptions {
  defaults?: Partial<ImportDefaults>;
}

export const defaultTrueFalseLabels: [string, string] = ['Waar', 'Niet waar'];

export const baseImportDefaults: ImportDefaults = {
  pool: 'core',
  difficulty: 'medium',
  tags: [],
  stemFormat: 'plain',
  trueFalseLabels: defaultTrueFalseLabels,
};

export function resolveDefaults(options: ImportOptions | undefined): ImportDefaults {
  const given = options?.defaults ?? {};
  const defined = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
  return { ...baseImportDefaults, ...defined };
}

/** Collects issues and questions while a file is read. */
export class ImportCollector {
  readonly result: ImportResult = { questions: [], invalidQuestions: [], errors: [], warnings: [] };

  error(
    line: number,
    code: ImportErrorCode,
    message: string,
    params?: Record<string, string | number>,
  ): void {
    this.result.errors.push(params ? { line, code, message, params } : { line, code, message });
  }

  warning(
    line: number,
    code: GiftWarningCode,
    message: string,
    params?: Record<string, string | number>,
  ): void {
    this.result.warnings.push(params ? { line, code, message, params } : { line, code, message });
  }

  /**
   * Validates a fully read question and files it. `blocked` = the reader already reported
   * errors for it, so it is neither importable nor a faithful preview. Validation issues for
   * `alreadyReported` fields (e.g. a missing theme the reader explained better) are skipped;
   * `options` also covers `options[2].text` and the like.
   */
  finishQuestion(
    line: number,
    content: QuestionContent,
    {
      blocked = false,
      alreadyReported = [],
    }: { blocked?: boolean; alreadyReported?: readonly string[] } = {},
  ): void {
    const covered = (field: string) => alreadyReported.some((f) => field === f || field.startsWith(`${f}[`));
    const issues = validateQuestionContent(content).filter((issue) => !covered(issue.field));
    for (const issue of issues)
      this.error(line, issue.code, issue.message, { ...issue.params, field: issue.field });
    if (blocked) return;
    (issues.length === 0 ? this.result.questions : this.result.invalidQuestions).push({ line, content });
  }

  /** Sorts issues by line (stable) and reports a file without any question. */
  finish(): ImportResult {
    const { result } = this;
    if (result.questions.length + result.invalidQuestions.length === 0 && result.errors.length === 0) {
      this.error(1, 'import.empty', 'The file contains no questions.');
    }
    result.errors.sort((a, b) => a.line - b.line);
    result.warnings.sort((a, b) => a.line - b.line);
    return result;
  }
}

/** Trims tags, drops empty ones and duplicates (case-insensitive), keeping the first spelling. */
export function normalizeTags(tags: Iterable<string>): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}
