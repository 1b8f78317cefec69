import type { i18n as I18n } from 'i18next';
import type { z } from 'zod';
import { describeError } from '../../lib/errors.ts';
import type { FormErrors } from '../../lib/form.ts';
import { applyApiErrors, zodResolver } from '../../lib/form.ts';

type Translator = Pick<I18n, 't' | 'exists'>;

const ownNamespace = 'quizPractice';

/**
 * The shared helpers (`describeError`, `applyApiErrors`, `zodResolver`) look up
 * `errors.<code>`, `fieldErrors.<code>` and `validation.<key>`. This translator answers those
 * from this feature's texts first (`quizPractice.errors.link_invalid` …), so the practice
 * codes read well without touching the shared catalogue; other keys pass unchanged.
 */
export function practiceTranslator(i18n: Translator): Translator {
  const local = (key: unknown): unknown => {
    if (typeof key !== 'string') return key;
    const match = /^(errors|fieldErrors|validation)\.(.+)$/.exec(key);
    if (match) {
      const own = `${ownNamespace}.${match[1]}.${match[2]}`;
      if (i18n.exists(own)) return own;
    }
    return key;
  };
  // i18next's t and exists have many overloads; only the key is rewritten, the rest passes on.
  const t = ((key: unknown, ...rest: unknown[]) =>
    (i18n.t as unknown as (...args: unknown[]) => string)(local(key), ...rest)) as unknown as I18n['t'];
  const exists = ((key: unknown, ...rest: unknown[]) =>
    (i18n.exists as (...args: unknown[]) => boolean)(local(key), ...rest)) as I18n['exists'];
  return { t, exists };
}

/** An API error in words, preferring this feature's texts for the practice codes. */
export function describePracticeError(error: unknown, i18n: Translator): string {
  return describeError(error, practiceTranslator(i18n));
}

/** `applyApiErrors` with the practice texts. */
export function applyPracticeApiErrors(
  form: { getValues(): object; setErrors(errors: FormErrors): void },
  error: unknown,
  i18n: Translator,
): string | null {
  return applyApiErrors(form, error, practiceTranslator(i18n));
}

/** `zodResolver` for schemas whose messages are keys of this feature (`quizPractice.validation.…`). */
export function practiceResolver(schema: z.ZodType, i18n: Translator) {
  return zodResolver(schema, practiceTranslator(i18n));
}
