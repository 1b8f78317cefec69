import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';

interface SearchBoxProps {
  label: string;
  value: string;
  /** Called a moment after typing stops, and at once on Enter. */
  onSearch: (value: string) => void;
}

/** A labelled search field that searches while you type, without a request per key stroke. */
export function SearchBox({ label, value, onSearch }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const debounced = useDebouncedCallback((next: string) => onSearch(next.trim()), 350);

  // Follow the URL when it changes from elsewhere (back button, a link).
  useEffect(() => setText(value), [value]);

  return (
    <search>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          debounced.cancel();
          onSearch(text.trim());
        }}
      >
        <TextInput
          type="search"
          label={label}
          value={text}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          onChange={(event) => {
            setText(event.currentTarget.value);
            debounced(event.currentTarget.value);
          }}
          maw={420}
        />
      </form>
    </search>
  );
}
