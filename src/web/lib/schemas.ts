import { z } from 'zod';

// Reusable form fields. Messages are i18n keys, translated by `zodResolver` in form.ts.

/** A trimmed, required text of at most `max` characters. */
export const requiredText = (max: number) =>
  z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');

/** An optional text: empty becomes null, which is how the API clears a field. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .transform((s) => (s === '' ? null : s));

export const emailField = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(320, 'validation.tooLong')
  .pipe(z.email('validation.email'));

export const optionalEmailField = z
  .string()
  .trim()
  .max(320, 'validation.tooLong')
  .pipe(z.union([z.literal(''), z.email('validation.email')]))
  .transform((s) => (s === '' ? null : s));

/**
 * Whole years from 0 to 60 from a NumberInput, which gives '' when empty: empty is null
 * ("not filled in"), anything else must be a whole number in range.
 */
export const yearsField = z.preprocess(
  (value) => (value === '' || value === undefined ? null : value),
  z
    .number('validation.years')
    .int('validation.years')
    .min(0, 'validation.years')
    .max(60, 'validation.years')
    .nullable(),
);
