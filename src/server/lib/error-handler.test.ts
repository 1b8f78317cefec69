import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { registerErrorHandler } from './error-handler.ts';
import { AppError } from './errors.ts';

function appWith(handler: () => Promise<unknown>) {
  const app = Fastify({ logger: false });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  app.get('/boom', handler);
  return app;
}

describe('the error handler', () => {
  it('never leaks the internals of a 500, only the request id', async () => {
    const app = appWith(async () => {
      throw new Error('connection to db-primary.internal:5432 refused (password=hunter2)');
    });
    const res = await app.inject('/boom');
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expect(body.error.code).toBe('internal_error');
    expect(body.error.details.requestId).toMatch(/^req-/);
    expect(res.body).not.toMatch(/db-primary|hunter2|refused|stack/);
  });

  it('returns named errors with their code, status and details', async () => {
    const app = appWith(async () => {
      throw new AppError(409, 'kvk_taken', 'Already registered', {
        fields: [{ field: 'kvkNumber', code: 'kvk_taken', message: 'x' }],
      });
    });
    const res = await app.inject('/boom');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual({
      error: {
        code: 'kvk_taken',
        message: 'Already registered',
        details: { fields: [{ field: 'kvkNumber', code: 'kvk_taken', message: 'x' }] },
      },
    });
  });

  it('answers malformed JSON with a 400 in the same shape', async () => {
    const app = Fastify({ logger: false });
    registerErrorHandler(app);
    app.post('/echo', async (request) => request.body);
    const res = await app.inject({
      method: 'POST',
      url: '/echo',
      payload: '{"a":',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toMatch(/^fst_err_ctp_invalid_json_body|bad_request$/);
  });
});
