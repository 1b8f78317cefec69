import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { ResultsLinks } from '../quiz-results/results-links.tsx';
import type { ModuleState, PlayModule, PlayStateWithClock } from './api.ts';
import { DisplayChoice } from './display-choice.tsx';
import { describePlayError } from './errors.ts';
import { formatDay, formatTime } from './format.ts';
import { HowItWorks } from './how-it-works.tsx';
import classes from './quiz-play.module.css';
import { countdownParts } from './timing.ts';

/** The server's clock, read on this device: local time plus the offset measured with the last state. */
export function useServerNow(offsetMs: number, everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now() + offsetMs);
  useEffect(() => {
    const tick = () => setNow(Date.now() + offsetMs);
    tick();
    const timer = setInterval(tick, everyMs);
    return () => clearInterval(timer);
  }, [offsetMs, everyMs]);
  return now;
}

function Kicker({ state }: { state: PlayStateWithClock }) {
  const { t } = useTranslation();
  return (
    <Text fw={600} c="dimmed" tt="uppercase" size="sm">
      {t('quizPlay.kicker', { date: formatDay(state.opensAt, currentLocale()) })}
    </Text>
  );
}

/** Before the window: a countdown on the server's clock, and how it works. */
export function WaitingView({ state }: { state: PlayStateWithClock }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const now = useServerNow(state.clockOffsetMs);
  const parts = countdownParts(Date.parse(state.opensAt) - now);
  const units = ['days', 'hours', 'minutes', 'seconds'] as const;
  return (
    <Stack gap="xl" maw={720}>
      <Stack gap="xs">
        <Kicker state={state} />
        <Title order={1}>{t('quizPlay.waiting.title')}</Title>
        <Text size="lg">
          {t('quizPlay.waiting.intro', {
            name: state.edition.name,
            date: formatDay(state.opensAt, locale),
            time: formatTime(state.opensAt, locale),
          })}{' '}
          {t('quizPlay.window', {
            from: formatTime(state.opensAt, locale),
            to: formatTime(state.closesAt, locale),
          })}
        </Text>
      </Stack>
      <Card withBorder padding="lg" component="section" aria-labelledby="countdown-title">
        <Title order={2} size="h4" id="countdown-title" mb="sm">
          {t('quizPlay.waiting.countdownTitle')}
        </Title>
        <div className={classes.countdown}>
          {units.map((unit) => (
            <div key={unit} className={classes.countdownPart}>
              <span className={classes.countdownValue}>{String(parts[unit]).padStart(2, '0')}</span>
              <span className={classes.countdownUnit}>
                {t(`quizPlay.waiting.${unit}`, { count: parts[unit] })}
              </span>
            </div>
          ))}
        </div>
        <Text size="sm" c="dimmed" mt="sm">
          {t('quizPlay.waiting.clockNote')}
        </Text>
      </Card>
      {state.eligible ? (
        <DisplayChoice year={state.edition.year} value={state.leaderboardDisplay} />
      ) : (
        <NotEligible />
      )}
      <HowItWorks />
    </Stack>
  );
}

/** After the window: closed, with where the results will be. */
export function ClosedView({ state }: { state: PlayStateWithClock }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const played = state.modules.some((m) => m.status !== 'not_started');
  return (
    <Stack gap="lg" maw={720}>
      <Stack gap="xs">
        <Kicker state={state} />
        <Title order={1}>{t('quizPlay.closed.title')}</Title>
        <Text size="lg">
          {t('quizPlay.closed.text', { name: state.edition.name, time: formatTime(state.closesAt, locale) })}
        </Text>
      </Stack>
      {state.eligible && <Text>{played ? t('quizPlay.closed.played') : t('quizPlay.closed.notPlayed')}</Text>}
      <Alert color="indigo" variant="light" icon={<IconInfoCircle aria-hidden="true" />}>
        {t('quizPlay.closed.results')}
      </Alert>
      <ResultsLinks year={state.edition.year} results />
    </Stack>
  );
}

export function NotEligible() {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" title={t('quizPlay.notEligible.title')}>
      {t('quizPlay.notEligible.text')}
    </Alert>
  );
}

interface StartViewProps {
  state: PlayStateWithClock;
  onStart: (module: PlayModule) => void;
  starting: PlayModule | null;
  startError: unknown;
}

/** In the window: the modules this person plays, each with its start (or continue) button. */
export function StartView({ state, onStart, starting, startError }: StartViewProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack gap="xl" maw={720}>
      <Stack gap="xs">
        <Kicker state={state} />
        <Title order={1}>{t('quizPlay.start.title')}</Title>
        <Text size="lg">
          {state.edition.name}. {t('quizPlay.start.open', { time: formatTime(state.closesAt, locale) })}
        </Text>
      </Stack>
      {!state.eligible ? (
        <NotEligible />
      ) : (
        <>
          <section aria-labelledby="modules-title">
            <Title order={2} size="h3" id="modules-title" mb="sm">
              {t('quizPlay.start.modulesTitle')}
            </Title>
            <Stack gap="md">
              {state.modules.map((module) => (
                <ModuleCard
                  key={module.module}
                  module={module}
                  onStart={() => onStart(module.module)}
                  starting={starting === module.module}
                />
              ))}
            </Stack>
            {startError ? (
              <Alert color="red" variant="light" role="alert" mt="md">
                {describePlayError(startError, i18n)}
              </Alert>
            ) : null}
          </section>
          <DisplayChoice year={state.edition.year} value={state.leaderboardDisplay} />
          <ResultsLinks year={state.edition.year} />
        </>
      )}
      <HowItWorks />
    </Stack>
  );
}

function ModuleCard({
  module,
  onStart,
  starting,
}: {
  module: ModuleState;
  onStart: () => void;
  starting: boolean;
}) {
  const { t } = useTranslation();
  const name = module.module === 'core' ? t('quizPlay.start.core') : t('quizPlay.start.manager');
  const statusColor = { not_started: 'gray', in_progress: 'blue', finished: 'teal', closed: 'gray' }[
    module.status
  ];
  const titleId = `module-${module.module}-title`;
  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" mb="xs" wrap="nowrap">
        <Title order={3} size="h4" id={titleId}>
          {name}
        </Title>
        <Badge color={statusColor} variant="light">
          {t(`quizPlay.start.status.${module.status}`)}
        </Badge>
      </Group>
      <Text mb="sm">
        {module.module === 'core' ? t('quizPlay.start.coreText') : t('quizPlay.start.managerText')}
      </Text>
      {module.questionCount !== null && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('quizPlay.start.questionCount', { count: module.questionCount })}
        </Text>
      )}
      {module.status === 'not_started' && (
        <Stack gap="xs">
          <Text size="sm">{t('quizPlay.start.onceNote')}</Text>
          <Button size="lg" fullWidth onClick={onStart} loading={starting}>
            {module.module === 'core' ? t('quizPlay.start.startCore') : t('quizPlay.start.startManager')}
          </Button>
        </Stack>
      )}
      {module.status === 'in_progress' && (
        <Button size="lg" fullWidth onClick={onStart} loading={starting}>
          {t('quizPlay.start.continue')}
        </Button>
      )}
    </Card>
  );
}
