import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconTrophy } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { ResultsLinks } from '../quiz-results/results-links.tsx';
import type { AttemptSummary } from './api.ts';
import classes from './quiz-play.module.css';
import { formatScore } from './timing.ts';

const playRoute = getRouteApi('/quiz/$year/play');

interface SummaryPanelProps {
  summary: AttemptSummary;
  onBack: () => void;
  onStartManager?: (() => void) | undefined;
}

/** The end of an attempt: score, points and what happens next. */
export function SummaryPanel({ summary, onBack, onStartManager }: SummaryPanelProps) {
  const { t } = useTranslation();
  const { year } = playRoute.useParams();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const closed = summary.status === 'closed';
  const number = new Intl.NumberFormat(currentLocale() === 'en' ? 'en-GB' : 'nl-NL');

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <Stack gap="lg" component="section" aria-labelledby="summary-title">
      <Group gap="sm" wrap="nowrap">
        <IconTrophy size={40} color="var(--mantine-color-yellow-7)" aria-hidden="true" />
        <Title order={2} id="summary-title" ref={headingRef} tabIndex={-1}>
          {closed ? t('quizPlay.summary.closedTitle') : t(`quizPlay.summary.finished.${summary.module}`)}
        </Title>
      </Group>
      {closed && <Text>{t('quizPlay.summary.closedText')}</Text>}
      <dl className={classes.live}>
        <Card withBorder padding="md">
          <Text component="dt" size="sm" c="dimmed">
            {t('quizPlay.summary.score')}
          </Text>
          <dd className={classes.liveValue}>
            {t('quizPlay.summary.scoreValue', { score: formatScore(summary.score), total: summary.total })}
          </dd>
        </Card>
        <Card withBorder padding="md">
          <Text component="dt" size="sm" c="dimmed">
            {t('quizPlay.summary.points')}
          </Text>
          <dd className={classes.liveValue}>{number.format(summary.points)}</dd>
        </Card>
        <Card withBorder padding="md">
          <Text component="dt" size="sm" c="dimmed">
            {t('quizPlay.summary.answered')}
          </Text>
          <dd className={classes.liveValue}>
            {t('quizPlay.summary.answeredValue', { answered: summary.answered, total: summary.total })}
          </dd>
        </Card>
      </dl>
      <Text>{t('quizPlay.summary.results')}</Text>
      <ResultsLinks year={Number(year)} />
      <Stack gap="sm">
        {onStartManager && (
          <Button size="lg" onClick={onStartManager}>
            {t('quizPlay.summary.startManager')}
          </Button>
        )}
        <Button size="lg" variant={onStartManager ? 'default' : 'filled'} onClick={onBack}>
          {t('quizPlay.summary.backToOverview')}
        </Button>
      </Stack>
    </Stack>
  );
}
