import { z } from 'zod';
import { locales } from '../../i18n/i18n.ts';
import { jobRoles } from '../../lib/roles.ts';
import { requiredText, yearsField } from '../../lib/schemas.ts';
import { useUpdateMe } from '../../lib/session.ts';

/** The profile form; its output is the body of `PATCH /api/me`. */
export const profileSchema = z.object({
  name: requiredText(200),
  locale: z.enum(locales, 'validation.choose'),
  jobRole: z.enum(jobRoles, 'validation.choose').nullable(),
  yearsInField: yearsField,
  yearsLeadership: yearsField,
});
export type ProfileInput = z.output<typeof profileSchema>;

/** Saves the profile; the cached `me` is replaced by the answer, so the whole app sees the change. */
export const useUpdateProfile = useUpdateMe;
