import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, quizStaffGrant, type TestApp } from '../../test/helpers.ts';
import { tinyPng } from './test-support.ts';

const expertGrant = { role: 'expert' as const, programme: 'quiz' as const, organizationId: null };
const participantGrant = { role: 'participant' as const, programme: 'quiz' as const, organizationId: null };

describe('media: upload and serve images', () => {
  let t: TestApp;
  let expert: string;
  let staff: string;
  let participant: string;

  beforeAll(async () => {
    t = await createTestApp();
    expert = (await loginAs(t, [expertGrant])).cookie;
    staff = (await loginAs(t, [quizStaffGrant])).cookie;
    participant = (await loginAs(t, [participantGrant])).cookie;
  });
  afterAll(() => t.close());

  const upload = (cookie: string | null, file: Buffer | string, filename?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/media',
      headers: cookie ? { cookie } : {},
      payload: { file: typeof file === 'string' ? file : file.toString('base64'), filename },
    });

  it('lets an expert upload a PNG and serves the same bytes with safe headers', async () => {
    const png = tinyPng(8, 6);
    const res = await upload(expert, png, 'schema.png');
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      url: `/media/${body.id}`,
      mimeType: 'image/png',
      sizeBytes: png.length,
    });

    const served = await t.app.inject({ method: 'GET', url: body.url });
    expect(served.statusCode).toBe(200);
    expect(served.rawPayload.equals(png)).toBe(true);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['content-length']).toBe(String(png.length));
    expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    const csp = String(served.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain('sandbox');
    expect(csp).not.toContain('script-src');
    // Webmail on another origin shows practice mails with these images.
    expect(served.headers['cross-origin-resource-policy']).toBe('cross-origin');
  });

  it('lets quiz staff upload (sponsor logos) and takes the type from the bytes, not the name', async () => {
    const gif = Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.from([1, 0, 1, 0, 0, 0, 0, 0x3b])]);
    const res = await upload(staff, gif, 'logo.png');
    expect(res.statusCode).toBe(201);
    expect(res.json().mimeType).toBe('image/gif');
    const served = await t.app.inject({ method: 'GET', url: res.json().url });
    expect(served.headers['content-type']).toBe('image/gif');
  });

  it('refuses participants and anonymous visitors', async () => {
    const png = tinyPng();
    const asParticipant = await upload(participant, png);
    expect(asParticipant.statusCode).toBe(403);
    expect(asParticipant.json().error.code).toBe('forbidden');
    expect((await upload(null, png)).statusCode).toBe(401);
  });

  it('refuses files that are not a PNG, JPEG, WebP or GIF with a field error, SVG included', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    for (const file of [svg, Buffer.from('naam;e-mail\nAnna;anna@example.com\n'), Buffer.from('%PDF-1.7')]) {
      const res = await upload(expert, file, 'plaatje.png');
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.fields).toEqual([
        { field: 'file', code: 'not_an_image', message: expect.stringContaining('not an image we accept') },
      ]);
    }
    const notBase64 = await upload(expert, '<svg/>');
    expect(notBase64.statusCode).toBe(400);
    expect(notBase64.json().error.details.fields[0].field).toBe('file');
  });

  it('refuses images larger than 2 MB on the field', async () => {
    // A real PNG followed by padding: one byte over the limit.
    const png = tinyPng();
    const big = Buffer.concat([png, Buffer.alloc(2 * 1024 * 1024 + 1 - png.length)]);
    const res = await upload(expert, big);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields).toEqual([
      { field: 'file', code: 'image_too_large', message: expect.stringContaining('larger than 2 MB') },
    ]);
    const far = await upload(expert, Buffer.alloc(3 * 1024 * 1024, 0x89));
    expect(far.statusCode).toBe(400);
    expect(far.json().error.details.fields[0]).toMatchObject({ field: 'file', message: 'larger than 2 MB' });
  });

  it('answers 404 in the standard shape for unknown and malformed ids', async () => {
    for (const url of [
      '/media/6f1c8a52-0000-4000-8000-000000000000',
      '/media/not-an-id',
      "/media/1'%20OR%201=1",
    ]) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({
        error: { code: 'not_found', message: 'Image was not found.', details: { what: 'Image' } },
      });
    }
  });

  it('describes both routes in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/media'].post.requestBody).toBeDefined();
    expect(doc.paths['/media/{id}'].get.summary).toContain('image');
  });
});
