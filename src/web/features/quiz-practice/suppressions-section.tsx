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
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { FormError } from '../../components/form-error.tsx';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { QueryState } from '../../components/query-state.tsx';
import { TableFrame } from '../../components/table-frame.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { formatDateTime } from '../../lib/format.ts';
import { applyPracticeApiErrors, describePracticeError, practiceResolver } from './errors.ts';
import {
  type SuppressionFormValues,
  suppressionReasons,
  suppressionSchema,
  useAddSuppression,
  useLiftSuppression,
  useSuppressions,
} from './staff-api.ts';

/** Addresses that get no practice mail (bounces, complaints, by hand), with adding and lifting. */
export function SuppressionsSection() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const suppressions = useSuppressions();
  const lift = useLiftSuppression();
  const [lifting, setLifting] = useState<string | null>(null);

  const confirmLift = () => {
    if (!lifting) return;
    const email = lifting;
    lift.mutate(email, {
      onSuccess: () => notifySuccess(t('quizPractice.staff.suppressions.lifted', { email })),
      onError: (error) => notifyError(describePracticeError(error, i18n)),
      onSettled: () => setLifting(null),
    });
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="practice-suppressions-title">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={3} id="practice-suppressions-title">
            {t('quizPractice.staff.suppressions.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('quizPractice.staff.suppressions.intro')}
          </Text>
        </Stack>
        <QueryState query={suppressions}>
          {(items) =>
            items.length === 0 ? (
              <Text>{t('quizPractice.staff.suppressions.empty')}</Text>
            ) : (
              <TableFrame caption={t('quizPractice.staff.suppressions.caption')} minWidth={640}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('quizPractice.staff.suppressions.columns.email')}</Table.Th>
                    <Table.Th scope="col">{t('quizPractice.staff.suppressions.columns.reason')}</Table.Th>
                    <Table.Th scope="col">{t('quizPractice.staff.suppressions.columns.detail')}</Table.Th>
                    <Table.Th scope="col">{t('quizPractice.staff.suppressions.columns.since')}</Table.Th>
                    <Table.Th scope="col">{t('common.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((item) => (
                    <Table.Tr key={item.email}>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{item.email}</Table.Td>
                      <Table.Td>{t(`quizPractice.staff.suppressions.reasons.${item.reason}`)}</Table.Td>
                      <Table.Td>{item.detail ?? t('common.none')}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {formatDateTime(item.createdAt, locale)}
                      </Table.Td>
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('quizPractice.staff.suppressions.liftLabel', { email: item.email })}
                          onClick={() => setLifting(item.email)}
                        >
                          <IconTrash size={18} aria-hidden="true" />
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </TableFrame>
            )
          }
        </QueryState>
        <AddSuppressionForm />
      </Stack>
      <ConfirmDialog
        opened={lifting !== null}
        title={t('quizPractice.staff.suppressions.liftConfirm.title')}
        message={t('quizPractice.staff.suppressions.liftConfirm.message', { email: lifting ?? '' })}
        confirmLabel={t('quizPractice.staff.suppressions.liftConfirm.confirm')}
        loading={lift.isPending}
        onConfirm={confirmLift}
        onCancel={() => setLifting(null)}
      />
    </Card>
  );
}

function AddSuppressionForm() {
  const { t, i18n } = useTranslation();
  const add = useAddSuppression();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SuppressionFormValues>({
    initialValues: { email: '', reason: 'manual', detail: '' },
    validate: practiceResolver(suppressionSchema, i18n),
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    const input = suppressionSchema.parse(values);
    try {
      const { added } = await add.mutateAsync(input);
      notifySuccess(
        t(added ? 'quizPractice.staff.suppressions.added' : 'quizPractice.staff.suppressions.alreadyThere', {
          email: input.email,
        }),
      );
      form.reset();
    } catch (error) {
      setFormError(applyPracticeApiErrors(form, error, i18n));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby="practice-suppress-title">
      <Stack gap="sm">
        <Title order={4} size="h5" id="practice-suppress-title">
          {t('quizPractice.staff.suppressions.addTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="email"
            label={t('quizPractice.staff.suppressions.email')}
            required
            {...form.getInputProps('email')}
          />
          <Select
            label={t('quizPractice.staff.suppressions.reason')}
            data={suppressionReasons.map((reason) => ({
              value: reason,
              label: t(`quizPractice.staff.suppressions.reasons.${reason}`),
            }))}
            allowDeselect={false}
            required
            {...form.getInputProps('reason')}
          />
          <TextInput
            label={t('quizPractice.staff.suppressions.detail')}
            description={t('quizPractice.staff.suppressions.detailHelp')}
            {...form.getInputProps('detail')}
          />
        </SimpleGrid>
        <FormError message={formError} />
        <Group>
          <Button type="submit" variant="light" color="red" loading={add.isPending}>
            {t('quizPractice.staff.suppressions.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
