import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { authenticate, authorize } from '../../lib/session.ts';
import { canReadEditionContent } from '../editions/policies.ts';
import { exportQuestions, importQuestions } from './import-export.ts';
import { canWriteQuestions } from './policies.ts';
import {
  commentInput,
  noteInput,
  questionCreateInput,
  questionDetail,
  questionListQuery,
  questionSummary,
  questionUpdateInput,
} from './schemas.ts';
import * as service from './service.ts';

const editionParams = z.object({ id: z.uuid() });
const idParams = z.object({ id: z.uuid() });
const detail = z.object({ question: questionDetail });

export function questionRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['question bank'];

    app.get(
      '/api/quiz/editions/:id/questions',
      {
        schema: {
          tags,
          summary: 'Search and filter the question bank',
          params: editionParams,
          querystring: questionListQuery,
          response: { 200: z.object({ items: z.array(questionSummary), total: z.number() }) },
        },
      },
      async (request) => {
        authorize(canReadEditionContent(await authenticate(ctx, request)));
        return service.listQuestions(ctx.db, request.params.id, request.query);
      },
    );

    app.post(
      '/api/quiz/editions/:id/questions',
      {
        schema: {
          tags,
          summary: 'Write a new question (a draft)',
          params: editionParams,
          body: questionCreateInput,
          response: { 201: detail },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(canWriteQuestions(me));
        return reply
          .status(201)
          .send({ question: await service.createQuestion(ctx.db, me, request.params.id, request.body) });
      },
    );

    app.get(
      '/api/quiz/questions/:id',
      {
        schema: {
          tags,
          summary: 'A question with its versions, comments and history',
          params: idParams,
          response: { 200: detail },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canReadEditionContent(me));
        return { question: await service.getQuestion(ctx.db, me, request.params.id) };
      },
    );

    app.put(
      '/api/quiz/questions/:id',
      {
        schema: {
          tags,
          summary: 'Save an edit as a new version (editing an approved question starts a revision)',
          params: idParams,
          body: questionUpdateInput,
          response: { 200: detail },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canWriteQuestions(me));
        return { question: await service.updateQuestion(ctx.db, me, request.params.id, request.body) };
      },
    );

    for (const action of ['submit', 'approve', 'retire', 'restore'] as const) {
      app.post(
        `/api/quiz/questions/:id/${action}`,
        {
          schema: {
            tags,
            summary: `Workflow: ${action}`,
            params: idParams,
            body: z.object({ note: z.string().trim().max(2000).optional() }).nullish(),
            response: { 200: detail },
          },
        },
        async (request) => {
          const me = await authenticate(ctx, request);
          authorize(canWriteQuestions(me));
          return {
            question: await service.transition(ctx.db, me, request.params.id, action, request.body?.note),
          };
        },
      );
    }

    app.post(
      '/api/quiz/questions/:id/return',
      {
        schema: {
          tags,
          summary: 'Workflow: send back to the author with a note',
          params: idParams,
          body: noteInput,
          response: { 200: detail },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canWriteQuestions(me));
        return {
          question: await service.transition(ctx.db, me, request.params.id, 'return', request.body.note),
        };
      },
    );

    app.post(
      '/api/quiz/questions/:id/comments',
      {
        schema: {
          tags,
          summary: 'Comment, optionally on a part of the question',
          params: idParams,
          body: commentInput,
          response: { 201: detail },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(canWriteQuestions(me));
        return reply
          .status(201)
          .send({ question: await service.addComment(ctx.db, me, request.params.id, request.body) });
      },
    );

    app.patch(
      '/api/quiz/questions/:id/comments/:commentId',
      {
        schema: {
          tags,
          summary: 'Mark a comment resolved (or open again)',
          params: idParams.extend({ commentId: z.uuid() }),
          body: z.object({ resolved: z.boolean() }),
          response: { 200: detail },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canWriteQuestions(me));
        const { id, commentId } = request.params;
        return { question: await service.resolveComment(ctx.db, me, id, commentId, request.body.resolved) };
      },
    );
    const issue = z.object({
      line: z.number(),
      code: z.string(),
      message: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    });
    const importReport = z.object({
      format: z.enum(['gift', 'csv']),
      total: z.number(),
      valid: z.number(),
      errors: z.array(issue),
      warnings: z.array(issue),
      creates: z.object({
        themes: z.array(z.string()),
        objectives: z.array(z.object({ theme: z.string(), objective: z.string() })),
      }),
      questions: z.array(
        z.object({
          line: z.number(),
          stem: z.string(),
          type: z.string(),
          pool: z.string(),
          theme: z.string(),
          objective: z.string(),
        }),
      ),
      created: z.number().nullable(),
    });

    app.post(
      '/api/quiz/editions/:id/import',
      {
        bodyLimit: 10 * 1024 * 1024,
        schema: {
          tags,
          summary: 'Import a GIFT or CSV file: preview (dryRun), all or nothing, or only the valid questions',
          description:
            'With dryRun the file is only checked and a preview returned. Otherwise nothing is stored when the file has errors (400 import_invalid with every error by line), unless skipInvalid is set.',
          params: editionParams,
          body: z.object({
            format: z.enum(['gift', 'csv']),
            content: z
              .string()
              .min(1)
              .max(10 * 1024 * 1024),
            dryRun: z.boolean().default(true),
            skipInvalid: z.boolean().default(false),
          }),
          response: { 200: importReport, 201: importReport },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(canWriteQuestions(me));
        const { format, content, dryRun, skipInvalid } = request.body;
        const report = await importQuestions(ctx.db, me.id, request.params.id, {
          format,
          text: content,
          dryRun,
          skipInvalid,
        });
        return reply.status(dryRun ? 200 : 201).send(report);
      },
    );

    app.get(
      '/api/quiz/editions/:id/export',
      {
        schema: {
          tags,
          summary: 'Download the question bank as GIFT or CSV (current versions, retired ones left out)',
          params: editionParams,
          querystring: z.object({ format: z.enum(['gift', 'csv']) }),
        },
      },
      async (request, reply) => {
        authorize(canReadEditionContent(await authenticate(ctx, request)));
        const file = await exportQuestions(ctx.db, request.params.id, request.query.format);
        if (file.skipped.length > 0) reply.header('x-wegwijs-skipped', String(file.skipped.length));
        return reply
          .type(file.contentType)
          .header('content-disposition', `attachment; filename="${file.filename}"`)
          .send(file.body);
      },
    );
  };
}
