import { Badge, Button, Code, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../components/live-status.tsx';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { usePageTitle } from '../../components/page-title.ts';
import { QueryState } from '../../components/query-state.tsx';
import { RequireAdmin } from '../../components/require-admin.tsx';
import { TableFrame } from '../../components/table-frame.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { describeError } from '../../lib/errors.ts';
import { formatDateTime } from '../../lib/format.ts';
import { type Job, summarizeOutput, useJobs, useRetryJob } from './api.ts';

const route = getRouteApi('/admin/jobs');

const stateColor: Record<string, string> = {
  failed: 'red',
  completed: 'teal',
  active: 'blue',
  retry: 'orange',
};
const knownStates = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;

export function JobsPage() {
  return (
    <RequireAdmin>
      <Jobs />
    </RequireAdmin>
  );
}

/** Background jobs: failed ones first, and a way to run them again. */
function Jobs() {
  const { t, i18n } = useTranslation();
  const { state = 'failed' } = route.useSearch();
  const setSearch = route.useNavigate();
  const jobs = useJobs(state);
  const retry = useRetryJob();
  const locale = currentLocale();
  usePageTitle(t('jobs.title'));

  const retryJob = (job: Job) =>
    retry.mutate(job.id, {
      onSuccess: () => notifySuccess(t('jobs.retried')),
      onError: (error) => notifyError(describeError(error, i18n)),
    });

  const stateLabel = (value: string) =>
    (knownStates as readonly string[]).includes(value)
      ? t(`jobs.states.${value as (typeof knownStates)[number]}`)
      : value;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('jobs.title')}</Title>
        <Text>{t('jobs.intro')}</Text>
      </Stack>
      <Group justify="space-between" align="flex-end">
        <SegmentedControl
          aria-label={t('jobs.filter')}
          value={state}
          onChange={(next) => void setSearch({ search: { state: next === 'all' ? 'all' : undefined } })}
          data={[
            { value: 'failed', label: t('jobs.failedOnly') },
            { value: 'all', label: t('jobs.all') },
          ]}
        />
        <Button
          variant="light"
          leftSection={<IconRefresh size={16} aria-hidden="true" />}
          onClick={() => void jobs.refetch()}
          loading={jobs.isRefetching}
        >
          {t('mailbox.refresh')}
        </Button>
      </Group>
      <LiveStatus message={jobs.data ? t('common.total', { count: jobs.data.length }) : ''} />
      <QueryState query={jobs}>
        {(items) =>
          items.length === 0 ? (
            <Text>{state === 'failed' ? t('jobs.emptyFailed') : t('jobs.emptyAll')}</Text>
          ) : (
            <TableFrame caption={t('jobs.caption')} minWidth={860}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('jobs.columns.name')}</Table.Th>
                  <Table.Th scope="col">{t('jobs.columns.state')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('jobs.columns.retryCount')}
                  </Table.Th>
                  <Table.Th scope="col">{t('jobs.columns.createdOn')}</Table.Th>
                  <Table.Th scope="col">{t('jobs.columns.completedOn')}</Table.Th>
                  <Table.Th scope="col">{t('jobs.columns.output')}</Table.Th>
                  <Table.Th scope="col">{t('jobs.columns.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((job) => (
                  <Table.Tr key={job.id} style={{ verticalAlign: 'top' }}>
                    <Table.Th scope="row" fw={500}>
                      <Code>{job.name}</Code>
                    </Table.Th>
                    <Table.Td>
                      <Badge variant="light" color={stateColor[job.state] ?? 'gray'}>
                        {stateLabel(job.state)}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{job.retryCount}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(job.createdOn, locale)}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(job.completedOn, locale) || t('common.none')}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" maw={280} style={{ overflowWrap: 'anywhere' }}>
                        {summarizeOutput(job.output) || t('common.none')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {job.state === 'failed' && (
                        <Button
                          size="xs"
                          variant="light"
                          aria-label={t('jobs.retryJob', { name: job.name })}
                          loading={retry.isPending && retry.variables === job.id}
                          onClick={() => retryJob(job)}
                        >
                          {t('jobs.retry')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </TableFrame>
          )
        }
      </QueryState>
    </Stack>
  );
}
