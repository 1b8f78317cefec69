import { Stack, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { MailMessageView } from '../../components/mail-message.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { QueryState } from '../../components/query-state.tsx';
import { RequireAdmin } from '../../components/require-admin.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { useOutboxMessage } from './api.ts';

const route = getRouteApi('/admin/outbox/$id');

export function OutboxMessagePage() {
  return (
    <RequireAdmin>
      <OutboxMessage />
    </RequireAdmin>
  );
}

function OutboxMessage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const message = useOutboxMessage(id);
  usePageTitle(
    message.data ? t('mailbox.messageTitle', { subject: message.data.subject }) : t('outbox.title'),
  );

  return (
    <Stack gap="lg">
      <AnchorLink to="/admin/outbox" size="sm">
        <IconArrowLeft size={14} aria-hidden="true" /> {t('outbox.backToList')}
      </AnchorLink>
      <QueryState query={message}>
        {(data) => (
          <Stack gap="lg">
            <Title order={1} size="h2">
              {data.subject}
            </Title>
            <MailMessageView message={data} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
