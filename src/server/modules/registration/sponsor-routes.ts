import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { authenticate, authorize } from '../../lib/session.ts';
import { createSponsor, deleteSponsor, listSponsors, updateSponsor } from './donation-service.ts';
import { isRegistrationStaff } from './policies.ts';
import { idParams, sponsorInput, sponsorPatch } from './schemas.ts';
import { errorView, sponsorListView, sponsorView } from './views.ts';

/** Quiz staff keep the sponsor list per edition; the public page shows it. */
export function sponsorRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['quiz registration (staff)'];
    const sponsorResponse = z.object({ sponsor: sponsorView });

    app.get(
      '/api/quiz/editions/:id/sponsors',
      {
        schema: {
          tags,
          summary:
            "Sponsors of an edition, with their amounts' sum next to the edition's amount per participant",
          params: idParams,
          response: { 200: sponsorListView, 403: errorView, 404: errorView },
        },
      },
      async (request) => {
        authorize(isRegistrationStaff(await authenticate(ctx, request)));
        return listSponsors(ctx.db, request.params.id);
      },
    );

    app.post(
      '/api/quiz/editions/:id/sponsors',
      {
        schema: {
          tags,
          summary:
            'Add a sponsor (name, optional logo media id and website, amount per participant in cents, order)',
          params: idParams,
          body: sponsorInput,
          response: { 201: sponsorResponse, 400: errorView, 403: errorView },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(isRegistrationStaff(me));
        return reply
          .status(201)
          .send({ sponsor: await createSponsor(ctx, me, request.params.id, request.body) });
      },
    );

    app.patch(
      '/api/quiz/sponsors/:id',
      {
        schema: {
          tags,
          summary: 'Edit a sponsor',
          params: idParams,
          body: sponsorPatch,
          response: { 200: sponsorResponse, 400: errorView, 403: errorView, 404: errorView },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(isRegistrationStaff(me));
        return { sponsor: await updateSponsor(ctx, me, request.params.id, request.body) };
      },
    );

    app.delete(
      '/api/quiz/sponsors/:id',
      {
        schema: {
          tags,
          summary: 'Remove a sponsor',
          params: idParams,
          response: { 204: z.null(), 403: errorView, 404: errorView },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(isRegistrationStaff(me));
        await deleteSponsor(ctx, me, request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
