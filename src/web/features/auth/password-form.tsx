import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error.tsx';
import { applyApiErrors, zodResolver } from '../../lib/form.ts';
import type { User } from '../../lib/session.ts';
import { passwordLoginSchema, usePasswordLogin } from './api.ts';

/** E-mail and password, for staff of Wegwijs and the programmes. */
export function PasswordForm({ onLoggedIn }: { onLoggedIn: (user: User) => void }) {
  const { t, i18n } = useTranslation();
  const login = usePasswordLogin();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: zodResolver(passwordLoginSchema, i18n),
    transformValues: (values) => passwordLoginSchema.parse(values),
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    login.mutate(values, {
      onSuccess: onLoggedIn,
      onError: (error) => {
        form.setFieldValue('password', '');
        setFormError(applyApiErrors(form, error, i18n));
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('auth.passwordIntro')}
        </Text>
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label={t('auth.password')}
          autoComplete="current-password"
          visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
          required
          {...form.getInputProps('password')}
        />
        <FormError message={formError} />
        <Button type="submit" loading={login.isPending}>
          {t('auth.submitPassword')}
        </Button>
      </Stack>
    </form>
  );
}
