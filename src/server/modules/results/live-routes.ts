import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { currentPrincipal } from '../../lib/session.ts';
import { editionContext } from './analysis-service.ts';
import { liveHub, MAX_CLIENTS } from './live-hub.ts';
import { type LiveStandings, presentLiveBoard } from './live-standings.ts';
import { getPublicResults } from './publication-service.ts';
import { yearParams } from './schemas.ts';
import { errorView, liveBoardView, publicResultsView } from './views.ts';

const liveDescription =
  'Provisional standings during (and after) the play window: the top players of the score route of the ' +
  'smartest-employee award (quizzes in progress at their score so far), the top eligible teams, and for a ' +
  "logged-in participant their own position (also when they are hidden to others). Names follow each person's " +
  'display choice; hidden people show no name, team or organisation.';

/**
 * One SSE frame per standings for everyone without a place of their own (anonymous
 * viewers and people who are not members): thousands of screens share it, so it is
 * serialised once per computation instead of once per stream.
 */
const sharedFrames = new WeakMap<LiveStandings, string>();

function boardFrame(standings: LiveStandings, viewerId: string | null): string {
  const personal = viewerId !== null && standings.members.has(viewerId);
  if (!personal) {
    const cached = sharedFrames.get(standings);
    if (cached) return cached;
  }
  const frame = `event: board\ndata: ${JSON.stringify(presentLiveBoard(standings, personal ? viewerId : null))}\n\n`;
  if (!personal) sharedFrames.set(standings, frame);
  return frame;
}

async function publicEdition(ctx: AppContext, year: number) {
  const edition = await editionContext(ctx, { year });
  if (edition.edition.status === 'draft') throw notFound(`Edition ${year}`);
  return edition;
}

/** Live leaderboards (SSE and JSON) and the public results page. No log-in needed. */
export function liveRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['results (public)'];

    app.get(
      '/api/results/:year/live',
      {
        schema: {
          tags,
          summary: 'Live leaderboard as Server-Sent Events (event "board", JSON like GET …/leaderboard)',
          description: `${liveDescription} The stream sends the board at once and again within about two seconds of every answer, on whichever app instance it was given; comment lines every 15 s keep it open. 503 live_full when this instance has too many streams open.`,
          params: yearParams,
          response: { 404: errorView, 409: errorView, 503: errorView },
        },
      },
      async (request, reply) => {
        const viewer = await currentPrincipal(ctx, request);
        const edition = await publicEdition(ctx, request.params.year);
        const hub = liveHub(ctx);
        if (hub.clientCount >= MAX_CLIENTS) {
          throw new AppError(
            503,
            'live_full',
            'Too many live viewers on this server; please try again shortly.',
          );
        }
        reply.hijack();
        const raw = reply.raw;
        raw.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache, no-transform',
          connection: 'keep-alive',
          'x-accel-buffering': 'no',
          'x-request-id': request.id,
        });
        raw.write('retry: 3000\n\n');
        const viewerId = viewer?.id ?? null;
        let open = true;
        let unsubscribe: (() => void) | null = null;
        const close = () => {
          open = false;
          unsubscribe?.();
        };
        // The response closes when the client goes away (or the hub ends the stream).
        raw.on('close', close);
        raw.on('error', close);
        const write = (chunk: string) => {
          if (open && !raw.writableEnded) raw.write(chunk);
        };
        unsubscribe = await hub.subscribe(edition.edition.id, {
          send: (standings) => write(boardFrame(standings, viewerId)),
          ping: () => write(': ping\n\n'),
          end: () => {
            open = false;
            raw.end();
          },
        });
        if (!open) unsubscribe();
      },
    );

    app.get(
      '/api/results/:year/leaderboard',
      {
        schema: {
          tags,
          summary: 'Live leaderboard as JSON (the same board the SSE stream sends)',
          description: liveDescription,
          params: yearParams,
          response: { 200: liveBoardView, 404: errorView, 409: errorView },
        },
      },
      async (request) => {
        const viewer = await currentPrincipal(ctx, request);
        const edition = await publicEdition(ctx, request.params.year);
        const standings = await liveHub(ctx).current(edition.edition.id);
        if (!standings)
          throw new AppError(503, 'live_unavailable', 'The leaderboard is not available right now.');
        return presentLiveBoard(standings, viewer?.id ?? null);
      },
    );

    app.get(
      '/api/public/results/:year',
      {
        schema: {
          tags,
          summary: 'Published results: the podiums of every award and the donation total',
          description:
            "404 not_published until staff publish the reviewed results. Names follow each person's display choice.",
          params: yearParams,
          response: { 200: publicResultsView, 404: errorView },
        },
      },
      async (request) => getPublicResults(ctx, request.params.year),
    );
  };
}
