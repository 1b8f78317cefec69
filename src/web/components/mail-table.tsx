import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n/i18n.ts';
import { formatDateTime } from '../lib/format.ts';
import { type MailStatus, MailStatusBadge } from './mail-status-badge.tsx';
import { TableFrame } from './table-frame.tsx';

export interface MailSummary {
  id: string;
  to: string;
  subject: string;
  status?: MailStatus;
  createdAt: string;
}

interface MailTableProps {
  caption: string;
  items: MailSummary[];
  /** The subject as a link to the message. */
  renderSubject: (item: MailSummary) => ReactNode;
  withStatus?: boolean;
}

/** A list of mails, newest first: when, to whom, subject (and delivery status for admins). */
export function MailTable({ caption, items, renderSubject, withStatus = false }: MailTableProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <TableFrame caption={caption}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('mailbox.sentAt')}</Table.Th>
          <Table.Th scope="col">{t('mailbox.to')}</Table.Th>
          <Table.Th scope="col">{t('mailbox.subject')}</Table.Th>
          {withStatus && <Table.Th scope="col">{t('mailbox.status')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={item.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(item.createdAt, locale)}</Table.Td>
            <Table.Td>{item.to}</Table.Td>
            <Table.Td>{renderSubject(item)}</Table.Td>
            {withStatus && <Table.Td>{item.status && <MailStatusBadge status={item.status} />}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </TableFrame>
  );
}
