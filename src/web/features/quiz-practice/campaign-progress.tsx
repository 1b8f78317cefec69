import { BarChart } from '@mantine/charts';
import { Alert, Box, Card, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LiveStatus } from '../../components/live-status.tsx';
import { Loading } from '../../components/loading.tsx';
import { TableFrame } from '../../components/table-frame.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { formatDateTime } from '../../lib/format.ts';
import { percentOf, perDayRows } from './figures.ts';
import classes from './practice.module.css';
import { staffKeys, useCampaignProgress } from './staff-api.ts';
import type { CurrentSend, CampaignProgress as Figures } from './types.ts';

const timeFormat = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    timeStyle: 'medium',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));

/**
 * The campaign live: mails planned, sent and skipped, answers, bounces; the send going out now
 * as a progress bar; and mails and answers per day as a chart with a table. Refreshes every
 * few seconds (faster while a send goes out).
 */
export function CampaignProgress({ editionId }: { editionId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const progress = useCampaignProgress(editionId, true);
  useFollowSends(editionId, progress.data);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="practice-progress-title">
      <Stack gap="md">
        <Group justify="space-between" align="baseline">
          <Stack gap={0}>
            <Title order={3} id="practice-progress-title">
              {t('quizPractice.staff.progress.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('quizPractice.staff.progress.intro')}
            </Text>
          </Stack>
          {progress.data && (
            <Text size="sm" c="dimmed">
              {t('quizPractice.staff.progress.updatedAt', { time: timeFormat(progress.data.at, locale) })}
            </Text>
          )}
        </Group>
        {progress.isPending ? (
          <Loading />
        ) : progress.isError && !progress.data ? (
          <ErrorAlert error={progress.error} onRetry={() => void progress.refetch()} />
        ) : progress.data ? (
          <>
            {progress.isError && (
              <Alert color="orange" variant="light">
                {t('quizPractice.staff.progress.stale')}
              </Alert>
            )}
            <SendProgress send={progress.data.currentSend} />
            <FigureCards figures={progress.data} />
            <PerDay figures={progress.data} />
          </>
        ) : null}
      </Stack>
    </Card>
  );
}

/** The send going out now (or the last one): a progress bar, and a spoken update every quarter. */
function SendProgress({ send }: { send: CurrentSend | null }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const done = send ? send.sent + send.skipped : 0;
  const quarter = send ? Math.floor(send.percent / 25) : -1;
  const bar = send ? t('quizPractice.staff.progress.sendBar', { done, total: send.total }) : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: announce per quarter, not at every refresh
  const announcement = useMemo(() => (send?.sending ? bar : ''), [quarter, send?.sending]);

  if (!send) return <Text>{t('quizPractice.staff.progress.noSends')}</Text>;
  const time = formatDateTime(send.slotAt, locale);
  return (
    <Box>
      <Title order={4} size="h5" mb={6}>
        {send.sending
          ? t('quizPractice.staff.progress.sendingTitle', { time })
          : t('quizPractice.staff.progress.sendTitle', { time })}
      </Title>
      <Progress
        value={send.percent}
        size="lg"
        color={send.sending ? 'indigo' : 'teal'}
        striped={send.sending}
        animated={send.sending}
        aria-label={bar}
      />
      <Text size="sm" mt={6}>
        {bar} ·{' '}
        {t('quizPractice.staff.progress.sendDetail', {
          sent: send.sent,
          skipped: send.skipped,
          remaining: send.remaining,
        })}
      </Text>
      <LiveStatus message={announcement} />
    </Box>
  );
}

function FigureCards({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const { mails, questions } = figures;
  const cards: Array<[string, number, string]> = [
    [
      t('quizPractice.staff.progress.figures.participants'),
      figures.participants,
      t('quizPractice.staff.progress.figures.participantsHelp', { practising: figures.practising }),
    ],
    [
      t('quizPractice.staff.progress.figures.scheduled'),
      mails.scheduled,
      t('quizPractice.staff.progress.figures.scheduledHelp', { planned: mails.planned }),
    ],
    [
      t('quizPractice.staff.progress.figures.sent'),
      mails.sent,
      t('quizPractice.staff.progress.figures.sentHelp', { delivered: mails.delivered, failed: mails.failed }),
    ],
    [
      t('quizPractice.staff.progress.figures.skipped'),
      mails.skipped,
      t('quizPractice.staff.progress.figures.skippedHelp', {
        unsubscribed: mails.unsubscribed,
        suppressed: mails.suppressed,
      }),
    ],
    [
      t('quizPractice.staff.progress.figures.answered'),
      questions.answered,
      t('quizPractice.staff.progress.figures.answeredHelp', {
        sent: questions.sent,
        percent: percentOf(questions.correct, questions.answered),
      }),
    ],
    [
      t('quizPractice.staff.progress.figures.bounced'),
      figures.bounced,
      t('quizPractice.staff.progress.figures.bouncedHelp', { complaints: figures.complaints }),
    ],
  ];
  return (
    <dl className={classes.figures}>
      {cards.map(([label, value, help]) => (
        <Card key={label} withBorder padding="sm">
          <Text component="dt" fw={600} size="sm" c="dimmed">
            {label}
          </Text>
          <dd className={classes.figureValue} style={{ marginInlineStart: 0 }}>
            {value}
          </dd>
          <Text component="dd" size="sm" m={0}>
            {help}
          </Text>
        </Card>
      ))}
    </dl>
  );
}

function PerDay({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const rows = perDayRows(figures, locale);
  if (rows.length === 0) return null;
  return (
    <Stack gap="sm">
      <Title order={4} size="h5">
        {t('quizPractice.staff.progress.perDayTitle')}
      </Title>
      <Box role="img" aria-label={t('quizPractice.staff.progress.perDaySummary')}>
        <BarChart
          h={220}
          data={rows}
          dataKey="day"
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          series={[
            { name: 'sent', label: t('quizPractice.staff.progress.series.sent'), color: 'indigo.6' },
            { name: 'answered', label: t('quizPractice.staff.progress.series.answered'), color: 'teal.6' },
          ]}
          yAxisProps={{ allowDecimals: false }}
          gridAxis="y"
          withTooltip={false}
          barChartProps={{ accessibilityLayer: false }}
        />
      </Box>
      <TableFrame caption={t('quizPractice.staff.progress.perDayCaption')} minWidth={420}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('quizPractice.staff.progress.columns.day')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('quizPractice.staff.progress.columns.sent')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('quizPractice.staff.progress.columns.answered')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.date}>
              <Table.Th scope="row" fw={500}>
                {row.day}
              </Table.Th>
              <Table.Td ta="right">{row.sent}</Table.Td>
              <Table.Td ta="right">{row.answered}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </TableFrame>
    </Stack>
  );
}

/**
 * Sends are planned by the server's schedule, not by this page: when the figures show a new
 * send (or the campaign finished by itself at the end of the period), the status card and
 * the schedule preview are fetched again, so "last send" and the entry check row stay true.
 */
function useFollowSends(editionId: string, figures: Figures | undefined) {
  const queryClient = useQueryClient();
  const seen = useRef<string | null>(null);
  const key = figures ? `${figures.status}|${figures.currentSend?.slotAt ?? ''}` : null;
  useEffect(() => {
    if (key === null) return;
    // The first reading only sets the baseline: the page fetched both a moment ago.
    if (seen.current !== null && seen.current !== key) {
      void queryClient.invalidateQueries({ queryKey: staffKeys.campaign(editionId) });
      void queryClient.invalidateQueries({ queryKey: staffKeys.schedule(editionId) });
    }
    seen.current = key;
  }, [queryClient, editionId, key]);
}
