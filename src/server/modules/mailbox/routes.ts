import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { isAdmin } from '../../lib/principal.ts';
import { authenticate, authorize } from '../../lib/session.ts';
import { pageQuerySchema } from '../people/schemas.ts';
import { findMessage, listOutbox } from './repository.ts';

const summary = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  status: z.enum(['queued', 'sent', 'failed']),
  createdAt: z.string(),
});
const message = summary.extend({ text: z.string(), html: z.string() });
const idParams = z.object({ id: z.uuid() });

/**
 * The outbox: every mail the platform sent. Admins read it at /api/admin/outbox; in the
 * demo without SMTP it is also readable without logging in at /api/dev/mailbox, so the
 * demo's log-in links can be opened. Never in production.
 */
export function mailboxRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const list = {
      querystring: pageQuerySchema,
      response: { 200: z.object({ items: z.array(summary), total: z.number() }) },
    };
    const one = { params: idParams, response: { 200: z.object({ message }) } };

    app.get(
      '/api/admin/outbox',
      { schema: { tags: ['admin'], summary: 'Sent mail', ...list } },
      async (request) => {
        authorize(isAdmin(await authenticate(ctx, request)));
        const { page, pageSize } = request.query;
        return listOutbox(ctx.db, pageSize, (page - 1) * pageSize);
      },
    );

    app.get(
      '/api/admin/outbox/:id',
      { schema: { tags: ['admin'], summary: 'One mail', ...one } },
      async (request) => {
        authorize(isAdmin(await authenticate(ctx, request)));
        const found = await findMessage(ctx.db, request.params.id);
        if (!found) throw notFound('Message');
        return { message: found };
      },
    );

    const demoOnly = () => {
      if (!ctx.config.devMailbox) throw new AppError(404, 'not_found', 'The demo mailbox is off.');
    };

    app.get(
      '/api/dev/mailbox',
      {
        schema: { tags: ['demo'], summary: 'Demo mailbox (only without SMTP, never in production)', ...list },
      },
      async (request) => {
        demoOnly();
        const { page, pageSize } = request.query;
        return listOutbox(ctx.db, pageSize, (page - 1) * pageSize);
      },
    );

    app.get(
      '/api/dev/mailbox/:id',
      { schema: { tags: ['demo'], summary: 'One mail in the demo mailbox', ...one } },
      async (request) => {
        demoOnly();
        const found = await findMessage(ctx.db, request.params.id);
        if (!found) throw notFound('Message');
        return { message: found };
      },
    );
  };
}
