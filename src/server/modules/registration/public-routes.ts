import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { localeSchema } from '../people/schemas.ts';
import { registerCompany } from './company-service.ts';
import { CSV_CONTENT_TYPE, participantTemplate } from './export-csv.ts';
import { getCurrentEdition, getPublicPage } from './public-service.ts';
import { companyRegistrationInput, yearParams } from './schemas.ts';
import { companyRegistrationView, errorView, publicPageView } from './views.ts';

/** Registrations per IP and minute, like the log-in routes: each one also sends a mail. */
const registrationRateLimit = { rateLimit: { max: 10, timeWindow: '1 minute' } };

/** Pages and actions for visitors (no log-in). */
export function publicRegistrationRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['quiz registration (public)'];

    app.get(
      '/api/public/quiz/current-edition',
      {
        schema: {
          tags,
          summary: 'The year of the edition the public quiz page shows: the newest edition past draft',
          description: '404 while there is no edition past draft yet.',
          response: { 200: z.object({ year: z.number() }), 404: errorView },
        },
      },
      async () => getCurrentEdition(ctx),
    );

    app.get(
      '/api/public/quiz/editions/:year',
      {
        schema: {
          tags,
          summary: 'Public page of an edition: dates, themes, awards, sponsors and the live donation counter',
          description:
            'For every edition past draft (404 otherwise). The counter is the edition amount per confirmed participant plus company pledges that are pledged or paid; it is computed from the records and cached for a few seconds.',
          params: yearParams,
          response: { 200: publicPageView, 404: errorView },
        },
      },
      async (request) => getPublicPage(ctx, request.params.year),
    );

    app.post(
      '/api/public/quiz/editions/:year/registrations',
      {
        config: registrationRateLimit,
        schema: {
          tags,
          summary: 'Register a company: organisation, coordinator (gets a log-in link) and first team',
          description:
            "An existing organisation is recognised by KvK number, or without one by name plus the coordinator's e-mail domain; an existing person by e-mail. When the organisation exists but the registrant may not act for it the answer is 409 organization_exists. 409 registration_closed when registration is closed.",
          params: yearParams,
          body: companyRegistrationInput,
          response: { 201: companyRegistrationView, 404: errorView, 409: errorView, 429: errorView },
        },
      },
      async (request, reply) => {
        const result = await registerCompany(ctx, request.params.year, request.body);
        return reply.status(201).send(result);
      },
    );

    app.get(
      '/api/public/quiz/participant-template.csv',
      {
        schema: {
          tags,
          summary:
            'Example participant list for uploads (CSV: naam;e-mail;rol, or English headers with locale=en)',
          querystring: z.object({ locale: localeSchema.default('nl') }),
        },
      },
      async (request, reply) => {
        const name = request.query.locale === 'nl' ? 'deelnemers-voorbeeld.csv' : 'participants-example.csv';
        return reply
          .type(CSV_CONTENT_TYPE)
          .header('content-disposition', `attachment; filename="${name}"`)
          .send(participantTemplate(request.query.locale));
      },
    );
  };
}
