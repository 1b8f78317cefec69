import { Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { applyApiErrors, zodResolver } from '../../lib/form.ts';
import { useCreateTeam } from './coordinator-api.ts';
import { registrationTranslator } from './errors.ts';
import { teamSchema } from './schemas.ts';

/** A new team for the organisation in this edition: a name, and a department if that helps. */
export function AddTeamForm({ editionId, organizationId }: { editionId: string; organizationId: string }) {
  const { t, i18n } = useTranslation();
  const tr = registrationTranslator(i18n);
  const create = useCreateTeam(editionId, organizationId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: '', department: '' },
    validate: zodResolver(teamSchema, tr),
    transformValues: (values) => teamSchema.parse(values),
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    create.mutate(values, {
      onSuccess: (team) => {
        notifySuccess(t('quizRegistration.team.created', { name: team.name }));
        form.reset();
      },
      onError: (error) => setFormError(applyApiErrors(form, error, tr)),
    });
  });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="add-team-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <div>
            <Title order={2} size="h3" id="add-team-title">
              {t('quizRegistration.team.addTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('quizRegistration.team.addText')}
            </Text>
          </div>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('quizRegistration.team.name')} required {...form.getInputProps('name')} />
            <TextInput
              label={t('quizRegistration.team.department')}
              description={t('quizRegistration.team.departmentHelp')}
              {...form.getInputProps('department')}
            />
          </SimpleGrid>
          <FormError message={formError} />
          <Group>
            <Button
              type="submit"
              loading={create.isPending}
              leftSection={<IconPlus size={16} aria-hidden="true" />}
            >
              {t('quizRegistration.team.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
