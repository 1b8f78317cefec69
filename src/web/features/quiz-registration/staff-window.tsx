import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconLock, IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { FormError } from '../../components/form-error.tsx';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { currentLocale } from '../../i18n/i18n.ts';
import { applyApiErrors, zodResolver } from '../../lib/form.ts';
import { formatDateTime } from '../../lib/format.ts';
import { formatDay } from './dates.ts';
import { describeRegistrationError, registrationTranslator } from './errors.ts';
import { reopenSchema } from './schemas.ts';
import { useCloseRegistration, useReopenRegistration } from './staff-api.ts';
import type { RegistrationSummary } from './types.ts';

/**
 * Open or closed, and the action that changes it: closing (coordinators can then no longer
 * change teams; staff still can) or reopening with a reason for the audit log.
 */
export function StaffWindow({ editionId, summary }: { editionId: string; summary: RegistrationSummary }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const { registration } = summary;
  const close = useCloseRegistration(editionId);
  const [confirming, setConfirming] = useState(false);
  const [reopening, reopenModal] = useDisclosure(false);

  const doClose = () =>
    close.mutate(undefined, {
      onSuccess: () => {
        setConfirming(false);
        notifySuccess(t('quizRegistration.staff.window.closedDone'));
      },
      onError: (error) => notifyError(describeRegistrationError(error, i18n)),
    });

  if (registration.open) {
    return (
      <Alert
        color="indigo"
        icon={<IconLockOpen aria-hidden="true" />}
        title={t('quizRegistration.staff.window.open')}
      >
        <Stack gap="sm" align="flex-start">
          <Text size="sm">
            {registration.closesOn
              ? t('quizRegistration.staff.window.openText', {
                  date: formatDay(registration.closesOn, locale),
                })
              : t('quizRegistration.staff.window.openNoDate')}
            {registration.reopenReason &&
              ` ${t('quizRegistration.staff.window.reopenedBecause', { reason: registration.reopenReason })}`}
          </Text>
          <Button variant="default" onClick={() => setConfirming(true)}>
            {t('quizRegistration.staff.window.close')}
          </Button>
        </Stack>
        <ConfirmDialog
          opened={confirming}
          title={t('quizRegistration.staff.window.closeTitle')}
          message={t('quizRegistration.staff.window.closeText')}
          confirmLabel={t('quizRegistration.staff.window.close')}
          loading={close.isPending}
          onConfirm={doClose}
          onCancel={() => setConfirming(false)}
        />
      </Alert>
    );
  }

  return (
    <Alert
      color="orange"
      icon={<IconLock aria-hidden="true" />}
      title={t('quizRegistration.staff.window.closed')}
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">
          {registration.reason === 'closed'
            ? t('quizRegistration.staff.window.closedText', {
                date: formatDateTime(registration.closedAt, locale),
              })
            : t(
                `quizRegistration.closed.reason.${registration.reason === 'open' ? 'closed' : registration.reason}`,
              )}
        </Text>
        {registration.reason === 'closed' && (
          <Button variant="light" onClick={reopenModal.open}>
            {t('quizRegistration.staff.window.reopen')}
          </Button>
        )}
      </Stack>
      <Modal
        opened={reopening}
        onClose={reopenModal.close}
        title={t('quizRegistration.staff.window.reopenTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <ReopenForm editionId={editionId} onDone={reopenModal.close} onCancel={reopenModal.close} />
      </Modal>
    </Alert>
  );
}

function ReopenForm({
  editionId,
  onDone,
  onCancel,
}: {
  editionId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const tr = registrationTranslator(i18n);
  const reopen = useReopenRegistration(editionId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { reason: '' },
    validate: zodResolver(reopenSchema, tr),
    transformValues: (values) => reopenSchema.parse(values),
  });
  const submit = form.onSubmit((values) => {
    setFormError(null);
    reopen.mutate(values, {
      onSuccess: () => {
        notifySuccess(t('quizRegistration.staff.window.reopenedDone'));
        onDone();
      },
      onError: (error) => setFormError(applyApiErrors(form, error, tr)),
    });
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('quizRegistration.staff.window.reopenText')}</Text>
        <Textarea
          label={t('quizRegistration.staff.window.reason')}
          required
          autosize
          minRows={3}
          data-autofocus
          {...form.getInputProps('reason')}
        />
        <FormError message={formError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={reopen.isPending}>
            {t('quizRegistration.staff.window.reopen')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
