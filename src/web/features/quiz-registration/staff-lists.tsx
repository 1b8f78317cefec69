import { Badge, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../components/live-status.tsx';
import { PaginationBar } from '../../components/pagination-bar.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { SearchBox } from '../../components/search-box.tsx';
import { TableFrame } from '../../components/table-frame.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { DEFAULT_PAGE_SIZE, type Page } from '../../lib/api.ts';
import { ExportButton } from './export-button.tsx';
import { formatEuro } from './money.ts';
import { OrganizationFilter } from './organization-filter.tsx';
import { type StaffList, useStaffList } from './staff-api.ts';

interface ListShellProps<T> {
  editionId: string;
  list: StaffList;
  filter: Record<string, string | undefined>;
  filters: ReactNode;
  query: UseQueryResult<Page<T>>;
  page: number;
  onPage: (page: number) => void;
  empty: string;
  children: (items: T[]) => ReactNode;
}

/** Filters and the CSV button above a list, the count for screen readers, the table, and paging. */
export function ListShell<T>({
  editionId,
  list,
  filter,
  filters,
  query,
  page,
  onPage,
  empty,
  children,
}: ListShellProps<T>) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="md">
        <Group align="flex-end" gap="md">
          {filters}
        </Group>
        <ExportButton editionId={editionId} list={list} filter={filter} />
      </Group>
      <LiveStatus message={query.data ? t('common.total', { count: query.data.total }) : ''} />
      <QueryState query={query}>
        {(data) =>
          data.total === 0 ? (
            <Text>{empty}</Text>
          ) : (
            <>
              {children(data.items)}
              <PaginationBar page={page} pageSize={DEFAULT_PAGE_SIZE} total={data.total} onChange={onPage} />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}

/** Organisations with at least one team in the edition. */
export function StaffOrganizations({ editionId }: { editionId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const filter = { q: q || undefined };
  const query = useStaffList(editionId, 'organizations', filter, page);

  return (
    <ListShell
      editionId={editionId}
      list="organizations"
      filter={filter}
      filters={
        <SearchBox
          label={t('quizRegistration.staff.searchOrganizations')}
          value={q}
          onSearch={(next) => {
            setQ(next);
            setPage(1);
          }}
        />
      }
      query={query}
      page={page}
      onPage={setPage}
      empty={q ? t('common.noResultsFor', { query: q }) : t('quizRegistration.staff.emptyOrganizations')}
    >
      {(items) => (
        <TableFrame caption={t('quizRegistration.staff.tabs.organizations')} minWidth={880}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('quizRegistration.staff.columns.organization')}</Table.Th>
              <Table.Th scope="col">{t('quizRegistration.staff.columns.coordinators')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('quizRegistration.staff.columns.teams')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('quizRegistration.staff.columns.confirmedOfTotal')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('quizRegistration.staff.columns.bounced')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('quizRegistration.staff.columns.pledged')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((org) => (
              <Table.Tr key={org.id}>
                <Table.Th scope="row" fw={500}>
                  <AnchorLink to="/quiz/registration" search={{ organization: org.id, edition: editionId }}>
                    {org.name}
                  </AnchorLink>
                  <Text size="xs" c="dimmed">
                    {[org.city, org.kvkNumber && `KvK ${org.kvkNumber}`].filter(Boolean).join(' · ')}
                  </Text>
                  <AnchorLink
                    to="/quiz/registration/results"
                    search={{ organization: org.id, edition: editionId }}
                    size="xs"
                    aria-label={`${t('quizReports.organization.resultsLink')}: ${org.name}`}
                  >
                    {t('quizReports.organization.resultsLink')}
                  </AnchorLink>
                </Table.Th>
                <Table.Td>
                  {org.coordinators.length === 0
                    ? t('common.none')
                    : org.coordinators.map((c) => (
                        <Text key={c.email} size="sm">
                          {c.name} <Text span c="dimmed" size="sm">{`<${c.email}>`}</Text>
                        </Text>
                      ))}
                </Table.Td>
                <Table.Td ta="right">{org.teams}</Table.Td>
                <Table.Td ta="right">{`${org.confirmed} / ${org.participants}`}</Table.Td>
                <Table.Td ta="right">{org.bounced}</Table.Td>
                <Table.Td ta="right">{formatEuro(org.pledgedCents, locale)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </TableFrame>
      )}
    </ListShell>
  );
}

type ShortFilter = 'all' | 'true' | 'false';

/** Teams with their counts against the minimum; filter on short ones. */
export function StaffTeams({ editionId }: { editionId: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [short, setShort] = useState<ShortFilter>('all');
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const filter = {
    q: q || undefined,
    organizationId: organizationId ?? undefined,
    short: short === 'all' ? undefined : short,
  };
  const query = useStaffList(editionId, 'teams', filter, page);

  return (
    <ListShell
      editionId={editionId}
      list="teams"
      filter={filter}
      filters={
        <>
          <SearchBox
            label={t('quizRegistration.staff.searchTeams')}
            value={q}
            onSearch={(next) => {
              setQ(next);
              setPage(1);
            }}
          />
          <OrganizationFilter
            editionId={editionId}
            value={organizationId}
            onChange={(next) => {
              setOrganizationId(next);
              setPage(1);
            }}
          />
          <div>
            <Text size="sm" fw={500} mb={4} id="short-filter">
              {t('quizRegistration.staff.shortFilter')}
            </Text>
            <SegmentedControl
              aria-labelledby="short-filter"
              value={short}
              onChange={(value) => {
                setShort(value as ShortFilter);
                setPage(1);
              }}
              data={[
                { value: 'all', label: t('quizRegistration.staff.shortAll') },
                { value: 'true', label: t('quizRegistration.staff.shortOnly') },
                { value: 'false', label: t('quizRegistration.staff.completeOnly') },
              ]}
            />
          </div>
        </>
      }
      query={query}
      page={page}
      onPage={setPage}
      empty={t('quizRegistration.staff.emptyTeams')}
    >
      {(items) => (
        <TableFrame caption={t('quizRegistration.staff.tabs.teams')} minWidth={820}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('quizRegistration.staff.columns.team')}</Table.Th>
              <Table.Th scope="col">{t('quizRegistration.staff.columns.organization')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('quizRegistration.memberStatus.invited')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('quizRegistration.memberStatus.confirmed')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('quizRegistration.memberStatus.bounced')}
              </Table.Th>
              <Table.Th scope="col">{t('quizRegistration.staff.columns.minimum')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((team) => (
              <Table.Tr key={team.id}>
                <Table.Th scope="row" fw={500}>
                  <AnchorLink to="/quiz/registration/teams/$teamId" params={{ teamId: team.id }}>
                    {team.name}
                  </AnchorLink>
                  {team.department && (
                    <Text size="xs" c="dimmed">
                      {team.department}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>{team.organizationName}</Table.Td>
                <Table.Td ta="right">{team.invited}</Table.Td>
                <Table.Td ta="right">{team.confirmed}</Table.Td>
                <Table.Td ta="right">{team.bounced}</Table.Td>
                <Table.Td>
                  <Badge color={team.short ? 'orange' : 'teal'} variant="light" tt="none">
                    {team.short
                      ? t('quizRegistration.staff.short', { count: team.minimum - team.confirmed })
                      : t('quizRegistration.staff.complete')}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </TableFrame>
      )}
    </ListShell>
  );
}
