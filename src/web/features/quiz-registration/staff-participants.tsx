import { ActionIcon, Button, Group, Modal, Select, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowsExchange, IconReplace } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { AnchorLink } from '../../components/router-links.tsx';
import { SearchBox } from '../../components/search-box.tsx';
import { TableFrame } from '../../components/table-frame.tsx';
import { type JobRole, jobRoles } from '../../lib/roles.ts';
import { useMoveMember, useReplaceMember } from './coordinator-api.ts';
import { describeRegistrationError } from './errors.ts';
import { MemberForm } from './member-form.tsx';
import { OrganizationFilter } from './organization-filter.tsx';
import { useStaffList } from './staff-api.ts';
import { ListShell } from './staff-lists.tsx';
import { MemberStatusBadge } from './status-badge.tsx';
import { type MemberStatus, memberStatuses, type OverviewParticipant } from './types.ts';

/** Every participant of the edition; staff move someone to another team or replace them (also after closing). */
export function StaffParticipants({ editionId }: { editionId: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<MemberStatus | null>(null);
  const [role, setRole] = useState<JobRole | null>(null);
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [moving, setMoving] = useState<OverviewParticipant | null>(null);
  const [replacing, setReplacing] = useState<OverviewParticipant | null>(null);
  const replace = useReplaceMember();
  const filter = {
    q: q || undefined,
    organizationId: organizationId ?? undefined,
    status: status ?? undefined,
    role: role ?? undefined,
  };
  const query = useStaffList(editionId, 'participants', filter, page);
  const resetPage = () => setPage(1);

  return (
    <>
      <ListShell
        editionId={editionId}
        list="participants"
        filter={filter}
        filters={
          <>
            <SearchBox
              label={t('quizRegistration.staff.searchParticipants')}
              value={q}
              onSearch={(next) => {
                setQ(next);
                resetPage();
              }}
            />
            <OrganizationFilter
              editionId={editionId}
              value={organizationId}
              onChange={(next) => {
                setOrganizationId(next);
                resetPage();
              }}
            />
            <Select
              label={t('quizRegistration.member.status')}
              placeholder={t('quizRegistration.staff.anyStatus')}
              data={memberStatuses.map((s) => ({ value: s, label: t(`quizRegistration.memberStatus.${s}`) }))}
              value={status}
              onChange={(value) => {
                setStatus(value as MemberStatus | null);
                resetPage();
              }}
              clearable
              w={200}
            />
            <Select
              label={t('quizRegistration.member.role')}
              placeholder={t('quizRegistration.staff.anyRole')}
              data={jobRoles.map((r) => ({ value: r, label: t(`account.jobRoles.${r}`) }))}
              value={role}
              onChange={(value) => {
                setRole(value as JobRole | null);
                resetPage();
              }}
              clearable
              w={220}
            />
          </>
        }
        query={query}
        page={page}
        onPage={setPage}
        empty={t('quizRegistration.staff.emptyParticipants')}
      >
        {(items) => (
          <TableFrame caption={t('quizRegistration.staff.tabs.participants')} minWidth={960}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('quizRegistration.member.name')}</Table.Th>
                <Table.Th scope="col">{t('quizRegistration.member.email')}</Table.Th>
                <Table.Th scope="col">{t('quizRegistration.staff.columns.team')}</Table.Th>
                <Table.Th scope="col">{t('quizRegistration.member.role')}</Table.Th>
                <Table.Th scope="col">{t('quizRegistration.member.status')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Th scope="row" fw={500}>
                    {p.name}
                  </Table.Th>
                  <Table.Td>{p.email}</Table.Td>
                  <Table.Td>
                    <AnchorLink to="/quiz/registration/teams/$teamId" params={{ teamId: p.teamId }}>
                      {p.teamName}
                    </AnchorLink>
                    <Text size="xs" c="dimmed">
                      {p.organizationName}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`account.jobRoles.${p.role}`)}</Table.Td>
                  <Table.Td>
                    <MemberStatusBadge status={p.status} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Tooltip label={t('quizRegistration.staff.move')}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('quizRegistration.staff.moveFor', { name: p.name })}
                          onClick={() => setMoving(p)}
                        >
                          <IconArrowsExchange size={18} aria-hidden="true" />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('quizRegistration.member.replace')}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('quizRegistration.member.replaceFor', { name: p.name })}
                          onClick={() => setReplacing(p)}
                        >
                          <IconReplace size={18} aria-hidden="true" />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </TableFrame>
        )}
      </ListShell>

      <Modal
        opened={moving !== null}
        onClose={() => setMoving(null)}
        title={t('quizRegistration.staff.moveTitle', { name: moving?.name ?? '' })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {moving && <MoveForm editionId={editionId} participant={moving} onDone={() => setMoving(null)} />}
      </Modal>

      <Modal
        opened={replacing !== null}
        onClose={() => setReplacing(null)}
        title={t('quizRegistration.member.replaceTitle', { name: replacing?.name ?? '' })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {replacing && (
          <Stack gap="md">
            <Text size="sm">{t('quizRegistration.member.replaceText', { name: replacing.name })}</Text>
            <MemberForm
              layout="dialog"
              initialRole={replacing.role}
              submitLabel={t('quizRegistration.member.replaceSubmit')}
              onCancel={() => setReplacing(null)}
              onSubmit={async (input) => {
                const added = await replace.mutateAsync({ memberId: replacing.id, input });
                notifySuccess(
                  t('quizRegistration.member.replaced', { old: replacing.name, name: added.name }),
                );
                setReplacing(null);
              }}
            />
          </Stack>
        )}
      </Modal>
    </>
  );
}

/** Pick the team to move someone to, searching the edition's teams by name or organisation. */
function MoveForm({
  editionId,
  participant,
  onDone,
}: {
  editionId: string;
  participant: OverviewParticipant;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const move = useMoveMember();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const [teamId, setTeamId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const teams = useStaffList(editionId, 'teams', { q: debounced || undefined }, 1, 50);
  const options = (teams.data?.items ?? [])
    .filter((team) => team.id !== participant.teamId)
    .map((team) => ({ value: team.id, label: `${team.name} — ${team.organizationName}` }));

  const submit = () => {
    if (!teamId) {
      setError(t('validation.choose'));
      return;
    }
    setError(null);
    move.mutate(
      { memberId: participant.id, teamId },
      {
        onSuccess: () => {
          notifySuccess(t('quizRegistration.staff.moved', { name: participant.name }));
          onDone();
        },
        onError: (failure) => setError(describeRegistrationError(failure, i18n)),
      },
    );
  };

  return (
    <Stack gap="md">
      <Text size="sm">
        {t('quizRegistration.staff.moveText', { name: participant.name, team: participant.teamName })}
      </Text>
      <Select
        label={t('quizRegistration.staff.targetTeam')}
        placeholder={t('quizRegistration.staff.targetTeamPlaceholder')}
        searchable
        data={options}
        value={teamId}
        onChange={setTeamId}
        onSearchChange={setSearch}
        filter={({ options: all }) => all}
        nothingFoundMessage={teams.isFetching ? t('common.loading') : t('common.noResults')}
        required
        data-autofocus
      />
      <FormError message={error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button onClick={submit} loading={move.isPending}>
          {t('quizRegistration.staff.move')}
        </Button>
      </Group>
    </Stack>
  );
}
