import type { i18n as I18n } from 'i18next';
import { ApiError } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';

type Translator = Pick<I18n, 't' | 'exists'>;

/** The event-day error codes in words (`quizPlay.errors.<code>`), else the app's general wording. */
export function describePlayError(error: unknown, i18n: Translator): string {
  if (error instanceof ApiError) {
    const key = `quizPlay.errors.${error.code}`;
    if (i18n.exists(key)) return i18n.t(key as 'quizPlay.errors.window_closed');
  }
  return describeError(error, i18n);
}
