import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { ApiError } from './api.ts';
import { describeError, describeFieldProblem } from './errors.ts';

type Translator = Pick<I18n, 't' | 'exists'>;

/**
 * Mantine's `FormErrors`. Declared here because @mantine/form's ESM type entry re-exports
 * its types from an extensionless path, which NodeNext resolution does not follow.
 */
export type FormErrors = Record<string, ReactNode>;

/**
 * A Mantine form `validate` function from a Zod schema. Schemas use i18n keys as their
 * messages (`validation.required`), so the errors appear in the language of the moment.
 */
export function zodResolver(schema: z.ZodType, i18n: Translator) {
  return (values: unknown): FormErrors => {
    const result = schema.safeParse(values);
    if (result.success) return {};
    const errors: FormErrors = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      if (path in errors) continue;
      errors[path] = translateIssue(issue, i18n);
    }
    return errors;
  };
}

function translateIssue(issue: z.core.$ZodIssue, i18n: Translator): string {
  const params = 'maximum' in issue ? { max: Number(issue.maximum) } : {};
  if (issue.message.startsWith('validation.') && i18n.exists(issue.message)) {
    return i18n.t(issue.message as 'validation.tooLong', params);
  }
  const byCode = `fieldErrors.${issue.code}`;
  return i18n.exists(byCode) ? i18n.t(byCode as 'fieldErrors.too_small') : issue.message;
}

export interface ApiFormErrors {
  /** Errors per form path, for `form.setErrors`. */
  fields: FormErrors;
  /** What to say above or below the form: set when some problem has no field of its own in the form. */
  general: string | null;
}

/**
 * Maps an API error onto a form: `details.fields` become field errors for the fields the
 * form has (paths like `roles.0.programme` included); everything else becomes one general message.
 */
export function apiFormErrors(
  error: unknown,
  formFields: readonly string[],
  i18n: Translator,
): ApiFormErrors {
  const fields: FormErrors = {};
  let unplaced = false;
  const problems = error instanceof ApiError ? error.fieldProblems : [];
  for (const problem of problems) {
    const root = problem.field.split('.')[0] ?? '';
    if (formFields.includes(root)) {
      fields[problem.field] ??= describeFieldProblem(problem, i18n);
    } else {
      unplaced = true;
    }
  }
  const placedAny = Object.keys(fields).length > 0;
  let general: string | null = null;
  if (!placedAny) general = describeError(error, i18n);
  else if (unplaced) general = i18n.t('errors.validation_failed');
  return { fields, general };
}

interface FormLike {
  getValues(): object;
  setErrors(errors: FormErrors): void;
}

/**
 * Puts an API error on a Mantine form and returns the general message to show
 * (or null when every problem sits on a field).
 */
export function applyApiErrors(form: FormLike, error: unknown, i18n: Translator): string | null {
  const { fields, general } = apiFormErrors(error, Object.keys(form.getValues()), i18n);
  form.setErrors(fields);
  return general;
}
