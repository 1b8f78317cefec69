import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type FieldProblem } from './errors.ts';

interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** One error shape for the whole API; 5xx never leaks internals (only the request id). */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      const body: ErrorBody = { error: { code: error.code, message: error.message } };
      if (error.details) body.error.details = error.details;
      return reply.status(error.status).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: FieldProblem[] = error.validation.map((v) => ({
        field: fieldName(v.instancePath, v.params),
        code: String((v.params as { issue?: { code?: string } })?.issue?.code ?? v.keyword ?? 'invalid'),
        message: v.message ?? 'is invalid',
      }));
      return reply.status(400).send({
        error: {
          code: 'validation_failed',
          message: fields.map((f) => `${f.field}: ${f.message}`).join('; '),
          details: { fields, in: error.validationContext },
        },
      } satisfies ErrorBody);
    }
    if (error.statusCode === 429) {
      return reply.status(429).send({
        error: { code: 'rate_limited', message: 'Too many attempts. Please wait a moment and try again.' },
      } satisfies ErrorBody);
    }
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status < 500 && !isResponseSerializationError(error)) {
      // Fastify's own client errors (bad JSON, body too large, wrong content type).
      return reply.status(status).send({
        error: { code: (error.code ?? 'bad_request').toLowerCase(), message: error.message },
      } satisfies ErrorBody);
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send({
      error: {
        code: 'internal_error',
        message: 'Something went wrong on our side. Please try again later.',
        details: { requestId: request.id },
      },
    } satisfies ErrorBody);
  });
}

function fieldName(instancePath: string, params: unknown): string {
  const fromPath = instancePath.replace(/^\//, '').replaceAll('/', '.');
  if (fromPath) return fromPath;
  const issue = (params as { issue?: { path?: PropertyKey[] } })?.issue;
  return issue?.path?.map(String).join('.') || '(root)';
}

/** The 404 body for an unknown route. */
export function routeNotFound(method: string, url: string): ErrorBody {
  return { error: { code: 'not_found', message: `No route for ${method} ${url.split('?')[0]}` } };
}
