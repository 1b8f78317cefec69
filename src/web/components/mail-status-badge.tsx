import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type MailStatus = 'queued' | 'sent' | 'failed';

const statusColor: Record<MailStatus, string> = { queued: 'gray', sent: 'teal', failed: 'red' };

export function MailStatusBadge({ status }: { status: MailStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColor[status]} variant="light">
      {t(`outbox.statuses.${status}`)}
    </Badge>
  );
}
