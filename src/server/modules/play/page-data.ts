import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { AppError } from '../../lib/errors.ts';
import { currentPrincipal } from '../../lib/session.ts';
import { sessionView } from '../people/schemas.ts';
import { getPerson } from '../people/service.ts';
import { canPlay } from './policies.ts';
import { playStateView } from './routes.ts';
import { playState } from './service.ts';

export interface PlayPageData {
  /** What `GET /api/session` returns. */
  session: z.output<typeof sessionView>;
  /** What `GET /api/play/:year?include=current` returns. */
  playState: z.output<typeof playStateView>;
}

/**
 * What the play page of `year` would ask the API for first, for the person of this request,
 * so the HTML can carry it (docs/performance.md, player page): their session and their
 * play state with the current question. That question is served as the API serves it (its
 * clock starts), which is what the page does when it is entered; so this is for a page
 * load only, never a prefetch. Null — and the page asks the API as usual — for a visitor,
 * someone not registered for the edition, an unknown edition or one without an event day,
 * after the window, or on any error (logged unless it is one of the API's own refusals).
 */
export async function playPageData(
  ctx: AppContext,
  request: FastifyRequest,
  year: number,
): Promise<PlayPageData | null> {
  try {
    const me = await currentPrincipal(ctx, request);
    if (!me || !canPlay(me)) return null;
    const state = await playState(ctx, me.id, year, { withCurrent: true });
    if (!state.eligible || state.phase === 'after') return null;
    // Encoded by the API's response schemas, as the serializer does: the same fields, no more.
    return {
      session: z.encode(sessionView, { user: await getPerson(ctx.db, me.id) }),
      playState: z.encode(playStateView, state),
    };
  } catch (error) {
    if (!(error instanceof AppError)) request.log.warn({ err: error }, 'play page: no embedded state');
    return null;
  }
}
