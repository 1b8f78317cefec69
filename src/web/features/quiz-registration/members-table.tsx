import { ActionIcon, Chip, Group, Modal, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconMailForward, IconReplace, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { LiveStatus } from '../../components/live-status.tsx';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { TableFrame } from '../../components/table-frame.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { formatDate } from '../../lib/format.ts';
import { useRemoveMember, useReplaceMember, useResendInvitation } from './coordinator-api.ts';
import { describeRegistrationError } from './errors.ts';
import { MemberForm } from './member-form.tsx';
import { MemberStatusBadge } from './status-badge.tsx';
import { type Member, type MemberStatus, memberStatuses } from './types.ts';

interface MembersTableProps {
  teamName: string;
  members: Member[];
  /** Whether people may be removed or replaced now (open registration, or staff). */
  mayChange: boolean;
  /** Whether invitations can still be sent (until the event starts). */
  mayInvite: boolean;
}

type Filter = 'all' | MemberStatus;

/** The team's participants with their status; resend, replace or remove one. */
export function MembersTable({ teamName, members, mayChange, mayInvite }: MembersTableProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const [filter, setFilter] = useState<Filter>('all');
  const [toRemove, setToRemove] = useState<Member | null>(null);
  const [toReplace, setToReplace] = useState<Member | null>(null);
  const remove = useRemoveMember();
  const replace = useReplaceMember();
  const resend = useResendInvitation();
  const shown = filter === 'all' ? members : members.filter((m) => m.status === filter);

  const count = (status: MemberStatus) => members.filter((m) => m.status === status).length;

  const doResend = (member: Member) =>
    resend.mutate(member.id, {
      onSuccess: () => notifySuccess(t('quizRegistration.member.resent', { name: member.name })),
      onError: (error) => notifyError(describeRegistrationError(error, i18n)),
    });

  const doRemove = () => {
    if (!toRemove) return;
    remove.mutate(toRemove.id, {
      onSuccess: () => {
        notifySuccess(t('quizRegistration.member.removed', { name: toRemove.name }));
        setToRemove(null);
      },
      onError: (error) => notifyError(describeRegistrationError(error, i18n)),
    });
  };

  if (members.length === 0) return <Text>{t('quizRegistration.member.none')}</Text>;

  return (
    <Stack gap="sm">
      {/* Chips wrap on a phone, where a segmented control would stick out. */}
      <Chip.Group multiple={false} value={filter} onChange={(value) => setFilter(value as Filter)}>
        <Group gap="xs" role="group" aria-label={t('quizRegistration.member.filter')}>
          <Chip value="all" size="sm">
            {t('quizRegistration.member.filterAll', { count: members.length })}
          </Chip>
          {memberStatuses.map((status) => (
            <Chip key={status} value={status} size="sm">
              {`${t(`quizRegistration.memberStatus.${status}`)} (${count(status)})`}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <LiveStatus
        message={filter === 'all' ? '' : t('quizRegistration.member.shown', { count: shown.length })}
      />
      <TableFrame caption={t('quizRegistration.member.caption', { team: teamName })} minWidth={720}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('quizRegistration.member.name')}</Table.Th>
            <Table.Th scope="col">{t('quizRegistration.member.email')}</Table.Th>
            <Table.Th scope="col">{t('quizRegistration.member.role')}</Table.Th>
            <Table.Th scope="col">{t('quizRegistration.member.status')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((member) => (
            <Table.Tr key={member.id}>
              <Table.Th scope="row" fw={500}>
                {member.name}
              </Table.Th>
              <Table.Td>{member.email}</Table.Td>
              <Table.Td>{t(`account.jobRoles.${member.role}`)}</Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <MemberStatusBadge status={member.status} />
                  <Text size="xs" c="dimmed">
                    {member.status === 'confirmed'
                      ? formatDate(member.confirmedAt, locale)
                      : member.status === 'bounced'
                        ? t('quizRegistration.member.bouncedHint')
                        : t('quizRegistration.member.invitedOn', {
                            date: formatDate(member.invitedAt, locale),
                            count: member.inviteCount,
                          })}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {mayInvite && member.status !== 'confirmed' && (
                    <Tooltip label={t('quizRegistration.member.resend')}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('quizRegistration.member.resendFor', { name: member.name })}
                        onClick={() => doResend(member)}
                        loading={resend.isPending && resend.variables === member.id}
                      >
                        <IconMailForward size={18} aria-hidden="true" />
                      </ActionIcon>
                    </Tooltip>
                  )}
                  {mayChange && (
                    <>
                      <Tooltip label={t('quizRegistration.member.replace')}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('quizRegistration.member.replaceFor', { name: member.name })}
                          onClick={() => setToReplace(member)}
                        >
                          <IconReplace size={18} aria-hidden="true" />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('common.remove')}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('quizRegistration.member.removeFor', { name: member.name })}
                          onClick={() => setToRemove(member)}
                        >
                          <IconTrash size={18} aria-hidden="true" />
                        </ActionIcon>
                      </Tooltip>
                    </>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </TableFrame>

      <ConfirmDialog
        opened={toRemove !== null}
        title={t('quizRegistration.member.removeTitle')}
        message={t('quizRegistration.member.removeText', { name: toRemove?.name ?? '', team: teamName })}
        confirmLabel={t('common.remove')}
        loading={remove.isPending}
        onConfirm={doRemove}
        onCancel={() => setToRemove(null)}
      />

      <Modal
        opened={toReplace !== null}
        onClose={() => setToReplace(null)}
        title={t('quizRegistration.member.replaceTitle', { name: toReplace?.name ?? '' })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {toReplace && (
          <Stack gap="md">
            <Text size="sm">{t('quizRegistration.member.replaceText', { name: toReplace.name })}</Text>
            <MemberForm
              layout="dialog"
              initialRole={toReplace.role}
              submitLabel={t('quizRegistration.member.replaceSubmit')}
              onCancel={() => setToReplace(null)}
              onSubmit={async (input) => {
                const added = await replace.mutateAsync({ memberId: toReplace.id, input });
                notifySuccess(
                  t('quizRegistration.member.replaced', { old: toReplace.name, name: added.name }),
                );
                setToReplace(null);
              }}
            />
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
