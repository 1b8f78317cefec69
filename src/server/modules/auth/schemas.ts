import { z } from 'zod';
import { localeSchema, personSchema } from '../people/schemas.ts';

/** A path inside the app (never another site) to land on after logging in. */
export const redirectPath = z
  .string()
  .max(500)
  .regex(/^\/(?!\/)[^\s\\]*$/, 'must be a path inside Wegwijs');

export const magicLinkBody = z.object({
  email: z.email().max(320),
  locale: localeSchema.optional(),
  redirectTo: redirectPath.optional(),
});

export const passwordBody = z.object({
  email: z.email().max(320),
  password: z.string().min(1).max(200),
});

export const userResponse = z.object({ user: personSchema });
