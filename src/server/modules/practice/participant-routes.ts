import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { authenticate, authorize } from '../../lib/session.ts';
import { answerAsMe, myItem, myOpenQuestions } from './answer-service.ts';
import { canPractise } from './policies.ts';
import { itemParams, myAnswerInput, subscriptionChoice, yearParams } from './schemas.ts';
import { myPractice } from './stats-service.ts';
import { changeMySubscription } from './subscription-service.ts';
import { errorView, itemResultView, itemView, myPracticeView, subscriptionView } from './views.ts';

/** A logged-in participant's own practice: figures, open questions, answering, mail choice. */
export function practiceParticipantRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['practice (participant)'];

    app.get(
      '/api/practice/me/:year',
      {
        schema: {
          tags,
          summary:
            'My practice: streak, answered count, entry check, progress per theme (chart data), mail choice',
          params: yearParams,
          response: { 200: myPracticeView, 401: errorView, 404: errorView },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canPractise(me));
        return myPractice(ctx, me.id, request.params.year);
      },
    );

    app.get(
      '/api/practice/me/:year/questions',
      {
        schema: {
          tags,
          summary: 'My sent, unanswered practice questions, oldest first (never the right answer)',
          params: yearParams,
          response: { 200: z.object({ items: z.array(itemView) }), 401: errorView, 404: errorView },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canPractise(me));
        return { items: await myOpenQuestions(ctx, me.id, request.params.year) };
      },
    );

    app.get(
      '/api/practice/me/items/:itemId',
      {
        schema: {
          tags,
          summary:
            'One of my practice questions (opening it is recorded as the time shown); with my answer once answered',
          params: itemParams,
          response: { 200: itemResultView, 401: errorView, 404: errorView },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canPractise(me));
        return myItem(ctx, me.id, request.params.itemId);
      },
    );

    app.post(
      '/api/practice/me/items/:itemId/answer',
      {
        schema: {
          tags,
          summary:
            'Answer one of my practice questions; the first answer counts (later ones get it back, alreadyAnswered)',
          description:
            'The response is in display positions: one number, or a list for multiple response and ordering. 409 practice_closed after the practice period.',
          params: itemParams,
          body: myAnswerInput,
          response: { 200: itemResultView, 400: errorView, 401: errorView, 404: errorView, 409: errorView },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canPractise(me));
        return answerAsMe(ctx, me.id, request.params.itemId, request.body.response);
      },
    );

    app.put(
      '/api/practice/me/:year/subscription',
      {
        schema: {
          tags,
          summary: 'Keep receiving practice mail, pause it (until a date, inclusive) or stop it',
          params: yearParams,
          body: subscriptionChoice,
          response: { 200: subscriptionView, 400: errorView, 401: errorView, 404: errorView },
        },
      },
      async (request) => {
        const me = await authenticate(ctx, request);
        authorize(canPractise(me));
        return changeMySubscription(ctx, me, request.params.year, request.body);
      },
    );
  };
}
