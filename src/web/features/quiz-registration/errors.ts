import type { i18n as I18n } from 'i18next';
import { ApiError } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import type { ImportProblem } from './types.ts';

type Translator = Pick<I18n, 't' | 'exists'>;

const ownNamespace = 'quizRegistration';

/**
 * The shared helpers (`describeError`, `applyApiErrors`, `zodResolver`) look up
 * `errors.<code>`, `fieldErrors.<code>` and `validation.<key>`. This translator answers
 * those keys from this feature's own texts (`quizRegistration.errors.<code>` and so on)
 * when it has them, so registration codes such as `organization_exists` read well without
 * touching the shared catalogue; every other key goes to i18next unchanged.
 */
export function registrationTranslator(i18n: Translator): Translator {
  const local = (key: unknown): unknown => {
    if (typeof key !== 'string') return key;
    const match = /^(errors|fieldErrors|validation)\.(.+)$/.exec(key);
    if (match) {
      const own = `${ownNamespace}.${match[1]}.${match[2]}`;
      if (i18n.exists(own)) return own;
    }
    return key;
  };
  // i18next's t and exists have many overloads; we only rewrite the key and pass the rest on.
  const t = ((key: unknown, ...rest: unknown[]) =>
    (i18n.t as unknown as (...args: unknown[]) => string)(local(key), ...rest)) as unknown as I18n['t'];
  const exists = ((key: unknown, ...rest: unknown[]) =>
    (i18n.exists as (...args: unknown[]) => boolean)(local(key), ...rest)) as I18n['exists'];
  return { t, exists };
}

/** An API error in words, preferring this feature's texts for its codes. */
export function describeRegistrationError(error: unknown, i18n: Translator): string {
  return describeError(error, registrationTranslator(i18n));
}

/** The `details.problems` of a 400 import_invalid answer (the same list the preview gives). */
export function importProblemsOf(error: unknown): ImportProblem[] {
  if (!(error instanceof ApiError) || error.code !== 'import_invalid') return [];
  const problems = error.details?.problems;
  return Array.isArray(problems) ? (problems as ImportProblem[]) : [];
}

/**
 * One problem of a participant file in words, e.g. "Dit e-mailadres staat al in rij 4."
 * Unknown codes fall back to the server's English message.
 */
export function describeImportProblem(problem: ImportProblem, i18n: Translator): string {
  const key = `${ownNamespace}.importProblems.${problem.field}.${problem.code.replaceAll('.', '_')}`;
  if (!i18n.exists(key)) return problem.message;
  const params: Record<string, string | number> = { ...(problem.params ?? {}) };
  // `missing_column` names the column in code (`name`, `email`); say it the way the template does.
  const column = `${ownNamespace}.columns.${params.column}`;
  if (typeof params.column === 'string' && i18n.exists(column)) {
    params.column = i18n.t(column as 'quizRegistration.columns.name');
  }
  return i18n.t(key as 'quizRegistration.importProblems.email.invalid', params) as string;
}
