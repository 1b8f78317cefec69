import {
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconHeartHandshake } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { TableFrame } from '../../components/table-frame.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { applyApiErrors, zodResolver } from '../../lib/form.ts';
import { formatDate } from '../../lib/format.ts';
import { useCreatePledge } from './coordinator-api.ts';
import { registrationTranslator } from './errors.ts';
import { formatEuro } from './money.ts';
import { pledgeSchema } from './schemas.ts';
import { PledgeStatusBadge } from './status-badge.tsx';
import type { Dashboard } from './types.ts';

/** The organisation's extra donations on top of the sponsors: what was pledged, and pledging more. */
export function PledgesSection({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { pledges, organization, edition } = dashboard;
  const mayPledge = edition.status !== 'draft' && edition.status !== 'archived';

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="pledges-title">
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconHeartHandshake aria-hidden="true" color="var(--mantine-color-grape-9)" />
          <div>
            <Title order={2} size="h3" id="pledges-title">
              {t('quizRegistration.pledges.title')}
            </Title>
            <Text size="sm">{t('quizRegistration.pledges.intro')}</Text>
          </div>
        </Group>
        {pledges.length > 0 && (
          <TableFrame
            caption={t('quizRegistration.pledges.caption', { name: organization.name })}
            minWidth={560}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('quizRegistration.pledges.date')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('quizRegistration.pledges.amount')}
                </Table.Th>
                <Table.Th scope="col">{t('quizRegistration.pledges.message')}</Table.Th>
                <Table.Th scope="col">{t('quizRegistration.pledges.shown')}</Table.Th>
                <Table.Th scope="col">{t('quizRegistration.pledges.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pledges.map((pledge) => (
                <Table.Tr key={pledge.id}>
                  <Table.Td>{formatDate(pledge.createdAt, locale)}</Table.Td>
                  <Table.Td ta="right">{formatEuro(pledge.amountCents, locale)}</Table.Td>
                  <Table.Td>{pledge.message ?? t('common.none')}</Table.Td>
                  <Table.Td>
                    {pledge.showName ? t('quizRegistration.yes') : t('quizRegistration.no')}
                  </Table.Td>
                  <Table.Td>
                    <PledgeStatusBadge status={pledge.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </TableFrame>
        )}
        {mayPledge ? (
          <PledgeForm editionId={edition.id} organizationId={organization.id} />
        ) : (
          <Text size="sm">{t('quizRegistration.pledges.closed')}</Text>
        )}
      </Stack>
    </Card>
  );
}

function PledgeForm({ editionId, organizationId }: { editionId: string; organizationId: string }) {
  const { t, i18n } = useTranslation();
  const tr = registrationTranslator(i18n);
  const locale = currentLocale();
  const create = useCreatePledge(editionId, organizationId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { amountCents: '' as number | string, message: '', showName: true },
    validate: zodResolver(pledgeSchema, tr),
    transformValues: (values) => pledgeSchema.parse(values),
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    create.mutate(values, {
      onSuccess: (pledge) => {
        notifySuccess(
          t('quizRegistration.pledges.thanks', { amount: formatEuro(pledge.amountCents, locale) }),
        );
        form.reset();
      },
      onError: (error) => setFormError(applyApiErrors(form, error, tr)),
    });
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby="pledge-form-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="pledge-form-title">
          {t('quizRegistration.pledges.formTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('quizRegistration.pledges.amountLabel')}
            description={t('quizRegistration.pledges.amountHelp')}
            required
            min={1}
            decimalScale={2}
            decimalSeparator={locale === 'nl' ? ',' : '.'}
            thousandSeparator={locale === 'nl' ? '.' : ','}
            allowNegative={false}
            prefix="€ "
            {...form.getInputProps('amountCents')}
          />
          <Textarea
            label={t('quizRegistration.pledges.messageLabel')}
            description={t('quizRegistration.pledges.messageHelp')}
            autosize
            minRows={2}
            {...form.getInputProps('message')}
          />
        </SimpleGrid>
        <Checkbox
          label={t('quizRegistration.pledges.showNameLabel')}
          {...form.getInputProps('showName', { type: 'checkbox' })}
        />
        <Text size="sm" c="dimmed">
          {t('quizRegistration.pledges.invoice')}
        </Text>
        <FormError message={formError} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('quizRegistration.pledges.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
