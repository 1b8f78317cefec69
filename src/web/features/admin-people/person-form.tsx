import {
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error.tsx';
import { applyApiErrors, zodResolver } from '../../lib/form.ts';
import { jobRoles } from '../../lib/roles.ts';
import {
  type CreatePersonInput,
  createPersonSchema,
  type PersonFormValues,
  type UpdatePersonInput,
  updatePersonSchema,
} from './api.ts';
import { RolesEditor } from './roles-editor.tsx';

type PersonFormProps = {
  initialValues: PersonFormValues;
  submitLabel: string;
  /** Programme staff may look people up but not change them. */
  readOnly?: boolean;
  onCancel?: () => void;
} & (
  | { mode: 'create'; onSubmit: (values: CreatePersonInput) => Promise<unknown> }
  | { mode: 'edit'; onSubmit: (values: UpdatePersonInput) => Promise<unknown> }
);

/** A person's details and roles, for creating (with e-mail address) and editing. */
export function PersonForm(props: PersonFormProps) {
  const { initialValues, submitLabel, readOnly = false, onCancel } = props;
  const { t, i18n } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const schema = props.mode === 'create' ? createPersonSchema : updatePersonSchema;
  const form = useForm<PersonFormValues>({
    initialValues,
    validate: zodResolver(schema, i18n),
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    setSaving(true);
    try {
      if (props.mode === 'create') await props.onSubmit(createPersonSchema.parse(values));
      else await props.onSubmit(updatePersonSchema.parse(values));
      form.resetDirty();
    } catch (error) {
      setFormError(applyApiErrors(form, error, i18n));
    } finally {
      setSaving(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Fieldset variant="unstyled" disabled={readOnly}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('people.columns.name')} required {...form.getInputProps('name')} />
            {props.mode === 'create' ? (
              <TextInput
                label={t('people.columns.email')}
                type="email"
                required
                {...form.getInputProps('email')}
              />
            ) : (
              <TextInput
                label={t('people.columns.email')}
                value={initialValues.email}
                readOnly
                variant="filled"
              />
            )}
            <Select
              label={t('account.locale')}
              data={[
                { value: 'nl', label: t('locales.nl') },
                { value: 'en', label: t('locales.en') },
              ]}
              allowDeselect={false}
              {...form.getInputProps('locale')}
            />
            <Select
              label={t('account.jobRole')}
              placeholder={t('account.jobRolePlaceholder')}
              data={jobRoles.map((role) => ({ value: role, label: t(`account.jobRoles.${role}`) }))}
              clearable
              {...form.getInputProps('jobRole')}
            />
            <NumberInput
              label={t('account.yearsInField')}
              min={0}
              max={60}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              {...form.getInputProps('yearsInField')}
            />
            <NumberInput
              label={t('account.yearsLeadership')}
              min={0}
              max={60}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              {...form.getInputProps('yearsLeadership')}
            />
          </SimpleGrid>
        </Fieldset>

        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('people.rolesTitle')}
          </Title>
          <RolesEditor form={form} disabled={readOnly} />
        </Stack>

        <FormError message={formError} />
        {!readOnly && (
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
        )}
      </Stack>
    </form>
  );
}
