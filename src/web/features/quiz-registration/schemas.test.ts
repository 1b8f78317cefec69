import { describe, expect, it } from 'vitest';
import {
  companyRegistrationSchema,
  emptyRegistration,
  firstStepWithProblem,
  memberSchema,
  pledgeSchema,
  sponsorSchema,
} from './schemas.ts';

const filledIn = () => ({
  organization: {
    name: ' Klantcontact Noord ',
    kvkNumber: '',
    street: 'Stationsplein 1',
    postalCode: '9711aa',
    city: 'Groningen',
    billingEmail: 'facturen@noord.example',
  },
  coordinator: { name: 'Cor', email: 'cor@noord.example' },
  team: { name: 'Team Noord', department: '' },
});

describe('companyRegistrationSchema', () => {
  it('turns the wizard into the API body: tidy postal code, empty optionals as null', () => {
    expect(companyRegistrationSchema.parse(filledIn())).toEqual({
      organization: {
        name: 'Klantcontact Noord',
        kvkNumber: null,
        street: 'Stationsplein 1',
        postalCode: '9711 AA',
        city: 'Groningen',
        billingEmail: 'facturen@noord.example',
      },
      coordinator: { name: 'Cor', email: 'cor@noord.example' },
      team: { name: 'Team Noord', department: null },
    });
  });

  it('requires the address and billing e-mail (the public sign-up needs them, unlike the admin form)', () => {
    const result = companyRegistrationSchema.safeParse(emptyRegistration());
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'organization.name',
        'organization.street',
        'organization.postalCode',
        'organization.city',
        'organization.billingEmail',
        'coordinator.email',
        'team.name',
      ]),
    );
    expect(paths).not.toContain('organization.kvkNumber');
  });
});

describe('firstStepWithProblem', () => {
  it('finds the earliest step a server problem belongs to', () => {
    expect(firstStepWithProblem(['team.name', 'coordinator.email'])).toBe(1);
    expect(firstStepWithProblem(['organization.kvkNumber'])).toBe(0);
    expect(firstStepWithProblem(['(root)'])).toBeNull();
  });
});

describe('pledgeSchema', () => {
  it('sends euros as whole cents', () => {
    expect(pledgeSchema.parse({ amountCents: 250.5, message: ' Veel plezier ', showName: false })).toEqual({
      amountCents: 25_050,
      message: 'Veel plezier',
      showName: false,
    });
  });

  it('refuses an empty amount and amounts under €1', () => {
    expect(pledgeSchema.safeParse({ amountCents: '', message: '', showName: true }).success).toBe(false);
    expect(pledgeSchema.safeParse({ amountCents: 0.99, message: '', showName: true }).success).toBe(false);
  });
});

describe('sponsorSchema', () => {
  it('takes the amount per participant in euros and an optional website', () => {
    expect(sponsorSchema.parse({ name: 'Sponsor BV', websiteUrl: '', centsPerParticipant: 2 })).toEqual({
      name: 'Sponsor BV',
      websiteUrl: null,
      centsPerParticipant: 200,
    });
    expect(
      sponsorSchema.safeParse({ name: 'X', websiteUrl: 'ftp://x.example', centsPerParticipant: 2 }).success,
    ).toBe(false);
  });
});

describe('memberSchema', () => {
  it('knows the three roles', () => {
    expect(
      memberSchema.safeParse({ name: 'Ahmed', email: 'ahmed@x.example', role: 'team_leader' }).success,
    ).toBe(true);
    expect(memberSchema.safeParse({ name: 'Ahmed', email: 'ahmed@x.example', role: 'boss' }).success).toBe(
      false,
    );
  });
});
