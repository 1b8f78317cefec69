import { Button, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error.tsx';
import { type CopyEditionInput, copyEditionSchema } from './editions-api.ts';
import { applyQuizApiErrors } from './errors.ts';
import { quizResolver } from './form-resolver.ts';

interface YearNameFormProps {
  initialValues: { year: number; name: string };
  intro?: string;
  submitLabel: string;
  onSubmit: (values: CopyEditionInput) => Promise<unknown>;
  onCancel: () => void;
}

/** Year and name of a new edition, for creating one and for copying one to a new year. */
export function YearNameForm({ initialValues, intro, submitLabel, onSubmit, onCancel }: YearNameFormProps) {
  const { t, i18n } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm<{ year: number | string; name: string }>({
    initialValues,
    validate: quizResolver(copyEditionSchema, i18n),
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    setSaving(true);
    try {
      await onSubmit(copyEditionSchema.parse(values));
    } catch (error) {
      setFormError(applyQuizApiErrors(form, error, i18n));
    } finally {
      setSaving(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {intro && <Text size="sm">{intro}</Text>}
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <NumberInput
            label={t('quizContent.editionFields.year')}
            required
            min={2000}
            max={2100}
            allowDecimal={false}
            thousandSeparator=""
            {...form.getInputProps('year')}
          />
          <TextInput
            label={t('quizContent.editionFields.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
        </SimpleGrid>
        <FormError message={formError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
