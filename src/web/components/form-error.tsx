import { Alert } from '@mantine/core';

/** The general message of a failed form submission (field problems sit on the fields). */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light">
      {message}
    </Alert>
  );
}
