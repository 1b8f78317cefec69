import { z } from 'zod';
import { programmes, roles } from '../../db/schema/index.ts';

export const localeSchema = z.enum(['nl', 'en']);
export const jobRoleSchema = z.enum(['agent', 'team_leader', 'manager']);
const years = z.number().int().min(0).max(60);

export const roleGrantSchema = z.object({
  role: z.enum(roles),
  programme: z.enum(programmes).nullable(),
  organizationId: z.uuid().nullable(),
});

export const personSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  locale: localeSchema,
  jobRole: jobRoleSchema.nullable(),
  yearsInField: z.number().int().nullable(),
  yearsLeadership: z.number().int().nullable(),
  roles: z.array(roleGrantSchema),
});
export type PersonView = z.infer<typeof personSchema>;

/** `GET /api/session`: the person, or null for a visitor. */
export const sessionView = z.object({ user: personSchema.nullable() });

export const profilePatchSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    locale: localeSchema,
    jobRole: jobRoleSchema.nullable(),
    yearsInField: years.nullable(),
    yearsLeadership: years.nullable(),
  })
  .partial();

export const emailSchema = z
  .email()
  .max(320)
  .transform((e) => e.trim().toLowerCase());

export const personCreateSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1).max(200),
  locale: localeSchema.default('nl'),
  jobRole: jobRoleSchema.nullable().optional(),
  yearsInField: years.nullable().optional(),
  yearsLeadership: years.nullable().optional(),
  roles: z.array(roleGrantSchema).max(20).optional(),
});

export const personPatchSchema = profilePatchSchema.extend({
  roles: z.array(roleGrantSchema).max(20).optional(),
});

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export const peopleQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  role: z.enum(roles).optional(),
});
