import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { applyApiErrors, zodResolver } from '../../lib/form.ts';
import { magicLinkSchema, useRequestMagicLink } from './api.ts';

/**
 * Asks for a log-in link; `onSent` gets the address so the page can say where to look.
 * `redirectTo` is where the link lands (a path inside the app).
 */
export function MagicLinkForm({
  onSent,
  redirectTo,
}: {
  onSent: (email: string) => void;
  redirectTo?: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const request = useRequestMagicLink();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '' },
    validate: zodResolver(magicLinkSchema, i18n),
    transformValues: (values) => magicLinkSchema.parse(values),
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    request.mutate(
      { ...values, locale: currentLocale(), redirectTo },
      {
        onSuccess: () => onSent(values.email),
        onError: (error) => setFormError(applyApiErrors(form, error, i18n)),
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('auth.email')}
          placeholder={t('auth.emailPlaceholder')}
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          {...form.getInputProps('email')}
        />
        <FormError message={formError} />
        <Button type="submit" loading={request.isPending}>
          {t('auth.sendLink')}
        </Button>
      </Stack>
    </form>
  );
}
