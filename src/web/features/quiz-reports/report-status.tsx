import { Alert, Badge } from '@mantine/core';
import { IconCircleCheck, IconHourglass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { formatDate } from '../../lib/format.ts';
import type { ReportStatus } from './types.ts';

/** "Officieel" or "Voorlopig", for next to a place or a title. */
export function StatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={status === 'official' ? 'teal' : 'orange'} tt="none">
      {t(`quizReports.common.${status}`)}
    </Badge>
  );
}

/** Says whether the places in a report are final (published) or may still change after review. */
export function ReportStatusAlert({
  status,
  publishedAt,
}: {
  status: ReportStatus;
  publishedAt: string | null;
}) {
  const { t } = useTranslation();
  const official = status === 'official';
  return (
    <Alert
      variant="light"
      color={official ? 'teal' : 'orange'}
      icon={official ? <IconCircleCheck aria-hidden="true" /> : <IconHourglass aria-hidden="true" />}
      title={t(`quizReports.common.${status}`)}
    >
      {official
        ? t('quizReports.common.officialText', { date: formatDate(publishedAt, currentLocale()) })
        : t('quizReports.common.provisionalText')}
    </Alert>
  );
}
