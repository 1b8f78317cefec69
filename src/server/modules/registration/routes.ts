import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../lib/context.ts';
import { coordinatorRoutes } from './coordinator-routes.ts';
import { memberRoutes } from './member-routes.ts';
import { publicRegistrationRoutes } from './public-routes.ts';
import { sponsorRoutes } from './sponsor-routes.ts';
import { staffRegistrationRoutes } from './staff-routes.ts';
import { teamRoutes } from './team-routes.ts';

/** Klantcontactquiz registration: public page and sign-up, coordinators, participants, staff. */
export function registrationRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    await app.register(publicRegistrationRoutes(ctx));
    await app.register(coordinatorRoutes(ctx));
    await app.register(teamRoutes(ctx));
    await app.register(memberRoutes(ctx));
    await app.register(staffRegistrationRoutes(ctx));
    await app.register(sponsorRoutes(ctx));
  };
}
