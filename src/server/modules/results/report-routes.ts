import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { AppError } from '../../lib/errors.ts';
import { authenticate, authorize } from '../../lib/session.ts';
import { CSV_CONTENT_TYPE } from '../registration/export-csv.ts';
import { editionContext } from './analysis-service.ts';
import { renderCertificate } from './certificate.ts';
import { organizationReport, organizationReportCsv } from './organization-report.ts';
import { participantReport, reportMember } from './participant-report.ts';
import { canReadOrganizationReport, canReadParticipantReport, canReadQuestionReport } from './policies.ts';
import { questionReport } from './question-report.ts';
import { csvQuery, editionParams, organizationParams, participantParams, yearParams } from './schemas.ts';
import { errorView, organizationReportView, participantReportView, questionReportView } from './views.ts';

/** Participant, coordinator and content-expert reports. */
export function reportRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['results (reports)'];
    const participantDescription =
      'Official once the results are published, provisional before. Available after the play window has closed (409 report_not_available before), because it shows the right answers. 404 not_registered for someone who did not take part.';

    app.get(
      '/api/results/:year/me/report',
      {
        schema: {
          tags,
          summary:
            'My report: score, positions, themes and objectives vs the sector, learning curve, my mistakes',
          description: participantDescription,
          params: yearParams,
          response: { 200: participantReportView, 401: errorView, 404: errorView, 409: errorView },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canReadParticipantReport(me, me.id));
        return participantReport(ctx, await editionContext(ctx, { year: request.params.year }), me.id);
      },
    );

    app.get(
      '/api/results/:year/me/certificate.pdf',
      {
        schema: {
          tags,
          summary: 'My certificate of participation (PDF, in my language)',
          description:
            'After the play window, for someone who completed the core quiz (409 certificate_not_available otherwise). Shows the official place once the results are published.',
          params: yearParams,
          response: { 401: errorView, 404: errorView, 409: errorView },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(canReadParticipantReport(me, me.id));
        return sendCertificate(ctx, reply, request.params.year, me.id, me.locale);
      },
    );

    app.get(
      '/api/results/editions/:id/participants/:userId/report',
      {
        schema: {
          tags,
          summary: "A participant's report (quiz staff)",
          description: participantDescription,
          params: participantParams,
          response: { 200: participantReportView, 403: errorView, 404: errorView, 409: errorView },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canReadParticipantReport(me, request.params.userId));
        return participantReport(
          ctx,
          await editionContext(ctx, { id: request.params.id }),
          request.params.userId,
        );
      },
    );

    app.get(
      '/api/results/editions/:id/organizations/:organizationId/report',
      {
        schema: {
          tags,
          summary: "An organisation's report: participation, themes and objectives per team vs the sector",
          description:
            "For the organisation's coordinators and quiz staff (403 for anyone else, including other companies' coordinators). Groups with fewer players than `minimumGroupSize` show no shares. No individual scores.",
          params: organizationParams,
          response: { 200: organizationReportView, 403: errorView, 404: errorView, 409: errorView },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canReadOrganizationReport(me, request.params.organizationId));
        return organizationReport(
          ctx,
          await editionContext(ctx, { id: request.params.id }),
          request.params.organizationId,
        );
      },
    );

    app.get(
      '/api/results/editions/:id/organizations/:organizationId/report.csv',
      {
        schema: {
          tags,
          summary:
            "An organisation's report as CSV: per objective (kind=objectives) or the participation list",
          description: 'Semicolon-separated UTF-8 with BOM for Dutch Excel; headers in the chosen locale.',
          params: organizationParams,
          querystring: csvQuery,
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(canReadOrganizationReport(me, request.params.organizationId));
        const edition = await editionContext(ctx, { id: request.params.id });
        const report = await organizationReport(ctx, edition, request.params.organizationId);
        const { kind, locale } = request.query;
        const name = `${kind === 'objectives' ? (locale === 'nl' ? 'leerdoelen' : 'objectives') : locale === 'nl' ? 'deelname' : 'participation'}-${edition.edition.year}.csv`;
        return reply
          .type(CSV_CONTENT_TYPE)
          .header('content-disposition', `attachment; filename="${name}"`)
          .send(organizationReportCsv(report, kind, locale));
      },
    );

    app.get(
      '/api/results/editions/:id/questions',
      {
        schema: {
          tags,
          summary: 'Per question: share correct, discrimination, option choices, Rasch difficulty, flags',
          description:
            'For content experts and quiz staff. Flags (with at least 10 answers): negative_discrimination, nobody_right, everybody_right. Excluded answers and participants are left out.',
          params: editionParams,
          response: { 200: questionReportView, 403: errorView, 404: errorView, 409: errorView },
        },
      },
      async (request) => {
        authorize(canReadQuestionReport(await authenticate(ctx, request)));
        return questionReport(ctx, await editionContext(ctx, { id: request.params.id }));
      },
    );

    app.get(
      '/api/results/editions/:id/participants/:userId/certificate.pdf',
      {
        schema: {
          tags,
          summary: "A participant's certificate (quiz staff)",
          params: participantParams,
          querystring: z.object({ locale: z.enum(['nl', 'en']).optional() }),
          response: { 403: errorView, 404: errorView, 409: errorView },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(canReadParticipantReport(me, request.params.userId));
        const edition = await editionContext(ctx, { id: request.params.id });
        return sendCertificate(ctx, reply, edition.edition.year, request.params.userId, request.query.locale);
      },
    );
  };
}

async function sendCertificate(
  ctx: AppContext,
  reply: FastifyReply,
  year: number,
  userId: string,
  locale: 'nl' | 'en' | undefined,
) {
  const edition = await editionContext(ctx, { year });
  const report = await participantReport(ctx, edition, userId);
  if (!report.certificateAvailable || !report.core) {
    throw new AppError(
      409,
      'certificate_not_available',
      'A certificate is available after completing the quiz.',
    );
  }
  const member = await reportMember(ctx, edition.edition.id, userId);
  const pdf = await renderCertificate({
    locale: locale ?? member.locale,
    name: member.name,
    editionName: edition.edition.name,
    eventDate: edition.edition.eventDate!,
    teamName: member.teamName,
    organizationName: member.organizationName,
    score: report.core.score,
    questionCount: report.core.questionCount,
    rank: report.status === 'official' ? report.positions.employeeByScore : null,
  });
  const file = locale === 'en' || (!locale && member.locale === 'en') ? 'certificate' : 'certificaat';
  return reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="${file}-${year}.pdf"`)
    .send(Buffer.from(pdf));
}
