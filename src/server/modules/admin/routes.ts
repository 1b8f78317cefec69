import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { notFound } from '../../lib/errors.ts';
import { isAdmin } from '../../lib/principal.ts';
import { authenticate, authorize } from '../../lib/session.ts';
import { pageQuerySchema } from '../people/schemas.ts';
import { listAudit, listJobs } from './repository.ts';

const auditEntry = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.object({ id: z.string(), email: z.string() }).nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
const job = z.object({
  id: z.string(),
  name: z.string(),
  state: z.string(),
  retryCount: z.number(),
  createdOn: z.string(),
  completedOn: z.string().nullable(),
  output: z.unknown(),
});

/** Operator pages: the audit log and the job queue. Platform admins only. */
export function adminRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/api/admin/audit',
      {
        schema: {
          tags: ['admin'],
          summary: 'The audit log, newest first',
          querystring: pageQuerySchema.extend({ q: z.string().trim().max(200).optional() }),
          response: { 200: z.object({ items: z.array(auditEntry), total: z.number() }) },
        },
      },
      async (request) => {
        authorize(isAdmin(await authenticate(ctx, request)));
        const { q, page, pageSize } = request.query;
        return listAudit(ctx.db, q, pageSize, (page - 1) * pageSize);
      },
    );

    app.get(
      '/api/admin/jobs',
      {
        schema: {
          tags: ['admin'],
          summary: 'Background jobs (failed ones by default)',
          querystring: z.object({ state: z.enum(['failed', 'all']).default('failed') }),
          response: { 200: z.object({ items: z.array(job) }) },
        },
      },
      async (request) => {
        authorize(isAdmin(await authenticate(ctx, request)));
        return { items: await listJobs(ctx.database, request.query.state) };
      },
    );

    app.post(
      '/api/admin/jobs/:id/retry',
      {
        schema: {
          tags: ['admin'],
          summary: 'Retry a failed job',
          params: z.object({ id: z.uuid() }),
          response: { 202: z.object({ retried: z.literal(true) }) },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(isAdmin(me));
        const jobs = await listJobs(ctx.database, 'failed', 1000);
        const found = jobs.find((j) => j.id === request.params.id);
        if (!found) throw notFound('Failed job');
        await ctx.jobs.boss.retry(found.name, found.id);
        await recordAudit(ctx.db, {
          actorId: me.id,
          action: 'job.retried',
          entityType: 'job',
          entityId: found.id,
          details: { name: found.name },
        });
        return reply.status(202).send({ retried: true });
      },
    );
  };
}
