import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { FormError } from '../../components/form-error.tsx';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { QueryState } from '../../components/query-state.tsx';
import { TableFrame } from '../../components/table-frame.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { applyApiErrors, zodResolver } from '../../lib/form.ts';
import { ImageUploadField } from '../media/image-upload-field.tsx';
import { MediaImage } from '../media/media-image.tsx';
import { describeRegistrationError, registrationTranslator } from './errors.ts';
import { centsToEuros, formatEuro } from './money.ts';
import { type SponsorInput, sponsorSchema } from './schemas.ts';
import { useCreateSponsor, useDeleteSponsor, useSponsors, useUpdateSponsor } from './staff-api.ts';
import type { Sponsor } from './types.ts';

/** The edition's sponsors (shown on the public page): add, edit, remove. */
export function StaffSponsors({ editionId }: { editionId: string }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const sponsors = useSponsors(editionId);
  const create = useCreateSponsor(editionId);
  const update = useUpdateSponsor();
  const remove = useDeleteSponsor();
  const [editing, setEditing] = useState<Sponsor | null>(null);
  const [toRemove, setToRemove] = useState<Sponsor | null>(null);

  const doRemove = () => {
    if (!toRemove) return;
    remove.mutate(toRemove.id, {
      onSuccess: () => {
        notifySuccess(t('quizRegistration.staff.sponsors.removed', { name: toRemove.name }));
        setToRemove(null);
      },
      onError: (error) => notifyError(describeRegistrationError(error, i18n)),
    });
  };

  return (
    <Stack gap="lg">
      <QueryState query={sponsors}>
        {(data) => (
          <Stack gap="md">
            {data.items.length > 0 &&
              data.sponsorsCentsPerParticipant !== data.editionCentsPerParticipant && (
                <Alert color="orange" icon={<IconAlertTriangle aria-hidden="true" />}>
                  {t('quizRegistration.staff.sponsors.mismatch', {
                    sum: formatEuro(data.sponsorsCentsPerParticipant, locale),
                    edition: formatEuro(data.editionCentsPerParticipant, locale),
                  })}
                </Alert>
              )}
            {data.items.length === 0 ? (
              <Text>{t('quizRegistration.staff.sponsors.empty')}</Text>
            ) : (
              <TableFrame caption={t('quizRegistration.staff.tabs.sponsors')} minWidth={600}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('quizRegistration.staff.sponsors.name')}</Table.Th>
                    <Table.Th scope="col">{t('quizRegistration.staff.sponsors.website')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('quizRegistration.staff.sponsors.perParticipant')}
                    </Table.Th>
                    <Table.Th scope="col">{t('common.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((sponsor) => (
                    <Table.Tr key={sponsor.id}>
                      <Table.Th scope="row" fw={500}>
                        <Group gap="sm" wrap="nowrap">
                          {sponsor.logoUrl && (
                            // The name is right next to it: the logo adds nothing for screen readers.
                            <MediaImage
                              src={sponsor.logoUrl}
                              alt=""
                              maxHeight={28}
                              style={{ maxWidth: 80 }}
                            />
                          )}
                          {sponsor.name}
                        </Group>
                      </Table.Th>
                      <Table.Td>
                        {sponsor.websiteUrl ? (
                          <Anchor href={sponsor.websiteUrl} target="_blank" rel="noopener noreferrer">
                            {sponsor.websiteUrl}
                          </Anchor>
                        ) : (
                          t('common.none')
                        )}
                      </Table.Td>
                      <Table.Td ta="right">{formatEuro(sponsor.centsPerParticipant, locale)}</Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Tooltip label={t('quizRegistration.staff.sponsors.edit')}>
                            <ActionIcon
                              variant="subtle"
                              aria-label={t('quizRegistration.staff.sponsors.editFor', {
                                name: sponsor.name,
                              })}
                              onClick={() => setEditing(sponsor)}
                            >
                              <IconPencil size={18} aria-hidden="true" />
                            </ActionIcon>
                          </Tooltip>
                          <Tooltip label={t('common.remove')}>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={t('quizRegistration.staff.sponsors.removeFor', {
                                name: sponsor.name,
                              })}
                              onClick={() => setToRemove(sponsor)}
                            >
                              <IconTrash size={18} aria-hidden="true" />
                            </ActionIcon>
                          </Tooltip>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </TableFrame>
            )}
          </Stack>
        )}
      </QueryState>

      <Card withBorder padding="lg" component="section" aria-labelledby="add-sponsor-title">
        <Title order={3} size="h4" id="add-sponsor-title" mb="sm">
          {t('quizRegistration.staff.sponsors.add')}
        </Title>
        <SponsorForm
          submitLabel={t('quizRegistration.staff.sponsors.add')}
          onSubmit={async (input) => {
            const sponsor = await create.mutateAsync(input);
            notifySuccess(t('quizRegistration.staff.sponsors.added', { name: sponsor.name }));
          }}
          resetAfterSubmit
        />
      </Card>

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t('quizRegistration.staff.sponsors.editFor', { name: editing?.name ?? '' })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing && (
          <SponsorForm
            initial={editing}
            submitLabel={t('common.save')}
            onCancel={() => setEditing(null)}
            onSubmit={async (input) => {
              await update.mutateAsync({ sponsorId: editing.id, input });
              notifySuccess(t('common.saved'));
              setEditing(null);
            }}
          />
        )}
      </Modal>

      <ConfirmDialog
        opened={toRemove !== null}
        title={t('quizRegistration.staff.sponsors.removeTitle')}
        message={t('quizRegistration.staff.sponsors.removeText', { name: toRemove?.name ?? '' })}
        confirmLabel={t('common.remove')}
        loading={remove.isPending}
        onConfirm={doRemove}
        onCancel={() => setToRemove(null)}
      />
    </Stack>
  );
}

interface SponsorFormProps {
  initial?: Sponsor;
  submitLabel: string;
  onSubmit: (input: SponsorInput) => Promise<unknown>;
  onCancel?: () => void;
  resetAfterSubmit?: boolean;
}

function SponsorForm({ initial, submitLabel, onSubmit, onCancel, resetAfterSubmit }: SponsorFormProps) {
  const { t, i18n } = useTranslation();
  const tr = registrationTranslator(i18n);
  const locale = currentLocale();
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm({
    initialValues: {
      name: initial?.name ?? '',
      websiteUrl: initial?.websiteUrl ?? '',
      centsPerParticipant: (initial ? centsToEuros(initial.centsPerParticipant) : 2) as number | string,
      logoId: initial?.logoId ?? null,
    },
    validate: zodResolver(sponsorSchema, tr),
    transformValues: (values) => sponsorSchema.parse(values),
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    setSaving(true);
    try {
      await onSubmit(values);
      if (resetAfterSubmit) form.reset();
    } catch (error) {
      setFormError(applyApiErrors(form, error, tr));
    } finally {
      setSaving(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: initial ? 1 : 3 }}>
          <TextInput
            label={t('quizRegistration.staff.sponsors.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('quizRegistration.staff.sponsors.website')}
            placeholder="https://"
            type="url"
            {...form.getInputProps('websiteUrl')}
          />
          <NumberInput
            label={t('quizRegistration.staff.sponsors.perParticipant')}
            required
            min={0}
            decimalScale={2}
            fixedDecimalScale
            decimalSeparator={locale === 'nl' ? ',' : '.'}
            allowNegative={false}
            prefix="€ "
            {...form.getInputProps('centsPerParticipant')}
          />
        </SimpleGrid>
        <ImageUploadField
          label={t('media.sponsor.logo')}
          description={t('media.sponsor.logoHelp')}
          value={form.getValues().logoId}
          onChange={(logoId) => form.setFieldValue('logoId', logoId)}
          previewAlt={form.getValues().name.trim()}
          error={form.errors.logoId}
          previewHeight={80}
        />
        <FormError message={formError} />
        <Group justify={onCancel ? 'flex-end' : 'flex-start'}>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button
            type="submit"
            loading={saving}
            leftSection={initial ? undefined : <IconPlus size={16} aria-hidden="true" />}
          >
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
