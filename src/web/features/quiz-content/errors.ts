import type { i18n as I18n, TFunction } from 'i18next';
import { ApiError } from '../../lib/api.ts';
import { describeError, describeFieldProblem } from '../../lib/errors.ts';
import type { FormErrors } from '../../lib/form.ts';

type Translator = Pick<I18n, 't' | 'exists'>;

/** An API error in words: this feature's codes first (four_eyes, stale_version, …), then the shared ones. */
export function describeQuizError(error: unknown, i18n: Translator): string {
  if (error instanceof ApiError) {
    const key = `quizContent.errors.${error.code}`;
    if (i18n.exists(key)) return i18n.t(key as 'quizContent.errors.four_eyes');
  }
  return describeError(error, i18n);
}

/** The field problem's code in words (`quizContent.fieldErrors`, `quizContent.issues`, shared). */
function describeProblem(problem: { code: string; message: string }, i18n: Translator): string {
  for (const key of [`quizContent.fieldErrors.${problem.code}`, `quizContent.issues.${problem.code}`]) {
    if (i18n.exists(key)) return i18n.t(key as 'quizContent.fieldErrors.date_order');
  }
  return describeFieldProblem({ field: '', ...problem }, i18n);
}

/**
 * Puts an API error on a form: field problems whose (mapped) path is a field of the form
 * land there; the rest become one general message, which is returned (or null).
 */
export function applyQuizApiErrors(
  form: { getValues(): object; setErrors(errors: FormErrors): void },
  error: unknown,
  i18n: Translator,
  mapPath: (field: string) => string = (field) => field,
): string | null {
  const formFields = Object.keys(form.getValues());
  const problems = error instanceof ApiError ? error.fieldProblems : [];
  const fields: FormErrors = {};
  let unplaced = false;
  for (const problem of problems) {
    const path = mapPath(problem.field);
    if (formFields.includes(path.split('.')[0] ?? '')) fields[path] ??= describeProblem(problem, i18n);
    else unplaced = true;
  }
  form.setErrors(fields);
  if (Object.keys(fields).length === 0) return describeQuizError(error, i18n);
  return unplaced ? i18n.t('errors.validation_failed') : null;
}

export interface IssueLike {
  code: string;
  message: string;
  params?: Record<string, string | number> | undefined;
}

/**
 * Which part of a question a `params.field` (`options[2].text`, `tags[0]`, `explanation`)
 * points at, in words: "antwoord 3", "tag 1", "de uitleg".
 */
export function describeIssuePart(field: string | number | undefined, t: TFunction): string {
  const text = typeof field === 'string' ? field : '';
  const option = /^options\[(\d+)\]/.exec(text);
  if (option) return t('quizContent.issueParts.option', { number: Number(option[1]) + 1 });
  const tag = /^tags\[(\d+)\]/.exec(text);
  if (tag) return t('quizContent.issueParts.tag', { number: Number(tag[1]) + 1 });
  const known = [
    'stem',
    'explanation',
    'themeTitle',
    'objectiveTitle',
    'name',
    'options',
    'tags',
    'timeLimitSeconds',
    'type',
    'pool',
    'difficulty',
    'stemFormat',
  ] as const;
  const part = known.find((k) => k === text);
  return t(`quizContent.issueParts.${part ?? 'other'}`);
}

/**
 * A Dutch (or English) sentence for an import issue or a question rule, by its stable code
 * and params (`gift.unclosed_brace`, `csv.missing_column`, `question.empty_option`, …).
 * Unknown codes fall back to the server's English message rather than to nothing.
 */
export function describeIssue(issue: IssueLike, i18n: Translator): string {
  const key = `quizContent.issues.${issue.code}`;
  if (!i18n.exists(key)) return issue.message;
  const t = i18n.t as TFunction;
  const params = issue.params ?? {};
  return t(key as 'quizContent.issues.unknown', {
    ...params,
    message: issue.message,
    part: describeIssuePart(params.field, t),
  });
}
