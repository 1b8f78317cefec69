import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { authenticate, authorize } from '../../lib/session.ts';
import {
  confirmMembership,
  MAX_INVITATIONS_PER_HOUR,
  memberScope,
  moveMember,
  removeMember,
  replaceMember,
  resendInvitation,
} from './member-service.ts';
import { listMyRegistrations } from './participant-service.ts';
import { canConfirmMembership, canManageOrganizationRegistration, canMoveMember } from './policies.ts';
import { confirmInput, idParams, memberInput, moveInput } from './schemas.ts';
import { errorView, memberView, myRegistrationView } from './views.ts';

const memberResponse = z.object({ member: memberView });

/** One participant: coordinators of the team's organisation (and staff) manage; the person confirms. */
export function memberRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['quiz registration'];

    const authorizedMember = async (request: FastifyRequest<{ Params: { id: string } }>) => {
      const me = await authenticate(ctx, request);
      const member = await memberScope(ctx, request.params.id);
      authorize(canManageOrganizationRegistration(me, member.team.organizationId));
      return { me, member };
    };

    app.delete(
      '/api/quiz/members/:id',
      {
        schema: {
          tags,
          summary:
            'Remove a participant from their team (409 registration_closed for coordinators after closing)',
          params: idParams,
          response: { 204: z.null(), 403: errorView, 409: errorView },
        },
      },
      async (request, reply) => {
        const { me } = await authorizedMember(request);
        await removeMember(ctx, me, request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/quiz/members/:id/replace',
      {
        schema: {
          tags,
          summary: 'Replace a participant by someone else in one step; the new person is invited',
          params: idParams,
          body: memberInput,
          response: { 201: memberResponse, 403: errorView, 409: errorView },
        },
      },
      async (request, reply) => {
        const { me } = await authorizedMember(request);
        return reply
          .status(201)
          .send({ member: await replaceMember(ctx, me, request.params.id, request.body) });
      },
    );

    app.post(
      '/api/quiz/members/:id/move',
      {
        schema: {
          tags,
          summary:
            'Staff: move a participant to another team of the same edition (also after closing; audited)',
          params: idParams,
          body: moveInput,
          response: { 200: memberResponse, 400: errorView, 403: errorView },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canMoveMember(me));
        return { member: await moveMember(ctx, me, request.params.id, request.body.teamId) };
      },
    );

    app.post(
      '/api/quiz/members/:id/invitation',
      {
        schema: {
          tags,
          summary: `Send the invitation again (at most ${MAX_INVITATIONS_PER_HOUR} per person per hour: 429 invitation_limit)`,
          params: idParams,
          response: { 202: memberResponse, 403: errorView, 409: errorView, 429: errorView },
        },
      },
      async (request, reply) => {
        const { me } = await authorizedMember(request);
        return reply.status(202).send({ member: await resendInvitation(ctx, me, request.params.id) });
      },
    );

    app.get(
      '/api/me/quiz-registrations',
      {
        schema: {
          tags: ['account'],
          summary: 'My quiz registrations: edition, organisation, team and team mates, my status',
          response: { 200: z.object({ items: z.array(myRegistrationView) }) },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        return { items: await listMyRegistrations(ctx, me.id) };
      },
    );

    app.post(
      '/api/me/quiz-registrations/:id/confirm',
      {
        schema: {
          tags: ['account'],
          summary: 'Confirm my participation (and optionally set my language); possible until the event',
          params: idParams,
          body: confirmInput,
          response: { 200: memberResponse, 403: errorView, 409: errorView },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        const member = await memberScope(ctx, request.params.id);
        authorize(canConfirmMembership(me, member));
        return { member: await confirmMembership(ctx, me, request.params.id, request.body.locale) };
      },
    );
  };
}
