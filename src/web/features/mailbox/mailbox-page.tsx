import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { MailTable } from '../../components/mail-table.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { PaginationBar } from '../../components/pagination-bar.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { DEFAULT_PAGE_SIZE } from '../../lib/api.ts';
import { usePublicConfig } from '../../lib/config.ts';
import { useMailbox } from './api.ts';
import { MailboxOff } from './mailbox-off.tsx';

const route = getRouteApi('/mailbox');

/** The demo mailbox: every mail the demo "sent", so its log-in links can be opened. */
export function MailboxPage() {
  const { t } = useTranslation();
  const { page = 1 } = route.useSearch();
  const navigate = route.useNavigate();
  const config = usePublicConfig();
  const mailbox = useMailbox(page, config.isError || config.data?.devMailbox === true);
  usePageTitle(t('mailbox.title'));

  if (config.data?.devMailbox === false) return <MailboxOff />;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap="xs" maw={720}>
          <Title order={1}>{t('mailbox.title')}</Title>
          <Text>{t('mailbox.intro')}</Text>
        </Stack>
        <Button
          variant="light"
          leftSection={<IconRefresh size={16} aria-hidden="true" />}
          onClick={() => void mailbox.refetch()}
          loading={mailbox.isRefetching}
        >
          {t('mailbox.refresh')}
        </Button>
      </Group>
      <QueryState query={mailbox}>
        {(data) =>
          data.total === 0 ? (
            <Text>{t('mailbox.empty')}</Text>
          ) : (
            <>
              <MailTable
                caption={t('mailbox.caption')}
                items={data.items}
                renderSubject={(item) => (
                  <AnchorLink to="/mailbox/$id" params={{ id: item.id }}>
                    {item.subject}
                  </AnchorLink>
                )}
              />
              <PaginationBar
                page={page}
                pageSize={DEFAULT_PAGE_SIZE}
                total={data.total}
                onChange={(next) => void navigate({ search: { page: next } })}
              />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
