import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organizationNameQueryOptions, organizationOptionsQueryOptions } from './api.ts';

interface OrganizationSelectProps {
  label: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
}

/** Pick an organisation by typing part of its name; the server does the searching. */
export function OrganizationSelect({
  label,
  value,
  onChange,
  error,
  required,
  disabled,
}: OrganizationSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const options = useQuery(organizationOptionsQueryOptions(debounced));
  // The chosen organisation may not be among the search results; fetch its name separately.
  const selected = useQuery({ ...organizationNameQueryOptions(value ?? ''), enabled: !!value });

  const data = useMemo(() => {
    const items = (options.data ?? []).map((o) => ({
      value: o.id,
      label: o.city ? `${o.name} (${o.city})` : o.name,
    }));
    if (selected.data && !items.some((i) => i.value === selected.data.id)) {
      items.unshift({ value: selected.data.id, label: selected.data.name });
    }
    return items;
  }, [options.data, selected.data]);

  return (
    <Select
      label={label}
      placeholder={t('people.organizationPlaceholder')}
      searchable
      clearable
      data={data}
      value={value ?? null}
      onChange={(next) => onChange?.(next)}
      onSearchChange={setSearch}
      // Results already match the search; Mantine should not filter them again.
      filter={({ options: all }) => all}
      nothingFoundMessage={options.isFetching ? t('common.loading') : t('common.noResults')}
      error={error}
      required={required}
      disabled={disabled}
    />
  );
}
