import { BarChart } from '@mantine/charts';
import { Box, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TableFrame } from '../../components/table-frame.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { themeRows } from './figures.ts';
import type { ThemeProgress as ThemeFigures } from './types.ts';

/** Long theme titles are shortened on the chart's axis; the table has them in full. */
const shorten = (text: string, max = 26) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A participant's progress per theme: a stacked bar per theme (right, not right, still open)
 * and the same figures in a table next to it for screen readers and for reading exactly.
 */
export function ThemeProgress({ themes }: { themes: ThemeFigures[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const rows = themeRows(themes, locale);
  const anySent = rows.some((r) => r.sent > 0);
  const answered = rows.filter((r) => r.answered > 0);
  const best = answered.length
    ? answered.reduce((a, b) => (b.percentRight > a.percentRight ? b : a)).theme
    : null;

  return (
    <Box component="section" aria-labelledby="practice-themes-title">
      <Title order={2} id="practice-themes-title" mb={4}>
        {t('quizPractice.me.themesTitle')}
      </Title>
      {!anySent ? (
        <Text>{t('quizPractice.me.themesEmpty')}</Text>
      ) : (
        <Stack gap="md">
          <Text c="dimmed" size="sm">
            {t('quizPractice.me.themesIntro')}
          </Text>
          <Box
            role="img"
            aria-label={
              best ? t('quizPractice.me.chartSummary', { best }) : t('quizPractice.me.chartSummaryNone')
            }
          >
            <BarChart
              h={Math.max(160, rows.length * 48 + 60)}
              data={rows}
              dataKey="theme"
              orientation="vertical"
              type="stacked"
              withLegend
              legendProps={{ verticalAlign: 'bottom' }}
              series={[
                { name: 'right', label: t('quizPractice.me.series.right'), color: 'teal.6' },
                { name: 'notRight', label: t('quizPractice.me.series.notRight'), color: 'red.5' },
                { name: 'open', label: t('quizPractice.me.series.open'), color: 'gray.4' },
              ]}
              yAxisProps={{ width: 150, tickFormatter: (value: string) => shorten(value) }}
              xAxisProps={{ allowDecimals: false }}
              gridAxis="x"
              withTooltip={false}
              // The figures are in the table; the chart must not take keyboard focus.
              barChartProps={{ accessibilityLayer: false }}
            />
          </Box>
          <TableFrame caption={t('quizPractice.me.tableCaption')} minWidth={480}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('quizPractice.me.columns.theme')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('quizPractice.me.columns.sent')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('quizPractice.me.columns.answered')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('quizPractice.me.columns.right')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('quizPractice.me.columns.percent')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.themeId}>
                  <Table.Th scope="row" fw={500}>
                    {row.theme}
                  </Table.Th>
                  <Table.Td ta="right">{row.sent}</Table.Td>
                  <Table.Td ta="right">{row.answered}</Table.Td>
                  <Table.Td ta="right">
                    {row.right.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB')}
                  </Table.Td>
                  <Table.Td ta="right">{row.answered > 0 ? `${row.percentRight}%` : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </TableFrame>
        </Stack>
      )}
    </Box>
  );
}
