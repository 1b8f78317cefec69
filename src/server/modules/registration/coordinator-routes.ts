import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { authenticate, authorize } from '../../lib/session.ts';
import { createPledge } from './donation-service.ts';
import { canManageOrganizationRegistration } from './policies.ts';
import { editionOrgParams, pledgeInput, teamInput } from './schemas.ts';
import { createTeam, getCoordinatorHome, getDashboard } from './team-service.ts';
import { coordinatorHomeView, dashboardView, errorView, pledgeView, teamSummaryView } from './views.ts';

/** A coordinator's view of their organisation in an edition (staff may use these for any organisation). */
export function coordinatorRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['quiz registration'];
    const base = '/api/quiz/editions/:id/organizations/:organizationId';

    app.get(
      '/api/quiz/coordinator/registrations',
      {
        schema: {
          tags,
          summary: 'The organisations I coordinate, with their team count per active edition',
          response: { 200: coordinatorHomeView },
        },
      },
      async (request) => getCoordinatorHome(ctx, await authenticate(ctx, request)),
    );

    app.get(
      `${base}/registration`,
      {
        schema: {
          tags,
          summary:
            "An organisation's registration: open or closed, teams with invited/confirmed/bounced counts against the minimum, pledges",
          params: editionOrgParams,
          response: { 200: dashboardView, 403: errorView, 404: errorView },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canManageOrganizationRegistration(me, request.params.organizationId));
        return getDashboard(ctx, request.params.id, request.params.organizationId);
      },
    );

    app.post(
      `${base}/teams`,
      {
        schema: {
          tags,
          summary: 'Create a team (409 team_name_taken, 409 registration_closed)',
          params: editionOrgParams,
          body: teamInput,
          response: { 201: z.object({ team: teamSummaryView }), 403: errorView, 409: errorView },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(canManageOrganizationRegistration(me, request.params.organizationId));
        const team = await createTeam(
          ctx,
          me,
          request.params.id,
          request.params.organizationId,
          request.body,
        );
        return reply.status(201).send({ team });
      },
    );

    app.post(
      `${base}/pledges`,
      {
        schema: {
          tags,
          summary: 'Pledge a company donation on top of the sponsors (paid by invoice; staff mark it paid)',
          params: editionOrgParams,
          body: pledgeInput,
          response: { 201: z.object({ pledge: pledgeView }), 403: errorView, 409: errorView },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(canManageOrganizationRegistration(me, request.params.organizationId));
        const pledge = await createPledge(
          ctx,
          me,
          request.params.id,
          request.params.organizationId,
          request.body,
        );
        return reply.status(201).send({ pledge });
      },
    );
  };
}
