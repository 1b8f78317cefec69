import { Box, Code, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../components/live-status.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { PaginationBar } from '../../components/pagination-bar.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { RequireAdmin } from '../../components/require-admin.tsx';
import { SearchBox } from '../../components/search-box.tsx';
import { TableFrame } from '../../components/table-frame.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { DEFAULT_PAGE_SIZE } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { type AuditEntry, useAudit } from './api.ts';

const route = getRouteApi('/admin/audit');

export function AuditPage() {
  return (
    <RequireAdmin>
      <AuditLog />
    </RequireAdmin>
  );
}

/** Who changed what, when; newest first, searchable. */
function AuditLog() {
  const { t } = useTranslation();
  const { q, page = 1 } = route.useSearch();
  const setSearch = route.useNavigate();
  const audit = useAudit({ q, page });
  const locale = currentLocale();
  usePageTitle(t('audit.title'));

  return (
    <Stack gap="lg">
      <Title order={1}>{t('audit.title')}</Title>
      <SearchBox
        label={t('audit.searchLabel')}
        value={q ?? ''}
        onSearch={(next) =>
          void setSearch({ search: { q: next || undefined, page: undefined }, replace: true })
        }
      />
      <LiveStatus message={audit.data ? t('common.total', { count: audit.data.total }) : ''} />
      <QueryState query={audit}>
        {(data) =>
          data.total === 0 ? (
            <Text>{q ? t('common.noResultsFor', { query: q }) : t('audit.empty')}</Text>
          ) : (
            <>
              <TableFrame caption={t('audit.caption')} minWidth={820}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('audit.columns.at')}</Table.Th>
                    <Table.Th scope="col">{t('audit.columns.actor')}</Table.Th>
                    <Table.Th scope="col">{t('audit.columns.action')}</Table.Th>
                    <Table.Th scope="col">{t('audit.columns.entity')}</Table.Th>
                    <Table.Th scope="col">{t('audit.columns.details')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((entry) => (
                    <Table.Tr key={entry.id} style={{ verticalAlign: 'top' }}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at, locale)}</Table.Td>
                      <Table.Td>{entry.actor?.email ?? t('audit.system')}</Table.Td>
                      <Table.Td>
                        <Code>{entry.action}</Code>
                      </Table.Td>
                      <Table.Td>
                        {entry.entityType}
                        {entry.entityId && (
                          <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                            {entry.entityId}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <AuditDetails entry={entry} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </TableFrame>
              <PaginationBar
                page={page}
                pageSize={DEFAULT_PAGE_SIZE}
                total={data.total}
                onChange={(next) => void setSearch({ search: (prev) => ({ ...prev, page: next }) })}
              />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}

/** The details JSON behind a native disclosure: keyboard- and screen-reader-friendly without extra code. */
function AuditDetails({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  if (!entry.details || Object.keys(entry.details).length === 0) return <>{t('common.none')}</>;
  return (
    <Box component="details">
      <Box component="summary" c="var(--mantine-color-anchor)" style={{ cursor: 'pointer' }}>
        {t('audit.showDetails')}
      </Box>
      <Code block mt="xs" maw={360} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
        {JSON.stringify(entry.details, null, 2)}
      </Code>
    </Box>
  );
}
