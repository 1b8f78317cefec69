import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { authenticate, authorize, currentPrincipal } from '../../lib/session.ts';
import { canListPeople, canManagePeople } from './policies.ts';
import {
  peopleQuerySchema,
  personCreateSchema,
  personPatchSchema,
  personSchema,
  profilePatchSchema,
  sessionView,
} from './schemas.ts';
import { createPerson, getPerson, listPeople, updatePerson } from './service.ts';

const personResponse = z.object({ person: personSchema });

export function peopleRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/api/me',
      {
        schema: {
          tags: ['account'],
          summary: 'The logged-in person',
          response: { 200: z.object({ user: personSchema }) },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        return { user: await getPerson(ctx.db, me.id) };
      },
    );

    app.get(
      '/api/session',
      {
        schema: {
          tags: ['account'],
          summary: 'Who is logged in: the person, or null for a visitor (never 401)',
          response: { 200: sessionView },
        },
      },
      async (request) => {
        const me = await currentPrincipal(ctx, request);
        return { user: me ? await getPerson(ctx.db, me.id) : null };
      },
    );

    app.patch(
      '/api/me',
      {
        schema: {
          tags: ['account'],
          summary: 'Update my profile and language',
          body: profilePatchSchema,
          response: { 200: z.object({ user: personSchema }) },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        return { user: await updatePerson(ctx.db, me, me.id, request.body) };
      },
    );

    app.get(
      '/api/admin/people',
      {
        schema: {
          tags: ['admin'],
          summary: 'Search people',
          querystring: peopleQuerySchema,
          response: { 200: z.object({ items: z.array(personSchema), total: z.number() }) },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canListPeople(me));
        const { page, pageSize, q, role } = request.query;
        return listPeople(ctx.db, { q, role, limit: pageSize, offset: (page - 1) * pageSize });
      },
    );

    app.post(
      '/api/admin/people',
      {
        schema: {
          tags: ['admin'],
          summary: 'Create a person',
          body: personCreateSchema,
          response: { 201: personResponse },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(canManagePeople(me));
        const person = await createPerson(ctx.db, me, request.body);
        return reply.status(201).send({ person });
      },
    );

    app.get(
      '/api/admin/people/:id',
      {
        schema: {
          tags: ['admin'],
          summary: 'One person',
          params: z.object({ id: z.string().min(1) }),
          response: { 200: personResponse },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canListPeople(me));
        return { person: await getPerson(ctx.db, request.params.id) };
      },
    );

    app.patch(
      '/api/admin/people/:id',
      {
        schema: {
          tags: ['admin'],
          summary: 'Edit a person (and replace their roles when `roles` is given)',
          params: z.object({ id: z.string().min(1) }),
          body: personPatchSchema,
          response: { 200: personResponse },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canManagePeople(me));
        return { person: await updatePerson(ctx.db, me, request.params.id, request.body) };
      },
    );
  };
}
