import { describe, expect, it } from 'vitest';
import { sniffImageType } from './image-type.ts';

const bytes = (...parts: Array<number[] | string>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('sniffImageType', () => {
  it('recognises PNG, JPEG, GIF and WebP by their first bytes', () => {
    expect(sniffImageType(bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13]))).toBe('image/png');
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'))).toBe('image/jpeg');
    expect(sniffImageType(bytes('GIF89a', [1, 0, 1, 0]))).toBe('image/gif');
    expect(sniffImageType(bytes('GIF87a', [1, 0, 1, 0]))).toBe('image/gif');
    expect(sniffImageType(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp');
  });

  it('refuses SVG, HTML and other text, whatever it is called', () => {
    expect(sniffImageType(bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>'))).toBe(
      null,
    );
    expect(sniffImageType(bytes('<?xml version="1.0"?><svg/>'))).toBe(null);
    expect(sniffImageType(bytes('<!doctype html><html></html>'))).toBe(null);
    expect(sniffImageType(bytes('naam;e-mail\n'))).toBe(null);
  });

  it('refuses other binary formats and truncated signatures', () => {
    expect(sniffImageType(bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '))).toBe(null); // a WAV file
    expect(sniffImageType(bytes('%PDF-1.7'))).toBe(null);
    expect(sniffImageType(bytes([0x50, 0x4b, 0x03, 0x04]))).toBe(null); // ZIP / XLSX
    expect(sniffImageType(bytes([0x89], 'PNG'))).toBe(null);
    expect(sniffImageType(bytes([0xff, 0xd8]))).toBe(null);
    expect(sniffImageType(bytes('RIFF'))).toBe(null);
    expect(sniffImageType(new Uint8Array())).toBe(null);
  });
});
