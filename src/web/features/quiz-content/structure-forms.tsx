import {
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import {
  type ObjectiveInput,
  objectiveSchema,
  type ThemeInput,
  themeSchema,
  titleOf,
} from './editions-api.ts';
import { applyQuizApiErrors } from './errors.ts';
import { quizResolver } from './form-resolver.ts';
import type { Objective, Theme } from './types.ts';

interface FormProps<T> {
  submitLabel: string;
  onSubmit: (values: T) => Promise<unknown>;
  onCancel: () => void;
}

function useSaving() {
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  return { saving, setSaving, formError, setFormError };
}

function TitleFields({ form }: { form: { getInputProps: (path: string) => object } }) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('quizContent.structure.fields.titleNl')}
          required
          data-autofocus
          {...form.getInputProps('titleNl')}
        />
        <TextInput
          label={t('quizContent.structure.fields.titleEn')}
          required
          {...form.getInputProps('titleEn')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Textarea
          label={t('quizContent.structure.fields.descriptionNl')}
          autosize
          minRows={2}
          {...form.getInputProps('descriptionNl')}
        />
        <Textarea
          label={t('quizContent.structure.fields.descriptionEn')}
          autosize
          minRows={2}
          {...form.getInputProps('descriptionEn')}
        />
      </SimpleGrid>
    </>
  );
}

/** Dutch and English title and description of a theme. */
export function ThemeForm({
  theme,
  submitLabel,
  onSubmit,
  onCancel,
}: FormProps<ThemeInput> & { theme?: Theme }) {
  const { i18n } = useTranslation();
  const state = useSaving();
  const form = useForm({
    initialValues: {
      titleNl: theme?.titleNl ?? '',
      titleEn: theme?.titleEn ?? '',
      descriptionNl: theme?.descriptionNl ?? '',
      descriptionEn: theme?.descriptionEn ?? '',
    },
    validate: quizResolver(themeSchema, i18n),
  });
  const submit = form.onSubmit(async (values) => {
    state.setFormError(null);
    state.setSaving(true);
    try {
      await onSubmit(themeSchema.parse(values));
    } catch (error) {
      state.setFormError(applyQuizApiErrors(form, error, i18n));
    } finally {
      state.setSaving(false);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TitleFields form={form} />
        <FormError message={state.formError} />
        <FormButtons submitLabel={submitLabel} saving={state.saving} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

/** A learning objective: its theme, titles, description and the target number of approved questions per pool. */
export function ObjectiveForm({
  objective,
  themes,
  themeId,
  submitLabel,
  onSubmit,
  onCancel,
}: FormProps<ObjectiveInput> & { objective?: Objective; themes: Theme[]; themeId: string }) {
  const { t, i18n } = useTranslation();
  const state = useSaving();
  const locale = currentLocale();
  const form = useForm<{
    themeId: string | null;
    titleNl: string;
    titleEn: string;
    descriptionNl: string;
    descriptionEn: string;
    targetCore: number | string;
    targetManager: number | string;
    targetPractice: number | string;
  }>({
    initialValues: {
      themeId: objective?.themeId ?? themeId,
      titleNl: objective?.titleNl ?? '',
      titleEn: objective?.titleEn ?? '',
      descriptionNl: objective?.descriptionNl ?? '',
      descriptionEn: objective?.descriptionEn ?? '',
      targetCore: objective?.targetCore ?? 3,
      targetManager: objective?.targetManager ?? 1,
      targetPractice: objective?.targetPractice ?? 2,
    },
    validate: quizResolver(objectiveSchema, i18n),
  });
  const submit = form.onSubmit(async (values) => {
    state.setFormError(null);
    state.setSaving(true);
    try {
      await onSubmit(objectiveSchema.parse(values));
    } catch (error) {
      state.setFormError(applyQuizApiErrors(form, error, i18n));
    } finally {
      state.setSaving(false);
    }
  });
  const target = (name: 'targetCore' | 'targetManager' | 'targetPractice') => (
    <NumberInput
      label={t(`quizContent.structure.fields.${name}`)}
      min={0}
      max={200}
      allowDecimal={false}
      allowNegative={false}
      required
      {...form.getInputProps(name)}
    />
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Select
          label={t('quizContent.structure.fields.theme')}
          data={themes.map((theme) => ({ value: theme.id, label: titleOf(theme, locale) }))}
          allowDeselect={false}
          required
          {...form.getInputProps('themeId')}
        />
        <TitleFields form={form} />
        <Stack gap={4}>
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            {target('targetCore')}
            {target('targetManager')}
            {target('targetPractice')}
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('quizContent.structure.fields.targetHelp')}
          </Text>
        </Stack>
        <FormError message={state.formError} />
        <FormButtons submitLabel={submitLabel} saving={state.saving} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

function FormButtons({
  submitLabel,
  saving,
  onCancel,
}: {
  submitLabel: string;
  saving: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={saving}>
        {submitLabel}
      </Button>
    </Group>
  );
}
