import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../lib/context.ts';
import { practiceLinkRoutes } from './link-routes.ts';
import { practiceParticipantRoutes } from './participant-routes.ts';
import { practiceStaffRoutes } from './staff-routes.ts';

/** Practice by mail: the campaign (staff), participants' own practice, and the links in the mails. */
export function practiceRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    await app.register(practiceStaffRoutes(ctx));
    await app.register(practiceParticipantRoutes(ctx));
    await app.register(practiceLinkRoutes(ctx));
  };
}
