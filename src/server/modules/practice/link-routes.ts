import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.ts';
import { invalidField } from '../../lib/errors.ts';
import { answerByLink, viewByLink } from './answer-service.ts';
import { linkAnswerInput, tokenQuery, unsubscribeInput, unsubscribeQuery } from './schemas.ts';
import { changeSubscriptionByLink, subscriptionByLink } from './subscription-service.ts';
import { errorView, itemResultView, subscriptionView } from './views.ts';

/**
 * The endpoints are public, so they are rate limited; generously, because a whole company
 * behind one address answers its 08:30 mail in the same few minutes. Guessing a link is
 * hopeless anyway (HMAC).
 */
const linkRateLimit = { rateLimit: { max: 300, timeWindow: '1 minute' } };

/**
 * The links in practice mails, used without logging in. The mail links open the web app
 * (/oefenen/antwoord, /oefenen/afmelden), which calls these endpoints; only a POST records
 * anything, so mail scanners that fetch links change nothing.
 */
export function practiceLinkRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    // RFC 8058 one-click unsubscribe posts a form (url-encoded or multipart); parse it here
    // only (this plugin's scope). Its one field only says "one click"; the token is in the URL.
    fastify.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 1024 },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );
    fastify.addContentTypeParser(
      'multipart/form-data',
      { parseAs: 'string', bodyLimit: 4096 },
      (_request, body, done) =>
        done(null, String(body).includes('One-Click') ? { 'List-Unsubscribe': 'One-Click' } : {}),
    );
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['practice (mail links)'];

    app.get(
      '/api/practice/link',
      {
        config: linkRateLimit,
        schema: {
          tags,
          summary:
            'What an answer link shows: the question, the option the link stands for, and the answer once recorded',
          description:
            'Records nothing but the first time the question was shown. 400 link_invalid for a link we did not make or that was altered; 410 link_expired after the practice period.',
          querystring: tokenQuery,
          response: { 200: itemResultView, 400: errorView, 410: errorView, 429: errorView },
        },
      },
      async (request) => viewByLink(ctx, request.query.token),
    );

    app.post(
      '/api/practice/answer',
      {
        config: linkRateLimit,
        schema: {
          tags,
          summary:
            'Record the answer of a one-click link (or of a link without option plus `response`); once only',
          description:
            'The first answer counts. Posting the same link again, or another option link of the same question, records nothing and returns the recorded answer with alreadyAnswered: true. The result has the explanation, the right option(s) and `next`, a link to the next open question. 400 link_invalid, 410 link_expired: nothing recorded.',
          body: linkAnswerInput,
          response: { 200: itemResultView, 400: errorView, 410: errorView, 429: errorView },
        },
      },
      async (request) => answerByLink(ctx, request.body.token, request.body.response),
    );

    app.get(
      '/api/practice/unsubscribe',
      {
        config: linkRateLimit,
        schema: {
          tags,
          summary: "What the pause/unsubscribe page shows: the edition and the person's current choice",
          querystring: tokenQuery,
          response: { 200: subscriptionView, 400: errorView, 429: errorView },
        },
      },
      async (request) => subscriptionByLink(ctx, request.query.token),
    );

    app.post(
      '/api/practice/unsubscribe',
      {
        config: linkRateLimit,
        schema: {
          tags,
          summary:
            'Pause, stop or resume practice mail by the link in a mail (no log-in); also the List-Unsubscribe one-click target',
          description:
            'Token in the query or the JSON body. Without a status the mail stops (what a mail client’s one-click unsubscribe, a form post of List-Unsubscribe=One-Click, means). `paused` takes an optional pausedUntil date (inclusive).',
          querystring: unsubscribeQuery,
          body: unsubscribeInput,
          response: { 200: subscriptionView, 400: errorView, 429: errorView },
        },
      },
      async (request) => {
        const body = request.body ?? {};
        const token = request.query.token ?? body.token;
        if (!token) throw invalidField('token', 'required', 'The link is incomplete.');
        const oneClick = body['List-Unsubscribe'] === 'One-Click';
        return changeSubscriptionByLink(
          ctx,
          token,
          { status: body.status ?? 'stopped', pausedUntil: body.pausedUntil },
          oneClick ? 'list_unsubscribe' : 'link',
        );
      },
    );
  };
}
