import { z } from 'zod';
import { editionStatuses } from '../../db/schema/index.ts';
import { patchSchema } from '../../lib/patch-schema.ts';

const isoDate = z.iso.date();
const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM');

export const editionInput = z.object({
  year: z.number().int().min(2000).max(2100),
  name: z.string().trim().min(1).max(200),
  registrationOpensOn: isoDate.nullable().optional(),
  registrationClosesOn: isoDate.nullable().optional(),
  practiceStartsOn: isoDate.nullable().optional(),
  practiceEndsOn: isoDate.nullable().optional(),
  eventDate: isoDate.nullable().optional(),
  windowStart: localTime.default('09:00'),
  windowEnd: localTime.default('21:00'),
  defaultTimeLimitSeconds: z.number().int().min(5).max(600).default(30),
  sponsorCentsPerParticipant: z.number().int().min(0).max(100_000).default(200),
  donationGoalCents: z.number().int().min(0).nullable().optional(),
});
export type EditionInput = z.infer<typeof editionInput>;

export const editionPatch = patchSchema(editionInput).extend({ status: z.enum(editionStatuses).optional() });
export type EditionPatch = z.infer<typeof editionPatch>;

export const copyEditionInput = z.object({
  year: z.number().int().min(2000).max(2100),
  name: z.string().trim().min(1).max(200),
});

export const editionSummary = z.object({
  id: z.string(),
  year: z.number(),
  name: z.string(),
  status: z.enum(editionStatuses),
  eventDate: z.string().nullable(),
  questionCount: z.number(),
  approvedCount: z.number(),
});

export const objectiveView = z.object({
  id: z.string(),
  themeId: z.string(),
  titleNl: z.string(),
  titleEn: z.string(),
  descriptionNl: z.string(),
  descriptionEn: z.string(),
  position: z.number(),
  targetCore: z.number(),
  targetManager: z.number(),
  targetPractice: z.number(),
  retired: z.boolean(),
});

export const themeView = z.object({
  id: z.string(),
  titleNl: z.string(),
  titleEn: z.string(),
  descriptionNl: z.string(),
  descriptionEn: z.string(),
  position: z.number(),
  retired: z.boolean(),
  objectives: z.array(objectiveView),
});
export type ThemeView = z.infer<typeof themeView>;

export const editionDetail = z.object({
  id: z.string(),
  year: z.number(),
  name: z.string(),
  status: z.enum(editionStatuses),
  registrationOpensOn: z.string().nullable(),
  registrationClosesOn: z.string().nullable(),
  practiceStartsOn: z.string().nullable(),
  practiceEndsOn: z.string().nullable(),
  eventDate: z.string().nullable(),
  windowStart: z.string(),
  windowEnd: z.string(),
  defaultTimeLimitSeconds: z.number(),
  sponsorCentsPerParticipant: z.number(),
  donationGoalCents: z.number().nullable(),
  themes: z.array(themeView),
});
export type EditionDetail = z.infer<typeof editionDetail>;

const titles = {
  titleNl: z.string().trim().min(1).max(200),
  titleEn: z.string().trim().min(1).max(200),
  descriptionNl: z.string().trim().max(1000).default(''),
  descriptionEn: z.string().trim().max(1000).default(''),
};

export const themeInput = z.object(titles);
export const themePatch = patchSchema(themeInput).extend({ retired: z.boolean().optional() });

const target = z.number().int().min(0).max(200);
export const objectiveInput = z.object({
  themeId: z.uuid(),
  ...titles,
  targetCore: target.default(3),
  targetManager: target.default(1),
  targetPractice: target.default(2),
});
export const objectivePatch = patchSchema(objectiveInput).extend({ retired: z.boolean().optional() });

export const reorderInput = z.object({ ids: z.array(z.uuid()).min(1).max(500) });

const poolCounts = z.object({ core: z.number(), manager: z.number(), practice: z.number() });
export const coverageView = z.object({
  themes: z.array(
    z.object({
      id: z.string(),
      titleNl: z.string(),
      titleEn: z.string(),
      approved: poolCounts,
      target: poolCounts,
      objectives: z.array(
        z.object({
          id: z.string(),
          titleNl: z.string(),
          titleEn: z.string(),
          approved: poolCounts,
          inProgress: poolCounts,
          target: poolCounts,
          gaps: z.array(z.enum(['core', 'manager', 'practice'])),
        }),
      ),
    }),
  ),
  totals: z.object({ approved: poolCounts, target: poolCounts }),
});
export type CoverageView = z.infer<typeof coverageView>;
