import { z } from 'zod';
import { localeSchema, personSchema } from '../people/schemas.ts';

export const magicLinkBody = z.object({
  email: z.email().max(320),
  locale: localeSchema.optional(),
});

export const passwordBody = z.object({
  email: z.email().max(320),
  password: z.string().min(1).max(200),
});

export const userResponse = z.object({ user: personSchema });
