import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PLAY_STATE_DATA_ID } from '../../../domain/page-data.ts';
import { api, apiRequest, isClientError } from '../../lib/api.ts';
import { takeEmbedded } from '../../lib/embedded.ts';
import { type RetryOptions, withRetry } from './retry.ts';

// The event-day API (src/server/modules/play/routes.ts). Kept free of Zod and form code:
// this file is part of the play route's chunk, which participants load over 4G.

export type PlayModule = 'core' | 'manager';
export type LeaderboardDisplay = 'full' | 'initials' | 'hidden';
export type WindowPhase = 'before' | 'open' | 'after';
export type ModuleStatus = 'not_started' | 'in_progress' | 'finished' | 'closed';
export type QuestionType = 'single' | 'multiple' | 'truefalse' | 'ordering';
export type TextFormat = 'markdown' | 'html' | 'plain';

export interface ModuleState {
  module: PlayModule;
  attemptId: string | null;
  status: ModuleStatus;
  questionCount: number | null;
}

export interface PlayState {
  edition: { id: string; year: number; name: string };
  phase: WindowPhase;
  /** The server's clock when it answered (ISO). */
  now: string;
  opensAt: string;
  closesAt: string;
  eligible: boolean;
  leaderboardDisplay: LeaderboardDisplay;
  modules: ModuleState[];
}

/** The play state plus how far this device's clock is behind the server's (ms; add it to Date.now()). */
export interface PlayStateWithClock extends PlayState {
  clockOffsetMs: number;
}

export interface QuestionView {
  type: QuestionType;
  stem: string;
  stemFormat: TextFormat;
  imageId: string | null;
  /** `/media/:id`, or null without an image. */
  imageUrl: string | null;
  /** The image's text alternative (null without an image). */
  imageAlt: string | null;
  options: Array<{ text: string }>;
}

export interface CurrentQuestion {
  done: false;
  attemptId: string;
  module: PlayModule;
  /** 0-based position in the attempt. */
  position: number;
  total: number;
  answered: number;
  limitMs: number;
  /** Time left on the server's clock when it answered. */
  remainingMs: number;
  question: QuestionView;
}

export interface AttemptSummary {
  attemptId: string;
  module: PlayModule;
  status: 'in_progress' | 'finished' | 'closed';
  score: number;
  points: number;
  answered: number;
  total: number;
}

export type CurrentView = { done: true; summary: AttemptSummary } | CurrentQuestion;

export interface AnswerFeedback {
  position: number;
  credit: number;
  correct: boolean;
  late: boolean;
  points: number;
  streak: number;
  /** Ordering: the display positions in the right order; otherwise the right options' display positions. */
  correctOptions: number[];
  explanation: string;
  optionFeedback: Array<string | null>;
  progress: { answered: number; total: number };
}

/** Display positions: one for single and true/false, a set for multiple, the chosen order for ordering. */
export type AnswerResponse = number | number[];

export interface AnswerBody {
  position: number;
  key: string;
  response: AnswerResponse;
}

export const playKeys = {
  all: ['play'] as const,
  state: (year: number) => ['play', 'state', year] as const,
  /** The question the play state brought along (see prefetchPlayState), until the attempt screen takes it. */
  current: (attemptId: string) => ['play', 'current', attemptId] as const,
};

/** A current question received with the play state, and when (`performance.now()`). */
export interface ReceivedCurrent {
  view: CurrentView;
  receivedAt: number;
}

/**
 * The server's offset from this device's clock, measured around one request: the server's
 * `now` is taken to be the midpoint of sending and receiving.
 */
export function clockOffsetMs(serverNowIso: string, sentAt: number, receivedAt: number): number {
  const serverNow = Date.parse(serverNowIso);
  if (Number.isNaN(serverNow)) return 0;
  return Math.round(serverNow - (sentAt + receivedAt) / 2);
}

type PlayStateBody = PlayState & { current?: CurrentView };
type ReceivedPlayState = { state: PlayStateWithClock; current: ReceivedCurrent | null };

/**
 * A play state answer asked for at `sentAt` and arrived at `arrivedAt` (both on Date.now()'s
 * clock, for the server clock's offset), `receivedAt` on performance.now()'s (for the
 * question's time left, which must not jump with the wall clock).
 */
function received(
  body: PlayStateBody,
  sentAt: number,
  arrivedAt: number,
  receivedAt: number,
): ReceivedPlayState {
  const { current, ...state } = body;
  return {
    state: { ...state, clockOffsetMs: clockOffsetMs(state.now, sentAt, arrivedAt) },
    current: current ? { view: current, receivedAt } : null,
  };
}

/**
 * `GET /api/play/:year`. With `withCurrent` the server also serves the question of the
 * attempt in progress (its clock starts), which is returned apart from the state.
 */
export async function fetchPlayState(
  year: number,
  signal?: AbortSignal,
  withCurrent = false,
): Promise<ReceivedPlayState> {
  const sentAt = Date.now();
  const body = await api.get<PlayStateBody>(
    `/api/play/${year}`,
    withCurrent ? { include: 'current' } : undefined,
    signal,
  );
  return received(body, sentAt, Date.now(), performance.now());
}

/**
 * What `GET /api/play/:year?include=current` returned when the server made this page's HTML
 * (src/server/app.ts), once. It was asked for with the page and arrived with it: the
 * navigation's request and response times stand for the request's (navigation start when
 * the browser does not tell, which only makes the question's time left look shorter).
 */
function takeEmbeddedPlayState(year: number): ReceivedPlayState | undefined {
  const body = takeEmbedded<PlayStateBody>(PLAY_STATE_DATA_ID);
  if (body?.edition.year !== year) return undefined;
  const page = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  const arrived = page?.responseStart ?? 0;
  const origin = performance.timeOrigin;
  return received(body, origin + (page?.requestStart ?? 0), origin + arrived, arrived);
}

export const playStateQueryOptions = (year: number) =>
  queryOptions({
    queryKey: playKeys.state(year),
    queryFn: async ({ signal }) => (await fetchPlayState(year, signal)).state,
    // The phase changes with the clock: the route asks again (beforeLoad) whenever the page is
    // opened (prefetchPlayState); a few seconds spare the request again when the page mounts.
    staleTime: 5_000,
    refetchOnWindowFocus: true,
  });

/**
 * Started by the play route's beforeLoad, in parallel with loading the page's code: the play
 * state and, when `withCurrent` (the person is arriving at the page, not hovering a link to
 * it), the question of the attempt in progress, which the attempt screen then shows
 * without asking again (`takeReceivedCurrent`). Arriving with a page whose HTML carries
 * both, those are used instead of a request (once). Never throws: the page shows errors.
 */
export function prefetchPlayState(
  queryClient: QueryClient,
  year: number,
  withCurrent: boolean,
): Promise<void> {
  return queryClient.prefetchQuery({
    ...playStateQueryOptions(year),
    staleTime: 0,
    queryFn: async ({ signal }) => {
      const { state, current } =
        (withCurrent && takeEmbeddedPlayState(year)) || (await fetchPlayState(year, signal, withCurrent));
      if (current && !current.view.done) {
        queryClient.setQueryData<ReceivedCurrent>(playKeys.current(current.view.attemptId), current);
      }
      return state;
    },
  });
}

/** The question received with the play state for this attempt, once: later loads ask the server. */
export function takeReceivedCurrent(
  queryClient: QueryClient,
  attemptId: string,
): ReceivedCurrent | undefined {
  const key = playKeys.current(attemptId);
  const received = queryClient.getQueryData<ReceivedCurrent>(key);
  if (received) queryClient.removeQueries({ queryKey: key, exact: true });
  return received;
}

export const usePlayState = (year: number) => useQuery(playStateQueryOptions(year));

/** The question to answer now, retried (same request) while the connection is gone. */
export function fetchCurrent(attemptId: string, options: RetryOptions = {}): Promise<CurrentView> {
  return withRetry(
    () =>
      api.get<CurrentView>(
        `/api/play/attempts/${encodeURIComponent(attemptId)}/current`,
        undefined,
        options.signal,
      ),
    options,
  );
}

export function postAnswer(attemptId: string, body: AnswerBody): Promise<AnswerFeedback> {
  return api.post<AnswerFeedback>(`/api/play/attempts/${encodeURIComponent(attemptId)}/answers`, body);
}

/** Reports that the quiz tab was left while a question was open. Best effort: a lost report is no problem. */
export function reportTabHidden(attemptId: string, position: number): void {
  api
    .post<void>(`/api/play/attempts/${encodeURIComponent(attemptId)}/visibility`, { position })
    .catch(() => undefined);
}

export function useStartAttempt(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (module: PlayModule) =>
      api.post<{ attemptId: string; questionCount: number }>(`/api/play/${year}/${module}/start`),
    // Started now or earlier (409 attempt_exists): either way the state tells where to continue.
    onSettled: () => queryClient.invalidateQueries({ queryKey: playKeys.state(year) }),
  });
}

export function useSetLeaderboardDisplay(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (display: LeaderboardDisplay) =>
      apiRequest<void>(`/api/play/${year}/leaderboard-display`, { method: 'PUT', body: { display } }),
    onSuccess: async (_nothing, display) => {
      // A state request that left before this change would bring the old choice back.
      await queryClient.cancelQueries({ queryKey: playKeys.state(year) });
      queryClient.setQueryData<PlayStateWithClock>(playKeys.state(year), (state) =>
        state ? { ...state, leaderboardDisplay: display } : state,
      );
    },
  });
}

/** True when the API says this play page cannot exist (unknown edition year). */
export const isMissingEdition = (error: unknown) =>
  isClientError(error) && (error as { status: number }).status === 404;
