import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error.tsx';
import { applyApiErrors, zodResolver } from '../../lib/form.ts';
import { type JobRole, jobRoles } from '../../lib/roles.ts';
import { registrationTranslator } from './errors.ts';
import { type MemberInput, memberSchema } from './schemas.ts';

interface MemberFormProps {
  submitLabel: string;
  initialRole?: JobRole;
  /** Saves; a rejected promise with an ApiError puts its problems on the fields. */
  onSubmit: (values: MemberInput) => Promise<unknown>;
  onCancel?: () => void;
  /** Two columns and a row for the role on wide screens (the page), one column in a dialog. */
  layout?: 'page' | 'dialog';
}

/** Name, e-mail and role of a participant: for adding someone and for replacing someone. */
export function MemberForm({
  submitLabel,
  initialRole = 'agent',
  onSubmit,
  onCancel,
  layout = 'page',
}: MemberFormProps) {
  const { t, i18n } = useTranslation();
  const tr = registrationTranslator(i18n);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm({
    initialValues: { name: '', email: '', role: initialRole as string },
    validate: zodResolver(memberSchema, tr),
    transformValues: (values) => memberSchema.parse(values),
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    setSaving(true);
    try {
      await onSubmit(values);
      form.reset();
    } catch (error) {
      setFormError(applyApiErrors(form, error, tr));
    } finally {
      setSaving(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={layout === 'page' ? { base: 1, sm: 3 } : 1}>
          <TextInput
            label={t('quizRegistration.member.name')}
            required
            autoComplete="off"
            data-autofocus
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('quizRegistration.member.email')}
            type="email"
            required
            autoComplete="off"
            inputMode="email"
            {...form.getInputProps('email')}
          />
          <Select
            label={t('quizRegistration.member.role')}
            data={jobRoles.map((role) => ({ value: role, label: t(`account.jobRoles.${role}`) }))}
            allowDeselect={false}
            {...form.getInputProps('role')}
          />
        </SimpleGrid>
        <FormError message={formError} />
        <Group justify={onCancel ? 'flex-end' : 'flex-start'}>
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
