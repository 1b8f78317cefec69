/**
 * Data the server put in this page's HTML (a `<script type="application/json">` element,
 * ids in src/domain/page-data.ts), taken once: the element is removed, so whoever asks
 * later (a refetch, the next visit to the page in this tab) goes to the server.
 * Undefined when the page has none (the caller then fetches, as it would anyway).
 */
export function takeEmbedded<T>(id: string): T | undefined {
  const element = globalThis.document?.getElementById(id);
  if (!element) return undefined;
  element.remove();
  try {
    return JSON.parse(element.textContent ?? '') as T;
  } catch {
    return undefined;
  }
}
