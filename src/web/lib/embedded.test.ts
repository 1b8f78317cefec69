import { afterEach, describe, expect, it, vi } from 'vitest';
import { SESSION_DATA_ID } from '../../domain/page-data.ts';
import { stubPage } from '../test/page.ts';
import { takeEmbedded } from './embedded.ts';
import { meQueryOptions, type User } from './session.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const user: User = {
  id: 'u1',
  email: 'bente@example.org',
  name: 'Bente',
  locale: 'nl',
  jobRole: 'agent',
  yearsInField: 3,
  yearsLeadership: null,
  roles: [],
};

describe('data embedded in the page', () => {
  it('is taken once: the element goes, and the next ask finds nothing', () => {
    const page = stubPage({ a: '{"x":"\\u003c/script>"}' });
    expect(takeEmbedded('a')).toEqual({ x: '</script>' });
    expect(page.has('a')).toBe(false);
    expect(takeEmbedded('a')).toBeUndefined();
  });

  it('is nothing when unreadable, or without a document', () => {
    stubPage({ a: '{broken' });
    expect(takeEmbedded('a')).toBeUndefined();
    vi.unstubAllGlobals();
    expect(takeEmbedded('a')).toBeUndefined();
  });
});

describe('the session query', () => {
  const run = () =>
    (meQueryOptions.queryFn as (context: { signal: AbortSignal }) => Promise<User | null> | User | null)({
      signal: new AbortController().signal,
    });

  it('uses the session the page carries the first time, and asks the server after that', async () => {
    stubPage({ [SESSION_DATA_ID]: JSON.stringify({ user }) });
    const fetchMock = vi.fn(
      async (_url: string) => new Response(JSON.stringify({ user: { ...user, name: 'Later' } })),
    );
    vi.stubGlobal('fetch', fetchMock);
    expect(await run()).toEqual(user);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(await run()).toMatchObject({ name: 'Later' });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/session');
  });
});
