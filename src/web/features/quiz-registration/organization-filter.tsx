import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStaffList } from './staff-api.ts';

interface OrganizationFilterProps {
  editionId: string;
  value: string | null;
  onChange: (organizationId: string | null) => void;
}

/** Narrows a staff list to one organisation of the edition; the server searches by name. */
export function OrganizationFilter({ editionId, value, onChange }: OrganizationFilterProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const organizations = useStaffList(editionId, 'organizations', { q: debounced || undefined }, 1, 50);
  const [chosenName, setChosenName] = useState<string | null>(null);
  const data = (organizations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
  // The chosen organisation may fall outside the latest search results; keep it selectable.
  if (value && chosenName && !data.some((d) => d.value === value)) data.unshift({ value, label: chosenName });

  return (
    <Select
      label={t('quizRegistration.staff.columns.organization')}
      placeholder={t('quizRegistration.staff.anyOrganization')}
      searchable
      clearable
      data={data}
      value={value}
      onChange={(next, option) => {
        setChosenName(option?.label ?? null);
        onChange(next);
      }}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={organizations.isFetching ? t('common.loading') : t('common.noResults')}
      w={260}
    />
  );
}
