import {
  ActionIcon,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { FormError } from '../../components/form-error.tsx';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { TableFrame } from '../../components/table-frame.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { describeError } from '../../lib/errors.ts';
import { applyApiErrors, zodResolver } from '../../lib/form.ts';
import {
  type Coordinator,
  coordinatorSchema,
  type Organization,
  useAddCoordinator,
  useRemoveCoordinator,
} from './api.ts';

/** Who coordinates this organisation; add someone (by e-mail) or take the role away. */
export function CoordinatorsSection({ organization }: { organization: Organization }) {
  const { t, i18n } = useTranslation();
  const remove = useRemoveCoordinator(organization.id);
  const [toRemove, setToRemove] = useState<Coordinator | null>(null);

  const confirmRemove = () => {
    if (!toRemove) return;
    remove.mutate(toRemove.id, {
      onSuccess: () => {
        notifySuccess(t('organizations.coordinatorRemoved', { name: toRemove.name }));
        setToRemove(null);
      },
      onError: (error) => notifyError(describeError(error, i18n)),
    });
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="coordinators-title">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="coordinators-title">
            {t('organizations.coordinatorsTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('organizations.coordinatorsIntro')}
          </Text>
        </div>

        {organization.coordinators.length === 0 ? (
          <Text>{t('organizations.noCoordinators')}</Text>
        ) : (
          <TableFrame
            caption={t('organizations.coordinatorsCaption', { name: organization.name })}
            minWidth={480}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organizations.coordinatorName')}</Table.Th>
                <Table.Th scope="col">{t('organizations.coordinatorEmail')}</Table.Th>
                <Table.Th scope="col" w={60}>
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {organization.coordinators.map((person) => (
                <Table.Tr key={person.id}>
                  <Table.Th scope="row" fw={500}>
                    {person.name}
                  </Table.Th>
                  <Table.Td>{person.email}</Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('organizations.removeCoordinator', { name: person.name })}
                      onClick={() => setToRemove(person)}
                    >
                      <IconTrash size={18} aria-hidden="true" />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </TableFrame>
        )}

        <AddCoordinatorForm organizationId={organization.id} />
      </Stack>

      <ConfirmDialog
        opened={toRemove !== null}
        title={t('organizations.confirmRemoveTitle')}
        message={t('organizations.confirmRemoveText', {
          name: toRemove?.name ?? '',
          organization: organization.name,
        })}
        confirmLabel={t('common.remove')}
        loading={remove.isPending}
        onConfirm={confirmRemove}
        onCancel={() => setToRemove(null)}
      />
    </Card>
  );
}

function AddCoordinatorForm({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation();
  const add = useAddCoordinator(organizationId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: '', email: '', locale: currentLocale() as string },
    validate: zodResolver(coordinatorSchema, i18n),
    transformValues: (values) => coordinatorSchema.parse(values),
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    add.mutate(values, {
      onSuccess: (person) => {
        notifySuccess(t('organizations.coordinatorAdded', { name: person.name }));
        form.reset();
      },
      onError: (error) => setFormError(applyApiErrors(form, error, i18n)),
    });
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-coordinator-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="add-coordinator-title">
          {t('organizations.addCoordinator')}
        </Title>
        <Text size="sm">{t('organizations.addCoordinatorText')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('organizations.coordinatorName')} required {...form.getInputProps('name')} />
          <TextInput
            label={t('organizations.coordinatorEmail')}
            type="email"
            required
            {...form.getInputProps('email')}
          />
          <Select
            label={t('organizations.coordinatorLocale')}
            data={[
              { value: 'nl', label: t('locales.nl') },
              { value: 'en', label: t('locales.en') },
            ]}
            allowDeselect={false}
            {...form.getInputProps('locale')}
          />
        </SimpleGrid>
        <FormError message={formError} />
        <Group>
          <Button
            type="submit"
            variant="light"
            loading={add.isPending}
            leftSection={<IconUserPlus size={16} aria-hidden="true" />}
          >
            {t('organizations.addCoordinator')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
