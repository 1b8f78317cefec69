import { useEffect } from 'react';

/** Sets the browser tab title for a page: "Organisaties · Wegwijs". */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Wegwijs` : 'Wegwijs';
  }, [title]);
}
