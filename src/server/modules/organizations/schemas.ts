import { z } from 'zod';
import { emailSchema, localeSchema, pageQuerySchema } from '../people/schemas.ts';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();

export const organizationInput = z.object({
  name: z.string().trim().min(1).max(200),
  kvkNumber: z
    .string()
    .trim()
    .regex(/^(\d{8})?$/, 'must be 8 digits')
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional(),
  street: optionalText(200),
  postalCode: z
    .string()
    .trim()
    .regex(/^(\d{4}\s?[A-Za-z]{2})?$/, 'must look like 1234 AB')
    .transform((s) => (s === '' ? null : s.replace(/^(\d{4})\s?([A-Za-z]{2})$/, '$1 $2').toUpperCase()))
    .nullable()
    .optional(),
  city: optionalText(100),
  billingEmail: z
    .union([z.literal(''), emailSchema])
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional(),
});
export const organizationPatch = organizationInput.partial();

export const organizationSummary = z.object({
  id: z.string(),
  name: z.string(),
  kvkNumber: z.string().nullable(),
  city: z.string().nullable(),
  coordinatorCount: z.number(),
  createdAt: z.iso.datetime(),
});

export const organizationDetail = z.object({
  id: z.string(),
  name: z.string(),
  kvkNumber: z.string().nullable(),
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  billingEmail: z.string().nullable(),
  createdAt: z.iso.datetime(),
  coordinators: z.array(z.object({ id: z.string(), name: z.string(), email: z.string() })),
});
export type OrganizationDetail = z.infer<typeof organizationDetail>;

export const organizationsQuery = pageQuerySchema.extend({ q: z.string().trim().max(200).optional() });

export const coordinatorInput = z.object({
  email: emailSchema,
  name: z.string().trim().min(1).max(200),
  locale: localeSchema.optional(),
});
