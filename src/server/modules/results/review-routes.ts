import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { authenticate, authorize } from '../../lib/session.ts';
import { canReviewResults } from './policies.ts';
import * as publication from './publication-service.ts';
import {
  computeInput,
  editionParams,
  exclusionInput,
  exclusionParams,
  revokeInput,
  snapshotParams,
  topQuery,
} from './schemas.ts';
import {
  errorView,
  exclusionView,
  publicationView,
  reviewView,
  snapshotDetailView,
  snapshotListView,
  snapshotSummaryView,
} from './views.ts';

/** Quiz staff: review, exclusions, snapshots, freezing and publishing. */
export function reviewRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['results (staff)'];
    const base = '/api/results/editions/:id';

    app.get(
      `${base}/review`,
      {
        schema: {
          tags,
          summary: 'The results as computed now (not stored), with review flags and exclusions',
          description:
            'Every award ranking (cut at `top` places), the learning-curve route with its calibration, teams that are not eligible, and all flags: answers faster than the reading floor, many tab switches, late answers.',
          params: editionParams,
          querystring: topQuery,
          response: { 200: reviewView, 403: errorView, 404: errorView, 409: errorView },
        },
      },
      async (request) => {
        authorize(canReviewResults(await authenticate(ctx, request)));
        return publication.reviewResults(ctx, request.params.id, request.query.top);
      },
    );

    app.post(
      `${base}/exclusions`,
      {
        schema: {
          tags,
          summary: 'Leave a participant, or one answer (attemptId + position), out of the awards',
          description:
            'An excluded answer counts as unanswered (0, with the full time limit); an excluded participant is left out of every individual ranking and counts for their team as a member who did not play. 409 already_excluded.',
          params: editionParams,
          body: exclusionInput,
          response: {
            201: z.object({ exclusion: exclusionView }),
            403: errorView,
            404: errorView,
            409: errorView,
          },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(canReviewResults(me));
        const exclusion = await publication.excludeFromResults(ctx, me, request.params.id, request.body);
        return reply.status(201).send({ exclusion });
      },
    );

    app.post(
      `${base}/exclusions/:exclusionId/revoke`,
      {
        schema: {
          tags,
          summary: 'Take an exclusion back (with a reason)',
          params: exclusionParams,
          body: revokeInput,
          response: { 204: z.null(), 403: errorView, 404: errorView, 409: errorView },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(canReviewResults(me));
        await publication.revokeExclusion(
          ctx,
          me,
          request.params.id,
          request.params.exclusionId,
          request.body.reason,
        );
        return reply.status(204).send(null);
      },
    );

    app.get(
      `${base}/snapshots`,
      {
        schema: {
          tags,
          summary: 'Stored results (newest first) and which one is frozen and published',
          params: editionParams,
          response: { 200: snapshotListView, 403: errorView, 404: errorView },
        },
      },
      async (request) => {
        authorize(canReviewResults(await authenticate(ctx, request)));
        return publication.listSnapshots(ctx, request.params.id);
      },
    );

    app.post(
      `${base}/snapshots`,
      {
        schema: {
          tags,
          summary:
            'Compute the results and store them (after the window; a reason is required once published)',
          description:
            '409 window_not_closed during the play window. After publication: 400 reason_required without a reason; the computation is audited with its reason.',
          params: editionParams,
          body: computeInput,
          response: {
            201: z.object({ snapshot: snapshotSummaryView }),
            400: errorView,
            403: errorView,
            404: errorView,
            409: errorView,
          },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(canReviewResults(me));
        const snapshot = await publication.computeSnapshot(ctx, me, request.params.id, request.body);
        return reply.status(201).send({ snapshot });
      },
    );

    app.get(
      `${base}/snapshots/:snapshotId`,
      {
        schema: {
          tags,
          summary: 'One stored result, with names',
          params: snapshotParams,
          querystring: topQuery,
          response: { 200: snapshotDetailView, 403: errorView, 404: errorView },
        },
      },
      async (request) => {
        authorize(canReviewResults(await authenticate(ctx, request)));
        return publication.getSnapshot(ctx, request.params.id, request.params.snapshotId, request.query.top);
      },
    );

    app.post(
      `${base}/snapshots/:snapshotId/freeze`,
      {
        schema: {
          tags,
          summary: 'Freeze a stored result as the final one (not public until published)',
          params: snapshotParams,
          response: { 200: publicationView, 403: errorView, 404: errorView, 409: errorView },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canReviewResults(me));
        return publication.freezeSnapshot(ctx, me, request.params.id, request.params.snapshotId);
      },
    );

    app.post(
      `${base}/publish`,
      {
        schema: {
          tags,
          summary: 'Publish the frozen result on the public results page',
          description:
            '409 nothing_frozen without a frozen result; 409 already_published when it is public already.',
          params: editionParams,
          response: { 200: publicationView, 403: errorView, 404: errorView, 409: errorView },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canReviewResults(me));
        return publication.publishResults(ctx, me, request.params.id);
      },
    );
  };
}
