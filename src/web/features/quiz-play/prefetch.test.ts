import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PLAY_STATE_DATA_ID } from '../../../domain/page-data.ts';
import { stubPage } from '../../test/page.ts';
import {
  type CurrentQuestion,
  type PlayState,
  type PlayStateWithClock,
  playKeys,
  prefetchPlayState,
  takeReceivedCurrent,
} from './api.ts';

const state: PlayState = {
  edition: { id: 'e1', year: 2041, name: 'Quiz 2041' },
  phase: 'open',
  now: '2041-03-11T09:00:00.000Z',
  opensAt: '2041-03-11T08:00:00.000Z',
  closesAt: '2041-03-11T20:00:00.000Z',
  eligible: true,
  leaderboardDisplay: 'full',
  modules: [{ module: 'core', attemptId: 'a1', status: 'in_progress', questionCount: 6 }],
};
const current: CurrentQuestion = {
  done: false,
  attemptId: 'a1',
  module: 'core',
  position: 2,
  total: 6,
  answered: 2,
  limitMs: 30_000,
  remainingMs: 25_000,
  question: {
    type: 'single',
    stem: 'Vraag',
    stemFormat: 'plain',
    imageId: null,
    imageUrl: null,
    imageAlt: null,
    options: [{ text: 'A' }, { text: 'B' }],
  },
};

function serve(body: object) {
  const fetchMock = vi.fn(async (_url: string) => new Response(JSON.stringify(body), { status: 200 }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('prefetching the play page', () => {
  it('asks for the current question when arriving, and hands it over once, apart from the state', async () => {
    const fetchMock = serve({ ...state, current });
    const queryClient = new QueryClient();
    await prefetchPlayState(queryClient, 2041, true);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/play/2041?include=current');
    const cached = queryClient.getQueryData<PlayState>(playKeys.state(2041));
    expect(cached).toMatchObject({ phase: 'open', modules: state.modules });
    expect(cached).not.toHaveProperty('current');

    const received = takeReceivedCurrent(queryClient, 'a1');
    expect(received?.view).toEqual(current);
    expect(received?.receivedAt).toBeTypeOf('number');
    expect(takeReceivedCurrent(queryClient, 'a1')).toBeUndefined();
  });

  it('serves nothing when only preloading (a link pointed at)', async () => {
    const fetchMock = serve(state);
    const queryClient = new QueryClient();
    await prefetchPlayState(queryClient, 2041, false);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/play/2041');
    expect(takeReceivedCurrent(queryClient, 'a1')).toBeUndefined();
  });

  it('keeps no question of an attempt that ended when it was asked for', async () => {
    serve({
      ...state,
      modules: [{ ...state.modules[0], status: 'finished' }],
      current: {
        done: true,
        summary: {
          attemptId: 'a1',
          module: 'core',
          status: 'finished',
          score: 6,
          points: 6000,
          answered: 6,
          total: 6,
        },
      },
    });
    const queryClient = new QueryClient();
    await prefetchPlayState(queryClient, 2041, true);
    expect(takeReceivedCurrent(queryClient, 'a1')).toBeUndefined();
  });
});

describe('arriving with a page that carries the play state', () => {
  const carried = () => ({ [PLAY_STATE_DATA_ID]: JSON.stringify({ ...state, current }) });

  it('uses it instead of asking, hands the question over once, and asks the server after that', async () => {
    const page = stubPage(carried());
    const fetchMock = serve({ ...state, phase: 'after' });
    const queryClient = new QueryClient();
    await prefetchPlayState(queryClient, 2041, true);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(page.size).toBe(0);
    const cached = queryClient.getQueryData<PlayStateWithClock>(playKeys.state(2041));
    expect(cached).toMatchObject({ phase: 'open', modules: state.modules });
    expect(cached).not.toHaveProperty('current');
    expect(cached?.clockOffsetMs).toBeTypeOf('number');
    const received = takeReceivedCurrent(queryClient, 'a1');
    expect(received?.view).toEqual(current);
    // Received with the page: no later than now, so the time left is never overstated.
    expect(received?.receivedAt).toBeLessThanOrEqual(performance.now());
    expect(takeReceivedCurrent(queryClient, 'a1')).toBeUndefined();

    // Entering the page again (a later visit in this tab): the server, with the question.
    await prefetchPlayState(queryClient, 2041, true);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/play/2041?include=current');
    expect(queryClient.getQueryData<PlayState>(playKeys.state(2041))?.phase).toBe('after');
  });

  it('leaves it alone when only preloading, and ignores another year’s', async () => {
    const page = stubPage(carried());
    const fetchMock = serve(state);
    const queryClient = new QueryClient();
    await prefetchPlayState(queryClient, 2041, false);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/play/2041');
    expect(page.size).toBe(1);
    await prefetchPlayState(queryClient, 2042, true);
    expect(fetchMock.mock.calls[1]?.[0]).toBe('/api/play/2042?include=current');
    expect(takeReceivedCurrent(queryClient, 'a1')).toBeUndefined();
  });
});
