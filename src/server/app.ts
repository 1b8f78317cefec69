import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppContext } from './lib/context.ts';
import { registerErrorHandler, routeNotFound } from './lib/error-handler.ts';
import { adminRoutes } from './modules/admin/routes.ts';
import { authRoutes } from './modules/auth/routes.ts';
import { editionRoutes } from './modules/editions/routes.ts';
import { healthRoutes } from './modules/health/routes.ts';
import { mailboxRoutes } from './modules/mailbox/routes.ts';
import { mediaRoutes } from './modules/media/routes.ts';
import { organizationRoutes } from './modules/organizations/routes.ts';
import { peopleRoutes } from './modules/people/routes.ts';
import { playRoutes } from './modules/play/routes.ts';
import { practiceRoutes } from './modules/practice/routes.ts';
import { questionRoutes } from './modules/questions/routes.ts';
import { registrationRoutes } from './modules/registration/routes.ts';
import { resultsRoutes } from './modules/results/routes.ts';

export const webRoot = path.resolve(import.meta.dirname, '../../dist/web');

/** Builds the HTTP app around an existing context (no listening, no start-up work). */
export async function buildApp(ctx: AppContext): Promise<FastifyInstance> {
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

  await registerWebApp(app);
  return app;
}

/**
 * Serves the built single-page app; unknown non-API GETs for HTML get index.html so client
 * routes work on reload. Everything else unknown gets the API's 404 shape.
 */
async function registerWebApp(app: FastifyInstance): Promise<void> {
  const hasWebApp = existsSync(path.join(webRoot, 'index.html'));
  if (hasWebApp) {
    await app.register(fastifyStatic, {
      root: webRoot,
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
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith('/api/') || request.url.startsWith('/auth/');
    if (
      hasWebApp &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      !isApi &&
      request.headers.accept?.includes('text/html')
    ) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.status(404).send(routeNotFound(request.method, request.url));
  });
}
