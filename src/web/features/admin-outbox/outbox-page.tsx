import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../components/live-status.tsx';
import { MailTable } from '../../components/mail-table.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { PaginationBar } from '../../components/pagination-bar.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { RequireAdmin } from '../../components/require-admin.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { DEFAULT_PAGE_SIZE } from '../../lib/api.ts';
import { useOutbox } from './api.ts';

const route = getRouteApi('/admin/outbox');

export function OutboxPage() {
  return (
    <RequireAdmin>
      <Outbox />
    </RequireAdmin>
  );
}

/** Every mail Wegwijs sent or still has to send, with its delivery status. */
function Outbox() {
  const { t } = useTranslation();
  const { page = 1 } = route.useSearch();
  const setSearch = route.useNavigate();
  const outbox = useOutbox(page);
  usePageTitle(t('outbox.title'));

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('outbox.title')}</Title>
        <Button
          variant="light"
          leftSection={<IconRefresh size={16} aria-hidden="true" />}
          onClick={() => void outbox.refetch()}
          loading={outbox.isRefetching}
        >
          {t('mailbox.refresh')}
        </Button>
      </Group>
      <LiveStatus message={outbox.data ? t('common.total', { count: outbox.data.total }) : ''} />
      <QueryState query={outbox}>
        {(data) =>
          data.total === 0 ? (
            <Text>{t('outbox.empty')}</Text>
          ) : (
            <>
              <MailTable
                caption={t('outbox.caption')}
                items={data.items}
                withStatus
                renderSubject={(item) => (
                  <AnchorLink to="/admin/outbox/$id" params={{ id: item.id }}>
                    {item.subject}
                  </AnchorLink>
                )}
              />
              <PaginationBar
                page={page}
                pageSize={DEFAULT_PAGE_SIZE}
                total={data.total}
                onChange={(next) => void setSearch({ search: { page: next } })}
              />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
