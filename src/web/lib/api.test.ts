import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRequest, isClientError, toApiError, toQueryString } from './api.ts';

function respond(status: number, body?: unknown, raw?: string) {
  const text = raw ?? (body === undefined ? '' : JSON.stringify(body));
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(status === 204 ? null : text, { status })),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('toQueryString', () => {
  it('leaves out empty values and encodes the rest', () => {
    expect(toQueryString({ q: 'a&b', page: 2, role: undefined, x: '', y: null })).toBe('?q=a%26b&page=2');
  });

  it('is empty without values', () => {
    expect(toQueryString({ q: '' })).toBe('');
    expect(toQueryString(undefined)).toBe('');
  });
});

describe('toApiError', () => {
  it('reads our error shape, field problems included', () => {
    const error = toApiError(400, {
      error: {
        code: 'validation_failed',
        message: 'email: is invalid',
        details: { fields: [{ field: 'email', code: 'invalid_format', message: 'is invalid' }] },
      },
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation_failed');
    expect(error.fieldProblems).toEqual([{ field: 'email', code: 'invalid_format', message: 'is invalid' }]);
  });

  it('makes up a code from the status for bodies that are not ours', () => {
    expect(toApiError(502, undefined).code).toBe('internal_error');
    expect(toApiError(413, { message: 'too big' }).code).toBe('http_413');
  });
});

describe('apiRequest', () => {
  it('sends JSON with the session cookie and returns the parsed body', async () => {
    respond(200, { user: { id: 'u1' } });
    await expect(apiRequest('/api/me', { method: 'PATCH', body: { name: 'Anna' } })).resolves.toEqual({
      user: { id: 'u1' },
    });
    const [url, init] = vi.mocked(fetch).mock.calls[0] ?? [];
    expect(url).toBe('/api/me');
    expect(init).toMatchObject({ method: 'PATCH', credentials: 'same-origin', body: '{"name":"Anna"}' });
    expect(init?.headers).toMatchObject({ 'content-type': 'application/json' });
  });

  it('returns undefined for 204', async () => {
    respond(204);
    await expect(apiRequest('/api/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });

  it('throws an ApiError with the server code', async () => {
    respond(401, { error: { code: 'invalid_credentials', message: 'nope' } });
    const error = await apiRequest('/api/auth/password', { method: 'POST', body: {} }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'invalid_credentials', message: 'nope' });
    expect(isClientError(error)).toBe(true);
  });

  it('survives an HTML error page from a proxy', async () => {
    respond(502, undefined, '<html>Bad gateway</html>');
    const error = await apiRequest('/api/me').catch((e) => e);
    expect(error).toMatchObject({ status: 502, code: 'internal_error' });
    expect(isClientError(error)).toBe(false);
  });

  it('turns a failed connection into network_error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(apiRequest('/api/me')).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });
});
