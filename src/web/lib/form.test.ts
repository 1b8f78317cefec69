import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestI18n } from '../test/i18n.ts';
import { ApiError } from './api.ts';
import { describeError } from './errors.ts';
import { apiFormErrors, applyApiErrors, type FormErrors, zodResolver } from './form.ts';
import { emailField, requiredText, yearsField } from './schemas.ts';

const i18n = createTestI18n('nl');

const validationError = (fields: Array<{ field: string; code: string; message: string }>) =>
  new ApiError(400, 'validation_failed', 'invalid', { fields });

describe('apiFormErrors', () => {
  it('puts field problems on the fields the form has, translated by code', () => {
    const error = validationError([
      { field: 'email', code: 'email_taken', message: 'is already in use' },
      { field: 'roles.0.programme', code: 'programme_required', message: 'Staff need a programme.' },
    ]);
    const result = apiFormErrors(error, ['email', 'name', 'roles'], i18n);
    expect(result.fields).toEqual({
      email: 'Dit e-mailadres is al in gebruik.',
      'roles.0.programme': 'Kies een programma.',
    });
    expect(result.general).toBeNull();
  });

  it("falls back to the server's message for codes we do not know", () => {
    const error = validationError([{ field: 'name', code: 'weird_rule', message: 'must rhyme' }]);
    expect(apiFormErrors(error, ['name'], i18n).fields).toEqual({ name: 'must rhyme' });
  });

  it('says something general when a problem has no field in the form', () => {
    const error = validationError([
      { field: 'name', code: 'too_small', message: 'too short' },
      { field: 'secret', code: 'too_small', message: 'too short' },
    ]);
    const result = apiFormErrors(error, ['name'], i18n);
    expect(result.fields).toEqual({ name: 'Vul dit in.' });
    expect(result.general).toBe(i18n.t('errors.validation_failed'));
  });

  it('turns errors without fields into one translated message', () => {
    const result = apiFormErrors(new ApiError(429, 'rate_limited', 'Too many'), ['email'], i18n);
    expect(result.fields).toEqual({});
    expect(result.general).toBe(
      'Je hebt het te vaak geprobeerd. Wacht een minuut en probeer het dan opnieuw.',
    );
  });

  it('applies to a form: errors set, general message returned', () => {
    let errors: FormErrors = {};
    const form = { getValues: () => ({ email: '' }), setErrors: (e: FormErrors) => (errors = e) };
    const general = applyApiErrors(
      form,
      validationError([{ field: 'email', code: 'invalid_format', message: 'bad' }]),
      i18n,
    );
    expect(errors).toEqual({ email: 'Dit heeft niet de juiste vorm.' });
    expect(general).toBeNull();
  });
});

describe('describeError', () => {
  it('translates known codes, uses the server message otherwise, and hides 5xx details', () => {
    expect(describeError(new ApiError(401, 'invalid_credentials', 'x'), i18n)).toBe(
      'Dit e-mailadres en wachtwoord horen niet bij elkaar.',
    );
    expect(describeError(new ApiError(409, 'edition_year_taken', 'There is already an edition.'), i18n)).toBe(
      'There is already an edition.',
    );
    expect(describeError(new ApiError(503, 'db_down', 'pool exhausted'), i18n)).toBe(
      'Er ging bij ons iets mis. Probeer het later nog eens.',
    );
    expect(describeError(new Error('boom'), i18n)).toBe('Er ging iets mis. Probeer het opnieuw.');
  });

  it('follows the language', () => {
    expect(describeError(new ApiError(0, 'network_error', 'x'), createTestI18n('en'))).toMatch(
      /cannot reach/,
    );
  });
});

describe('zodResolver', () => {
  const schema = z.object({ name: requiredText(5), email: emailField, years: yearsField });
  const validate = zodResolver(schema, i18n);

  it('returns no errors for valid values', () => {
    expect(validate({ name: 'Anna', email: ' anna@example.nl ', years: '' })).toEqual({});
  });

  it('translates the i18n keys the schemas use, with parameters', () => {
    expect(validate({ name: '   ', email: 'nope', years: 2.5 })).toEqual({
      name: 'Vul dit in.',
      email: 'Vul een geldig e-mailadres in, zoals naam@organisatie.nl.',
      years: 'Vul een heel aantal jaren in, van 0 tot en met 60.',
    });
    expect(validate({ name: 'Annabel', email: 'a@b.nl', years: 3 })).toEqual({
      name: 'Dit is te lang: maximaal 5 tekens.',
    });
  });
});

describe('shared form fields', () => {
  it('turn empty years into null and keep numbers', () => {
    expect(yearsField.parse('')).toBeNull();
    expect(yearsField.parse(7)).toBe(7);
    expect(yearsField.safeParse(61).success).toBe(false);
  });
});
