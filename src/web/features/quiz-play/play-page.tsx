import { Alert, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Navigate, useRouterState } from '@tanstack/react-router';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LiveStatus } from '../../components/live-status.tsx';
import { Loading } from '../../components/loading.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { loadTexts } from '../../i18n/i18n.ts';
import { isApiError } from '../../lib/api.ts';
import { useMe } from '../../lib/session.ts';
import { type PlayModule, type PlayStateWithClock, playKeys, usePlayState, useStartAttempt } from './api.ts';
import { removeEarlyQuestion } from './early-question.ts';
import { ClosedView, StartView, useServerNow, WaitingView } from './phase-views.tsx';
import { PlayScreen } from './play-screen.tsx';

const route = getRouteApi('/quiz/$year/play');

/**
 * `/quiz/$year/play`: the event day for a participant. Before the window a countdown, in
 * the window the start buttons and the quiz itself, after it a closed page. Everything
 * — phase, attempt, question, time left — comes from the server, so a reload or another
 * device continues in the same place.
 */
export function PlayPage() {
  const { t } = useTranslation();
  const { year } = route.useParams();
  const me = useMe();
  const href = useRouterState({ select: (s) => s.resolvedLocation?.href ?? s.location.href });
  usePageTitle(t('quizPlay.pageTitle'));
  useEffect(() => removeEarlyQuestion, []);

  if (!/^\d{4}$/.test(year)) return <Missing />;
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to="/login" search={{ redirect: href }} replace />;
  return <PlayForYear year={Number(year)} />;
}

function Missing({ code }: { code?: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{t('quizPlay.pageTitle')}</Title>
      <Alert color="yellow" variant="light">
        {code === 'no_event_date' ? t('quizPlay.noEventDate') : t('quizPlay.notFound')}
      </Alert>
    </Stack>
  );
}

interface Playing {
  attemptId: string;
  module: PlayModule;
}

function PlayForYear({ year }: { year: number }) {
  const state = usePlayState(year);
  if (state.isPending) return <Loading />;
  if (state.isError) {
    const error = state.error;
    if (isApiError(error) && (error.status === 404 || error.code === 'no_event_date')) {
      return <Missing code={error.code} />;
    }
    return <ErrorAlert error={error} onRetry={() => void state.refetch()} />;
  }
  return <PlayState year={year} state={state.data} />;
}

function PlayState({ year, state }: { year: number; state: PlayStateWithClock }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // The first bundle has only this page's texts; the rest (menus, other pages) come once the
  // page is on screen, after what the first question needs.
  useEffect(() => {
    const timer = setTimeout(() => void loadTexts().catch(() => undefined), 1000);
    return () => clearTimeout(timer);
  }, []);
  const start = useStartAttempt(year);
  const [playing, setPlaying] = useState<Playing | null>(null);
  /** Attempts seen to end here, so a state fetched just before that cannot resume them. */
  const [ended, setEnded] = useState<ReadonlySet<string>>(() => new Set());
  const [announcement, setAnnouncement] = useState('');
  const refresh = useCallback(
    () => queryClient.invalidateQueries({ queryKey: playKeys.state(year) }),
    [queryClient, year],
  );
  usePhaseChange(state, refresh);

  // Announce the moment the window opens for people waiting with a screen reader.
  const previousPhase = useRef(state.phase);
  useEffect(() => {
    if (previousPhase.current === 'before' && state.phase === 'open')
      setAnnouncement(t('quizPlay.waiting.opened'));
    previousPhase.current = state.phase;
  }, [state.phase, t]);

  // An attempt in progress continues at once (after a reload, or on another device).
  const inProgress = state.modules.find(
    (m) => m.status === 'in_progress' && m.attemptId && !ended.has(m.attemptId),
  );
  const resume: Playing | null =
    state.phase === 'open' && inProgress
      ? { attemptId: inProgress.attemptId!, module: inProgress.module }
      : null;
  const active = playing ?? resume;
  // Nothing to play here (any more): the page's plain question form, if any, goes.
  useEffect(() => {
    if (!active) removeEarlyQuestion();
  }, [active]);
  // Keep the attempt on screen once it finishes, even though the state then no longer lists it as in progress.
  useEffect(() => {
    if (!playing && resume) setPlaying(resume);
  }, [playing, resume]);

  const startModule = (module: PlayModule) => {
    const existing = state.modules.find((m) => m.module === module);
    if (existing?.attemptId && existing.status === 'in_progress') {
      setPlaying({ attemptId: existing.attemptId, module });
      return;
    }
    start.mutate(module, {
      onSuccess: ({ attemptId }) => setPlaying({ attemptId, module }),
    });
  };

  const manager = state.modules.find((m) => m.module === 'manager');
  const canStartManager =
    active?.module === 'core' && manager?.status === 'not_started' && state.phase === 'open';

  if (active) {
    return (
      <>
        <LiveStatus message={announcement} />
        <PlayScreen
          key={active.attemptId}
          attemptId={active.attemptId}
          module={active.module}
          onFinished={(summary) => {
            setEnded((previous) => new Set(previous).add(summary.attemptId));
            void refresh();
          }}
          onBack={() => {
            setPlaying(null);
            void refresh();
          }}
          onStartManager={canStartManager ? () => startModule('manager') : undefined}
        />
      </>
    );
  }

  const startError =
    start.error && !(isApiError(start.error) && start.error.code === 'attempt_exists') ? start.error : null;
  return (
    <>
      <LiveStatus message={announcement} />
      {state.phase === 'before' && <WaitingView state={state} />}
      {state.phase === 'after' && <ClosedView state={state} />}
      {state.phase === 'open' && (
        <StartView
          state={state}
          onStart={startModule}
          starting={start.isPending ? (start.variables ?? null) : null}
          startError={startError}
        />
      )}
      {state.phase === 'open' && start.isPending && (
        <Text role="status" size="sm" c="dimmed">
          {t('quizPlay.start.starting')}
        </Text>
      )}
    </>
  );
}

/**
 * Asks the server again the moment the window should open or close (on the server's
 * clock), and every few minutes while waiting, so the phase never lags behind.
 */
function usePhaseChange(state: PlayStateWithClock, refresh: () => void) {
  const now = useServerNow(state.clockOffsetMs, 30_000);
  useEffect(() => {
    const boundary =
      state.phase === 'before'
        ? Date.parse(state.opensAt)
        : state.phase === 'open'
          ? Date.parse(state.closesAt)
          : null;
    if (boundary === null) return;
    const serverNow = Date.now() + state.clockOffsetMs;
    // Timers longer than ~24 days overflow; the periodic check below covers those.
    const wait = Math.min(boundary - serverNow + 250, 2 ** 31 - 1);
    const timer = setTimeout(refresh, Math.max(0, wait));
    return () => clearTimeout(timer);
  }, [state, refresh]);
  const lastRefresh = useRef(now);
  useEffect(() => {
    if (state.phase !== 'before') return;
    if (now - lastRefresh.current >= 5 * 60_000) {
      lastRefresh.current = now;
      refresh();
    }
  }, [now, state.phase, refresh]);
}
