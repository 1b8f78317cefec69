import { useMutation } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import { readFileAsBase64 } from '../quiz-registration/file.ts';

/** What POST /api/media answers. */
export interface UploadedImage {
  id: string;
  /** Relative URL (`/media/:id`). */
  url: string;
  mimeType: 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif';
  sizeBytes: number;
}

/** Sends a chosen image as base64 JSON; the answer's id goes into `imageId` or `logoId`. */
export async function uploadImage(file: File): Promise<UploadedImage> {
  const content = await readFileAsBase64(file);
  return api.post<UploadedImage>('/api/media', { file: content, filename: file.name.slice(0, 255) });
}

export const useUploadImage = () => useMutation({ mutationFn: uploadImage });
