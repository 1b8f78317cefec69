import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { authenticate, authorize } from '../../lib/session.ts';
import { findEdition } from '../editions/repository.ts';
import { canPlay, canRunEvent } from './policies.ts';
import * as repo from './repository.ts';
import * as play from './service.ts';

const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const attemptParams = z.object({ attemptId: z.uuid() });
const moduleEnum = z.enum(['core', 'manager']);
const formAnswer = z.object({
  attemptId: z.uuid(),
  position: z.coerce.number().int().min(0),
  key: z.string().min(8).max(100),
  response: z.array(z.number().int().min(0)).max(8),
});

/**
 * Whether a form post comes from this site's own pages: the browser's `Sec-Fetch-Site`, or
 * else the `Origin` host. Neither header (an old browser) passes; the session cookie's
 * SameSite=Lax still keeps it out of other sites' posts.
 */
function fromThisSite(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site) return site === 'same-origin';
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

const questionView = z.object({
  type: z.enum(['single', 'multiple', 'truefalse', 'ordering']),
  stem: z.string(),
  stemFormat: z.enum(['markdown', 'html', 'plain']),
  imageId: z.string().nullable(),
  /** Relative URL of the image (`/media/:id`), or null. */
  imageUrl: z.string().nullable(),
  /** The image's text alternative (null without an image). */
  imageAlt: z.string().nullable(),
  options: z.array(z.object({ text: z.string() })),
});
const summaryView = z.object({
  attemptId: z.string(),
  module: moduleEnum,
  status: z.enum(['in_progress', 'finished', 'closed']),
  score: z.number(),
  points: z.number(),
  answered: z.number(),
  total: z.number(),
});
const currentView = z.union([
  z.object({ done: z.literal(true), summary: summaryView }),
  z.object({
    done: z.literal(false),
    attemptId: z.string(),
    module: moduleEnum,
    position: z.number(),
    total: z.number(),
    answered: z.number(),
    limitMs: z.number(),
    remainingMs: z.number(),
    question: questionView,
  }),
]);
const feedbackView = z.object({
  position: z.number(),
  credit: z.number(),
  correct: z.boolean(),
  late: z.boolean(),
  points: z.number(),
  streak: z.number(),
  correctOptions: z.array(z.number()),
  explanation: z.string(),
  optionFeedback: z.array(z.string().nullable()),
  progress: z.object({ answered: z.number(), total: z.number() }),
});

/** `GET /api/play/:year`: also what the play page's HTML carries (src/server/app.ts). */
export const playStateView = z.object({
  edition: z.object({ id: z.string(), year: z.number(), name: z.string() }),
  phase: z.enum(['before', 'open', 'after']),
  now: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  eligible: z.boolean(),
  leaderboardDisplay: z.enum(['full', 'initials', 'hidden']),
  modules: z.array(
    z.object({
      module: moduleEnum,
      attemptId: z.string().nullable(),
      status: z.enum(['not_started', 'in_progress', 'finished', 'closed']),
      questionCount: z.number().nullable(),
    }),
  ),
  current: currentView.optional(),
});

export function playRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['event day'];

    app.get(
      '/api/play/:year',
      {
        schema: {
          tags,
          summary: 'Where the person stands: window (server time), eligibility and attempts',
          description:
            'With `include=current`, and an attempt in progress while the window is open, `current` is what ' +
            '`GET /api/play/attempts/:attemptId/current` returns for it: the question is served (its clock ' +
            'starts) as that endpoint does, never with the right answer. For a page about to show it.',
          params: yearParams,
          querystring: z.object({ include: z.literal('current').optional() }),
          response: {
            200: playStateView,
          },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canPlay(me));
        return play.playState(ctx, me.id, request.params.year, {
          withCurrent: request.query.include === 'current',
        });
      },
    );

    app.post(
      '/api/play/:year/:module/start',
      {
        schema: {
          tags,
          summary: 'Start the one attempt for a module (409 attempt_exists when already started)',
          params: yearParams.extend({ module: moduleEnum }),
          response: { 201: z.object({ attemptId: z.string(), questionCount: z.number() }) },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(canPlay(me));
        const started = await play.startAttempt(ctx, me.id, request.params.year, request.params.module);
        return reply.status(201).send(started);
      },
    );

    app.get(
      '/api/play/attempts/:attemptId/current',
      {
        schema: {
          tags,
          summary: 'The question to answer now, with the time left (server clock); never the right answer',
          params: attemptParams,
          response: { 200: currentView },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        return play.currentQuestion(ctx, me.id, request.params.attemptId);
      },
    );

    app.post(
      '/api/play/attempts/:attemptId/answers',
      {
        schema: {
          tags,
          summary:
            'Answer a question; the first answer counts, a retry with the same key returns the same result',
          params: attemptParams,
          body: z.object({
            position: z.number().int().min(0),
            key: z.string().min(8).max(100),
            response: z.union([z.number().int().min(0), z.array(z.number().int().min(0)).max(8)]),
          }),
          response: { 200: feedbackView },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        return play.submitAnswer(ctx, me.id, request.params.attemptId, request.body);
      },
    );

    // The early question's form (early-question.ts), sent before the app's script is there or
    // without it: stores the answer as the API does, then back to the play page. Not for
    // scripts (a form post with a redirect); refused from other sites.
    app.register(async (forms) => {
      forms.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string', bodyLimit: 4096 },
        (_request, body, done) => done(null, new URLSearchParams(body as string)),
      );
      forms
        .withTypeProvider<ZodTypeProvider>()
        .post(
          '/quiz/:year/play/answer',
          { schema: { hide: true, params: yearParams } },
          async (request, reply) => {
            const { year } = request.params;
            if (!fromThisSite(request)) {
              throw new AppError(403, 'cross_site', 'Answers can only be sent from this site.');
            }
            const form = request.body instanceof URLSearchParams ? request.body : new URLSearchParams();
            const answer = formAnswer.safeParse({
              attemptId: form.get('attemptId'),
              position: form.get('position'),
              key: form.get('key'),
              response: form.getAll('response').map(Number),
            });
            const back = `/quiz/${year}/play`;
            // Nothing chosen (or a mangled form): the same question again, its clock still running.
            if (!answer.success || answer.data.response.length === 0) return reply.redirect(back, 303);
            const { attemptId, position, key, response } = answer.data;
            try {
              const me = await authenticate(ctx, request);
              await play.submitAnswer(ctx, me.id, attemptId, {
                position,
                key,
                response: form.get('multiple') === '1' ? response : response[0]!,
              });
            } catch (error) {
              // Not signed in, already answered, the window closed: the page says where things stand.
              if (error instanceof AppError) return reply.redirect(back, 303);
              throw error;
            }
            return reply.redirect(`${back}?saved=${position + 1}`, 303);
          },
        );
    });

    app.post(
      '/api/play/attempts/:attemptId/visibility',
      {
        schema: {
          tags,
          summary:
            'Record that the quiz tab was left while a question was open (reviewed by staff, not punished)',
          params: attemptParams,
          body: z.object({ position: z.number().int().min(0) }),
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        await play.recordTabHidden(ctx, me.id, request.params.attemptId, request.body.position);
        return reply.status(204).send(null);
      },
    );

    app.put(
      '/api/play/:year/leaderboard-display',
      {
        schema: {
          tags,
          summary: 'How I appear on public leaderboards',
          params: yearParams,
          body: z.object({ display: z.enum(['full', 'initials', 'hidden']) }),
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        await play.setLeaderboardDisplay(ctx, me.id, request.params.year, request.body.display);
        return reply.status(204).send(null);
      },
    );

    app.put(
      '/api/play/editions/:id/accommodations/:userId',
      {
        schema: {
          tags,
          summary: 'Grant a participant extra time (factor 1–3, e.g. 1.5), applied when their attempt starts',
          params: z.object({ id: z.uuid(), userId: z.string().min(1) }),
          body: z.object({
            extraTimeFactor: z.number().min(1).max(3),
            note: z.string().trim().max(500).optional(),
          }),
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(canRunEvent(me));
        const { id, userId } = request.params;
        if (!(await findEdition(ctx.db, id))) throw notFound('Edition');
        await ctx.db.transaction(async (tx) => {
          await repo.upsertAccommodation(tx, {
            editionId: id,
            userId,
            extraTimeFactor: request.body.extraTimeFactor,
            note: request.body.note ?? null,
            grantedBy: me.id,
          });
          await recordAudit(tx, {
            actorId: me.id,
            action: 'accommodation.granted',
            entityType: 'person',
            entityId: userId,
            details: { editionId: id, extraTimeFactor: request.body.extraTimeFactor },
          });
        });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/play/editions/:id/live',
      {
        schema: {
          tags,
          summary: 'Live event figures for staff',
          params: z.object({ id: z.uuid() }),
          response: {
            200: z.object({
              inProgress: z.number(),
              started: z.number(),
              finished: z.number(),
              activeNow: z.number(),
              answersLastMinute: z.number(),
              lateAnswers: z.number(),
            }),
          },
        },
      },
      async (request) => {
        authorize(canRunEvent(await authenticate(ctx, request)));
        return repo.liveFigures(ctx.db, request.params.id, ctx.clock.now());
      },
    );
  };
}
