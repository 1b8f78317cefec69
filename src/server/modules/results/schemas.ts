/** Request schemas of the results API (validation and OpenAPI from one definition). */
import { z } from 'zod';

const reason = z.string().trim().min(5, 'must say why (at least 5 characters)').max(1000);

export const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const editionParams = z.object({ id: z.uuid() });
export const snapshotParams = z.object({ id: z.uuid(), snapshotId: z.uuid() });
export const exclusionParams = z.object({ id: z.uuid(), exclusionId: z.uuid() });
export const organizationParams = z.object({ id: z.uuid(), organizationId: z.uuid() });
export const participantParams = z.object({ id: z.uuid(), userId: z.string().min(1).max(100) });

export const topQuery = z.object({
  /** How many places of each ranking to return (flags are always complete). */
  top: z.coerce.number().int().min(1).max(5000).default(100),
});

export const computeInput = z.object({
  /** Required once results have been published. */
  reason: reason.optional(),
});
export type ComputeInput = z.infer<typeof computeInput>;

export const exclusionInput = z
  .object({
    userId: z.string().min(1).max(100),
    /** Both or neither: one answer, or (without them) the whole participant. */
    attemptId: z.uuid().optional(),
    position: z.number().int().min(0).optional(),
    reason,
  })
  .refine((x) => (x.attemptId === undefined) === (x.position === undefined), {
    message: 'give attemptId and position together (one answer), or neither (the whole participant)',
    path: ['position'],
  });
export type ExclusionInput = z.infer<typeof exclusionInput>;

export const revokeInput = z.object({ reason });

export const csvQuery = z.object({
  kind: z.enum(['objectives', 'participation']).default('objectives'),
  locale: z.enum(['nl', 'en']).default('nl'),
});
