import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { PLAY_STATE_DATA_ID, SESSION_DATA_ID } from '../domain/page-data.ts';
import type { AppContext } from './lib/context.ts';
import { registerErrorHandler, routeNotFound } from './lib/error-handler.ts';
import {
  createWebPageFiles,
  jsonScript,
  pageAssets,
  preloadLinks,
  takeStylesheets,
  withExtras,
} from './lib/web-page.ts';
import { adminRoutes } from './modules/admin/routes.ts';
import { authRoutes } from './modules/auth/routes.ts';
import { editionRoutes } from './modules/editions/routes.ts';
import { healthRoutes } from './modules/health/routes.ts';
import { mailboxRoutes } from './modules/mailbox/routes.ts';
import { mediaRoutes } from './modules/media/routes.ts';
import { organizationRoutes } from './modules/organizations/routes.ts';
import { peopleRoutes } from './modules/people/routes.ts';
import { EARLY_QUESTION_STYLE, earlyQuestionHtml } from './modules/play/early-question.ts';
import { playPageData } from './modules/play/page-data.ts';
import { playRoutes } from './modules/play/routes.ts';
import { practiceRoutes } from './modules/practice/routes.ts';
import { questionRoutes } from './modules/questions/routes.ts';
import { registrationRoutes } from './modules/registration/routes.ts';
import { resultsRoutes } from './modules/results/routes.ts';

export const webRoot = path.resolve(import.meta.dirname, '../../dist/web');

export interface BuildAppOptions {
  /** The built web app to serve (default: dist/web). */
  webRoot?: string;
}

/** Builds the HTTP app around an existing context (no listening, no start-up work). */
export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: ctx.log as FastifyBaseLogger,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    trustProxy: ctx.config.trustProxy,
    bodyLimit: 5 * 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerErrorHandler(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Mantine sets inline styles; the API docs page needs inline styles too.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: ctx.config.secureCookies ? [] : null,
      },
    },
    hsts: ctx.config.secureCookies,
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Wegwijs API', version: '0.1.0', description: 'The HTTP API of Wegwijs.' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes(ctx));
  await app.register(authRoutes(ctx));
  await app.register(peopleRoutes(ctx));
  await app.register(organizationRoutes(ctx));
  await app.register(mailboxRoutes(ctx));
  await app.register(adminRoutes(ctx));
  await app.register(editionRoutes(ctx));
  await app.register(questionRoutes(ctx));
  await app.register(registrationRoutes(ctx));
  await app.register(playRoutes(ctx));
  await app.register(resultsRoutes(ctx));
  await app.register(practiceRoutes(ctx));
  await app.register(mediaRoutes(ctx));

  await registerWebApp(app, ctx, options.webRoot ?? webRoot);
  return app;
}

/** `?saved=N` after the early question's form stored the answer to question N. */
function savedNumber(query: unknown): number | undefined {
  const value = Number((query as { saved?: unknown } | null)?.saved);
  return Number.isInteger(value) && value > 0 && value <= 1000 ? value : undefined;
}

/** The play page (`/quiz/$year/play` in src/web/app/router.tsx) and its lazy chunk in the build manifest. */
const PLAY_PATH = /^\/quiz\/(\d{4})\/play\/?$/;
const PLAY_PAGE_SOURCES = ['features/quiz-play/play-page.tsx'];

/**
 * Serves the built single-page app; unknown non-API GETs for HTML get index.html so client
 * routes work on reload. Everything else unknown gets the API's 404 shape.
 *
 * The play page's index.html also names the page's own chunks and stylesheet (preload
 * hints from the build manifest) and, for a participant with a session, carries what the
 * page would first ask the API for: the session and the play state with the current
 * question (`playPageData`), and shows that question as a plain form (`earlyQuestionHtml`)
 * until the app takes over. That HTML is personal: `private, no-store`.
 */
async function registerWebApp(app: FastifyInstance, ctx: AppContext, root: string): Promise<void> {
  const hasWebApp = existsSync(path.join(root, 'index.html'));
  const files = createWebPageFiles(root);
  if (hasWebApp) {
    await app.register(fastifyStatic, {
      root,
      // wildcard: files are looked up per request, so a rebuild needs no restart.
      wildcard: true,
      index: ['index.html'],
      // Send the .br / .gz copies the build writes next to the assets (vite.config.ts).
      preCompressed: true,
      setHeaders: (res, filePath) => {
        // Hashed assets never change; index.html must always be fresh to pick up new ones.
        res.header(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
  }

  async function sendPlayPage(request: FastifyRequest, reply: FastifyReply, year: number) {
    let html: string;
    try {
      html = await files.indexHtml();
    } catch {
      // No build at the moment (a rebuild is under way): as for any other page.
      return reply.type('text/html').sendFile('index.html');
    }
    const manifest = await files.manifest();
    const head = manifest ? preloadLinks(pageAssets(manifest, PLAY_PAGE_SOURCES)) : [];
    // Not for HEAD or a browser's prefetch: serving the question starts its clock.
    const prefetch = /prefetch/i.test(
      `${request.headers['sec-purpose'] ?? ''} ${request.headers.purpose ?? ''}`,
    );
    const data = request.method === 'GET' && !prefetch ? await playPageData(ctx, request, year) : null;
    const current = data?.playState.current;
    const early =
      data && current && !current.done
        ? earlyQuestionHtml({
            year,
            locale: data.session.user?.locale ?? 'nl',
            current,
            key: randomUUID(),
            savedNumber: savedNumber(request.query),
          })
        : null;
    let page = html;
    const body = data
      ? [jsonScript(SESSION_DATA_ID, data.session), jsonScript(PLAY_STATE_DATA_ID, data.playState)]
      : [];
    if (early) {
      // The question is painted as soon as the HTML is in, not after the app's stylesheets.
      const { html: rest, links } = takeStylesheets(html);
      page = rest;
      head.push(EARLY_QUESTION_STYLE);
      body.push(early, ...links);
    }
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', data ? 'private, no-store' : 'no-cache')
      .header('vary', 'cookie')
      .send(withExtras(page, { head, body }));
  }

  app.setNotFoundHandler(async (request, reply) => {
    const isApi = request.url.startsWith('/api/') || request.url.startsWith('/auth/');
    if (
      hasWebApp &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      !isApi &&
      request.headers.accept?.includes('text/html')
    ) {
      const play = PLAY_PATH.exec(request.url.split('?')[0]!);
      if (play) return sendPlayPage(request, reply, Number(play[1]));
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.status(404).send(routeNotFound(request.method, request.url));
  });
}
