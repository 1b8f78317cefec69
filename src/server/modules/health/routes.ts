import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { migrationsApplied } from '../../db/client.ts';
import type { AppContext } from '../../lib/context.ts';

const status = z.object({
  status: z.enum(['ok', 'unavailable']),
  checks: z.record(z.string(), z.boolean()).optional(),
});

export function healthRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/healthz',
      { schema: { tags: ['operations'], summary: 'The process is up', response: { 200: status } } },
      async () => ({ status: 'ok' as const }),
    );

    app.get(
      '/readyz',
      {
        schema: {
          tags: ['operations'],
          summary: 'The database is reachable and every migration is applied',
          response: { 200: status, 503: status },
        },
      },
      async (_request, reply) => {
        const database = await ctx.database.raw
          .executeSql('SELECT 1 AS ok', [])
          .then(() => true)
          .catch(() => false);
        const migrations = database && (await migrationsApplied(ctx.database));
        const ok = database && migrations;
        return reply
          .status(ok ? 200 : 503)
          .send({ status: ok ? 'ok' : 'unavailable', checks: { database, migrations } });
      },
    );

    app.get(
      '/api/config',
      {
        schema: {
          tags: ['operations'],
          summary: 'Public settings the web app needs',
          response: { 200: z.object({ devMailbox: z.boolean(), version: z.string() }) },
        },
      },
      async () => ({
        devMailbox: ctx.config.devMailbox,
        version: process.env.npm_package_version ?? '0.1.0',
      }),
    );
  };
}
