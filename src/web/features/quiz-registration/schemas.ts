import { z } from 'zod';
import { jobRoles } from '../../lib/roles.ts';
import { emailField, optionalText, requiredText } from '../../lib/schemas.ts';
import { eurosToCents } from './money.ts';

// Form schemas of the registration pages. Their output is the request body; messages are
// i18n keys, translated by zodResolver (lib/form.ts) with `registrationTranslator`, which
// finds keys like `validation.amountTooSmall` among this feature's own texts.

const kvkNumber = z
  .string()
  .trim()
  .regex(/^(\d{8})?$/, 'validation.kvkNumber')
  .transform((s) => (s === '' ? null : s));

const postalCode = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .regex(/^\d{4}\s?[A-Za-z]{2}$/, 'validation.postalCode')
  .transform((s) => `${s.slice(0, 4)} ${s.slice(-2).toUpperCase()}`);

/** Step 1 of the company registration: the organisation. */
export const organizationStepSchema = z.object({
  name: requiredText(200),
  kvkNumber,
  street: requiredText(200),
  postalCode,
  city: requiredText(100),
  billingEmail: emailField,
});

/** Step 2: the person registering, who becomes coordinator. */
export const coordinatorStepSchema = z.object({
  name: requiredText(200),
  email: emailField,
});

/** Step 3: the first team. */
export const teamSchema = z.object({
  name: requiredText(200),
  department: optionalText(200),
});

export const companyRegistrationSchema = z.object({
  organization: organizationStepSchema,
  coordinator: coordinatorStepSchema,
  team: teamSchema,
});
export type CompanyRegistrationValues = z.input<typeof companyRegistrationSchema>;
export type CompanyRegistrationInput = z.output<typeof companyRegistrationSchema>;

/** The wizard's steps in order, named after the part of the form (and of the API body) they fill in. */
export const registrationSteps = ['organization', 'coordinator', 'team'] as const;
export type RegistrationStep = (typeof registrationSteps)[number];

export const stepSchemas: Record<RegistrationStep, z.ZodType> = {
  organization: organizationStepSchema,
  coordinator: coordinatorStepSchema,
  team: teamSchema,
};

export function emptyRegistration(): CompanyRegistrationValues {
  return {
    organization: { name: '', kvkNumber: '', street: '', postalCode: '', city: '', billingEmail: '' },
    coordinator: { name: '', email: '' },
    team: { name: '', department: '' },
  };
}

/**
 * The first step that has a problem in `fieldPaths` (paths like `organization.kvkNumber`
 * from the server), so the wizard can go back to where the problem is; null when none do.
 */
export function firstStepWithProblem(fieldPaths: readonly string[]): number | null {
  let first: number | null = null;
  for (const path of fieldPaths) {
    const index = registrationSteps.indexOf(path.split('.')[0] as RegistrationStep);
    if (index >= 0 && (first === null || index < first)) first = index;
  }
  return first;
}

/** Adding one participant (or the person who replaces someone). */
export const memberSchema = z.object({
  name: requiredText(200),
  email: emailField,
  role: z.enum(jobRoles, 'validation.choose'),
});
export type MemberInput = z.output<typeof memberSchema>;

/** Euros from a number field, as whole cents between €1 and €1,000,000. */
const euroAmount = (min: number, max: number) =>
  z
    .union([z.number(), z.string()])
    .transform((value, ctx) => {
      const cents = eurosToCents(value);
      if (cents === null) {
        ctx.addIssue({ code: 'custom', message: 'validation.required' });
        return z.NEVER;
      }
      return cents;
    })
    .pipe(z.number().int().min(min, 'validation.amountTooSmall').max(max, 'validation.tooBig'));

/** A company's extra donation; the amount is typed in euros and sent in cents. */
export const pledgeSchema = z.object({
  amountCents: euroAmount(100, 100_000_000),
  message: optionalText(1000),
  showName: z.boolean(),
});
export type PledgeInput = z.output<typeof pledgeSchema>;

/** A sponsor (staff): amount per participant typed in euros, website optional. */
export const sponsorSchema = z.object({
  name: requiredText(200),
  websiteUrl: z
    .string()
    .trim()
    .max(500, 'validation.tooLong')
    .pipe(z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'validation.url' })]))
    .transform((s) => (s === '' ? null : s)),
  centsPerParticipant: z
    .union([z.number(), z.string()])
    .transform((value, ctx) => {
      const cents = eurosToCents(value);
      if (cents === null) {
        ctx.addIssue({ code: 'custom', message: 'validation.required' });
        return z.NEVER;
      }
      return cents;
    })
    .pipe(z.number().int().min(0, 'validation.tooBig').max(100_000, 'validation.tooBig')),
  /** An image uploaded with POST /api/media; null removes the logo. */
  logoId: z.string().nullable().optional(),
});
export type SponsorInput = z.output<typeof sponsorSchema>;

/** Reopening a closed registration needs a reason (kept in the audit log). */
export const reopenSchema = z.object({
  reason: z.string().trim().min(3, 'validation.reasonTooShort').max(1000, 'validation.tooLong'),
});
