import { Button, Card, Group, NumberInput, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error.tsx';
import { isApiError } from '../../lib/api.ts';
import { applyApiErrors, zodResolver } from '../../lib/form.ts';
import { type AccommodationFormValues, accommodationSchema, useGrantAccommodation } from './live-api.ts';

/** Staff grant a participant extra time (a factor from 1 to 3), found by e-mail address. */
export function AccommodationForm({ editionId }: { editionId: string }) {
  const { t, i18n } = useTranslation();
  const grant = useGrantAccommodation(editionId);
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const resolver = zodResolver(accommodationSchema, i18n);
  const form = useForm<AccommodationFormValues>({
    initialValues: { email: '', extraTimeFactor: 1.5, note: '' },
    validate: (values) => {
      const errors = resolver(values);
      if (errors.extraTimeFactor) errors.extraTimeFactor = t('quizPlay.accommodation.factorRange');
      return errors;
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    setDone('');
    try {
      const input = accommodationSchema.parse(values);
      const person = await grant.mutateAsync(input);
      const factor = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL').format(
        input.extraTimeFactor,
      );
      setDone(t('quizPlay.accommodation.granted', { name: person.name, factor }));
      form.reset();
    } catch (error) {
      if (isApiError(error) && error.code === 'person_not_found') {
        form.setFieldError('email', t('quizPlay.accommodation.notFound'));
        return;
      }
      setFormError(applyApiErrors(form, error, i18n));
    }
  });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="accommodation-title">
      <Title order={3} size="h4" id="accommodation-title" mb="xs">
        {t('quizPlay.accommodation.title')}
      </Title>
      <Text mb="md">{t('quizPlay.accommodation.intro')}</Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('quizPlay.accommodation.email')}
            type="email"
            autoComplete="off"
            required
            {...form.getInputProps('email')}
          />
          <NumberInput
            label={t('quizPlay.accommodation.factor')}
            description={t('quizPlay.accommodation.factorDescription')}
            min={1}
            max={3}
            step={0.25}
            decimalScale={2}
            decimalSeparator={i18n.language === 'en' ? '.' : ','}
            required
            maw={220}
            {...form.getInputProps('extraTimeFactor')}
          />
          <Textarea
            label={t('quizPlay.accommodation.note')}
            description={t('quizPlay.accommodation.noteDescription')}
            autosize
            minRows={2}
            maxLength={500}
            {...form.getInputProps('note')}
          />
          <FormError message={formError} />
          <Group justify="flex-end">
            <Button type="submit" loading={grant.isPending}>
              {t('quizPlay.accommodation.submit')}
            </Button>
          </Group>
          <Text role="status" c="teal.9" fw={600}>
            {done}
          </Text>
        </Stack>
      </form>
    </Card>
  );
}
