import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Box, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state.tsx';
import { TableFrame } from '../../components/table-frame.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { isApiError } from '../../lib/api.ts';
import { useParticipation } from './staff-api.ts';
import type { Participation } from './types.ts';

/**
 * For the coordinator's dashboard: how the organisation's teams practise (how many take part,
 * how often), never anyone's answers. Shows nothing to people who may not see it.
 */
export function PracticeParticipationSection({
  editionId,
  organizationId,
}: {
  editionId: string;
  organizationId: string;
}) {
  const { t } = useTranslation();
  const participation = useParticipation(editionId, organizationId);
  if (isApiError(participation.error) && participation.error.status === 403) return null;
  return (
    <Box component="section" aria-labelledby="practice-participation-title">
      <Title order={2} id="practice-participation-title" mb={4}>
        {t('quizPractice.participation.title')}
      </Title>
      <Text c="dimmed" size="sm" mb="md" maw={760}>
        {t('quizPractice.participation.intro')}
      </Text>
      <QueryState query={participation}>{(data) => <ParticipationContent data={data} />}</QueryState>
    </Box>
  );
}

function ParticipationContent({ data }: { data: Participation }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (data.campaignStatus === null || data.campaignStatus === 'draft') {
    return <Text>{t('quizPractice.participation.notStarted')}</Text>;
  }
  if (data.teams.length === 0) return <Text>{t('quizPractice.participation.noTeams')}</Text>;
  const rows = data.teams.map((team) => ({
    team: team.name,
    practising: team.practising,
    notPractising: team.participants - team.practising,
  }));
  const number = (n: number) => n.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB');

  return (
    <Stack gap="md">
      <Box role="img" aria-label={t('quizPractice.participation.chartSummary')}>
        <Text size="sm" fw={600} mb={4} aria-hidden="true">
          {t('quizPractice.participation.chartTitle')}
        </Text>
        <BarChart
          h={Math.max(120, rows.length * 44 + 50)}
          data={rows}
          dataKey="team"
          orientation="vertical"
          type="stacked"
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          series={[
            { name: 'practising', label: t('quizPractice.participation.series.practising'), color: 'teal.6' },
            {
              name: 'notPractising',
              label: t('quizPractice.participation.series.notPractising'),
              color: 'gray.4',
            },
          ]}
          yAxisProps={{ width: 140 }}
          xAxisProps={{ allowDecimals: false }}
          gridAxis="x"
          withTooltip={false}
          barChartProps={{ accessibilityLayer: false }}
        />
      </Box>
      <TableFrame caption={t('quizPractice.participation.caption')} minWidth={720}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('quizPractice.participation.columns.team')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('quizPractice.participation.columns.participants')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('quizPractice.participation.columns.practising')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('quizPractice.participation.columns.answers')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('quizPractice.participation.columns.perPractising')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('quizPractice.participation.columns.active7')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('quizPractice.participation.columns.entryCheck')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.teams.map((team) => (
            <Table.Tr key={team.teamId}>
              <Table.Th scope="row" fw={500}>
                {team.name}
              </Table.Th>
              <Table.Td ta="right">{team.participants}</Table.Td>
              <Table.Td ta="right">{team.practising}</Table.Td>
              <Table.Td ta="right">{team.answers}</Table.Td>
              <Table.Td ta="right">{number(team.answersPerPractisingParticipant)}</Table.Td>
              <Table.Td ta="right">{team.activeLast7Days}</Table.Td>
              <Table.Td ta="right">{team.entryCheckCompleted}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </TableFrame>
    </Stack>
  );
}
