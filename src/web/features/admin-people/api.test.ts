import { describe, expect, it } from 'vitest';
import { createPersonSchema, grantSchema, personFormValues } from './api.ts';

describe('grantSchema', () => {
  it('requires a programme for staff and experts, an organisation for coordinators', () => {
    const staff = grantSchema.safeParse({ role: 'staff', programme: null, organizationId: null });
    expect(staff.error?.issues).toMatchObject([
      { path: ['programme'], message: 'validation.programmeRequired' },
    ]);
    const coordinator = grantSchema.safeParse({ role: 'coordinator', programme: null, organizationId: null });
    expect(coordinator.error?.issues).toMatchObject([
      { path: ['organizationId'], message: 'validation.organizationRequired' },
    ]);
  });

  it('drops scope fields a role does not use', () => {
    expect(grantSchema.parse({ role: 'admin', programme: 'quiz', organizationId: 'o1' })).toEqual({
      role: 'admin',
      programme: null,
      organizationId: null,
    });
    expect(grantSchema.parse({ role: 'expert', programme: 'quiz', organizationId: 'o1' })).toEqual({
      role: 'expert',
      programme: 'quiz',
      organizationId: null,
    });
  });
});

describe('createPersonSchema', () => {
  it('builds the POST body from form values, leaving out list keys', () => {
    const values = personFormValues(undefined, 'en');
    values.name = 'Anna';
    values.email = 'Anna@Example.nl ';
    values.yearsInField = 3;
    values.roles = [{ key: 'k1', role: 'participant', programme: 'quiz', organizationId: null }];
    expect(createPersonSchema.parse(values)).toEqual({
      email: 'Anna@Example.nl',
      name: 'Anna',
      locale: 'en',
      jobRole: null,
      yearsInField: 3,
      yearsLeadership: null,
      roles: [{ role: 'participant', programme: 'quiz', organizationId: null }],
    });
  });
});
