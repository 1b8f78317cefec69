import { Alert, Button, Group, Loader, Progress, Stack, Text, Title } from '@mantine/core';
import { useReducedMotion } from '@mantine/hooks';
import { IconClockX, IconWifiOff } from '@tabler/icons-react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../components/live-status.tsx';
import { type AttemptSummary, type CurrentQuestion, type PlayModule, reportTabHidden } from './api.ts';
import { removeEarlyQuestion } from './early-question.ts';
import { describePlayError } from './errors.ts';
import { FeedbackPanel } from './feedback-panel.tsx';
import { QuestionForm } from './question-form.tsx';
import classes from './quiz-play.module.css';
import { SummaryPanel } from './summary-panel.tsx';
import { announcementThresholds, crossedThreshold, formatClock, secondsLeft } from './timing.ts';
import { type AttemptView, useAttempt } from './use-attempt.ts';

interface PlayScreenProps {
  attemptId: string;
  module: PlayModule;
  /** The attempt ended (summary shown); the overview should be fetched again. */
  onFinished: (summary: AttemptSummary) => void;
  onBack: () => void;
  /** Offered after the core quiz when the manager module is still to play. */
  onStartManager?: (() => void) | undefined;
}

/** The quiz itself: one question at a time, the feedback after each, and the summary at the end. */
export function PlayScreen({ attemptId, module, onFinished, onBack, onStartManager }: PlayScreenProps) {
  const { t, i18n } = useTranslation();
  const { view, answer, next, retryNow, alreadyAnswered } = useAttempt(attemptId);
  const [announcement, setAnnouncement] = useState('');
  const reduceMotion = useReducedMotion();
  useTabReport(attemptId, view);

  // Once per finished attempt, whatever the parent passes in on each render.
  const onFinishedRef = useRef(onFinished);
  onFinishedRef.current = onFinished;
  const finished = view.kind === 'done' ? view.summary : null;
  useEffect(() => {
    if (finished) onFinishedRef.current(finished);
  }, [finished]);

  const progress = progressOf(view);
  // The page's plain form (if any) stays over the app only while the question is loading;
  // gone in the same task the app's form appears, so never two forms at once.
  useLayoutEffect(() => {
    if (view.kind !== 'loading') removeEarlyQuestion();
  }, [view.kind]);

  return (
    <Stack gap="md" maw={720} mx="auto">
      <LiveStatus message={announcement} />
      <Group justify="space-between" align="center" wrap="nowrap">
        <Title order={1} size="h4">
          {t(`quizPlay.play.module.${module}`)}
        </Title>
        {view.kind === 'question' && (
          <QuestionClock key={view.current.position} view={view} onAnnounce={setAnnouncement} />
        )}
      </Group>
      {progress && <QuizProgress answered={progress.answered} total={progress.total} />}

      {view.kind === 'loading' && (
        <Stack align="center" py="xl" gap="sm" role="status">
          {!reduceMotion && <Loader aria-hidden="true" />}
          <Text>{view.reconnecting ? t('quizPlay.play.reconnecting') : t('quizPlay.play.loading')}</Text>
        </Stack>
      )}

      {view.kind === 'error' && (
        <Alert color="red" variant="light" role="alert" title={t('errorPage.title')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{describePlayError(view.error, i18n)}</Text>
            <Button size="sm" variant="white" color="red" onClick={next}>
              {t('common.retry')}
            </Button>
          </Stack>
        </Alert>
      )}

      {view.kind === 'question' && (
        <QuestionView
          key={view.current.position}
          view={view}
          alreadyAnswered={alreadyAnswered}
          onAnswer={answer}
          onRetryNow={retryNow}
          describeError={(error) => describePlayError(error, i18n)}
        />
      )}

      {view.kind === 'timedOut' && <TimedOut />}

      {view.kind === 'feedback' && (
        <FeedbackPanel
          key={view.current.position}
          current={view.current}
          response={view.response}
          feedback={view.feedback}
          onNext={next}
        />
      )}

      {view.kind === 'done' && (
        <SummaryPanel summary={view.summary} onBack={onBack} onStartManager={onStartManager} />
      )}
    </Stack>
  );
}

function progressOf(view: AttemptView): { answered: number; total: number } | null {
  if (view.kind === 'feedback') return view.feedback.progress;
  // Every question before this one is done: answered, or timed out (which `answered` leaves out).
  if (view.kind === 'question') return { answered: view.current.position, total: view.current.total };
  if (view.kind === 'timedOut') return { answered: view.current.position + 1, total: view.current.total };
  return null;
}

function QuizProgress({ answered, total }: { answered: number; total: number }) {
  const { t } = useTranslation();
  const reduceMotion = useReducedMotion();
  const label = t('quizPlay.play.progress', { answered, total });
  return (
    <Stack gap={4}>
      <Progress
        value={total > 0 ? Math.round((answered / total) * 100) : 0}
        size="lg"
        aria-label={label}
        transitionDuration={reduceMotion ? 0 : 200}
      />
      <Text size="sm" c="dimmed" aria-hidden="true">
        {label}
      </Text>
    </Stack>
  );
}

type QuestionState = Extract<AttemptView, { kind: 'question' }>;

/**
 * The clock, counting down on this device from the time the server said was left. It is
 * a `timer` (not read out by itself); the screen reader hears it only at the thresholds.
 */
function QuestionClock({ view, onAnnounce }: { view: QuestionState; onAnnounce: (text: string) => void }) {
  const { t } = useTranslation();
  const remaining = useRemaining(view.deadline);
  const seconds = secondsLeft(remaining);
  const previous = useRef(seconds);
  const thresholds = useRef(announcementThresholds(view.current.limitMs));

  useEffect(() => {
    onAnnounce(t('quizPlay.play.announceTime', { seconds: secondsLeft(view.current.remainingMs) }));
  }, [onAnnounce, t, view.current.remainingMs]);

  useEffect(() => {
    const crossed = crossedThreshold(thresholds.current, previous.current, seconds);
    previous.current = seconds;
    if (crossed !== null) onAnnounce(t('quizPlay.play.secondsLeft', { count: crossed }));
  }, [seconds, onAnnounce, t]);

  const level = seconds <= 5 ? 'danger' : seconds <= 10 ? 'warning' : 'normal';
  return (
    <div
      role="timer"
      aria-label={t('quizPlay.play.timer')}
      className={classes.timer}
      data-level={level}
      title={t('quizPlay.play.timerValue', { seconds })}
    >
      {formatClock(remaining)}
    </div>
  );
}

/** Milliseconds until `deadline` (a performance.now() time), updated a few times a second. */
function useRemaining(deadline: number): number {
  const [remaining, setRemaining] = useState(() => deadline - performance.now());
  useEffect(() => {
    const update = () => setRemaining(deadline - performance.now());
    update();
    const timer = setInterval(update, 250);
    return () => clearInterval(timer);
  }, [deadline]);
  return remaining;
}

interface QuestionViewProps {
  view: QuestionState;
  alreadyAnswered: boolean;
  onAnswer: (response: number | number[]) => void;
  onRetryNow: () => void;
  describeError: (error: unknown) => string;
}

function QuestionView({ view, alreadyAnswered, onAnswer, onRetryNow, describeError }: QuestionViewProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { current, delivery } = view;
  const busy = delivery.status === 'sending' || delivery.status === 'retrying';

  // A new question: start reading there.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <Stack gap="md" component="section" aria-labelledby="question-title">
      {alreadyAnswered && (
        <Alert color="blue" variant="light">
          {t('quizPlay.play.alreadyAnswered')}
        </Alert>
      )}
      <Title order={2} size="h5" c="dimmed" id="question-title" ref={headingRef} tabIndex={-1}>
        {t('quizPlay.play.questionOf', { number: current.position + 1, total: current.total })}
      </Title>
      <QuestionForm key={current.position} current={current} busy={busy} onAnswer={onAnswer} />
      <div role="status">
        {delivery.status === 'sending' && <Text c="dimmed">{t('quizPlay.play.sending')}</Text>}
        {delivery.status === 'retrying' && (
          <Alert color="orange" variant="light" icon={<IconWifiOff aria-hidden="true" />}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('quizPlay.play.retrying')}</Text>
              <Button size="sm" variant="white" color="orange" onClick={onRetryNow}>
                {t('quizPlay.play.retryNow')}
              </Button>
            </Stack>
          </Alert>
        )}
      </div>
      {delivery.status === 'failed' && (
        <Alert color="red" variant="light" role="alert" title={t('quizPlay.play.failed')}>
          {describeError(delivery.error)}
        </Alert>
      )}
    </Stack>
  );
}

function TimedOut() {
  const { t } = useTranslation();
  const reduceMotion = useReducedMotion();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <Alert color="orange" variant="light" icon={<IconClockX aria-hidden="true" />}>
      <Title order={2} size="h3" ref={headingRef} tabIndex={-1} mb="xs">
        {t('quizPlay.play.timeUp')}
      </Title>
      <Group gap="sm" wrap="nowrap">
        {!reduceMotion && <Loader size="sm" color="orange" aria-hidden="true" />}
        <Text>{t('quizPlay.play.timeUpText')}</Text>
      </Group>
    </Alert>
  );
}

/**
 * Tells the server when the participant leaves the tab while a question is open (not
 * punished; staff see it with the results).
 */
function useTabReport(attemptId: string, view: AttemptView) {
  const open = useRef<CurrentQuestion | null>(null);
  open.current = view.kind === 'question' ? view.current : null;
  useEffect(() => {
    const onChange = () => {
      if (document.visibilityState === 'hidden' && open.current) {
        reportTabHidden(attemptId, open.current.position);
      }
    };
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, [attemptId]);
}
