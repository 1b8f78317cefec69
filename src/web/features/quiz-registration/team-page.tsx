import { Box, Button, Card, Group, Modal, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowLeft, IconPencil, IconTrash } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { FormError } from '../../components/form-error.tsx';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { usePageTitle } from '../../components/page-title.ts';
import { QueryState } from '../../components/query-state.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { applyApiErrors, zodResolver } from '../../lib/form.ts';
import type { User } from '../../lib/session.ts';
import { isQuizStaff } from './access.ts';
import { useAddMember, useDeleteTeam, useTeam, useUpdateTeam } from './coordinator-api.ts';
import { describeRegistrationError, registrationTranslator } from './errors.ts';
import { ImportSection } from './import-section.tsx';
import { MemberForm } from './member-form.tsx';
import { MembersTable } from './members-table.tsx';
import { RegistrationStateAlert } from './registration-state-alert.tsx';
import { RequireLogin } from './require-login.tsx';
import { teamSchema } from './schemas.ts';
import { TeamProgress } from './team-progress.tsx';
import type { TeamDetail } from './types.ts';

const route = getRouteApi('/quiz/registration/teams/$teamId');

/** `/quiz/registration/teams/$teamId`: one team with its participants; add people one by one or from a file. */
export function TeamPage() {
  return <RequireLogin>{(user) => <TeamPageContent user={user} />}</RequireLogin>;
}

function TeamPageContent({ user }: { user: User }) {
  const { t } = useTranslation();
  const { teamId } = route.useParams();
  const team = useTeam(teamId);
  usePageTitle(team.data?.name ?? t('quizRegistration.coordinator.teamsTitle'));
  return (
    <QueryState query={team}>{(data) => <TeamContent team={data} staff={isQuizStaff(user)} />}</QueryState>
  );
}

function TeamContent({ team, staff }: { team: TeamDetail; staff: boolean }) {
  const { t } = useTranslation();
  const mayChange = team.registration.open || staff;
  // Invitations stay possible after closing, until the event starts; the server has the last word.
  const mayInvite = team.registration.reason !== 'not_open';
  const add = useAddMember(team.id);

  return (
    <Stack gap="xl">
      <AnchorLink
        to="/quiz/registration"
        search={{ organization: team.organizationId, edition: team.editionId }}
        size="sm"
      >
        <IconArrowLeft size={14} aria-hidden="true" />{' '}
        {t('quizRegistration.team.back', { name: team.organizationName })}
      </AnchorLink>

      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text fw={600} c="dimmed" size="sm">
              {team.organizationName}
            </Text>
            <Title order={1}>{team.name}</Title>
            {team.department && <Text c="dimmed">{team.department}</Text>}
          </div>
          {mayChange && <TeamActions team={team} />}
        </Group>
        <Box maw={560}>
          <TeamProgress confirmed={team.confirmed} minimum={team.minimum} invited={team.invited} />
        </Box>
        <Text size="sm">{t('quizRegistration.team.minimumText', { minimum: team.minimum })}</Text>
      </Stack>

      <RegistrationStateAlert state={team.registration} staff={staff} />

      <Box component="section" aria-labelledby="members-title">
        <Title order={2} id="members-title" mb="md">
          {t('quizRegistration.member.title', { count: team.total })}
        </Title>
        <MembersTable
          teamName={team.name}
          members={team.members}
          mayChange={mayChange}
          mayInvite={mayInvite}
        />
      </Box>

      {mayChange && (
        <SimpleGrid cols={{ base: 1 }} spacing="lg">
          <Card withBorder padding="lg" component="section" aria-labelledby="add-member-title">
            <Stack gap="sm">
              <div>
                <Title order={2} size="h3" id="add-member-title">
                  {t('quizRegistration.member.addTitle')}
                </Title>
                <Text size="sm">{t('quizRegistration.member.addText')}</Text>
              </div>
              <MemberForm
                submitLabel={t('quizRegistration.member.add')}
                onSubmit={async (input) => {
                  const member = await add.mutateAsync(input);
                  notifySuccess(t('quizRegistration.member.added', { name: member.name }));
                }}
              />
            </Stack>
          </Card>
          <ImportSection teamId={team.id} teamName={team.name} />
        </SimpleGrid>
      )}
    </Stack>
  );
}

/** Rename the team, or delete it while it has nobody in it. */
function TeamActions({ team }: { team: TeamDetail }) {
  const { t, i18n } = useTranslation();
  const tr = registrationTranslator(i18n);
  const navigate = useNavigate();
  const [editing, edit] = useDisclosure(false);
  const [deleting, setDeleting] = useState(false);
  const update = useUpdateTeam(team.id);
  const remove = useDeleteTeam(team.id);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: team.name, department: team.department ?? '' },
    validate: zodResolver(teamSchema, tr),
    transformValues: (values) => teamSchema.parse(values),
  });

  const save = form.onSubmit((values) => {
    setFormError(null);
    update.mutate(values, {
      onSuccess: () => {
        notifySuccess(t('common.saved'));
        edit.close();
      },
      onError: (error) => setFormError(applyApiErrors(form, error, tr)),
    });
  });

  const doDelete = () =>
    remove.mutate(undefined, {
      onSuccess: () => {
        notifySuccess(t('quizRegistration.team.deleted', { name: team.name }));
        void navigate({
          to: '/quiz/registration',
          search: { organization: team.organizationId, edition: team.editionId },
        });
      },
      onError: (error) => {
        setDeleting(false);
        notifyError(describeRegistrationError(error, i18n));
      },
    });

  return (
    <Group gap="xs">
      <Button variant="default" leftSection={<IconPencil size={16} aria-hidden="true" />} onClick={edit.open}>
        {t('quizRegistration.team.edit')}
      </Button>
      {team.total === 0 && (
        <Button
          variant="outline"
          color="red"
          leftSection={<IconTrash size={16} aria-hidden="true" />}
          onClick={() => setDeleting(true)}
        >
          {t('quizRegistration.team.delete')}
        </Button>
      )}
      <Modal
        opened={editing}
        onClose={edit.close}
        title={t('quizRegistration.team.edit')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form onSubmit={save} noValidate>
          <Stack gap="sm">
            <TextInput
              label={t('quizRegistration.team.name')}
              required
              data-autofocus
              {...form.getInputProps('name')}
            />
            <TextInput label={t('quizRegistration.team.department')} {...form.getInputProps('department')} />
            <FormError message={formError} />
            <Group justify="flex-end">
              <Button variant="default" onClick={edit.close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={update.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ConfirmDialog
        opened={deleting}
        title={t('quizRegistration.team.deleteTitle')}
        message={t('quizRegistration.team.deleteText', { name: team.name })}
        confirmLabel={t('quizRegistration.team.delete')}
        loading={remove.isPending}
        onConfirm={doDelete}
        onCancel={() => setDeleting(false)}
      />
    </Group>
  );
}
