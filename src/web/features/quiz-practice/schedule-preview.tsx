import { Badge, Button, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state.tsx';
import { TableFrame } from '../../components/table-frame.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { formatDateTime } from '../../lib/format.ts';
import { themeTitle } from './figures.ts';
import { useSchedule } from './staff-api.ts';
import type { Schedule } from './types.ts';

/**
 * Every send time of the practice period, which one carries the entry check, how the entry
 * check spreads over the themes, and how long a send takes at the chosen pace.
 */
export function SchedulePreview({ editionId }: { editionId: string }) {
  const { t } = useTranslation();
  const schedule = useSchedule(editionId, true);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="practice-schedule-title">
      <Title order={3} id="practice-schedule-title" mb="sm">
        {t('quizPractice.staff.schedule.title')}
      </Title>
      <QueryState query={schedule}>{(data) => <ScheduleContent schedule={data} />}</QueryState>
    </Card>
  );
}

function ScheduleContent({ schedule }: { schedule: Schedule }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [showPast, setShowPast] = useState(false);
  const past = schedule.sends.filter((s) => s.past).length;
  const sends = showPast ? schedule.sends : schedule.sends.filter((s) => !s.past);

  return (
    <Stack gap="md">
      <Text>
        {t('quizPractice.staff.schedule.summary', {
          participants: schedule.participants,
          questions: schedule.practiceQuestions,
          minutes: schedule.minutesPerSend,
        })}
      </Text>

      <Stack gap={4}>
        <Title order={4} size="h5">
          {t('quizPractice.staff.schedule.entryCheckTitle', { size: schedule.entryCheck.size })}
        </Title>
        <Text size="sm" c="dimmed">
          {schedule.entryCheck.drawn
            ? t('quizPractice.staff.schedule.entryCheckDrawn')
            : t('quizPractice.staff.schedule.entryCheckPreview')}
        </Text>
        <TableFrame caption={t('quizPractice.staff.schedule.entryCheckCaption')} minWidth={320}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('quizPractice.staff.schedule.columns.theme')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('quizPractice.staff.schedule.columns.questions')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {schedule.entryCheck.themes.map((theme) => (
              <Table.Tr key={theme.themeId}>
                <Table.Th scope="row" fw={500}>
                  {themeTitle(theme, locale)}
                </Table.Th>
                <Table.Td ta="right">{theme.questions}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </TableFrame>
      </Stack>

      {schedule.sends.length === 0 ? (
        <Text>{t('quizPractice.staff.schedule.noSends')}</Text>
      ) : (
        <Stack gap="xs">
          <TableFrame caption={t('quizPractice.staff.schedule.caption')} minWidth={420}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('quizPractice.staff.schedule.columns.when')}</Table.Th>
                <Table.Th scope="col">{t('quizPractice.staff.schedule.columns.kind')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('quizPractice.staff.schedule.columns.questions')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sends.map((send) => (
                <Table.Tr key={send.at} c={send.past ? 'dimmed' : undefined}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(send.at, locale)}
                    {send.past && ` (${t('quizPractice.staff.schedule.past')})`}
                  </Table.Td>
                  <Table.Td>
                    {send.kind === 'entry_check' ? (
                      <Badge color="grape" variant="light" tt="none">
                        {t('quizPractice.staff.schedule.kinds.entry_check')}
                      </Badge>
                    ) : (
                      t('quizPractice.staff.schedule.kinds.practice')
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{send.questions}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </TableFrame>
          {past > 0 && !showPast && (
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => setShowPast(true)}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('quizPractice.staff.schedule.showAll', { count: past })}
            </Button>
          )}
        </Stack>
      )}
    </Stack>
  );
}
