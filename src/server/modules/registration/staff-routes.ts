import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { authenticate, authorize } from '../../lib/session.ts';
import { setPledgeStatus } from './donation-service.ts';
import { CSV_CONTENT_TYPE } from './export-csv.ts';
import { markBounced } from './member-service.ts';
import { isRegistrationStaff } from './policies.ts';
import {
  bounceInput,
  idParams,
  organizationsExport,
  organizationsFilter,
  participantsExport,
  participantsFilter,
  pledgeStatusInput,
  pledgesExport,
  pledgesFilter,
  reopenInput,
  teamsExport,
  teamsFilter,
} from './schemas.ts';
import * as staff from './staff-service.ts';
import {
  errorView,
  overviewOrganizationView,
  overviewParticipantView,
  overviewTeamView,
  page,
  pledgeView,
  registrationStateView,
  registrationSummaryView,
} from './views.ts';
import { closeRegistration, reopenRegistration } from './window-service.ts';

const csvDescription =
  'CSV for Dutch Excel: UTF-8 with BOM, semicolon-separated; column names in Dutch, or English with locale=en.';

/** Quiz staff: the registration overview of an edition, exports, closing and reopening, pledges, bounces. */
export function staffRegistrationRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['quiz registration (staff)'];
    const base = '/api/quiz/editions/:id/registration';

    app.get(
      base,
      {
        schema: {
          tags,
          summary:
            'Registration figures of an edition: organisations, teams (short ones), participants per status, donations',
          params: idParams,
          response: { 200: registrationSummaryView, 403: errorView, 404: errorView },
        },
      },
      async (request) => {
        authorize(isRegistrationStaff(await authenticate(ctx, request)));
        return staff.getRegistrationSummary(ctx, request.params.id);
      },
    );

    app.get(
      `${base}/organizations`,
      {
        schema: {
          tags,
          summary: 'Organisations registered for the edition (with at least one team), with counts',
          params: idParams,
          querystring: organizationsFilter,
          response: { 200: page(overviewOrganizationView) },
        },
      },
      async (request) => {
        authorize(isRegistrationStaff(await authenticate(ctx, request)));
        return staff.listOrganizations(ctx, request.params.id, request.query);
      },
    );

    app.get(
      `${base}/teams`,
      {
        schema: {
          tags,
          summary: 'Teams with invited/confirmed/bounced counts; short=true lists teams below the minimum',
          params: idParams,
          querystring: teamsFilter,
          response: { 200: page(overviewTeamView) },
        },
      },
      async (request) => {
        authorize(isRegistrationStaff(await authenticate(ctx, request)));
        return staff.listTeams(ctx, request.params.id, request.query);
      },
    );

    app.get(
      `${base}/participants`,
      {
        schema: {
          tags,
          summary: 'Participants with their status, filtered by organisation, team, status, role or text',
          params: idParams,
          querystring: participantsFilter,
          response: { 200: page(overviewParticipantView) },
        },
      },
      async (request) => {
        authorize(isRegistrationStaff(await authenticate(ctx, request)));
        return staff.listParticipants(ctx, request.params.id, request.query);
      },
    );

    app.get(
      `${base}/pledges`,
      {
        schema: {
          tags,
          summary: 'Company donation pledges, filtered by organisation or status',
          params: idParams,
          querystring: pledgesFilter,
          response: { 200: page(pledgeView.extend({ billingEmail: z.string().nullable() })) },
        },
      },
      async (request) => {
        authorize(isRegistrationStaff(await authenticate(ctx, request)));
        return staff.listPledges(ctx, request.params.id, request.query);
      },
    );

    const exports = [
      ['organizations', organizationsExport],
      ['teams', teamsExport],
      ['participants', participantsExport],
      ['pledges', pledgesExport],
    ] as const;
    for (const [list, querystring] of exports) {
      app.get(
        `${base}/${list}.csv`,
        {
          schema: {
            tags,
            summary: `Download the ${list} list as CSV (same filters as the list, without paging)`,
            description: csvDescription,
            params: idParams,
            querystring,
          },
        },
        async (request, reply) => {
          authorize(isRegistrationStaff(await authenticate(ctx, request)));
          const file = await staff.exportList(ctx, request.params.id, list, request.query);
          return reply
            .type(CSV_CONTENT_TYPE)
            .header('content-disposition', `attachment; filename="${file.filename}"`)
            .send(file.body);
        },
      );
    }

    app.post(
      `${base}/close`,
      {
        schema: {
          tags,
          summary: 'Close registration: coordinators can no longer change teams or members (staff still can)',
          params: idParams,
          response: { 200: z.object({ registration: registrationStateView }), 403: errorView },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(isRegistrationStaff(me));
        return { registration: await closeRegistration(ctx, me, request.params.id) };
      },
    );

    app.post(
      `${base}/reopen`,
      {
        schema: {
          tags,
          summary: 'Reopen a closed registration; the reason is required and kept in the audit log',
          params: idParams,
          body: reopenInput,
          response: {
            200: z.object({ registration: registrationStateView }),
            403: errorView,
            409: errorView,
          },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(isRegistrationStaff(me));
        return { registration: await reopenRegistration(ctx, me, request.params.id, request.body.reason) };
      },
    );

    app.patch(
      '/api/quiz/pledges/:id',
      {
        schema: {
          tags,
          summary: 'Mark a pledge paid or cancelled (or back to pledged)',
          params: idParams,
          body: pledgeStatusInput,
          response: { 200: z.object({ pledge: pledgeView }), 403: errorView, 404: errorView },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(isRegistrationStaff(me));
        return { pledge: await setPledgeStatus(ctx, me, request.params.id, request.body.status) };
      },
    );

    app.post(
      '/api/quiz/bounces',
      {
        schema: {
          tags,
          summary: "Report an address as undeliverable: its open invitations get status 'bounced'",
          body: bounceInput,
          response: { 200: z.object({ updated: z.number() }), 403: errorView },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(isRegistrationStaff(me));
        return { updated: await markBounced(ctx, me, request.body.email, request.body.reason) };
      },
    );
  };
}
