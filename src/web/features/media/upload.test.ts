import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api.ts';
import {
  checkImageFile,
  imageProblemOf,
  MAX_IMAGE_BYTES,
  mediaUrl,
  questionImageProblems,
} from './upload.ts';

describe('checkImageFile', () => {
  it('accepts PNG, JPEG, WebP and GIF up to 2 MB, and files of unknown type (the server decides)', () => {
    for (const type of ['image/png', 'image/jpeg', 'image/webp', 'image/gif', '']) {
      expect(checkImageFile({ size: MAX_IMAGE_BYTES, type })).toBeNull();
    }
  });

  it('refuses SVG and other types, and files over 2 MB', () => {
    expect(checkImageFile({ size: 100, type: 'image/svg+xml' })).toBe('not_an_image');
    expect(checkImageFile({ size: 100, type: 'application/pdf' })).toBe('not_an_image');
    expect(checkImageFile({ size: MAX_IMAGE_BYTES + 1, type: 'image/png' })).toBe('too_large');
  });
});

describe('imageProblemOf', () => {
  const refusal = (field: string, code: string) =>
    new ApiError(400, 'validation_failed', 'x', { fields: [{ field, code, message: 'x' }] });

  it("reads the server's refusal on the file field", () => {
    expect(imageProblemOf(refusal('file', 'not_an_image'))).toBe('not_an_image');
    expect(imageProblemOf(refusal('file', 'image_too_large'))).toBe('too_large');
    expect(imageProblemOf(refusal('file', 'too_big'))).toBe('too_large');
  });

  it('leaves other failures to the general error message', () => {
    expect(imageProblemOf(refusal('name', 'too_big'))).toBeNull();
    expect(imageProblemOf(new ApiError(403, 'forbidden', 'no'))).toBeNull();
    expect(imageProblemOf(new Error('offline'))).toBeNull();
  });
});

describe('mediaUrl', () => {
  it('points at the public image route', () => {
    expect(mediaUrl('6f1c8a52-0000-4000-8000-000000000000')).toBe(
      '/media/6f1c8a52-0000-4000-8000-000000000000',
    );
  });
});

describe('questionImageProblems', () => {
  it("puts the server's image refusals of a question on the editor's fields", () => {
    const error = new ApiError(400, 'validation_failed', 'x', {
      fields: [
        { field: 'content.imageId', code: 'not_found', message: 'x' },
        { field: 'content.imageAlt', code: 'required', message: 'x' },
        { field: 'content.stem', code: 'too_small', message: 'x' },
      ],
    });
    expect(questionImageProblems(error)).toEqual([
      { path: 'imageId', key: 'media.errors.not_found' },
      { path: 'imageAlt', key: 'media.question.altRequired' },
    ]);
    expect(questionImageProblems(new Error('offline'))).toEqual([]);
  });
});
