import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { authenticate, authorize } from '../../lib/session.ts';
import { canUploadMedia } from './policies.ts';
import { errorView, mediaParams, mediaView, uploadInput } from './schemas.ts';
import { readImage, uploadImage } from './service.ts';

/**
 * The served bytes are only ever an image: no script may run even when the URL is opened
 * directly, and it may not be framed. Other sites (webmail showing a practice mail) may embed it.
 */
const imageHeaders = {
  'cache-control': 'public, max-age=31536000, immutable',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
  'cross-origin-resource-policy': 'cross-origin',
} as const;

/** Uploading images (quiz staff and experts) and serving them (public). */
export function mediaRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['media'];

    app.post(
      '/api/media',
      {
        schema: {
          tags,
          summary: 'Upload an image (PNG, JPEG, WebP or GIF; at most 2 MB) for a question or a sponsor logo',
          description:
            'Body: the file as base64 in `file`. The type is read from the bytes, never from a name or a ' +
            'declared type; SVG is refused because it can carry script. Field errors on `file`: ' +
            '`not_an_image`, `image_too_large`, `empty`. The answer names the URL that serves the image; ' +
            'refer to it by id (`imageId` of a question, `logoId` of a sponsor).',
          body: uploadInput,
          response: { 201: mediaView, 400: errorView, 401: errorView, 403: errorView },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(canUploadMedia(me));
        return reply.status(201).send(await uploadImage(ctx, me, request.body));
      },
    );

    app.get(
      '/media/:id',
      {
        schema: {
          tags,
          summary: 'An uploaded image (public; cached forever, since an image is never changed)',
          params: mediaParams,
          response: { 200: z.any().describe('The image bytes'), 404: errorView },
        },
      },
      async (request, reply) => {
        const image = await readImage(ctx.db, request.params.id);
        return reply.headers(imageHeaders).type(image.mimeType).send(image.bytes);
      },
    );
  };
}
