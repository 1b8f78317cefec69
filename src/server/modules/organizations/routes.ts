import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { authenticate, authorize } from '../../lib/session.ts';
import { canListOrganizations, canManageOrganizations, canViewOrganization } from './policies.ts';
import {
  coordinatorInput,
  organizationDetail,
  organizationInput,
  organizationPatch,
  organizationSummary,
  organizationsQuery,
} from './schemas.ts';
import {
  addCoordinator,
  createOrganization,
  getOrganization,
  listOrganizations,
  removeCoordinator,
  updateOrganization,
} from './service.ts';

const idParams = z.object({ id: z.uuid() });
const detailResponse = z.object({ organization: organizationDetail });

export function organizationRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/api/admin/organizations',
      {
        schema: {
          tags: ['admin'],
          summary: 'Search organisations',
          querystring: organizationsQuery,
          response: { 200: z.object({ items: z.array(organizationSummary), total: z.number() }) },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canListOrganizations(me));
        const { q, page, pageSize } = request.query;
        return listOrganizations(ctx.db, q, pageSize, (page - 1) * pageSize);
      },
    );

    app.post(
      '/api/admin/organizations',
      {
        schema: {
          tags: ['admin'],
          summary: 'Create an organisation',
          body: organizationInput,
          response: { 201: detailResponse },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(canManageOrganizations(me));
        return reply.status(201).send({ organization: await createOrganization(ctx.db, me, request.body) });
      },
    );

    app.get(
      '/api/admin/organizations/:id',
      {
        schema: {
          tags: ['admin'],
          summary: 'One organisation',
          params: idParams,
          response: { 200: detailResponse },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canViewOrganization(me, request.params.id));
        return { organization: await getOrganization(ctx.db, request.params.id) };
      },
    );

    app.patch(
      '/api/admin/organizations/:id',
      {
        schema: {
          tags: ['admin'],
          summary: 'Edit an organisation',
          params: idParams,
          body: organizationPatch,
          response: { 200: detailResponse },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canManageOrganizations(me));
        return { organization: await updateOrganization(ctx.db, me, request.params.id, request.body) };
      },
    );

    app.post(
      '/api/admin/organizations/:id/coordinators',
      {
        schema: {
          tags: ['admin'],
          summary: 'Add a coordinator (created when new) and e-mail them a log-in link',
          params: idParams,
          body: coordinatorInput,
          response: {
            201: z.object({ person: z.object({ id: z.string(), name: z.string(), email: z.string() }) }),
          },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(canManageOrganizations(me));
        const person = await addCoordinator(ctx, me, request.params.id, request.body);
        return reply.status(201).send({ person });
      },
    );

    app.delete(
      '/api/admin/organizations/:id/coordinators/:userId',
      {
        schema: {
          tags: ['admin'],
          summary: 'Remove a coordinator role',
          params: idParams.extend({ userId: z.string().min(1) }),
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(canManageOrganizations(me));
        await removeCoordinator(ctx.db, me, request.params.id, request.params.userId);
        return reply.status(204).send(null);
      },
    );
  };
}
