import { z } from 'zod';
import { acceptedImageTypes } from './image-type.ts';

/** Largest image we store: question images and logos are shown small, and live in every backup. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/** An image as base64 in JSON, like the participant-list upload (no multipart parser needed). */
export const uploadInput = z.object({
  /** The file's bytes, base64-encoded. Its type is read from the bytes, not from the name. */
  file: z
    .string()
    .min(1, 'the file is empty')
    // base64 is 4/3 of the size; a little slack so the exact limit gets the clearer message below.
    .max(Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 8, 'larger than 2 MB')
    .regex(/^[A-Za-z0-9+/=\s]*$/, 'must be base64'),
  /** The original file name, for the log only. */
  filename: z.string().trim().max(255).optional(),
});
export type UploadInput = z.infer<typeof uploadInput>;

export const mediaView = z.object({
  id: z.string(),
  /** Relative URL that serves the image (`/media/:id`). */
  url: z.string(),
  mimeType: z.enum(acceptedImageTypes),
  sizeBytes: z.number(),
});
export type MediaView = z.infer<typeof mediaView>;

/** Any string: a malformed id is answered with 404 like an unknown one, not with a validation error. */
export const mediaParams = z.object({ id: z.string() });

export const errorView = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
