/**
 * Recognises the image formats we accept by their first bytes ("magic numbers"). The type a
 * browser or client declares is never trusted: a renamed file or an SVG (which can carry
 * script) must not be served as an image.
 */

export const acceptedImageTypes = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export type ImageMimeType = (typeof acceptedImageTypes)[number];

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const GIF87 = [0x47, 0x49, 0x46, 0x38, 0x37, 0x61]; // "GIF87a"
const GIF89 = [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]; // "GIF89a"
const RIFF = [0x52, 0x49, 0x46, 0x46]; // "RIFF"
const WEBP = [0x57, 0x45, 0x42, 0x50]; // "WEBP" at offset 8

const hasAt = (bytes: Uint8Array, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

/** The image type the bytes really are, or null when they are not a PNG, JPEG, WebP or GIF. */
export function sniffImageType(bytes: Uint8Array): ImageMimeType | null {
  if (hasAt(bytes, PNG)) return 'image/png';
  if (hasAt(bytes, JPEG)) return 'image/jpeg';
  if (hasAt(bytes, GIF87) || hasAt(bytes, GIF89)) return 'image/gif';
  // RIFF container with a WebP payload; a WAV or AVI file is RIFF too.
  if (hasAt(bytes, RIFF) && hasAt(bytes, WEBP, 8)) return 'image/webp';
  return null;
}
