import { vi } from 'vitest';

/**
 * A page whose HTML has these JSON script elements (id → text), as the server writes them
 * (src/server/lib/web-page.ts): a stand-in `document` for unit tests, which run in Node.
 * Returns the elements still in the page. Undo with `vi.unstubAllGlobals()`.
 */
export function stubPage(elements: Record<string, string>): Map<string, string> {
  const present = new Map(Object.entries(elements));
  vi.stubGlobal('document', {
    getElementById: (id: string) =>
      present.has(id) ? { textContent: present.get(id), remove: () => present.delete(id) } : null,
  });
  return present;
}
