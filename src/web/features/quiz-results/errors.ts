import type { i18n as I18n } from 'i18next';
import { ApiError } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';

type Translator = Pick<I18n, 't' | 'exists'>;

/** The results API's error codes in words (`quizResults.errors.<code>`), else the app's general wording. */
export function describeResultsError(error: unknown, i18n: Translator): string {
  if (error instanceof ApiError) {
    const key = `quizResults.errors.${error.code}`;
    if (i18n.exists(key)) return i18n.t(key as 'quizResults.errors.not_published');
  }
  return describeError(error, i18n);
}
