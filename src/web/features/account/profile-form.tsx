import { Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { applyApiErrors, zodResolver } from '../../lib/form.ts';
import { jobRoles } from '../../lib/roles.ts';
import type { User } from '../../lib/session.ts';
import { profileSchema, useUpdateProfile } from './api.ts';

/** Name, language, job role and experience; saved with PATCH /api/me. */
export function ProfileForm({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateProfile();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: {
      name: user.name,
      locale: user.locale as string,
      jobRole: user.jobRole as string | null,
      yearsInField: (user.yearsInField ?? '') as number | string,
      yearsLeadership: (user.yearsLeadership ?? '') as number | string,
    },
    validate: zodResolver(profileSchema, i18n),
    transformValues: (values) => profileSchema.parse(values),
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    update.mutate(values, {
      onSuccess: () => {
        form.resetDirty();
        notifySuccess(t('common.saved'));
      },
      onError: (error) => setFormError(applyApiErrors(form, error, i18n)),
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('account.name')} autoComplete="name" required {...form.getInputProps('name')} />
          <TextInput
            label={t('account.email')}
            value={user.email}
            readOnly
            variant="filled"
            description={t('account.emailHelp')}
          />
          <Select
            label={t('account.locale')}
            data={[
              { value: 'nl', label: t('language.nl') },
              { value: 'en', label: t('language.en') },
            ]}
            allowDeselect={false}
            {...form.getInputProps('locale')}
          />
          <Select
            label={t('account.jobRole')}
            description={t('account.jobRoleDescription')}
            placeholder={t('account.jobRolePlaceholder')}
            data={jobRoles.map((role) => ({ value: role, label: t(`account.jobRoles.${role}`) }))}
            clearable
            {...form.getInputProps('jobRole')}
          />
          <NumberInput
            label={t('account.yearsInField')}
            description={t('account.yearsDescription')}
            min={0}
            max={60}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            {...form.getInputProps('yearsInField')}
          />
          <NumberInput
            label={t('account.yearsLeadership')}
            description={t('account.yearsDescription')}
            min={0}
            max={60}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            {...form.getInputProps('yearsLeadership')}
          />
        </SimpleGrid>
        <FormError message={formError} />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
