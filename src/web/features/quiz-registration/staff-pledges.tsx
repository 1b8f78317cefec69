import { Button, Menu, Select, Table, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { TableFrame } from '../../components/table-frame.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { formatDate } from '../../lib/format.ts';
import { describeRegistrationError } from './errors.ts';
import { formatEuro } from './money.ts';
import { OrganizationFilter } from './organization-filter.tsx';
import { useSetPledgeStatus, useStaffList } from './staff-api.ts';
import { ListShell } from './staff-lists.tsx';
import { PledgeStatusBadge } from './status-badge.tsx';
import { type OverviewPledge, type PledgeStatus, pledgeStatuses } from './types.ts';

/** Company pledges; staff record payment (by invoice) or a cancellation. */
export function StaffPledges({ editionId }: { editionId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [status, setStatus] = useState<PledgeStatus | null>(null);
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const filter = { organizationId: organizationId ?? undefined, status: status ?? undefined };
  const query = useStaffList(editionId, 'pledges', filter, page);

  return (
    <ListShell
      editionId={editionId}
      list="pledges"
      filter={filter}
      filters={
        <>
          <OrganizationFilter
            editionId={editionId}
            value={organizationId}
            onChange={(next) => {
              setOrganizationId(next);
              setPage(1);
            }}
          />
          <Select
            label={t('quizRegistration.pledges.status')}
            placeholder={t('quizRegistration.staff.anyStatus')}
            data={pledgeStatuses.map((s) => ({ value: s, label: t(`quizRegistration.pledgeStatus.${s}`) }))}
            value={status}
            onChange={(value) => {
              setStatus(value as PledgeStatus | null);
              setPage(1);
            }}
            clearable
            w={220}
          />
        </>
      }
      query={query}
      page={page}
      onPage={setPage}
      empty={t('quizRegistration.staff.emptyPledges')}
    >
      {(items) => (
        <TableFrame caption={t('quizRegistration.staff.tabs.pledges')} minWidth={900}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('quizRegistration.staff.columns.organization')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('quizRegistration.pledges.amount')}
              </Table.Th>
              <Table.Th scope="col">{t('quizRegistration.pledges.message')}</Table.Th>
              <Table.Th scope="col">{t('quizRegistration.pledges.shown')}</Table.Th>
              <Table.Th scope="col">{t('quizRegistration.pledges.date')}</Table.Th>
              <Table.Th scope="col">{t('quizRegistration.pledges.status')}</Table.Th>
              <Table.Th scope="col">{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((pledge) => (
              <Table.Tr key={pledge.id}>
                <Table.Th scope="row" fw={500}>
                  {pledge.organizationName}
                  {pledge.billingEmail && (
                    <Text size="xs" c="dimmed">
                      {pledge.billingEmail}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td ta="right">{formatEuro(pledge.amountCents, locale)}</Table.Td>
                <Table.Td>{pledge.message ?? t('common.none')}</Table.Td>
                <Table.Td>{pledge.showName ? t('quizRegistration.yes') : t('quizRegistration.no')}</Table.Td>
                <Table.Td>{formatDate(pledge.createdAt, locale)}</Table.Td>
                <Table.Td>
                  <PledgeStatusBadge status={pledge.status} />
                  {pledge.paidAt && (
                    <Text size="xs" c="dimmed">
                      {formatDate(pledge.paidAt, locale)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <PledgeActions pledge={pledge} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </TableFrame>
      )}
    </ListShell>
  );
}

function PledgeActions({ pledge }: { pledge: OverviewPledge }) {
  const { t, i18n } = useTranslation();
  const setStatus = useSetPledgeStatus();
  const change = (status: PledgeStatus) =>
    setStatus.mutate(
      { pledgeId: pledge.id, status },
      {
        onSuccess: () =>
          notifySuccess(
            t('quizRegistration.staff.pledgeChanged', {
              organization: pledge.organizationName,
              status: t(`quizRegistration.pledgeStatus.${status}`),
            }),
          ),
        onError: (error) => notifyError(describeRegistrationError(error, i18n)),
      },
    );
  const others = pledgeStatuses.filter((s) => s !== pledge.status);
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button
          size="xs"
          variant="light"
          rightSection={<IconChevronDown size={14} aria-hidden="true" />}
          loading={setStatus.isPending}
          aria-label={t('quizRegistration.staff.pledgeActionsFor', { organization: pledge.organizationName })}
        >
          {t('quizRegistration.staff.pledgeActions')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {others.map((status) => (
          <Menu.Item key={status} onClick={() => change(status)}>
            {t(`quizRegistration.staff.markAs.${status}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
