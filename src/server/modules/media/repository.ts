/** SQL for uploaded images. Rows are never updated: a changed image is a new row with a new id. */
import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { media } from '../../db/schema/index.ts';

export type MediaRow = typeof media.$inferSelect;

export async function insertMedia(
  db: DbOrTx,
  values: { mimeType: string; bytes: Buffer; uploadedBy: string },
): Promise<Omit<MediaRow, 'bytes'>> {
  const [row] = await db
    .insert(media)
    .values({ ...values, sizeBytes: values.bytes.length })
    .returning({
      id: media.id,
      mimeType: media.mimeType,
      sizeBytes: media.sizeBytes,
      uploadedBy: media.uploadedBy,
      createdAt: media.createdAt,
    });
  return row!;
}

export async function findMedia(db: DbOrTx, id: string): Promise<MediaRow | undefined> {
  const [row] = await db.select().from(media).where(eq(media.id, id));
  return row;
}

/** Which of these ids are stored images (without reading their bytes). */
export async function existingMediaIds(db: DbOrTx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: media.id }).from(media).where(inArray(media.id, ids));
  return new Set(rows.map((r) => r.id));
}
