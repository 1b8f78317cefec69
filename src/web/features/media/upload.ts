/** Rules for choosing an image before it is sent, and the server's answers in our words. */
import { ApiError } from '../../lib/api.ts';

/** The server's limit (2 MB); checked here first so nobody waits for a refusal. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/** What the file picker offers. The server reads the type from the bytes, whatever the name says. */
export const acceptedImageTypes = 'image/png,image/jpeg,image/webp,image/gif';

export type ImageProblem = 'not_an_image' | 'too_large' | 'not_found';

/**
 * A problem visible before uploading. An empty `type` (some systems do not know it) is left to
 * the server, which looks at the bytes anyway.
 */
export function checkImageFile(file: { size: number; type: string }): ImageProblem | null {
  if (file.type && !acceptedImageTypes.split(',').includes(file.type)) return 'not_an_image';
  if (file.size > MAX_IMAGE_BYTES) return 'too_large';
  return null;
}

/** The image problem in an API refusal of an upload (field `file`), or null for other failures. */
export function imageProblemOf(error: unknown): ImageProblem | null {
  if (!(error instanceof ApiError)) return null;
  for (const problem of error.fieldProblems) {
    if (problem.field !== 'file') continue;
    if (problem.code === 'not_an_image' || problem.code === 'empty' || problem.code === 'invalid_format')
      return 'not_an_image';
    if (problem.code === 'image_too_large' || problem.code === 'too_big') return 'too_large';
  }
  return null;
}

/** Where the server serves an uploaded image. */
export const mediaUrl = (id: string): string => `/media/${encodeURIComponent(id)}`;

export interface QuestionImageProblem {
  path: 'imageId' | 'imageAlt';
  key: 'media.errors.not_found' | 'media.question.altRequired';
}

/**
 * The server's refusals of a question's image reference, by editor field and text key: the
 * image no longer exists (`content.imageId`), or the alt text is missing (`content.imageAlt`).
 */
export function questionImageProblems(error: unknown): QuestionImageProblem[] {
  if (!(error instanceof ApiError)) return [];
  return error.fieldProblems.flatMap((problem): QuestionImageProblem[] => {
    if (problem.field === 'content.imageId') return [{ path: 'imageId', key: 'media.errors.not_found' }];
    if (problem.field === 'content.imageAlt')
      return [{ path: 'imageAlt', key: 'media.question.altRequired' }];
    return [];
  });
}
