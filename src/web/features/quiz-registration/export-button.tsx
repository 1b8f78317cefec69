import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import type { QueryValue } from '../../lib/api.ts';
import { exportUrl, type StaffList } from './staff-api.ts';

/** Downloads the list as CSV for Excel, with the filters on screen and column names in the interface language. */
export function ExportButton({
  editionId,
  list,
  filter,
}: {
  editionId: string;
  list: StaffList;
  filter: Record<string, QueryValue>;
}) {
  const { t } = useTranslation();
  return (
    <Button
      component="a"
      href={exportUrl(editionId, list, filter, currentLocale())}
      download
      variant="light"
      leftSection={<IconDownload size={16} aria-hidden="true" />}
    >
      {t('quizRegistration.staff.export', { list: t(`quizRegistration.staff.tabs.${list}`) })}
    </Button>
  );
}
