import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { authenticate, authorize } from '../../lib/session.ts';
import { canManageEditions, canReadEditionContent } from './policies.ts';
import {
  copyEditionInput,
  coverageView,
  editionDetail,
  editionInput,
  editionPatch,
  editionSummary,
  objectiveInput,
  objectivePatch,
  reorderInput,
  themeInput,
  themePatch,
} from './schemas.ts';
import * as service from './service.ts';

const idParams = z.object({ id: z.uuid() });
const detail = z.object({ edition: editionDetail });
const ok = z.object({ edition: editionDetail });

export function editionRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['quiz content'];

    app.get(
      '/api/quiz/editions',
      {
        schema: {
          tags,
          summary: 'Editions of the Klantcontactquiz',
          response: { 200: z.object({ items: z.array(editionSummary) }) },
        },
      },
      async (request) => {
        authorize(canReadEditionContent(await authenticate(ctx, request)));
        return { items: await service.listEditions(ctx.db) };
      },
    );

    app.post(
      '/api/quiz/editions',
      { schema: { tags, summary: 'Create an edition', body: editionInput, response: { 201: detail } } },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(canManageEditions(me));
        return reply.status(201).send({ edition: await service.createEdition(ctx.db, me, request.body) });
      },
    );

    app.get(
      '/api/quiz/editions/:id',
      {
        schema: {
          tags,
          summary: 'An edition with its themes and objectives',
          params: idParams,
          response: { 200: detail },
        },
      },
      async (request) => {
        authorize(canReadEditionContent(await authenticate(ctx, request)));
        return { edition: await service.getEdition(ctx.db, request.params.id) };
      },
    );

    app.patch(
      '/api/quiz/editions/:id',
      {
        schema: {
          tags,
          summary: 'Edit an edition; status moves one step at a time',
          params: idParams,
          body: editionPatch,
          response: { 200: ok },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canManageEditions(me));
        return { edition: await service.updateEdition(ctx.db, me, request.params.id, request.body) };
      },
    );

    app.post(
      '/api/quiz/editions/:id/copy',
      {
        schema: {
          tags,
          summary: 'Start a new edition from this one (themes, objectives and approved questions as drafts)',
          params: idParams,
          body: copyEditionInput,
          response: { 201: detail },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(canManageEditions(me));
        return reply
          .status(201)
          .send({ edition: await service.copyEdition(ctx.db, me, request.params.id, request.body) });
      },
    );

    app.get(
      '/api/quiz/editions/:id/coverage',
      {
        schema: {
          tags,
          summary: 'Approved questions per theme, objective and pool against the targets',
          params: idParams,
          response: { 200: coverageView },
        },
      },
      async (request) => {
        authorize(canReadEditionContent(await authenticate(ctx, request)));
        return service.coverage(ctx.db, request.params.id);
      },
    );

    app.post(
      '/api/quiz/editions/:id/themes',
      {
        schema: {
          tags,
          summary: 'Add a theme',
          params: idParams,
          body: themeInput,
          response: { 201: detail },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(canManageEditions(me));
        await service.addTheme(ctx.db, me, request.params.id, request.body);
        return reply.status(201).send({ edition: await service.getEdition(ctx.db, request.params.id) });
      },
    );

    app.patch(
      '/api/quiz/themes/:id',
      {
        schema: {
          tags,
          summary: 'Edit or retire a theme',
          params: idParams,
          body: themePatch,
          response: { 200: detail },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canManageEditions(me));
        const theme = await service.updateTheme(ctx.db, me, request.params.id, request.body);
        return { edition: await service.getEdition(ctx.db, theme.editionId) };
      },
    );

    app.delete(
      '/api/quiz/themes/:id',
      {
        schema: {
          tags,
          summary: 'Delete an unused theme (otherwise retire it)',
          params: idParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(canManageEditions(me));
        await service.deleteTheme(ctx.db, me, request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/quiz/editions/:id/objectives',
      {
        schema: {
          tags,
          summary: 'Add a learning objective',
          params: idParams,
          body: objectiveInput,
          response: { 201: detail },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(canManageEditions(me));
        await service.addObjective(ctx.db, me, request.params.id, request.body);
        return reply.status(201).send({ edition: await service.getEdition(ctx.db, request.params.id) });
      },
    );

    app.patch(
      '/api/quiz/objectives/:id',
      {
        schema: {
          tags,
          summary: 'Edit, move, set targets of or retire a learning objective',
          params: idParams,
          body: objectivePatch,
          response: { 200: detail },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canManageEditions(me));
        const objective = await service.updateObjective(ctx.db, me, request.params.id, request.body);
        return { edition: await service.getEdition(ctx.db, objective.editionId) };
      },
    );

    app.delete(
      '/api/quiz/objectives/:id',
      {
        schema: {
          tags,
          summary: 'Delete a learning objective without questions (otherwise retire it)',
          params: idParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(canManageEditions(me));
        await service.deleteObjective(ctx.db, me, request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.put(
      '/api/quiz/editions/:id/order/:kind',
      {
        schema: {
          tags,
          summary: 'Reorder themes or objectives',
          params: idParams.extend({ kind: z.enum(['themes', 'objectives']) }),
          body: reorderInput,
          response: { 200: detail },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canManageEditions(me));
        await service.reorder(ctx.db, me, request.params.id, request.params.kind, request.body.ids);
        return { edition: await service.getEdition(ctx.db, request.params.id) };
      },
    );
  };
}
