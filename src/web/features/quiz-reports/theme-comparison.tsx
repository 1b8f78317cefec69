import { BarChart } from '@mantine/charts';
import { Box, Stack, Table, Text, Title, type TitleOrder } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TableFrame } from '../../components/table-frame.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import {
  divergingDomain,
  formatPoints,
  formatShare,
  objectiveDifferenceRows,
  themeChartRows,
  titleOf,
} from './figures.ts';
import type { ThemeShare } from './types.ts';

/** Long titles are shortened on the charts' axes; the table has them in full. */
const shorten = (text: string, max = 20) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

interface ThemeComparisonProps {
  themes: ThemeShare[];
  /** Who "own" is in the legend and sentences: "Jij", "Organisatie", the team's name. */
  ownLabel: string;
  /** Heading level of the sub-titles (objectives chart). */
  level: TitleOrder;
  /** Makes the ids of the captions unique when several groups are on one page. */
  idPrefix: string;
  /** Show the diverging chart per objective as well. */
  withObjectives?: boolean;
  /** Put the table behind "Toon alle cijfers" (long pages with several groups). */
  collapsedTable?: boolean;
}

/**
 * Shares right per theme next to the sector as a grouped bar chart, the difference per
 * learning objective as a diverging bar chart, and every figure in a table (the charts are
 * images for screen readers, with a one-line summary).
 */
export function ThemeComparison({
  themes,
  ownLabel,
  level,
  idPrefix,
  withObjectives = true,
  collapsedTable = false,
}: ThemeComparisonProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const rows = themeChartRows(themes, locale);
  const differences = objectiveDifferenceRows(themes, locale);
  const anyOwn = rows.some((r) => r.own !== null);
  const edge = divergingDomain(differences)[1];
  if (rows.length === 0) return <Text>{t('quizReports.themes.empty')}</Text>;

  return (
    <Stack gap="lg">
      <Box role="img" aria-label={t('quizReports.themes.chartSummary', { own: ownLabel })}>
        <BarChart
          h={Math.max(180, rows.length * (anyOwn ? 64 : 40) + 70)}
          data={rows}
          dataKey="theme"
          orientation="vertical"
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          series={[
            ...(anyOwn ? [{ name: 'own', label: ownLabel, color: 'indigo.6' }] : []),
            { name: 'sector', label: t('quizReports.common.sector'), color: 'gray.5' },
          ]}
          xAxisProps={{ domain: [0, 100], ticks: [0, 25, 50, 75, 100] }}
          yAxisProps={{
            width: 140,
            tick: { fontSize: 11 },
            tickFormatter: (value: string) => shorten(value),
          }}
          valueFormatter={(value) => `${Math.round(value)}%`}
          gridAxis="x"
          withTooltip={false}
          withBarValueLabel
          barChartProps={{ accessibilityLayer: false }}
        />
      </Box>

      {withObjectives && differences.length > 0 && (
        <Stack gap="xs">
          <Title order={level}>{t('quizReports.themes.objectivesTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('quizReports.themes.objectivesIntro', { own: ownLabel })}
          </Text>
          <Box role="img" aria-label={t('quizReports.themes.objectivesSummary')}>
            <BarChart
              h={Math.max(160, differences.length * 26 + 70)}
              data={differences}
              dataKey="objective"
              orientation="vertical"
              series={[{ name: 'difference', label: t('quizReports.themes.columns.difference') }]}
              getBarColor={(value) => (value >= 0 ? 'teal.6' : 'red.6')}
              xAxisProps={{
                domain: [-edge, edge],
                ticks: [-edge, -edge / 2, 0, edge / 2, edge],
                allowDecimals: false,
              }}
              xAxisLabel={t('quizReports.themes.differenceAxis')}
              yAxisProps={{
                width: 140,
                tick: { fontSize: 11 },
                tickFormatter: (value: string) => shorten(value),
              }}
              referenceLines={[{ x: 0, color: 'gray.7' }]}
              gridAxis="x"
              withTooltip={false}
              barChartProps={{ accessibilityLayer: false }}
            />
          </Box>
        </Stack>
      )}

      <CollapsibleTable collapsed={collapsedTable} label={t('quizReports.themes.showTable')}>
        <TableFrame caption={t('quizReports.themes.tableCaption')} minWidth={520}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('quizReports.themes.columns.theme')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {ownLabel}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('quizReports.themes.columns.sector')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('quizReports.themes.columns.difference')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('quizReports.themes.columns.answers')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {themes.map((theme) => (
              <Fragment key={`${idPrefix}-${theme.themeId}`}>
                <Table.Tr>
                  <Table.Th scope="row" fw={700}>
                    {titleOf(theme, locale)}
                  </Table.Th>
                  <Table.Td ta="right" fw={700}>
                    {formatShare(theme.share, locale)}
                  </Table.Td>
                  <Table.Td ta="right">{formatShare(theme.sector, locale)}</Table.Td>
                  <Table.Td ta="right">{formatPoints(theme.difference, locale)}</Table.Td>
                  <Table.Td ta="right">{theme.counted}</Table.Td>
                </Table.Tr>
                {theme.objectives.map((o) => (
                  <Table.Tr key={o.objectiveId}>
                    <Table.Th scope="row" fw={400} pl="xl">
                      {titleOf(o, locale)}
                    </Table.Th>
                    <Table.Td ta="right">{formatShare(o.share, locale)}</Table.Td>
                    <Table.Td ta="right">{formatShare(o.sector, locale)}</Table.Td>
                    <Table.Td
                      ta="right"
                      c={
                        o.difference === null
                          ? undefined
                          : o.difference >= 0.005
                            ? 'teal.9'
                            : o.difference <= -0.005
                              ? 'red.9'
                              : undefined
                      }
                    >
                      {formatPoints(o.difference, locale)}
                    </Table.Td>
                    <Table.Td ta="right">{o.counted}</Table.Td>
                  </Table.Tr>
                ))}
              </Fragment>
            ))}
          </Table.Tbody>
        </TableFrame>
      </CollapsibleTable>
    </Stack>
  );
}

/** A native disclosure (keyboard and screen-reader friendly) around the table, or the table as is. */
function CollapsibleTable({
  collapsed,
  label,
  children,
}: {
  collapsed: boolean;
  label: string;
  children: ReactNode;
}) {
  if (!collapsed) return <>{children}</>;
  return (
    <details>
      <summary style={{ cursor: 'pointer', fontWeight: 600, marginBottom: 'var(--mantine-spacing-sm)' }}>
        {label}
      </summary>
      {children}
    </details>
  );
}
