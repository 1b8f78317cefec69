/** Request schemas of the practice API (validation and OpenAPI from one definition). */
import { z } from 'zod';
import { emailSchema } from '../people/schemas.ts';

const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM');
const isoDate = z.iso.date();

export const editionParams = z.object({ editionId: z.uuid() });
export const editionOrgParams = z.object({ editionId: z.uuid(), organizationId: z.uuid() });
export const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const itemParams = z.object({ itemId: z.uuid() });

export const campaignSettings = z.object({
  /** ISO weekdays: 1 = Monday … 7 = Sunday. */
  weekdays: z
    .array(z.number().int().min(1).max(7))
    .min(1)
    .max(7)
    .refine((d) => new Set(d).size === d.length, 'must not repeat a day')
    .transform((d) => [...d].sort((a, b) => a - b))
    .optional(),
  sendTime: localTime.optional(),
  questionsPerSend: z.number().int().min(1).max(10).optional(),
  entryCheckSize: z.number().int().min(1).max(40).optional(),
  mailsPerMinute: z.number().int().min(1).max(10_000).optional(),
});

/** Display positions: one option, or a list (multiple response, ordering). */
export const answerResponse = z.union([
  z.number().int().min(0).max(20),
  z.array(z.number().int().min(0).max(20)).max(20),
]);

export const tokenQuery = z.object({ token: z.string().min(10).max(300) });

export const linkAnswerInput = z.object({
  token: z.string().min(10).max(300),
  /** Only for a link without an option (the page shows the question and sends the choice). */
  response: answerResponse.optional(),
});

export const myAnswerInput = z.object({ response: answerResponse });

export const subscriptionChoice = z
  .object({
    status: z.enum(['active', 'paused', 'stopped']),
    pausedUntil: isoDate.nullable().optional(),
  })
  .refine((c) => c.status === 'paused' || !c.pausedUntil, {
    message: 'only a pause has an end date',
    path: ['pausedUntil'],
  });

/**
 * The unsubscribe endpoint takes the token in the query (RFC 8058 one-click POSTs from mail
 * clients, form-encoded `List-Unsubscribe=One-Click`) or in a JSON body from the web page.
 */
export const unsubscribeQuery = z.object({ token: z.string().min(10).max(300).optional() });
export const unsubscribeInput = z
  .object({
    token: z.string().min(10).max(300).optional(),
    status: z.enum(['active', 'paused', 'stopped']).optional(),
    pausedUntil: isoDate.nullable().optional(),
    'List-Unsubscribe': z.string().max(50).optional(),
  })
  .optional();

export const suppressionInput = z.object({
  email: emailSchema,
  reason: z.enum(['bounce', 'complaint', 'manual']),
  detail: z.string().trim().max(500).optional(),
});
export const suppressionParams = z.object({ email: z.string().min(3).max(320) });
