import { BarChart } from '@mantine/charts';
import { Card, Grid, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { formatEuro, percentOfGoal } from './money.ts';
import { memberStatuses, type RegistrationSummary } from './types.ts';

// Each bar takes the `color` of its data item.
const statusColor = { invited: 'blue.6', confirmed: 'teal.7', bounced: 'red.7' } as const;

/** The edition's registration in figures, and participants per status as a chart with the same figures as a table. */
export function StaffSummary({ summary }: { summary: RegistrationSummary }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { donations, participants } = summary;
  const percent = percentOfGoal(donations.totalCents, donations.goalCents);
  const stats: [string, string, string][] = [
    [t('quizRegistration.staff.stats.organizations'), String(summary.organizations), ''],
    [
      t('quizRegistration.staff.stats.teams'),
      String(summary.teams),
      t('quizRegistration.staff.stats.shortTeams', { count: summary.shortTeams }),
    ],
    [
      t('quizRegistration.staff.stats.participants'),
      String(participants.total),
      t('quizRegistration.staff.stats.confirmedOf', { confirmed: participants.confirmed }),
    ],
    [
      t('quizRegistration.staff.stats.donations'),
      formatEuro(donations.totalCents, locale),
      donations.goalCents
        ? t('quizRegistration.staff.stats.ofGoal', { goal: formatEuro(donations.goalCents, locale), percent })
        : '',
    ],
  ];
  const chartData = memberStatuses.map((status) => ({
    status: t(`quizRegistration.memberStatus.${status}`),
    count: participants[status],
    color: statusColor[status],
  }));

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="sm" m={0}>
          {stats.map(([label, value, note]) => (
            <Card key={label} withBorder padding="md">
              <Text component="dt" size="sm" c="dimmed" fw={600}>
                {label}
              </Text>
              <Text component="dd" m={0} fz={28} fw={800} lh={1.2}>
                {value}
                {note && (
                  <Text component="span" display="block" size="sm" fw={400} c="dimmed">
                    {note}
                  </Text>
                )}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Card withBorder padding="md" component="figure" m={0} aria-labelledby="status-chart-title">
          <Title order={3} size="h5" id="status-chart-title" mb="sm">
            {t('quizRegistration.staff.chartTitle')}
          </Title>
          <div aria-hidden="true">
            <BarChart
              h={160}
              data={chartData}
              dataKey="status"
              series={[{ name: 'count', label: t('quizRegistration.staff.chartSeries') }]}
              withTooltip={false}
              // The figures are in the table below; the chart must not take keyboard focus.
              barChartProps={{ accessibilityLayer: false }}
              gridAxis="y"
            />
          </div>
          <Table mt="sm" withRowBorders={false} verticalSpacing={2} aria-labelledby="status-chart-title">
            <Table.Tbody>
              {chartData.map((row) => (
                <Table.Tr key={row.status}>
                  <Table.Th scope="row" fw={500}>
                    {row.status}
                  </Table.Th>
                  <Table.Td ta="right">{row.count}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      </Grid.Col>
    </Grid>
  );
}
