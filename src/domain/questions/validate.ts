/**
 * The rules every question must meet before it is stored or played, whatever its source
 * (editor, GIFT or CSV import, demo content). Pure: returns every problem, never throws.
 */
import { difficulties, type QuestionContent, questionPools, questionTypes, stemFormats } from './model.ts';

export const MIN_TIME_LIMIT_SECONDS = 5;
export const MAX_TIME_LIMIT_SECONDS = 600;
export const MIN_OPTIONS = 2;
export const MAX_ORDERING_OPTIONS = 8;

export type QuestionIssueCode =
  | 'question.invalid_type'
  | 'question.invalid_pool'
  | 'question.invalid_difficulty'
  | 'question.invalid_stem_format'
  | 'question.empty_stem'
  | 'question.empty_explanation'
  | 'question.empty_title'
  | 'question.empty_name'
  | 'question.line_break_not_allowed'
  | 'question.too_few_options'
  | 'question.too_many_options'
  | 'question.empty_option'
  | 'question.no_correct_option'
  | 'question.multiple_correct_options'
  | 'question.ordering_option_not_correct'
  | 'question.invalid_time_limit'
  | 'question.empty_tag'
  | 'question.untrimmed_tag'
  | 'question.invalid_tag_character'
  | 'question.duplicate_tag';

export interface QuestionIssue {
  /** Path of the offending field: `stem`, `options`, `options[2].text`, `tags[0]`, … */
  field: string;
  code: QuestionIssueCode;
  /** English; user interfaces translate by `code` and `params`. */
  message: string;
  params?: Record<string, string | number>;
}

/**
 * Tags travel through GIFT comments (`tags=a,b`) and CSV cells, so the separators and
 * line breaks cannot be part of a tag.
 */
const TAG_FORBIDDEN = /[,;\r\n]/;
const LINE_BREAK = /[\r\n]/;

/**
 * Checks a question against the per-type rules:
 * single — ≥2 options, exactly one correct; multiple — ≥2 options, ≥1 correct;
 * truefalse — exactly 2 options, exactly one correct; ordering — 2..8 options, all marked
 * correct (their array order is the answer). Stem, explanation, theme and objective must be
 * non-blank; titles, name and tags single-line; a time limit is a whole number of seconds
 * in 5..600; tags are trimmed, non-empty, unique and free of `,` and `;`.
 */
export function validateQuestionContent(q: QuestionContent): QuestionIssue[] {
  const issues: QuestionIssue[] = [];
  const add = (field: string, code: QuestionIssueCode, message: string, params?: QuestionIssue['params']) => {
    issues.push(params ? { field, code, message, params } : { field, code, message });
  };

  if (!(questionTypes as readonly string[]).includes(q.type)) {
    add('type', 'question.invalid_type', `Unknown question type "${q.type}".`, { value: String(q.type) });
  }
  if (!(questionPools as readonly string[]).includes(q.pool)) {
    add('pool', 'question.invalid_pool', `Unknown pool "${q.pool}".`, { value: String(q.pool) });
  }
  if (!(difficulties as readonly string[]).includes(q.difficulty)) {
    add('difficulty', 'question.invalid_difficulty', `Unknown difficulty "${q.difficulty}".`, {
      value: String(q.difficulty),
    });
  }
  if (!(stemFormats as readonly string[]).includes(q.stemFormat)) {
    add('stemFormat', 'question.invalid_stem_format', `Unknown text format "${q.stemFormat}".`, {
      value: String(q.stemFormat),
    });
  }

  if (isBlank(q.stem)) add('stem', 'question.empty_stem', 'The question text is empty.');
  if (isBlank(q.explanation)) {
    add('explanation', 'question.empty_explanation', 'The explanation (shown after answering) is empty.');
  }

  for (const field of ['themeTitle', 'objectiveTitle'] as const) {
    const label = field === 'themeTitle' ? 'theme' : 'learning objective';
    if (isBlank(q[field])) add(field, 'question.empty_title', `The ${label} is missing.`);
    else if (LINE_BREAK.test(q[field])) {
      add(field, 'question.line_break_not_allowed', `The ${label} must be a single line.`);
    }
  }
  if (q.name !== undefined) {
    if (isBlank(q.name)) add('name', 'question.empty_name', 'The name is blank; leave it out instead.');
    else if (LINE_BREAK.test(q.name)) {
      add('name', 'question.line_break_not_allowed', 'The name must be a single line.');
    }
  }

  validateOptions(q, add);
  validateTimeLimit(q.timeLimitSeconds, add);
  validateTags(q.tags, add);
  return issues;
}

type AddIssue = (
  field: string,
  code: QuestionIssueCode,
  message: string,
  params?: QuestionIssue['params'],
) => void;

function validateOptions(q: QuestionContent, add: AddIssue): void {
  const options = Array.isArray(q.options) ? q.options : [];
  const count = options.length;
  const correctCount = options.filter((o) => o.correct).length;

  options.forEach((option, index) => {
    if (isBlank(option.text)) {
      add(`options[${index}].text`, 'question.empty_option', `Option ${index + 1} has no text.`, {
        option: index + 1,
      });
    }
  });

  const [min, max] =
    q.type === 'truefalse'
      ? [2, 2]
      : q.type === 'ordering'
        ? [MIN_OPTIONS, MAX_ORDERING_OPTIONS]
        : [MIN_OPTIONS, Infinity];
  if (count < min) {
    add(
      'options',
      'question.too_few_options',
      `A ${q.type} question needs at least ${min} options; it has ${count}.`,
      {
        min,
        count,
      },
    );
  }
  if (count > max) {
    add(
      'options',
      'question.too_many_options',
      `A ${q.type} question allows at most ${max} options; it has ${count}.`,
      {
        max,
        count,
      },
    );
  }

  switch (q.type) {
    case 'single':
    case 'truefalse':
      if (correctCount === 0) add('options', 'question.no_correct_option', 'No option is marked correct.');
      else if (correctCount > 1) {
        add(
          'options',
          'question.multiple_correct_options',
          `A ${q.type} question needs exactly one correct option; ${correctCount} are marked correct.`,
          { count: correctCount },
        );
      }
      break;
    case 'multiple':
      if (count > 0 && correctCount === 0) {
        add('options', 'question.no_correct_option', 'No option is marked correct.');
      }
      break;
    case 'ordering':
      // The array order is the answer, so every option is "correct" by definition.
      options.forEach((option, index) => {
        if (!option.correct) {
          add(
            `options[${index}].correct`,
            'question.ordering_option_not_correct',
            `Option ${index + 1} of an ordering question must be marked correct (the order is the answer).`,
            { option: index + 1 },
          );
        }
      });
      break;
  }
}

function validateTimeLimit(seconds: number | undefined, add: AddIssue): void {
  if (seconds === undefined) return;
  if (!Number.isInteger(seconds) || seconds < MIN_TIME_LIMIT_SECONDS || seconds > MAX_TIME_LIMIT_SECONDS) {
    add(
      'timeLimitSeconds',
      'question.invalid_time_limit',
      `The time limit must be a whole number of seconds from ${MIN_TIME_LIMIT_SECONDS} to ${MAX_TIME_LIMIT_SECONDS}; got ${seconds}.`,
      { min: MIN_TIME_LIMIT_SECONDS, max: MAX_TIME_LIMIT_SECONDS, value: String(seconds) },
    );
  }
}

function validateTags(tags: readonly string[], add: AddIssue): void {
  const seen = new Set<string>();
  (Array.isArray(tags) ? tags : []).forEach((tag, index) => {
    const field = `tags[${index}]`;
    if (isBlank(tag)) {
      add(field, 'question.empty_tag', `Tag ${index + 1} is empty.`, { tag: index + 1 });
      return;
    }
    if (tag !== tag.trim()) {
      add(field, 'question.untrimmed_tag', `Tag "${tag}" starts or ends with spaces.`, { tag });
    }
    if (TAG_FORBIDDEN.test(tag)) {
      add(
        field,
        'question.invalid_tag_character',
        `Tag "${tag}" contains a comma, semicolon or line break.`,
        {
          tag,
        },
      );
    }
    const key = tag.trim().toLowerCase();
    if (seen.has(key)) add(field, 'question.duplicate_tag', `Tag "${tag}" appears more than once.`, { tag });
    seen.add(key);
  });
}

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}
