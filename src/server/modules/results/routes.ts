import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../lib/context.ts';
import { closeLiveHub } from './live-hub.ts';
import { liveRoutes } from './live-routes.ts';
import { reportRoutes } from './report-routes.ts';
import { reviewRoutes } from './review-routes.ts';

/** Klantcontactquiz results: live leaderboards, review and publication, reports. */
export function resultsRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    // Open live streams would keep the server from closing: end them first.
    app.addHook('preClose', async () => {
      await closeLiveHub(ctx);
    });
    await app.register(liveRoutes(ctx));
    await app.register(reviewRoutes(ctx));
    await app.register(reportRoutes(ctx));
  };
}
