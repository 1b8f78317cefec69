import {
  Alert,
  Box,
  Button,
  Card,
  Group,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useBlocker } from '@tanstack/react-router';
import type { i18n as I18n } from 'i18next';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import type { FormErrors } from '../../lib/form.ts';
import { ImageUploadField } from '../media/image-upload-field.tsx';
import { questionImageProblems } from '../media/upload.ts';
import { AnchoredComments } from './comments.tsx';
import { titleOf } from './editions-api.ts';
import { applyQuizApiErrors, describeIssue } from './errors.ts';
import { OptionsEditor } from './options-editor.tsx';
import {
  changeType,
  formPathOf,
  IMAGE_ALT_REQUIRED,
  type QuestionFormValues,
  questionFormIssues,
} from './question-form.ts';
import { TextPreviewField } from './text-preview-field.tsx';
import {
  difficulties,
  type Edition,
  type QuestionDetail,
  type QuestionType,
  questionPools,
  questionTypes,
  stemFormats,
} from './types.ts';

interface QuestionEditorProps {
  edition: Edition;
  initialValues: QuestionFormValues;
  /** An existing question: its review comments appear next to the parts they are about. */
  question?: QuestionDetail | undefined;
  readOnly: boolean;
  canComment: boolean;
  /** Heading level of the editor's sections: 2 on a page of its own, 3 inside an edition's tabs. */
  sectionOrder: 2 | 3;
  submitLabel: string;
  /**
   * Saves and resolves true; false when the page handled a refusal itself (the typed text
   * stays). A rejected promise with an ApiError puts its problems on the fields.
   */
  onSubmit: (values: QuestionFormValues) => Promise<boolean>;
  onDirtyChange?: (dirty: boolean) => void;
  /** Shown above the form (e.g. "someone else saved meanwhile"). */
  banner?: ReactNode;
}

/** Every problem of the values as form errors, in the interface language. */
function validateQuestion(values: QuestionFormValues, i18n: Pick<I18n, 't' | 'exists'>) {
  const errors: FormErrors = {};
  for (const issue of questionFormIssues(values)) {
    if (issue.path in errors) continue;
    errors[issue.path] =
      issue.code === IMAGE_ALT_REQUIRED
        ? i18n.t('media.question.altRequired')
        : describeIssue({ code: issue.code, message: issue.code, params: issue.params }, i18n);
  }
  return errors;
}

/**
 * The question editor: type, text, answers with feedback, explanation, objective, pool,
 * difficulty, time limit and tags. The same rules as the server apply before saving.
 */
export function QuestionEditor({
  edition,
  initialValues,
  question,
  readOnly,
  canComment,
  sectionOrder,
  submitLabel,
  onSubmit,
  onDirtyChange,
  banner,
}: QuestionEditorProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const [formError, setFormError] = useState<string | null>(null);
  const [problemCount, setProblemCount] = useState(0);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<QuestionFormValues>({
    initialValues,
    validate: (values) => validateQuestion(values, i18n),
  });
  const values = form.getValues();
  const dirty = form.isDirty();
  // Leaving with unsaved changes asks first (in the app and when closing the tab); saving
  // itself may navigate (a new question opens in its own page), so it is let through.
  const submitting = useRef(false);
  useBlocker({
    shouldBlockFn: () =>
      form.isDirty() && !submitting.current && !window.confirm(t('quizContent.editor.leaveConfirm')),
    enableBeforeUnload: () => form.isDirty() && !submitting.current,
  });

  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  const focusFirstProblem = () =>
    requestAnimationFrame(() => {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], #options-error')?.focus();
    });

  const submit = form.onSubmit(
    async (submitted) => {
      setFormError(null);
      setProblemCount(0);
      setSaving(true);
      submitting.current = true;
      try {
        if (await onSubmit(submitted)) form.resetDirty(submitted);
      } catch (error) {
        setFormError(applyQuizApiErrors(form, error, i18n, formPathOf));
        // The server's English words for these; ours say what to do.
        for (const problem of questionImageProblems(error)) form.setFieldError(problem.path, t(problem.key));
        focusFirstProblem();
      } finally {
        submitting.current = false;
        setSaving(false);
      }
    },
    (errors) => {
      setProblemCount(Object.keys(errors).length);
      focusFirstProblem();
    },
  );

  const comments = (anchor: string) =>
    question ? <AnchoredComments question={question} anchor={anchor} canComment={canComment} /> : null;

  const objectiveGroups = [...edition.themes]
    .sort((a, b) => a.position - b.position)
    .map((theme) => ({
      group: titleOf(theme, locale),
      items: [...theme.objectives]
        .sort((a, b) => a.position - b.position)
        .filter((o) => !o.retired || o.id === initialValues.objectiveId)
        .map((o) => ({ value: o.id, label: titleOf(o, locale) })),
    }))
    .filter((group) => group.items.length > 0);

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="lg">
        {banner}
        {/* A disabled fieldset makes the whole question read-only when it may not be edited now. */}
        <Box component="fieldset" disabled={readOnly} m={0} p={0} style={{ border: 0, minWidth: 0 }}>
          <Stack gap="lg">
            <Card withBorder padding="lg" component="section" aria-labelledby="question-text-title">
              <Stack gap="md">
                <Title order={sectionOrder} size="h3" id="question-text-title">
                  {t('quizContent.editor.formTitle')}
                </Title>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <Select
                    label={t('quizContent.editor.type')}
                    data={questionTypes.map((type) => ({
                      value: type,
                      label: t(`quizContent.types.${type}`),
                    }))}
                    value={values.type}
                    allowDeselect={false}
                    onChange={(type) =>
                      type && form.setValues(changeType(form.getValues(), type as QuestionType))
                    }
                  />
                  <Select
                    label={t('quizContent.editor.format')}
                    data={stemFormats.map((format) => ({
                      value: format,
                      label: t(`quizContent.formats.${format}`),
                    }))}
                    allowDeselect={false}
                    {...form.getInputProps('stemFormat')}
                  />
                </SimpleGrid>
                <TextPreviewField
                  label={t('quizContent.editor.stem')}
                  description={
                    values.stemFormat === 'markdown' ? t('quizContent.editor.stemHelp') : undefined
                  }
                  format={values.stemFormat}
                  required
                  {...form.getInputProps('stem')}
                  value={values.stem}
                />
                {comments('stem')}
                <ImageUploadField
                  label={t('media.question.image')}
                  description={t('media.question.imageHelp')}
                  value={values.imageId}
                  onChange={(imageId) => form.setFieldValue('imageId', imageId)}
                  previewAlt={values.imageAlt.trim()}
                  error={form.errors.imageId}
                  disabled={readOnly}
                />
                {values.imageId && (
                  <Textarea
                    label={t('media.question.alt')}
                    description={t('media.question.altHelp')}
                    required
                    autosize
                    minRows={2}
                    maxLength={300}
                    {...form.getInputProps('imageAlt')}
                  />
                )}
                <OptionsEditor form={form} renderComments={comments} />
                <TextPreviewField
                  label={t('quizContent.editor.explanation')}
                  description={t('quizContent.editor.explanationHelp')}
                  format={values.stemFormat}
                  required
                  {...form.getInputProps('explanation')}
                  value={values.explanation}
                />
                {comments('explanation')}
              </Stack>
            </Card>

            <Card withBorder padding="lg" component="section" aria-labelledby="question-settings-title">
              <Stack gap="md">
                <Title order={sectionOrder} size="h3" id="question-settings-title">
                  {t('quizContent.editor.settingsTitle')}
                </Title>
                <Select
                  label={t('quizContent.editor.objective')}
                  description={t('quizContent.editor.objectiveHelp')}
                  placeholder={t('quizContent.editor.objectivePlaceholder')}
                  data={objectiveGroups}
                  searchable
                  required
                  nothingFoundMessage={t('common.noResults')}
                  {...form.getInputProps('objectiveId')}
                />
                <Radio.Group label={t('quizContent.editor.pool')} required {...form.getInputProps('pool')}>
                  <Stack gap={6} mt={6}>
                    {questionPools.map((pool) => (
                      <Radio
                        key={pool}
                        value={pool}
                        label={t(`quizContent.pools.${pool}`)}
                        description={t(`quizContent.poolDescriptions.${pool}`)}
                      />
                    ))}
                  </Stack>
                </Radio.Group>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <Select
                    label={t('quizContent.editor.difficulty')}
                    data={difficulties.map((d) => ({ value: d, label: t(`quizContent.difficulties.${d}`) }))}
                    allowDeselect={false}
                    {...form.getInputProps('difficulty')}
                  />
                  <NumberInput
                    label={t('quizContent.editor.timeLimit')}
                    description={t('quizContent.editor.timeLimitHelp', {
                      seconds: edition.defaultTimeLimitSeconds,
                    })}
                    min={5}
                    max={600}
                    allowDecimal={false}
                    allowNegative={false}
                    {...form.getInputProps('timeLimitSeconds')}
                  />
                  <TextInput
                    label={t('quizContent.editor.name')}
                    description={t('quizContent.editor.nameHelp')}
                    {...form.getInputProps('name')}
                  />
                  <TagsInput
                    label={t('quizContent.editor.tags')}
                    description={t('quizContent.editor.tagsHelp')}
                    splitChars={[',', ';']}
                    clearable
                    {...form.getInputProps('tags')}
                  />
                </SimpleGrid>
                {comments('settings')}
              </Stack>
            </Card>
          </Stack>
        </Box>

        {!readOnly && (
          <Stack gap="xs">
            {problemCount > 0 && (
              <Alert color="red" variant="light" role="alert">
                {t('quizContent.editor.fixErrors', { count: problemCount })}
              </Alert>
            )}
            <FormError message={formError} />
            <Group justify="flex-end" gap="md">
              {dirty && question && (
                <Text size="sm" c="dimmed" role="status">
                  {t('quizContent.editor.unsaved')}
                </Text>
              )}
              <Button
                type="submit"
                loading={saving}
                disabled={question !== undefined && !dirty}
                leftSection={<IconDeviceFloppy size={16} aria-hidden="true" />}
              >
                {submitLabel}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </form>
  );
}
