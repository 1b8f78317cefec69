import { z } from 'zod';
import { difficulties, questionPools, questionTypes, stemFormats } from '../../../domain/questions/model.ts';
import { questionStatuses } from '../../db/schema/index.ts';
import { pageQuerySchema } from '../people/schemas.ts';

export const optionSchema = z.object({
  text: z.string().trim().min(1).max(1000),
  correct: z.boolean(),
  feedback: z.string().trim().max(1000).optional(),
});

/** What an expert edits: the question text and settings (theme/objective are references). */
export const questionContentInput = z.object({
  name: z.string().trim().max(200).optional(),
  type: z.enum(questionTypes),
  stem: z.string().trim().min(1).max(5000),
  stemFormat: z.enum(stemFormats).default('markdown'),
  options: z.array(optionSchema).min(2).max(8),
  explanation: z.string().trim().min(1).max(5000),
  pool: z.enum(questionPools),
  difficulty: z.enum(difficulties),
  timeLimitSeconds: z.number().int().min(5).max(600).optional(),
  tags: z.array(z.string().trim().min(1).max(50)).max(20).default([]),
  /** An image uploaded with POST /api/media, shown with the stem. */
  imageId: z.uuid().optional(),
  /** What the image shows, for people who cannot see it; required with an image. */
  imageAlt: z.string().trim().max(300).optional(),
});
export type QuestionContentInput = z.infer<typeof questionContentInput>;

export const questionCreateInput = z.object({ objectiveId: z.uuid(), content: questionContentInput });
export const questionUpdateInput = questionCreateInput.extend({
  /** The version the editor started from; a newer one means someone else saved meanwhile. */
  baseVersion: z.number().int().min(1),
});

export const questionListQuery = pageQuerySchema.extend({
  themeId: z.uuid().optional(),
  objectiveId: z.uuid().optional(),
  pool: z.enum(questionPools).optional(),
  type: z.enum(questionTypes).optional(),
  status: z.enum(questionStatuses).optional(),
  authorId: z.string().min(1).optional(),
  q: z.string().trim().max(200).optional(),
});
export type QuestionListQuery = z.infer<typeof questionListQuery>;

export const questionSummary = z.object({
  id: z.string(),
  stem: z.string(),
  type: z.enum(questionTypes),
  pool: z.enum(questionPools),
  status: z.enum(questionStatuses),
  version: z.number(),
  pendingRevision: z.boolean(),
  objective: z.object({ id: z.string(), titleNl: z.string(), titleEn: z.string() }),
  theme: z.object({ id: z.string(), titleNl: z.string(), titleEn: z.string() }),
  author: z.object({ id: z.string(), name: z.string() }).nullable(),
  updatedAt: z.string(),
});

const contentView = questionContentInput.extend({
  stemFormat: z.enum(stemFormats),
  tags: z.array(z.string()),
});

export const versionView = z.object({
  id: z.string(),
  version: z.number(),
  objectiveId: z.string(),
  content: contentView,
  editedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
});

export const questionDetail = z.object({
  id: z.string(),
  editionId: z.string(),
  status: z.enum(questionStatuses),
  objectiveId: z.string(),
  current: versionView,
  approved: versionView.nullable(),
  versions: z.array(versionView.omit({ content: true })),
  comments: z.array(
    z.object({
      id: z.string(),
      versionId: z.string(),
      author: z.object({ id: z.string(), name: z.string() }).nullable(),
      anchor: z.string().nullable(),
      body: z.string(),
      createdAt: z.string(),
      resolved: z.boolean(),
    }),
  ),
  history: z.array(
    z.object({
      action: z.string(),
      actor: z.object({ id: z.string(), name: z.string() }).nullable(),
      version: z.number().nullable(),
      note: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  /** What the current person may do now (the UI shows buttons accordingly; the API checks again). */
  can: z.object({ edit: z.boolean(), submit: z.boolean(), approve: z.boolean(), retire: z.boolean() }),
});
export type QuestionDetail = z.infer<typeof questionDetail>;

export const commentInput = z.object({
  anchor: z
    .string()
    .regex(/^(stem|explanation|settings|option:[1-8])$/, 'must be stem, explanation, settings or option:N')
    .optional(),
  body: z.string().trim().min(1).max(4000),
});

export const noteInput = z.object({ note: z.string().trim().min(1).max(2000) });
