import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/errors.ts';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
  /** Shows a retry button when given. */
  onRetry?: () => void;
}

/** An error explained in words, with a way to try again. */
export function ErrorAlert({ error, title, onRetry }: ErrorAlertProps) {
  const { t, i18n } = useTranslation();
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden="true" />} title={title ?? t('errorPage.title')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{describeError(error, i18n)}</Text>
        {onRetry && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
