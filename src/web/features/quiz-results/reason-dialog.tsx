import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error.tsx';
import { ApiError } from '../../lib/api.ts';
import { describeFieldProblem } from '../../lib/errors.ts';
import { describeResultsError } from './errors.ts';

/** The server's rule for reasons (schemas.ts): at least 5 characters after trimming. */
export const MIN_REASON = 5;
const MAX_REASON = 1000;

interface ReasonDialogProps {
  opened: boolean;
  title: string;
  intro: string;
  label: string;
  submitLabel: string;
  /** Red for actions that take something away (excluding). */
  danger?: boolean;
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
}

/**
 * Asks why, then does it: excluding, taking an exclusion back, computing again after
 * publication. The reason is required (and audited); the server's own field problems and
 * error codes are shown in the dialog.
 */
export function ReasonDialog({ opened, onClose, ...props }: ReasonDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={props.title}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {/* Mounted only while open, so every opening starts with an empty form. */}
      {opened && <ReasonForm {...props} onClose={onClose} />}
    </Modal>
  );
}

function ReasonForm({
  intro,
  label,
  submitLabel,
  danger,
  onSubmit,
  onClose,
}: Omit<ReasonDialogProps, 'opened' | 'title'>) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { reason: '' },
    validate: {
      reason: (value) => (value.trim().length < MIN_REASON ? t('quizResults.review.reasonTooShort') : null),
    },
  });

  const submit = form.onSubmit(async ({ reason }) => {
    setError(null);
    setBusy(true);
    try {
      await onSubmit(reason.trim());
      onClose();
    } catch (failure) {
      const problem =
        failure instanceof ApiError ? failure.fieldProblems.find((p) => p.field === 'reason') : undefined;
      if (problem) form.setFieldError('reason', describeFieldProblem(problem, i18n));
      else setError(describeResultsError(failure, i18n));
    } finally {
      setBusy(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{intro}</Text>
        <Textarea
          label={label}
          description={t('quizResults.review.exclude.reasonDescription')}
          required
          autosize
          minRows={3}
          maxLength={MAX_REASON}
          data-autofocus
          {...form.getInputProps('reason')}
        />
        <FormError message={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color={danger ? 'red' : undefined} loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
