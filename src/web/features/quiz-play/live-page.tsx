import { Alert, Card, Group, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { NoAccess } from '../../components/no-access.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { currentLocale } from '../../i18n/i18n.ts';
import { isApiError } from '../../lib/api.ts';
import { AccommodationForm } from './accommodation-form.tsx';
import { formatTime } from './format.ts';
import { LIVE_REFRESH_MS, type LiveFigures, useEditionName, useLiveFigures } from './live-api.ts';
import classes from './quiz-play.module.css';
import { Sparkline } from './sparkline.tsx';

const route = getRouteApi('/quiz/manage/$editionId/live');

/** How many readings the trend line keeps (5 s apart: the last ten minutes). */
const TREND_LENGTH = 120;

const figures: Array<keyof LiveFigures> = [
  'activeNow',
  'answersLastMinute',
  'started',
  'inProgress',
  'finished',
  'lateAnswers',
];

/**
 * The "Live" tab of an edition in Quizbeheer (`/quiz/manage/$editionId/live`): quiz staff
 * watch the event day, refreshing every few seconds, and grant extra time to participants
 * who need it. The management layout has checked the log-in and shows the edition's name
 * as the <h1>.
 */
export function LiveTab() {
  const { editionId } = route.useParams();
  return <LiveView editionId={editionId} />;
}

/** The live figures and the accommodation form (headings from level 2, below the layout's <h1>). */
export function LiveView({ editionId }: { editionId: string }) {
  const { t } = useTranslation();
  const edition = useEditionName(editionId);
  const live = useLiveFigures(editionId);
  const trend = useTrend(live.data, live.dataUpdatedAt);
  const title = t('quizPlay.live.title');
  usePageTitle(edition.data ? `${title}: ${edition.data.name}` : title);

  const forbidden = [edition.error, live.error].some((e) => isApiError(e) && e.status === 403);
  if (forbidden) return <NoAccess />;

  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Title order={2}>{title}</Title>
        <Text c="dimmed">{t('quizPlay.live.intro', { seconds: LIVE_REFRESH_MS / 1000 })}</Text>
      </Stack>

      <section aria-labelledby="live-figures-title">
        <Group justify="space-between" align="baseline" mb="sm">
          <Title order={3} size="h4" id="live-figures-title">
            {t('quizPlay.live.figuresTitle')}
          </Title>
          {live.dataUpdatedAt > 0 && (
            <Text size="sm" c="dimmed">
              {t('quizPlay.live.updatedAt', { time: formatTime(live.dataUpdatedAt, currentLocale(), true) })}
            </Text>
          )}
        </Group>
        {live.isPending ? (
          <Loading />
        ) : live.isError && !live.data ? (
          <ErrorAlert error={live.error} onRetry={() => void live.refetch()} />
        ) : (
          <>
            {live.isError && (
              <Alert color="orange" variant="light" mb="sm">
                {t('quizPlay.live.stale')}
              </Alert>
            )}
            <dl className={classes.figures}>
              {figures.map((key) => (
                <Card key={key} withBorder padding="md">
                  <Text component="dt" fw={600}>
                    {t(`quizPlay.live.${key}`)}
                  </Text>
                  <dd className={classes.liveValue} style={{ marginInlineStart: 0 }}>
                    {live.data?.[key] ?? 0}
                  </dd>
                  <Text component="dd" size="sm" c="dimmed" m={0}>
                    {t(`quizPlay.live.${key}Help`)}
                  </Text>
                </Card>
              ))}
            </dl>
          </>
        )}
      </section>

      <Card withBorder padding="lg" component="section" aria-labelledby="live-trend-title">
        <Title order={3} size="h4" id="live-trend-title" mb="sm">
          {t('quizPlay.live.trendTitle')}
        </Title>
        {trend.length < 2 ? (
          <Text c="dimmed">{t('quizPlay.live.trendEmpty')}</Text>
        ) : (
          <>
            <Sparkline values={trend} />
            <Text size="sm" mt="xs">
              {t('quizPlay.live.trendSummary', {
                count: trend.length,
                min: Math.min(...trend),
                max: Math.max(...trend),
                now: trend[trend.length - 1],
              })}
            </Text>
          </>
        )}
      </Card>

      <AccommodationForm editionId={editionId} />
    </Stack>
  );
}

/** Answers per minute at each refresh since the page opened, for the trend line. */
function useTrend(data: LiveFigures | undefined, updatedAt: number): number[] {
  const [values, setValues] = useState<number[]>([]);
  useEffect(() => {
    if (!data || !updatedAt) return;
    setValues((previous) => [...previous, data.answersLastMinute].slice(-TREND_LENGTH));
  }, [data, updatedAt]);
  return values;
}
