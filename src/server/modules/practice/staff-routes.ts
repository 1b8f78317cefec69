import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { authenticate, authorize } from '../../lib/session.ts';
import * as campaigns from './campaign-service.ts';
import { canRunPractice, canSeeTeamParticipation } from './policies.ts';
import {
  campaignSettings,
  editionOrgParams,
  editionParams,
  suppressionInput,
  suppressionParams,
} from './schemas.ts';
import { campaignProgress, teamParticipation } from './stats-service.ts';
import { liftSuppression, listSuppressions, suppressAddress } from './subscription-service.ts';
import {
  campaignView,
  errorView,
  participationView,
  progressView,
  scheduleView,
  suppressionView,
} from './views.ts';

const campaignResponse = z.object({ campaign: campaignView });

/** Quiz staff run an edition's practice campaign; coordinators see their teams' participation. */
export function practiceStaffRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['practice (staff)'];
    const base = '/api/practice/editions/:editionId/campaign';

    app.get(
      base,
      {
        schema: {
          tags,
          summary: "The edition's practice campaign (404 campaign_not_found before it is created)",
          params: editionParams,
          response: { 200: campaignResponse, 403: errorView, 404: errorView },
        },
      },
      async (request) => {
        authorize(canRunPractice(await authenticate(ctx, request)));
        return { campaign: await campaigns.getCampaign(ctx, request.params.editionId) };
      },
    );

    app.post(
      base,
      {
        schema: {
          tags,
          summary: 'Create the practice campaign (draft) with cadence, entry-check size and pace',
          description:
            'Defaults: Monday, Wednesday and Friday (weekdays 1, 3, 5) at 08:30 Amsterdam time, 2 questions per send, an entry check of 12, 60 mails per minute. The practice period is the edition’s. 409 campaign_exists.',
          params: editionParams,
          body: campaignSettings,
          response: { 201: campaignResponse, 403: errorView, 404: errorView, 409: errorView },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(canRunPractice(me));
        const campaign = await campaigns.createCampaign(ctx, me, request.params.editionId, request.body);
        return reply.status(201).send({ campaign });
      },
    );

    app.patch(
      base,
      {
        schema: {
          tags,
          summary:
            'Change cadence, questions per send, pace (and the entry-check size before the first start)',
          params: editionParams,
          body: campaignSettings,
          response: { 200: campaignResponse, 403: errorView, 404: errorView, 409: errorView },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canRunPractice(me));
        return { campaign: await campaigns.updateCampaign(ctx, me, request.params.editionId, request.body) };
      },
    );

    app.post(
      `${base}/start`,
      {
        schema: {
          tags,
          summary: 'Start or resume sending; the first start draws the entry check',
          description:
            'Needs the edition’s practice period (409 no_practice_period) and approved practice questions (409 no_practice_questions). The next send time that comes carries the entry check.',
          params: editionParams,
          response: { 200: campaignResponse, 403: errorView, 404: errorView, 409: errorView },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canRunPractice(me));
        return { campaign: await campaigns.startCampaign(ctx, me, request.params.editionId) };
      },
    );

    for (const [action, status] of [
      ['pause', 'paused'],
      ['finish', 'finished'],
    ] as const) {
      app.post(
        `${base}/${action}`,
        {
          schema: {
            tags,
            summary:
              action === 'pause'
                ? 'Pause sending (planned mails wait; start resumes)'
                : 'Finish the campaign: no more mail; answers to sent questions are still taken until the period ends',
            params: editionParams,
            response: { 200: campaignResponse, 403: errorView, 404: errorView, 409: errorView },
          },
        },
        async (request) => {
          const me = await authenticate(ctx, request);
          authorize(canRunPractice(me));
          return { campaign: await campaigns.setCampaignStatus(ctx, me, request.params.editionId, status) };
        },
      );
    }

    app.get(
      `${base}/schedule`,
      {
        schema: {
          tags,
          summary:
            'Preview: every send time of the period, which one is the entry check, and the expected load',
          params: editionParams,
          response: { 200: scheduleView, 403: errorView, 404: errorView },
        },
      },
      async (request) => {
        authorize(canRunPractice(await authenticate(ctx, request)));
        return campaigns.previewSchedule(ctx, request.params.editionId);
      },
    );

    app.get(
      `${base}/progress`,
      {
        schema: {
          tags,
          summary:
            'Live campaign progress: mails scheduled, sent, delivered, skipped; answers; bounces; per day; the current send',
          description: 'Poll it every few seconds while `currentSend.sending` is true for a progress bar.',
          params: editionParams,
          response: { 200: progressView, 403: errorView, 404: errorView },
        },
      },
      async (request) => {
        authorize(canRunPractice(await authenticate(ctx, request)));
        return campaignProgress(ctx, request.params.editionId);
      },
    );

    app.get(
      '/api/practice/editions/:editionId/organizations/:organizationId/participation',
      {
        schema: {
          tags: ['practice (coordinators)'],
          summary: "How the organisation's teams practise: counts per team, never individual answers",
          params: editionOrgParams,
          response: { 200: participationView, 403: errorView, 404: errorView },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canSeeTeamParticipation(me, request.params.organizationId));
        return teamParticipation(ctx, request.params.editionId, request.params.organizationId);
      },
    );

    app.get(
      '/api/practice/suppressions',
      {
        schema: {
          tags,
          summary: 'Addresses that get no practice mail (bounces, complaints, manual)',
          response: { 200: z.object({ items: z.array(suppressionView) }), 403: errorView },
        },
      },
      async (request) => {
        authorize(canRunPractice(await authenticate(ctx, request)));
        return { items: await listSuppressions(ctx) };
      },
    );

    app.post(
      '/api/practice/suppressions',
      {
        schema: {
          tags,
          summary:
            'Report a bounce or complaint (or suppress manually): no more practice mail to the address',
          description:
            "Bounces and complaints also mark the address's open invitations as bounced. Permanent SMTP refusals of practice mail are added automatically.",
          body: suppressionInput,
          response: { 200: z.object({ added: z.boolean() }), 400: errorView, 403: errorView },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canRunPractice(me));
        const { email, reason, detail } = request.body;
        return suppressAddress(ctx, me, email, reason, detail);
      },
    );

    app.delete(
      '/api/practice/suppressions/:email',
      {
        schema: {
          tags,
          summary: 'Lift a suppression (the address works again)',
          params: suppressionParams,
          response: { 204: z.null(), 403: errorView, 404: errorView },
        },
      },
      async (request, reply) => {
        const me = await authenticate(ctx, request);
        authorize(canRunPractice(me));
        await liftSuppression(ctx, me, request.params.email);
        return reply.status(204).send(null);
      },
    );
  };
}
