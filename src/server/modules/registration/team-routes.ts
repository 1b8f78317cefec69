import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { authenticate, authorize } from '../../lib/session.ts';
import { commitImport, previewImport } from './import-service.ts';
import { addMember, teamScope } from './member-service.ts';
import { canManageOrganizationRegistration } from './policies.ts';
import { idParams, memberInput, teamPatch, uploadInput } from './schemas.ts';
import { deleteTeam, getTeam, updateTeam } from './team-service.ts';
import {
  errorView,
  importPreviewView,
  importResultView,
  memberView,
  teamDetailView,
  teamSummaryView,
} from './views.ts';

const uploadDescription =
  'Body: the file as base64 (CSV or XLSX, at most 2 MB). Columns naam/name, e-mail/email and optionally rol/role ' +
  '(medewerker/agent, teamleider/team_leader, manager; empty = agent). Problems are listed by row with field and code: ' +
  'name missing/too_long, email missing/invalid/duplicate_in_file/already_in_company/already_in_other_company, role unknown, ' +
  'file empty/no_rows/missing_column/unsupported_type/unreadable/too_many_rows, row csv.* (wrong column count, quotes).';

/** A team and its members, for the organisation's coordinators and staff. */
export function teamRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['quiz registration'];

    /** Loads the team and applies the policy: coordinators of its organisation, or staff. */
    const authorizedTeam = async (request: FastifyRequest<{ Params: { id: string } }>) => {
      const me = await authenticate(ctx, request);
      const team = await teamScope(ctx, request.params.id);
      authorize(canManageOrganizationRegistration(me, team.organizationId));
      return { me, team };
    };

    app.get(
      '/api/quiz/teams/:id',
      {
        schema: {
          tags,
          summary: 'A team with every member and their status (invited, confirmed, bounced)',
          params: idParams,
          response: { 200: z.object({ team: teamDetailView }), 403: errorView, 404: errorView },
        },
      },
      async (request) => {
        const { team } = await authorizedTeam(request);
        return { team: await getTeam(ctx, team.id) };
      },
    );

    app.patch(
      '/api/quiz/teams/:id',
      {
        schema: {
          tags,
          summary: 'Rename a team or change its department',
          params: idParams,
          body: teamPatch,
          response: { 200: z.object({ team: teamSummaryView }), 403: errorView, 409: errorView },
        },
      },
      async (request) => {
        const { me, team } = await authorizedTeam(request);
        return { team: await updateTeam(ctx, me, team, request.body) };
      },
    );

    app.delete(
      '/api/quiz/teams/:id',
      {
        schema: {
          tags,
          summary: 'Delete an empty team (409 team_not_empty)',
          params: idParams,
          response: { 204: z.null(), 403: errorView, 409: errorView },
        },
      },
      async (request, reply) => {
        const { me, team } = await authorizedTeam(request);
        await deleteTeam(ctx, me, team);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/quiz/teams/:id/members',
      {
        schema: {
          tags,
          summary: 'Add a participant and e-mail them an invitation with a log-in link',
          description:
            'The person is found by e-mail or created, and gets the quiz participant role. 409 already_in_team (field email) when they already play in a team this edition, also when two coordinators add them at the same moment; 409 registration_closed after closing (staff may still add).',
          params: idParams,
          body: memberInput,
          response: { 201: z.object({ member: memberView }), 403: errorView, 409: errorView },
        },
      },
      async (request, reply) => {
        const { me, team } = await authorizedTeam(request);
        return reply.status(201).send({ member: await addMember(ctx, me, team, request.body) });
      },
    );

    app.post(
      '/api/quiz/teams/:id/import/preview',
      {
        schema: {
          tags,
          summary: 'Check a participant list (CSV or XLSX) without storing anything',
          description: uploadDescription,
          params: idParams,
          body: uploadInput,
          response: { 200: importPreviewView, 400: errorView, 403: errorView, 409: errorView },
        },
      },
      async (request) => {
        const { me, team } = await authorizedTeam(request);
        return previewImport(ctx, me, team, request.body);
      },
    );

    app.post(
      '/api/quiz/teams/:id/import',
      {
        schema: {
          tags,
          summary: 'Import a participant list: everyone or no one; invitations go out after it is stored',
          description: `${uploadDescription} When the file has any problem the answer is 400 import_invalid with details.problems (the same list as the preview) and nothing is stored.`,
          params: idParams,
          body: uploadInput,
          response: { 201: importResultView, 400: errorView, 403: errorView, 409: errorView },
        },
      },
      async (request, reply) => {
        const { me, team } = await authorizedTeam(request);
        return reply.status(201).send(await commitImport(ctx, me, team, request.body));
      },
    );
  };
}
