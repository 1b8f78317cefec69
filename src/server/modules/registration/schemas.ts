/** Request schemas of the registration API (validation and OpenAPI from one definition). */
import { z } from 'zod';
import { jobRoles, memberStatuses } from '../../db/schema/index.ts';
import { organizationInput } from '../organizations/schemas.ts';
import { emailSchema, localeSchema, pageQuerySchema } from '../people/schemas.ts';

const name = z.string().trim().min(1).max(200);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();

export const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const idParams = z.object({ id: z.uuid() });
export const editionOrgParams = z.object({ id: z.uuid(), organizationId: z.uuid() });

export const companyRegistrationInput = z.object({
  organization: organizationInput.extend({
    street: z.string().trim().min(1).max(200),
    postalCode: z
      .string()
      .trim()
      .regex(/^\d{4}\s?[A-Za-z]{2}$/, 'must look like 1234 AB')
      .transform((s) => s.replace(/^(\d{4})\s?([A-Za-z]{2})$/, '$1 $2').toUpperCase()),
    city: z.string().trim().min(1).max(100),
    billingEmail: emailSchema,
  }),
  coordinator: z.object({ name, email: emailSchema, locale: localeSchema.optional() }),
  team: z.object({ name, department: optionalText(200) }),
});
export type CompanyRegistrationInput = z.infer<typeof companyRegistrationInput>;

export const teamInput = z.object({ name, department: optionalText(200) });
export const teamPatch = teamInput.partial();

export const memberInput = z.object({
  name,
  email: emailSchema,
  role: z.enum(jobRoles).default('agent'),
  locale: localeSchema.optional(),
});
export type MemberInput = z.infer<typeof memberInput>;

export const moveInput = z.object({ teamId: z.uuid() });

/** A participant list: CSV or XLSX, base64-encoded, at most 2 MB. */
export const uploadInput = z.object({
  filename: z.string().trim().min(1).max(255),
  contentBase64: z
    .string()
    .max(Math.ceil((2 * 1024 * 1024 * 4) / 3) + 8, 'the file is larger than 2 MB')
    .regex(/^[A-Za-z0-9+/=\s]*$/, 'must be base64'),
});

export const confirmInput = z.object({ locale: localeSchema.optional() }).default({});

export const pledgeInput = z.object({
  amountCents: z.number().int().min(1).max(100_000_000),
  message: optionalText(1000),
  showName: z.boolean().default(true),
});
export const pledgeStatusInput = z.object({ status: z.enum(['pledged', 'paid', 'cancelled']) });

const websiteUrl = z
  .union([z.literal(''), z.url({ protocol: /^https?$/ }).max(500)])
  .transform((s) => (s === '' ? null : s))
  .nullable()
  .optional();

export const sponsorInput = z.object({
  name,
  logoId: z.uuid().nullable().optional(),
  websiteUrl,
  centsPerParticipant: z.number().int().min(0).max(100_000),
  position: z.number().int().min(0).max(1000).optional(),
});
export const sponsorPatch = sponsorInput.partial();

export const reopenInput = z.object({ reason: z.string().trim().min(3).max(1000) });
export const bounceInput = z.object({ email: emailSchema, reason: z.string().trim().max(500).optional() });

export const organizationsFilter = pageQuerySchema.extend({ q: z.string().trim().max(200).optional() });
export const teamsFilter = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  organizationId: z.uuid().optional(),
  short: z.enum(['true', 'false']).optional(),
});
export const participantsFilter = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  organizationId: z.uuid().optional(),
  teamId: z.uuid().optional(),
  status: z.enum(memberStatuses).optional(),
  role: z.enum(jobRoles).optional(),
});
export const pledgesFilter = pageQuerySchema.extend({
  organizationId: z.uuid().optional(),
  status: z.enum(['pledged', 'paid', 'cancelled']).optional(),
});
export type OrganizationsFilter = z.infer<typeof organizationsFilter>;
export type TeamsFilter = z.infer<typeof teamsFilter>;
export type ParticipantsFilter = z.infer<typeof participantsFilter>;
export type PledgesFilter = z.infer<typeof pledgesFilter>;

/** CSV exports take the list's filters (without paging) and the language of the column names. */
const noPaging = { page: true, pageSize: true } as const;
const exportLocale = { locale: localeSchema.default('nl') };
export const organizationsExport = organizationsFilter.omit(noPaging).extend(exportLocale);
export const teamsExport = teamsFilter.omit(noPaging).extend(exportLocale);
export const participantsExport = participantsFilter.omit(noPaging).extend(exportLocale);
export const pledgesExport = pledgesFilter.omit(noPaging).extend(exportLocale);
