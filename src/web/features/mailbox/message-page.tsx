import { Stack, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { MailMessageView } from '../../components/mail-message.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { QueryState } from '../../components/query-state.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { usePublicConfig } from '../../lib/config.ts';
import { useMailboxMessage } from './api.ts';
import { MailboxOff } from './mailbox-off.tsx';

const route = getRouteApi('/mailbox/$id');

/** One mail in the demo mailbox. */
export function MailboxMessagePage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const config = usePublicConfig();
  const message = useMailboxMessage(id, config.isError || config.data?.devMailbox === true);
  usePageTitle(
    message.data ? t('mailbox.messageTitle', { subject: message.data.subject }) : t('mailbox.title'),
  );

  if (config.data?.devMailbox === false) return <MailboxOff />;
  return (
    <Stack gap="lg">
      <AnchorLink to="/mailbox" size="sm">
        <IconArrowLeft size={14} aria-hidden="true" /> {t('mailbox.backToList')}
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
