import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error.tsx';
import { applyApiErrors, zodResolver } from '../../lib/form.ts';
import { type OrganizationFormValues, type OrganizationInput, organizationSchema } from './api.ts';

interface OrganizationFormProps {
  initialValues: OrganizationFormValues;
  submitLabel: string;
  /** Saves; a rejected promise with an ApiError puts its problems on the fields. */
  onSubmit: (values: OrganizationInput) => Promise<unknown>;
  onCancel?: () => void;
}

/** Name, KvK number, address and billing address of an organisation; for creating and editing. */
export function OrganizationForm({ initialValues, submitLabel, onSubmit, onCancel }: OrganizationFormProps) {
  const { t, i18n } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm({
    initialValues,
    validate: zodResolver(organizationSchema, i18n),
    transformValues: (values) => organizationSchema.parse(values),
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    setSaving(true);
    try {
      await onSubmit(values);
      form.resetDirty();
    } catch (error) {
      setFormError(applyApiErrors(form, error, i18n));
    } finally {
      setSaving(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('organizations.fields.name')}
          required
          autoComplete="organization"
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('organizations.fields.kvkNumber')}
            description={t('organizations.fields.kvkNumberDescription')}
            inputMode="numeric"
            maxLength={8}
            {...form.getInputProps('kvkNumber')}
          />
          <TextInput
            label={t('organizations.fields.billingEmail')}
            type="email"
            {...form.getInputProps('billingEmail')}
          />
          <TextInput
            label={t('organizations.fields.street')}
            autoComplete="street-address"
            {...form.getInputProps('street')}
          />
          <TextInput
            label={t('organizations.fields.postalCode')}
            autoComplete="postal-code"
            {...form.getInputProps('postalCode')}
          />
          <TextInput
            label={t('organizations.fields.city')}
            autoComplete="address-level2"
            {...form.getInputProps('city')}
          />
        </SimpleGrid>
        <FormError message={formError} />
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
