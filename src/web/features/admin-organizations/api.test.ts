import { describe, expect, it } from 'vitest';
import { organizationFormValues, organizationSchema } from './api.ts';

describe('organizationSchema', () => {
  it('sends empty optional fields as null and tidies the postal code', () => {
    const input = { ...organizationFormValues(), name: '  Klantcontact BV ', postalCode: '1234ab' };
    expect(organizationSchema.parse(input)).toEqual({
      name: 'Klantcontact BV',
      kvkNumber: null,
      street: null,
      postalCode: '1234 AB',
      city: null,
      billingEmail: null,
    });
  });

  it('rejects a KvK number that is not 8 digits, with our message key', () => {
    const result = organizationSchema.safeParse({
      ...organizationFormValues(),
      name: 'X',
      kvkNumber: '1234',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['kvkNumber'], message: 'validation.kvkNumber' });
  });
});
