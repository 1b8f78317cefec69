import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api.ts';
import { apiFormErrors, zodResolver } from '../../lib/form.ts';
import { createTestI18n } from '../../test/i18n.ts';
import {
  describeImportProblem,
  describeRegistrationError,
  importProblemsOf,
  registrationTranslator,
} from './errors.ts';
import { pledgeSchema } from './schemas.ts';

const i18n = createTestI18n('nl');

describe('registrationTranslator', () => {
  it('explains registration codes in this feature’s words and leaves shared codes alone', () => {
    const exists = new ApiError(409, 'organization_exists', 'This organisation is already registered.');
    expect(describeRegistrationError(exists, i18n)).toMatch(/^Deze organisatie is al aangemeld/);
    const limited = new ApiError(429, 'rate_limited', 'Too many');
    expect(describeRegistrationError(limited, i18n)).toBe(i18n.t('errors.rate_limited'));
  });

  it('puts a registration field problem on its nested field, in Dutch', () => {
    const error = new ApiError(409, 'organization_exists', 'exists', {
      fields: [
        { field: 'organization.kvkNumber', code: 'organization_exists', message: 'is already registered' },
      ],
    });
    const { fields, general } = apiFormErrors(
      error,
      ['organization', 'coordinator', 'team'],
      registrationTranslator(i18n),
    );
    expect(fields).toEqual({ 'organization.kvkNumber': 'Deze organisatie is al aangemeld.' });
    expect(general).toBeNull();
  });

  it('translates this feature’s validation keys through the shared zodResolver', () => {
    const errors = zodResolver(
      pledgeSchema,
      registrationTranslator(i18n),
    )({
      amountCents: 0.5,
      message: '',
      showName: true,
    });
    expect(errors).toEqual({ amountCents: 'Het bedrag moet minstens € 1 zijn.' });
  });
});

describe('describeImportProblem', () => {
  it('names the row’s problem with its details', () => {
    expect(
      describeImportProblem(
        { row: 9, field: 'email', code: 'duplicate_in_file', message: 'dup', params: { firstRow: 4 } },
        i18n,
      ),
    ).toBe('Dit e-mailadres staat ook al in rij 4.');
    expect(
      describeImportProblem(
        {
          row: 2,
          field: 'row',
          code: 'csv.wrong_column_count',
          message: 'x',
          params: { expected: 3, actual: 4 },
        },
        i18n,
      ),
    ).toMatch(/^Deze rij heeft 4 kolommen, de kopregel 3\./);
  });

  it('says which column is missing the way the template names it', () => {
    const text = describeImportProblem(
      { row: 1, field: 'file', code: 'missing_column', message: 'x', params: { column: 'email' } },
      i18n,
    );
    expect(text).toMatch(/^De kolom ‘e-mail’ ontbreekt/);
  });

  it('falls back to the server’s message for a code it does not know', () => {
    expect(
      describeImportProblem({ row: 3, field: 'email', code: 'brand_new', message: 'Server says no.' }, i18n),
    ).toBe('Server says no.');
  });
});

describe('importProblemsOf', () => {
  it('reads the problems of a refused import, and nothing from other errors', () => {
    const problems = [{ row: 3, field: 'name', code: 'missing', message: 'The name is empty.' }];
    expect(importProblemsOf(new ApiError(400, 'import_invalid', 'x', { problems }))).toEqual(problems);
    expect(importProblemsOf(new ApiError(409, 'registration_closed', 'x'))).toEqual([]);
  });
});
