import type { DbOrTx } from '../../db/client.ts';
import type { AppContext } from '../../lib/context.ts';
import { invalidField, notFound } from '../../lib/errors.ts';
import type { Principal } from '../../lib/principal.ts';
import { sniffImageType } from './image-type.ts';
import * as repo from './repository.ts';
import { MAX_IMAGE_BYTES, type MediaView, type UploadInput } from './schemas.ts';
import { mediaPath } from './urls.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Stores an uploaded image. Its type comes from its first bytes (PNG, JPEG, WebP or GIF);
 * anything else, SVG included, is refused on the field `file`.
 */
export async function uploadImage(ctx: AppContext, actor: Principal, input: UploadInput): Promise<MediaView> {
  const bytes = Buffer.from(input.file, 'base64');
  if (bytes.length === 0) throw invalidField('file', 'empty', 'The file is empty.');
  if (bytes.length > MAX_IMAGE_BYTES) {
    throw invalidField('file', 'image_too_large', 'The image is larger than 2 MB.');
  }
  const mimeType = sniffImageType(bytes);
  if (!mimeType) {
    throw invalidField('file', 'not_an_image', 'This is not an image we accept (PNG, JPEG, WebP or GIF).');
  }
  // The row names the uploader; the question or sponsor that uses the image is audited there.
  const row = await repo.insertMedia(ctx.db, { mimeType, bytes, uploadedBy: actor.id });
  return { id: row.id, url: mediaPath(row.id), mimeType, sizeBytes: row.sizeBytes };
}

/** The stored image; 404 for unknown and malformed ids alike. */
export async function readImage(db: DbOrTx, id: string): Promise<repo.MediaRow> {
  const row = UUID.test(id) ? await repo.findMedia(db, id) : undefined;
  if (!row) throw notFound('Image');
  return row;
}

/** True when the id is a stored image (for checking references before saving them). */
export async function imageExists(db: DbOrTx, id: string): Promise<boolean> {
  return UUID.test(id) && (await repo.existingMediaIds(db, [id])).has(id);
}
