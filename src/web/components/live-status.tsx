import { VisuallyHidden } from '@mantine/core';

/**
 * A polite live region for screen readers: render it always (an empty one is fine) and
 * change its text, e.g. "12 resultaten" after a search.
 */
export function LiveStatus({ message }: { message: string }) {
  return (
    <VisuallyHidden role="status" aria-live="polite">
      {message}
    </VisuallyHidden>
  );
}
