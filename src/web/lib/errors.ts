import type { i18n as I18n } from 'i18next';
import { ApiError, type FieldProblem } from './api.ts';

type Translator = Pick<I18n, 't' | 'exists'>;

/**
 * A sentence for the person in front of the screen: the translation of the error code
 * (`errors.<code>`) when we have one, otherwise the server's own message.
 */
export function describeError(error: unknown, i18n: Translator): string {
  if (error instanceof ApiError) {
    const key = `errors.${error.code}`;
    if (i18n.exists(key)) return i18n.t(key as 'errors.unknown');
    if (error.status >= 500) return i18n.t('errors.internal_error');
    if (error.message) return error.message;
  }
  return i18n.t('errors.unknown');
}

/** One field problem in words: `fieldErrors.<code>` when known, else the server's message. */
export function describeFieldProblem(problem: FieldProblem, i18n: Translator): string {
  const key = `fieldErrors.${problem.code}`;
  return i18n.exists(key) ? i18n.t(key as 'fieldErrors.too_small') : problem.message;
}

/**
 * True when the request was refused because nobody is logged in (any more). A wrong
 * password is also a 401, but with its own code, and does not count.
 */
export const isUnauthenticated = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 401 && error.code === 'unauthenticated';
