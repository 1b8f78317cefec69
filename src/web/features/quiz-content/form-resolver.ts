import type { i18n as I18n } from 'i18next';
import type { z } from 'zod';
import type { FormErrors } from '../../lib/form.ts';

type Translator = Pick<I18n, 't' | 'exists'>;

/**
 * A Mantine form `validate` from a Zod schema whose messages are i18n keys, both shared
 * (`validation.required`) and this feature's own (`quizContent.validation.year`).
 */
export function quizResolver(schema: z.ZodType, i18n: Translator) {
  return (values: unknown): FormErrors => {
    const result = schema.safeParse(values);
    if (result.success) return {};
    const errors: FormErrors = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      if (path in errors) continue;
      const params = 'maximum' in issue ? { max: Number(issue.maximum) } : {};
      const known = /^(quizContent\.)?validation\./.test(issue.message) && i18n.exists(issue.message);
      errors[path] = known
        ? i18n.t(issue.message as 'validation.required', params)
        : i18n.t('fieldErrors.invalid_type');
    }
    return errors;
  };
}
